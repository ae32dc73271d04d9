import type { Kysely } from "kysely";

/**
 * Organisations' English names, for the interface in English ("Soochow University"). Empty where
 * none is known: the interface then shows the registered (Chinese) name. Entered with the
 * organisation, imported with it (英文名称), never derived: a company's English name is its own.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("organizations").addColumn("name_en", "text", (c) => c.notNull().defaultTo("")).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("organizations").dropColumn("name_en").execute();
}
