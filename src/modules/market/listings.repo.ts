import { sql, type RawBuilder } from "kysely";
import type { Db } from "../../platform/db/connect.js";
import { intArray } from "../../platform/db/int-array.js";
import type { ListingKind, ListingStatus, ListingsTable, Visibility } from "./market.tables.js";
import type { Insertable, Selectable, Updateable } from "kysely";

export type ListingRow = Selectable<ListingsTable> & { organization_name: string; organization_region_id: number };

const COLUMNS = [
  "l.id", "l.kind", "l.status", "l.title", "l.summary", "l.body", "l.organization_id", "l.created_by", "l.contact",
  "l.region_ids", "l.city_ids", "l.industry_ids", "l.segment_ids", "l.amount_yuan", "l.area_sqm", "l.price_yuan", "l.attrs",
  "l.valid_from", "l.valid_until", "l.visibility", "l.moderation_reason", "l.flags", "l.reviewed_by", "l.reviewed_at",
  "l.submitted_at", "l.published_at", "l.closed_at", "l.created_at", "l.updated_at",
] as const;

export function selectListings(db: Db) {
  return db
    .selectFrom("listings as l")
    .innerJoin("organizations as o", "o.id", "l.organization_id")
    .select([...COLUMNS, "o.name as organization_name", "o.region_id as organization_region_id"]);
}

/** What a search result shows of a listing: `searchItemShown`'s JSON. */
export interface SearchItemRow {
  id: number;
  kind: ListingKind;
  status: ListingStatus;
  title: string;
  summary: string;
  organization_id: number;
  organization_name: string;
  region_ids: number[];
  industry_ids: number[];
  amount_yuan: number | null;
  area_sqm: number | null;
  price_yuan: number | null;
  /** 'YYYY-MM-DD' */
  valid_until: string | null;
  visibility: Visibility;
  /** An ISO timestamp with offset, as PostgreSQL writes it in JSON. */
  published_at: string | null;
  /** The body when there is no summary (the snippet comes from it), else ''. */
  body: string;
}

/**
 * What a search result shows of each listing on the page, and no more: a listing's contact,
 * attributes and moderation record stay in the table, and its body comes only when there is
 * no summary to take the snippet from. (The whole row of 20 listings took 1.6–2.3 ms to hand
 * over on PGlite at 100 000 listings, these columns 1.0–1.6 ms.) As a JSON array over the item
 * id `p.id` of the search window's statement (search-window.ts, WindowQuery.show), which keeps
 * the types both backends agree on: amounts as numbers, dates as 'YYYY-MM-DD'; an array rather
 * than an object, whose keys json_build_object takes as arguments too: 0.2–0.4 ms less for a
 * page on PGlite. `shownItem` reads it.
 */
/** The listing columns a result shows, in `searchItemShown`'s order; body and organisation name follow. */
const SHOWN_COLUMNS = [
  "id", "kind", "status", "title", "summary", "organization_id", "region_ids", "industry_ids",
  "amount_yuan", "area_sqm", "price_yuan", "valid_until", "visibility", "published_at",
] as const;

export const searchItemShown = sql`(select json_build_array(
    ${sql.join(SHOWN_COLUMNS.map((c) => sql.ref(`x.${c}`)))},
    case when x.summary = '' then x.body else '' end,
    -- One key lookup per listing shown, not a join over every organisation.
    (select o.name from organizations o where o.id = x.organization_id))
  from listings x where x.id = p.id)`;

/** `searchItemShown` of these listings, by id (none asked: no statement). */
export async function shownByIds(db: Db, ids: number[]): Promise<Map<number, unknown>> {
  if (ids.length === 0) return new Map();
  const r = await sql<{ id: number; shown: unknown }>`select p.id, ${searchItemShown} as shown from unnest(${intArray(ids)}) as p(id)`.execute(db);
  return new Map(r.rows.map((x) => [Number(x.id), x.shown]));
}

/** `searchItemShown`'s array as a row. */
export function shownItem(a: unknown): SearchItemRow {
  const v = a as unknown[];
  const row = Object.fromEntries(SHOWN_COLUMNS.map((c, i) => [c, v[i]]));
  return { ...row, body: v[SHOWN_COLUMNS.length], organization_name: v[SHOWN_COLUMNS.length + 1] } as SearchItemRow;
}

export async function findListing(db: Db, id: number): Promise<ListingRow | undefined> {
  return (await selectListings(db).where("l.id", "=", id).executeTakeFirst()) as ListingRow | undefined;
}

export async function lockListing(db: Db, id: number): Promise<ListingRow | undefined> {
  return (await selectListings(db).where("l.id", "=", id).forUpdate("l").executeTakeFirst()) as ListingRow | undefined;
}

export async function insertListing(db: Db, row: Insertable<ListingsTable>): Promise<number> {
  const r = await db.insertInto("listings").values(row).returning("id").executeTakeFirstOrThrow();
  return r.id;
}

export async function updateListing(db: Db, id: number, patch: Updateable<ListingsTable>): Promise<void> {
  await db.updateTable("listings").set({ ...patch, updated_at: sql`now()` as any }).where("id", "=", id).execute();
}

/**
 * The listing's words for search. Call in the transaction that writes the text: the row in
 * listing_search already exists (the listings trigger made it) and only its tsvector changes.
 */
export async function setSearchText(db: Db, id: number, vector: RawBuilder<unknown>): Promise<void> {
  await db.updateTable("listing_search").set({ search: vector }).where("id", "=", id).execute();
}

export type Audience = { allianceIds: number[]; organizationIds: number[] };

/** The audiences of several listings in one query; a listing without one gets empty lists. */
export async function audiencesOf(db: Db, ids: number[]): Promise<Map<number, Audience>> {
  const out = new Map<number, Audience>(ids.map((id) => [id, { allianceIds: [], organizationIds: [] }]));
  if (ids.length === 0) return out;
  const rows = await db.selectFrom("listing_audience").select(["listing_id", "alliance_id", "organization_id"]).where("listing_id", "in", ids).execute();
  for (const r of rows) {
    const a = out.get(r.listing_id)!;
    if (r.alliance_id != null) a.allianceIds.push(r.alliance_id);
    if (r.organization_id != null) a.organizationIds.push(r.organization_id);
  }
  return out;
}

export async function audienceOf(db: Db, id: number): Promise<Audience> {
  return (await audiencesOf(db, [id])).get(id)!;
}

export async function setAudience(db: Db, id: number, a: Audience): Promise<void> {
  await db.deleteFrom("listing_audience").where("listing_id", "=", id).execute();
  const rows = [
    ...a.allianceIds.map((x) => ({ listing_id: id, alliance_id: x, organization_id: null })),
    ...a.organizationIds.map((x) => ({ listing_id: id, alliance_id: null, organization_id: x })),
  ];
  if (rows.length) await db.insertInto("listing_audience").values(rows).execute();
}

export async function regionsByIds(db: Db, ids: number[]) {
  if (ids.length === 0) return [];
  return db.selectFrom("regions").select(["id", "code", "name", "short_name", "level", "path"]).where("id", "in", ids).execute();
}

export async function regionsByCodes(db: Db, codes: string[]) {
  if (codes.length === 0) return [];
  return db.selectFrom("regions").select(["id", "code", "name", "level"]).where("code", "in", codes).execute();
}

/** Region and industry names by id, in one round trip. */
/**
 * Region and industry names are reference data an administrator edits rarely, and a search
 * names up to fifty of them for its page and facets; so they are remembered for a minute per
 * database (on PGlite the lookup took 1.0–1.3 ms of a 6–9 ms search). An id not seen yet is
 * always looked up; a renamed region keeps its old name in results for at most that minute.
 */
const NAMES_FOR_MS = 60_000;
const knownNames = new WeakMap<Db, { at: number; region: Map<number, string>; industry: Map<number, string> }>();

export async function namesByIds(db: Db, regionIds: number[], industryIds: number[], now = Date.now()) {
  let known = knownNames.get(db);
  if (!known || Math.abs(now - known.at) > NAMES_FOR_MS) knownNames.set(db, (known = { at: now, region: new Map(), industry: new Map() }));
  const regions = regionIds.filter((id) => !known.region.has(id));
  const industries = industryIds.filter((id) => !known.industry.has(id));
  if (regions.length + industries.length > 0) {
    const r = await sql<{ t: "r" | "i"; id: number; name: string }>`
      select 'r' as t, id, name from regions where id = any(${intArray(regions)})
      union all select 'i', id, name from industries where id = any(${intArray(industries)})`.execute(db);
    for (const x of r.rows) (x.t === "r" ? known.region : known.industry).set(x.id, x.name);
  }
  // The caller reads names by id; the maps may hold more than it asked for.
  return { regionName: known.region as ReadonlyMap<number, string>, industryName: known.industry as ReadonlyMap<number, string> };
}

export async function industriesByIds(db: Db, ids: number[]) {
  if (ids.length === 0) return [];
  return db.selectFrom("industries").select(["id", "name"]).where("id", "in", ids).execute();
}

export async function segmentsByIds(db: Db, ids: number[]) {
  if (ids.length === 0) return [];
  return db.selectFrom("industry_segments").select(["id", "industry_id", "name"]).where("id", "in", ids).execute();
}

export async function existingIds(db: Db, table: "organizations" | "alliances", ids: number[]): Promise<Set<number>> {
  if (ids.length === 0) return new Set();
  const rows = await db.selectFrom(table).select("id").where("id", "in", ids).execute();
  return new Set(rows.map((r) => r.id));
}

export async function interestCounts(db: Db, listingIds: number[]): Promise<Map<number, { open: number; total: number }>> {
  const m = new Map<number, { open: number; total: number }>();
  if (listingIds.length === 0) return m;
  const rows = await db
    .selectFrom("interests")
    .select(["listing_id", sql<number>`count(*) filter (where status = 'open')::int`.as("open"), sql<number>`count(*)::int`.as("total")])
    .where("listing_id", "in", listingIds)
    .groupBy("listing_id")
    .execute();
  for (const r of rows) m.set(r.listing_id, { open: r.open, total: r.total });
  return m;
}

/** Marks published listings past their validity as expired; returns how many. */
export async function expirePast(db: Db, today: string): Promise<number[]> {
  const rows = await db
    .updateTable("listings")
    .set({ status: "expired", updated_at: sql`now()` as any })
    .where("status", "=", "published")
    .where("valid_until", "<", today)
    .returning("id")
    .execute();
  return rows.map((r) => r.id);
}
