import { sql, type Kysely } from "kysely";

/**
 * An organisation's listings, newest first (its page in the directory): one index range instead
 * of the time-keyed tries a search by words takes, which would read other organisations' days.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index listing_search_org_idx on listing_search (organization_id, published_at desc nulls last, id desc)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index listing_search_org_idx`.execute(db);
}
