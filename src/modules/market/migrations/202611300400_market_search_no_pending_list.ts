import { sql, type Kysely } from "kysely";

/**
 * The search GIN indexes take each write into the index itself (`fastupdate = off`) instead of
 * a pending list. Every search reads the whole pending list beside the index, and only VACUUM
 * or ANALYZE (autovacuum on PostgreSQL; PGlite has none) or a list past 4 MB empties it: at
 * 100 000 listings on PGlite, after 3 000 listings were written the benchmark's searches took a
 * third longer until it was emptied. A write now costs ≈ 1.6 ms more (1.9 against 0.3 ms a
 * listing there), which publishing a listing can spare; searching is what people wait on
 * (docs/decisions.md D14). Every GIN index on listing_search, the kinds' included; an index
 * added later says `with (fastupdate = off)` itself.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const r = await sql<{ name: string }>`
    select c.relname as name from pg_index i join pg_class c on c.oid = i.indexrelid join pg_am a on a.oid = c.relam
    where i.indrelid = 'listing_search'::regclass and a.amname = 'gin' order by 1`.execute(db);
  for (const { name } of r.rows) {
    await sql`alter index ${sql.id(name)} set (fastupdate = off)`.execute(db);
    // What was pending goes into the index now; later writes do not add to it.
    await sql`select gin_clean_pending_list(${name}::regclass)`.execute(db);
  }
}

export async function down(): Promise<void> {}
