import { sql, type Kysely } from "kysely";

/**
 * Time keys in blocks of 1, 4, 16, 64 and 256 days instead of a day and a week, each twice:
 * for every listing ('#t1.20786', '#t4.5196', '#t16.1299', '#t64.324', '#t256.81'; block = day /
 * size, day 0 being 1970-01-01 UTC) and for the listing's kind ('#space.t16.1299', …). A search
 * for the last N days names a handful of blocks instead of up to fifty weeks: the GIN index
 * evaluates the OR of the keys for every candidate within the range, so its work grows with
 * candidates × keys (182 days as 27 week keys: 6.2 ms; 350 days as day keys: 87 ms). A search
 * for one kind names that kind's blocks, whose lists are an eighth as long to decode, and
 * leaves the kind out of the index condition (docs/benchmarks.md, Step 3).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create or replace function market_search_time_keys() returns trigger language plpgsql as $$
    begin
      new.search := ts_delete(new.search, array(select u.lexeme from unnest(new.search) u where u.lexeme like '#%'))
        || case when new.pub_day > 0
             then format('#t1.%1$s #t4.%2$s #t16.%3$s #t64.%4$s #t256.%5$s #%6$s.t1.%1$s #%6$s.t4.%2$s #%6$s.t16.%3$s #%6$s.t64.%4$s #%6$s.t256.%5$s',
               new.pub_day, new.pub_day / 4, new.pub_day / 16, new.pub_day / 64, new.pub_day / 256, new.kind)::tsvector
             else ''::tsvector end;
      return new;
    end $$`.execute(db);
  await sql`drop trigger listing_search_time_keys on listing_search`.execute(db);
  await sql`
    create trigger listing_search_time_keys before insert or update of search, pub_day, kind on listing_search
    for each row execute function market_search_time_keys()`.execute(db);
  // The trigger replaces every row's keys.
  await sql`update listing_search set search = search where pub_day > 0`.execute(db);
  await sql`analyze listing_search`.execute(db);
}

export async function down(): Promise<void> {}
