import { sql, type RawBuilder } from "kysely";
import type { Db } from "../../platform/db/connect.js";
import type { MaybeActor } from "../../platform/auth.js";
import { AppError } from "../../platform/errors.js";
import { toTsQuery } from "../../platform/text.js";
import { KIND_LABELS } from "./listing.schema.js";
import * as repo from "./listings.repo.js";
import type { ListingKind, ListingStatus } from "./market.tables.js";
import { parseQuery } from "../../platform/http/query.js";
import { searchQuery, type SearchQuery, type SearchResult } from "./search.schema.js";
import { RANGE_FIELDS, rangeKeys, type RangeField, type RangeFilter } from "./search-ranges.js";
import { gatherWindow, type WindowOptions } from "./search-window.js";
import { highlight, queryWords, snippet } from "./search-text.js";
import { todayCn } from "../../platform/dates.js";
import { intArray } from "../../platform/db/int-array.js";
import { viewerOf, visibleTo, type Viewer } from "./visibility.js";
import { assertOrganizationFilter } from "../directory/organizations.repo.js";

const EMPTY: SearchResult = { total: 0, totalIsExact: true, items: [], facets: { kind: [], region: [], industry: [] } };

const unknownRegion = (regionId: number) => new AppError("UNKNOWN_REGION", `地区 ${regionId} 不存在 (unknown region)`, { region: "unknown region" });

/** The region and its subtree, for the baseline (over `listings`, which has no region paths). */
async function regionSubtree(db: Db, regionId: number): Promise<number[]> {
  const r = await sql<{ id: number }>`select c.id from regions p join regions c on c.path = p.path or c.path like p.path || '/%' where p.id = ${regionId}`.execute(db);
  if (r.rows.length === 0) throw unknownRegion(regionId);
  return r.rows.map((x) => x.id);
}

/**
 * Whether a region exists is asked only when nothing matched it: a match proves it, and the
 * question is a statement of its own (a trivial one's round trip: median 0.6 ms on PGlite, 0.4 ms
 * on PostgreSQL, on the benchmark's machine).
 */
async function assertRegion(db: Db, regionId: number): Promise<void> {
  const r = await sql<{ id: number }>`select id from regions where id = ${regionId}`.execute(db);
  if (r.rows.length === 0) throw unknownRegion(regionId);
}

async function allianceRegions(db: Db, allianceId: number, subtrees: boolean): Promise<number[]> {
  const exists = await db.selectFrom("alliances").select("id").where("id", "=", allianceId).executeTakeFirst();
  if (!exists) throw new AppError("UNKNOWN_REFERENCE", `联盟 ${allianceId} 不存在 (unknown alliance)`, { alliance: "unknown alliance" });
  const r = subtrees
    ? await sql<{ id: number }>`select distinct c.id from alliance_regions ar join regions p on p.id = ar.region_id join regions c on c.path = p.path or c.path like p.path || '/%' where ar.alliance_id = ${allianceId}`.execute(db)
    : await sql<{ id: number }>`select region_id as id from alliance_regions where alliance_id = ${allianceId}`.execute(db);
  return r.rows.map((x) => x.id);
}

function statusCondition(status: ListingStatus, today: string): RawBuilder<unknown> {
  if (status === "published") return sql`l.status = 'published' and (l.valid_until is null or l.valid_until >= ${today}::date)`;
  if (status === "expired") return sql`(l.status = 'expired' or (l.status = 'published' and l.valid_until < ${today}::date))`;
  return sql`l.status = ${status}`;
}

/**
 * Every filter but the kind (gatherWindow's: WindowQuery.kind) as one SQL condition over alias
 * `l`; the caller adds the text match. A region (with its subtree) is one entry of
 * listing_search.region_path_ids (the listing's regions and their ancestors); the baseline,
 * over `listings`, tests region_ids against the subtree. Beside them, the region filters
 * (WindowQuery.regions), for sizing the search's tries.
 */
async function conditions(db: Db, q: SearchQuery, v: Viewer, onListings: boolean): Promise<{ c: RawBuilder<unknown>[]; regions: number[][]; ranges: RangeFilter[] }> {
  const c: RawBuilder<unknown>[] = [visibleTo(v), statusCondition(q.status, todayCn())];
  const regions: number[][] = [];
  if (q.region) {
    c.push(onListings ? sql`l.region_ids && ${intArray(await regionSubtree(db, q.region))}` : sql`l.region_path_ids @> ${intArray([q.region])}`);
    regions.push([q.region]);
  }
  if (q.alliance) {
    const ids = await allianceRegions(db, q.alliance, onListings);
    c.push(onListings ? sql`l.region_ids && ${intArray(ids)}` : sql`l.region_path_ids && ${intArray(ids)}`);
    // (The baseline's are whole subtrees, whose shares overlap.)
    if (!onListings) regions.push(ids);
  }
  if (q.organization) c.push(sql`l.organization_id = ${q.organization}`);
  if (q.industry) c.push(sql`l.industry_ids @> ${intArray([q.industry])}`);
  if (q.segment) c.push(sql`l.segment_ids @> ${intArray([q.segment])}`);
  // A range is an exact condition here; its keys (search-ranges.ts) go to the search window.
  const ranges: RangeFilter[] = [];
  const range = (field: RangeField, min?: number, max?: number) => {
    const col = sql.ref(`l.${RANGE_FIELDS[field]}`);
    if (min != null) c.push(sql`${col} >= ${min}`);
    if (max != null) c.push(sql`${col} <= ${max}`);
    const keys = rangeKeys(field, min, max);
    if (keys) ranges.push({ field, keys });
  };
  range("amount", q.amountMin, q.amountMax);
  range("area", q.areaMin, q.areaMax);
  range("price", q.priceMin, q.priceMax);
  return { c, regions, ranges };
}

export { SEARCH_WINDOW } from "./search-window.js";

export interface SearchOptions extends WindowOptions {
  /** 'ilike' answers the same query by a substring scan: the benchmark's baseline, never the API. */
  matcher?: "fts" | "ilike";
  /**
   * The table the baseline reads: `listings` (default, with its indexes), or a copy of it with
   * none, so that the baseline is a plain scan. The page's rows come from `listings` by key.
   */
  baselineTable?: string;
}

/** The baseline's text match, a plain substring scan over the listing's own columns. */
function ilikeAll(words: string[]): RawBuilder<unknown> {
  const like = (w: string) => `%${w.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return sql.join(words.map((w) => sql`(l.title ilike ${like(w)} or l.summary ilike ${like(w)} or l.body ilike ${like(w)})`), sql` and `);
}

/** The lexemes of a tsquery's text ('5g' & '基站' → 5g, 基站): the words every match holds. */
const lexemesOf = (query: string) => [...query.matchAll(/'((?:[^']|'')*)'/g)].map((m) => m[1].replace(/''/g, "'"));

/**
 * to_tsquery('simple', …) of a query's words: the text PostgreSQL matches with. A pure function
 * of its input, so the last thousand are remembered and a repeated search skips a round trip.
 */
const parsedQueries = new Map<string, string>();
async function parsedTsQuery(db: Db, tsq: string): Promise<string> {
  const known = parsedQueries.get(tsq);
  if (known !== undefined) return known;
  const q = (await sql<{ q: string }>`select to_tsquery('simple', ${tsq})::text as q`.execute(db)).rows[0].q;
  if (parsedQueries.size >= 1000) parsedQueries.delete(parsedQueries.keys().next().value!);
  parsedQueries.set(tsq, q);
  return q;
}

const time = (x: Date | string | null) => (x == null ? -Infinity : new Date(x).getTime());

export async function searchListings(db: Db, actor: MaybeActor, raw: unknown, viewer?: Viewer, opts: SearchOptions = {}): Promise<SearchResult> {
  const q = parseQuery(searchQuery, raw);
  for (const [lo, hi] of [["amountMin", "amountMax"], ["areaMin", "areaMax"], ["priceMin", "priceMax"]] as const)
    if (q[lo] != null && q[hi] != null && q[lo]! > q[hi]!)
      throw new AppError("VALIDATION_FAILED", `${lo} 大于 ${hi} (minimum above maximum)`, { [lo]: "下限大于上限 (minimum above maximum)" });
  const v = viewer ?? (await viewerOf(db, actor));
  const text = q.q?.trim() ? q.q.trim() : undefined;
  const tsq = text ? toTsQuery(text) : undefined;
  // A query of only punctuation has no words: nothing can match, and that is not an error.
  if (text && !tsq) return EMPTY;
  const ilike = opts.matcher === "ilike";
  const { c: conds, regions, ranges } = await conditions(db, q, v, ilike);
  // The tsquery is parsed once here and passed as a constant: to_tsquery() inside ts_rank()
  // would be evaluated again for every ranked row.
  const query = tsq ? await parsedTsQuery(db, tsq) : undefined;
  if (query === "") return EMPTY;
  if (tsq) conds.push(ilike ? ilikeAll(queryWords(text)) : sql`l.search @@ ${query}::tsquery`);
  const rank = query && !ilike ? sql`ts_rank(l.search, ${query}::tsquery)` : sql`0`;
  const wantFacets = q.facets !== "false" && q.facets !== "0";
  const where = sql.join(conds, sql` and `);
  const got = await gatherWindow(
    db,
    // An anonymous visitor's published listings are in an index per kind (visibility.ts).
    { where, rank, ilike: ilike && { table: opts.baselineTable ?? "listings" }, lexemes: query ? lexemesOf(query) : undefined, kind: q.kind, regions, ranges, few: q.organization != null, kindIndexes: !v.actor && q.status === "published", need: q.offset + q.limit, skip: q.offset, facets: wantFacets, show: repo.searchItemShown },
    opts,
  );
  if (got.count === 0 && q.region && !ilike) await assertRegion(db, q.region);
  // As for a region: asked only when nothing matched.
  if (got.count === 0 && q.organization) await assertOrganizationFilter(db, q.organization);

  // The window's best offset+limit rows (a union does not keep their order): the page is the last `limit`.
  // Each came with what the page shows of it, read in the same statement (one snapshot), but
  // for a row a later try pushed down onto this page (WindowQuery.skip), loaded now by id. A
  // listing deleted in between has nothing to show and leaves the page.
  const best = got.items
    .sort((a, b) => b.rank - a.rank || time(b.pub) - time(a.pub) || Number(b.v) - Number(a.v))
    .slice(q.offset, q.offset + q.limit);
  const late = await repo.shownByIds(db, best.filter((p) => p.shown == null).map((p) => Number(p.v)));
  const page = best
    .map((p) => ({ rank: Number(p.rank), shown: p.shown ?? late.get(Number(p.v)) }))
    .filter((p) => p.shown != null)
    .map((p) => ({ rank: p.rank, r: repo.shownItem(p.shown) }));

  const words = queryWords(text);
  const counts = { kind: new Map<string, number>(), region: new Map<string, number>(), industry: new Map<string, number>() };
  for (const a of got.facets) {
    const m = a.f === "kind" ? counts.kind : a.f === "city" ? counts.region : counts.industry;
    m.set(a.v!, (m.get(a.v!) ?? 0) + a.n);
  }
  const regionIds = [...new Set([...page.flatMap((p) => p.r.region_ids), ...[...counts.region.keys()].map(Number)])];
  const industryIds = [...new Set([...page.flatMap((p) => p.r.industry_ids), ...[...counts.industry.keys()].map(Number)])];
  const { regionName, industryName } = await repo.namesByIds(db, regionIds, industryIds);
  const today = todayCn();
  const facet = (m: Map<string, number>, label: (v: string) => string, top = 50) =>
    [...m].map(([value, count]) => ({ value, label: label(value), count })).sort((x, y) => y.count - x.count || x.label.localeCompare(y.label)).slice(0, top);

  return {
    total: got.count,
    totalIsExact: got.exact,
    items: page.map(({ r, rank }) => ({
      id: r.id,
      kind: r.kind,
      kindLabel: KIND_LABELS[r.kind],
      status: r.status === "published" && r.valid_until != null && r.valid_until < today ? "expired" : r.status,
      title: r.title,
      summary: r.summary,
      organization: { id: r.organization_id, name: r.organization_name },
      regions: r.region_ids.map((id) => ({ id, name: regionName.get(id) ?? String(id) })),
      industries: r.industry_ids.map((id) => ({ id, name: industryName.get(id) ?? String(id) })),
      amountYuan: r.amount_yuan,
      areaSqm: r.area_sqm,
      priceYuan: r.price_yuan,
      validUntil: r.valid_until,
      visibility: r.visibility,
      publishedAt: r.published_at ? new Date(r.published_at).toISOString() : null,
      rank,
      highlight: {
        title: highlight(r.title, words),
        summary: highlight(snippet(r.summary || r.body, words), words),
      },
    })),
    facets: {
      kind: facet(counts.kind, (v) => KIND_LABELS[v as ListingKind] ?? v),
      region: facet(counts.region, (v) => regionName.get(Number(v)) ?? v),
      industry: facet(counts.industry, (v) => industryName.get(Number(v)) ?? v),
    },
  };
}
