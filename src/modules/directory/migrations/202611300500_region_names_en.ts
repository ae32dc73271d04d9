import type { Kysely } from "kysely";

/**
 * Regions' English names, for the interface in English ("Kunshan", "Gusu District"). Empty until
 * the reference seed, which runs on every start, writes them from data/regions-en.ts.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("regions").addColumn("name_en", "text", (c) => c.notNull().defaultTo("")).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("regions").dropColumn("name_en").execute();
}
