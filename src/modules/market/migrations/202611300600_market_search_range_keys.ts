import { sql, type Kysely } from "kysely";
import { RANGE_THRESHOLDS, RANGE_WIDTHS } from "../search-ranges.js";

/**
 * The amount, area and price of a listing become words of its search vector beside the time
 * keys: its bucket's key at four widths per value ('#area.1.61 #area.4.15 #area.16.3
 * #area.64.0'), so that a search's ranges meet its words inside the GIN index (search-ranges.ts,
 * docs/market.md "Search"). The thresholds are the same literals the search reads its ranges
 * with, compared here as numeric; width_bucket counts those at or below the value, as
 * rangeBucket does.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const thresholds = sql.raw(`array[${RANGE_THRESHOLDS.join(",")}]::numeric[]`);
  const widths = sql.raw(`array[${RANGE_WIDTHS.join(",")}]`);
  await sql`
    create function market_range_keys(field text, v numeric) returns text language sql immutable as $$
      select coalesce(string_agg(format('#%s.%s.%s', field, w, width_bucket(v, ${thresholds}) / w), ' '), '')
      from unnest(${widths}) w where v is not null
    $$`.execute(db);
  await sql`
    create or replace function market_search_time_keys() returns trigger language plpgsql as $$
    begin
      new.search := ts_delete(new.search, array(select u.lexeme from unnest(new.search) u where u.lexeme like '#%'))
        || case when new.pub_day > 0
             then format('#t1.%1$s #t4.%2$s #t16.%3$s #t64.%4$s #t256.%5$s #%6$s.t1.%1$s #%6$s.t4.%2$s #%6$s.t16.%3$s #%6$s.t64.%4$s #%6$s.t256.%5$s',
               new.pub_day, new.pub_day / 4, new.pub_day / 16, new.pub_day / 64, new.pub_day / 256, new.kind)::tsvector
             else ''::tsvector end
        || concat_ws(' ', market_range_keys('amount', new.amount_yuan), market_range_keys('area', new.area_sqm),
             market_range_keys('price', new.price_yuan))::tsvector;
      return new;
    end $$`.execute(db);
  await sql`drop trigger listing_search_time_keys on listing_search`.execute(db);
  await sql`
    create trigger listing_search_time_keys before insert or update of search, pub_day, kind, amount_yuan, area_sqm, price_yuan
    on listing_search for each row execute function market_search_time_keys()`.execute(db);
  await sql`update listing_search set search = search where amount_yuan is not null or area_sqm is not null or price_yuan is not null`.execute(db);
  await sql`analyze listing_search`.execute(db);
}

export async function down(): Promise<void> {}
