import { sql, type Kysely } from "kysely";

/** An organisation's projects and agreements (its page in the directory): found by party, not by scanning every party. */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index project_parties_organization_idx on project_parties (organization_id) where organization_id is not null`.execute(db);
  await sql`create index agreement_parties_organization_idx on agreement_parties (organization_id) where organization_id is not null`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index agreement_parties_organization_idx`.execute(db);
  await sql`drop index project_parties_organization_idx`.execute(db);
}
