import { sql, type Kysely } from "kysely";

/**
 * A region filter becomes one index entry: listing_search.region_path_ids holds each
 * listing's regions and all their ancestors, so "in 江苏省" reads one GIN entry instead of
 * OR-ing the ≈ 100 entries of the province's subtree (docs/market.md "Search").
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table listing_search add column region_path_ids integer[] not null default '{}'`.execute(db);

  await sql`
    create function market_region_ancestors(ids integer[]) returns integer[] language sql stable as $$
      -- A region's path is its ancestors' codes and its own ('320000/320500/320585').
      select array(select distinct a.id from regions r join regions a on a.code = any(string_to_array(r.path, '/'))
        where r.id = any(ids) order by 1)
    $$`.execute(db);

  // The day is computed here rather than as a generated column: extract(epoch …) of a
  // timestamptz is only STABLE, which generated columns refuse.
  await sql`
    create or replace function market_listing_search_sync() returns trigger language plpgsql as $$
    begin
      if tg_op = 'INSERT' then
        insert into listing_search (id, kind, status, visibility, organization_id, region_ids, region_path_ids, city_ids,
          industry_ids, segment_ids, amount_yuan, area_sqm, price_yuan, valid_until, published_at, pub_day)
        values (new.id, new.kind, new.status, new.visibility, new.organization_id, new.region_ids,
          market_region_ancestors(new.region_ids), new.city_ids, new.industry_ids,
          new.segment_ids, new.amount_yuan, new.area_sqm, new.price_yuan, new.valid_until, new.published_at,
          coalesce(floor(extract(epoch from new.published_at) / 86400)::integer, 0));
      else
        update listing_search set kind = new.kind, status = new.status, visibility = new.visibility,
          organization_id = new.organization_id, region_ids = new.region_ids,
          region_path_ids = case when new.region_ids is distinct from old.region_ids then market_region_ancestors(new.region_ids) else region_path_ids end,
          city_ids = new.city_ids,
          industry_ids = new.industry_ids, segment_ids = new.segment_ids, amount_yuan = new.amount_yuan,
          area_sqm = new.area_sqm, price_yuan = new.price_yuan, valid_until = new.valid_until,
          published_at = new.published_at,
          pub_day = coalesce(floor(extract(epoch from new.published_at) / 86400)::integer, 0)
        where id = new.id;
      end if;
      return null;
    end $$`.execute(db);

  await sql`update listing_search set region_path_ids = market_region_ancestors(region_ids)`.execute(db);

  // One GIN index over the words, the day and the selective filters (btree_gin for the scalar
  // ones): a search intersects them inside the index and visits only rows that match them all.
  await sql`drop index listing_search_text_idx`.execute(db);
  await sql`create index listing_search_text_idx on listing_search using gin (search, pub_day, kind, region_path_ids, industry_ids)`.execute(db);
  await sql`analyze listing_search`.execute(db);
}

export async function down(): Promise<void> {}
