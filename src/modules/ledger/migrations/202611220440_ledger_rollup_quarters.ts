import { sql, type Kysely } from "kysely";

/**
 * The rollup by quarter instead of month: a year's dashboard reads a third of the rows (the
 * network pairs dominate), and dashboards ask for years and quarters. Emptied here; the next
 * dashboard read rebuilds it.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`delete from ledger_rollup`.execute(db);
  await sql`delete from jishi_meta where key = 'ledger_rollup'`.execute(db);
  await sql`alter table ledger_rollup rename column month to quarter`.execute(db);
}

export async function down(): Promise<void> {}
