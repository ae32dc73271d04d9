import { sql, type Kysely } from "kysely";

/**
 * Time keys in blocks of 1, 4, 16, 64 and 256 days instead of a day and a week:
 * '#t1.20786', '#t4.5196', '#t16.1299', '#t64.324', '#t256.81' (block = day / size, day 0
 * being 1970-01-01 UTC). A search for the last N days names at most eight blocks of one size
 * instead of up to fifty weeks. The GIN index evaluates the OR of the keys for every
 * candidate the words give within the range, so its work grows with candidates × keys:
 * 182 days as 27 week keys took 6.2 ms where 4 blocks take a fraction of it, and 350 days as
 * day keys 87 ms (docs/benchmarks.md, Step 3).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create or replace function market_search_time_keys() returns trigger language plpgsql as $$
    begin
      new.search := ts_delete(new.search, array(select u.lexeme from unnest(new.search) u where u.lexeme like '#%'))
        || case when new.pub_day > 0
             then format('#t1.%s #t4.%s #t16.%s #t64.%s #t256.%s', new.pub_day, new.pub_day / 4, new.pub_day / 16, new.pub_day / 64, new.pub_day / 256)::tsvector
             else ''::tsvector end;
      return new;
    end $$`.execute(db);
  // The trigger replaces every row's keys.
  await sql`update listing_search set search = search where pub_day > 0`.execute(db);
  await sql`analyze listing_search`.execute(db);
}

export async function down(): Promise<void> {}
