import { sql, type Kysely } from "kysely";

/**
 * Search moves to a narrow table (see docs/market.md "Search" and docs/benchmarks.md):
 * one row per listing with only what search reads — the filter columns, the recency day
 * and a smaller tsvector (body and organisation words without positions). At ≈ 0.8 KB a
 * row instead of ≈ 1.5 KB, twice as many rows fit in a page, and the GIN index
 * (search, pub_day) — btree_gin — lets the "newest matches first" scan of a common word
 * read only the few days it needs instead of every match.
 *
 * The filter columns are kept in step by a trigger on `listings` (every status change,
 * the expiry sweep, moderation …, in the writer's transaction); the tsvector is written by
 * the application in the same transaction as the listing's text (jieba runs in JS).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create extension if not exists btree_gin`.execute(db);
  await sql`
    create table listing_search (
      id integer primary key references listings (id) on delete cascade,
      kind text not null,
      status text not null,
      visibility text not null,
      organization_id integer not null,
      region_ids integer[] not null,
      city_ids integer[] not null,
      industry_ids integer[] not null,
      segment_ids integer[] not null,
      amount_yuan bigint,
      area_sqm numeric,
      price_yuan numeric,
      valid_until date,
      published_at timestamptz,
      -- UTC day of published_at (0 when unpublished): the recency bucket of the GIN index.
      pub_day integer not null default 0,
      search tsvector not null default ''::tsvector
    )`.execute(db);

  // The day is computed here rather than as a generated column: extract(epoch …) of a
  // timestamptz is only STABLE, which generated columns refuse.
  await sql`
    create function market_listing_search_sync() returns trigger language plpgsql as $$
    begin
      if tg_op = 'INSERT' then
        insert into listing_search (id, kind, status, visibility, organization_id, region_ids, city_ids, industry_ids,
          segment_ids, amount_yuan, area_sqm, price_yuan, valid_until, published_at, pub_day)
        values (new.id, new.kind, new.status, new.visibility, new.organization_id, new.region_ids, new.city_ids, new.industry_ids,
          new.segment_ids, new.amount_yuan, new.area_sqm, new.price_yuan, new.valid_until, new.published_at,
          coalesce(floor(extract(epoch from new.published_at) / 86400)::integer, 0));
      else
        update listing_search set kind = new.kind, status = new.status, visibility = new.visibility,
          organization_id = new.organization_id, region_ids = new.region_ids, city_ids = new.city_ids,
          industry_ids = new.industry_ids, segment_ids = new.segment_ids, amount_yuan = new.amount_yuan,
          area_sqm = new.area_sqm, price_yuan = new.price_yuan, valid_until = new.valid_until,
          published_at = new.published_at,
          pub_day = coalesce(floor(extract(epoch from new.published_at) / 86400)::integer, 0)
        where id = new.id;
      end if;
      return null;
    end $$`.execute(db);

  // Existing listings: copy, shrinking the tsvector the same way searchVector() now builds it.
  await sql`
    insert into listing_search (id, kind, status, visibility, organization_id, region_ids, city_ids, industry_ids,
      segment_ids, amount_yuan, area_sqm, price_yuan, valid_until, published_at, pub_day, search)
    select id, kind, status, visibility, organization_id, region_ids, city_ids, industry_ids, segment_ids,
      amount_yuan, area_sqm, price_yuan, valid_until, published_at,
      coalesce(floor(extract(epoch from published_at) / 86400)::integer, 0),
      ts_filter(search, '{a,b}') || strip(ts_filter(search, '{c}'))
    from listings`.execute(db);

  await sql`
    create trigger listings_search_sync after insert or update on listings
    for each row execute function market_listing_search_sync()`.execute(db);

  // One GIN index over the words, the day and the selective filters (btree_gin for the scalar
  // ones): a search intersects them inside the index and visits only rows that match them all.
  // Separate GIN indexes on the filters tempted the planner into bitmap-ANDing a whole province
  // (≈ 100 000 entries, 90–130 ms at 300 000 listings) with a word that was selective already.
  await sql`create index listing_search_text_idx on listing_search using gin (search, pub_day, kind, region_ids, industry_ids)`.execute(db);
  // Newest first, the order search reads in (pub_day is derived from published_at, so the
  // order is the same as published_at's alone): browsing without words walks these.
  await sql`create index listing_search_recent_idx on listing_search (pub_day desc, published_at desc nulls last, id desc)`.execute(db);
  await sql`create index listing_search_kind_idx on listing_search (kind, pub_day desc, published_at desc nulls last, id desc)`.execute(db);

  // The text now lives in listing_search only; the wide table keeps no second copy.
  await sql`alter table listings drop column search`.execute(db);
  await sql`analyze listing_search`.execute(db);
}

export async function down(): Promise<void> {}
