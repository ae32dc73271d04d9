import { sql, type Kysely } from "kysely";

/**
 * The publication day and week become words of the search vector: '#d20786' and '#w2969'
 * (day = days since 1970-01-01 UTC, week = day / 7). A search for the newest matches then
 * says "these words, and one of these days (or weeks)" in the tsquery itself, and the GIN
 * index meets the words with the days inside one scan, reading only the matches of those
 * days. A day range on a separate column was gathered entry by entry — every listing of those
 * days — before it met the words, and the planner dropped it whenever it misjudged how common
 * the words were (docs/market.md "Search", docs/benchmarks.md). The text parser never yields a
 * word starting with '#', so no query's words can reach these.
 */
export async function up(db: Kysely<any>): Promise<void> {
  // On every write of the vector or the day, whoever writes it (the service the words, the
  // listings trigger the day): the keys are replaced by the row's current ones.
  await sql`
    create function market_search_time_keys() returns trigger language plpgsql as $$
    begin
      new.search := ts_delete(new.search, array(select u.lexeme from unnest(new.search) u where u.lexeme like '#%'))
        || case when new.pub_day > 0 then format('#d%s #w%s', new.pub_day, new.pub_day / 7)::tsvector else ''::tsvector end;
      return new;
    end $$`.execute(db);
  await sql`
    create trigger listing_search_time_keys before insert or update of search, pub_day on listing_search
    for each row execute function market_search_time_keys()`.execute(db);
  await sql`update listing_search set search = search`.execute(db);

  // The day no longer needs to be an index column: the words carry it.
  await sql`drop index listing_search_text_idx`.execute(db);
  await sql`create index listing_search_text_idx on listing_search using gin (search, kind, region_path_ids, industry_ids)`.execute(db);
  // Search sorts the matches it found; nothing walks listings by kind and date any more.
  await sql`drop index listing_search_kind_idx`.execute(db);
  await sql`analyze listing_search`.execute(db);
}

export async function down(): Promise<void> {}
