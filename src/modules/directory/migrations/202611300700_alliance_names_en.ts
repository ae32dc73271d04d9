import type { Kysely } from "kysely";

/**
 * Alliances' English names, for the interface in English ("G60 Science and Innovation Corridor").
 * Empty where none is known: the interface then shows the Chinese name. The reference seed writes
 * the seeded alliances' names on every start; others are entered with the alliance.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("alliances")
    .addColumn("name_en", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("short_name_en", "text", (c) => c.notNull().defaultTo(""))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("alliances").dropColumn("name_en").dropColumn("short_name_en").execute();
}
