import { sql, type Kysely } from "kysely";

/**
 * A confirmed fact names the record it became by module, type and id (ledger agreement 7,
 * consult visit 3): record_module alone cannot tell a ledger agreement from a ceremony.
 * An article keeps the lines cleaning dropped, with the reason, for the reviewer to check.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("facts").addColumn("record_type", "text").execute();
  await sql`update facts set record_type = 'region' where record_module = 'directory' and type = 'region'`.execute(db);
  await db.schema.alterTable("articles").addColumn("removed", "jsonb", (c) => c.notNull().defaultTo(sql`'[]'`)).execute();
  await db.schema.createIndex("facts_record_idx").on("facts").columns(["record_type", "record_id"]).execute();
}

export async function down(): Promise<void> {}
