import { sql, type Kysely } from "kysely";

/**
 * A second GIN index over the same columns, holding only published public listings: what an
 * anonymous visitor's search can find (visibleTo gives such a search exactly this condition).
 * The status and visibility are not in the main index, so a search through it visits every
 * row the words match and drops a quarter of them — drafts, listings in review, closed and
 * members-only ones; through this index it visits only rows it may show. The 40 slowest
 * queries of the search benchmark at 1M listings: 20 % less time (docs/benchmarks.md, Step 3).
 * Signed-in searches, which may see members-only and directed listings, use the main index.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index listing_search_public_idx on listing_search using gin (search, kind, region_path_ids, industry_ids)
    where status = 'published' and visibility = 'public'`.execute(db);
}

export async function down(): Promise<void> {}
