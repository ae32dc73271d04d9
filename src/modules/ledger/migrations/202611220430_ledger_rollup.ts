import type { Kysely } from "kysely";

/**
 * Monthly totals per alliance (scope_id; 0 = the whole platform) and breakdown (dim, key), kept
 * by the services in the same transaction as each write and rebuilt when alliance membership
 * changes. Dashboards for an alliance over whole months read these instead of every project.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("ledger_rollup")
    .addColumn("scope_id", "integer", (c) => c.notNull())
    .addColumn("month", "date", (c) => c.notNull())
    .addColumn("dim", "text", (c) => c.notNull())
    .addColumn("key", "bigint", (c) => c.notNull())
    .addColumn("n", "integer", (c) => c.notNull())
    .addColumn("total", "bigint", (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint("ledger_rollup_pk", ["scope_id", "dim", "month", "key"])
    .execute();
}

export async function down(): Promise<void> {}
