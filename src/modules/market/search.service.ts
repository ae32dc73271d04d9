import { sql, type RawBuilder } from "kysely";
import type { Db } from "../../platform/db/connect.js";
import type { MaybeActor } from "../../platform/auth.js";
import { AppError } from "../../platform/errors.js";
import { toTsQuery } from "../../platform/text.js";
import { KIND_LABELS } from "./listing.schema.js";
import * as repo from "./listings.repo.js";
import type { ListingKind, ListingStatus } from "./market.tables.js";
import { parseQuery } from "./query.js";
import { searchQuery, type SearchQuery, type SearchResult } from "./search.schema.js";
import { highlight, queryWords, snippet } from "./search-text.js";
import { intArray, todayCn, viewerOf, visibleTo, type Viewer } from "./visibility.js";

const EMPTY: SearchResult = { total: 0, totalIsExact: true, items: [], facets: { kind: [], region: [], industry: [] } };

async function regionSubtree(db: Db, regionId: number): Promise<number[]> {
  const r = await sql<{ id: number }>`select c.id from regions p join regions c on c.path = p.path or c.path like p.path || '/%' where p.id = ${regionId}`.execute(db);
  if (r.rows.length === 0) throw new AppError("UNKNOWN_REGION", `地区 ${regionId} 不存在 (unknown region)`, { region: "unknown region" });
  return r.rows.map((x) => x.id);
}

async function allianceRegions(db: Db, allianceId: number): Promise<number[]> {
  const exists = await db.selectFrom("alliances").select("id").where("id", "=", allianceId).executeTakeFirst();
  if (!exists) throw new AppError("UNKNOWN_REFERENCE", `联盟 ${allianceId} 不存在 (unknown alliance)`, { alliance: "unknown alliance" });
  const r = await sql<{ id: number }>`select distinct c.id from alliance_regions ar join regions p on p.id = ar.region_id join regions c on c.path = p.path or c.path like p.path || '/%' where ar.alliance_id = ${allianceId}`.execute(db);
  return r.rows.map((x) => x.id);
}

function statusCondition(status: ListingStatus, today: string): RawBuilder<unknown> {
  if (status === "published") return sql`l.status = 'published' and (l.valid_until is null or l.valid_until >= ${today}::date)`;
  if (status === "expired") return sql`(l.status = 'expired' or (l.status = 'published' and l.valid_until < ${today}::date))`;
  return sql`l.status = ${status}`;
}

/** Every filter as one SQL condition over alias `l`; the caller adds the text match. */
async function conditions(db: Db, q: SearchQuery, v: Viewer): Promise<RawBuilder<unknown>[]> {
  const c: RawBuilder<unknown>[] = [visibleTo(v), statusCondition(q.status, todayCn())];
  if (q.kind) c.push(sql`l.kind = ${q.kind}`);
  if (q.region) c.push(sql`l.region_ids && ${intArray(await regionSubtree(db, q.region))}`);
  if (q.alliance) c.push(sql`l.region_ids && ${intArray(await allianceRegions(db, q.alliance))}`);
  if (q.industry) c.push(sql`l.industry_ids @> ${intArray([q.industry])}`);
  if (q.segment) c.push(sql`l.segment_ids @> ${intArray([q.segment])}`);
  const range = (col: string, min?: number, max?: number) => {
    if (min != null) c.push(sql`${sql.ref(col)} >= ${min}`);
    if (max != null) c.push(sql`${sql.ref(col)} <= ${max}`);
  };
  range("l.amount_yuan", q.amountMin, q.amountMax);
  range("l.area_sqm", q.areaMin, q.areaMax);
  range("l.price_yuan", q.priceMin, q.priceMax);
  return c;
}

/**
 * How many matches one search ranks, counts and facets: the newest ones. Like Elasticsearch's
 * track_total_hits, a search with more matches answers `total: SEARCH_WINDOW` with
 * `totalIsExact: false` ("1000+"), its facets count those newest matches, and its pages end
 * there. The work per search is then bounded by the window, not by how common a word is.
 */
export const SEARCH_WINDOW = 1000;

export interface SearchOptions {
  /** 'ilike' answers the same query by a substring scan: the benchmark's baseline, never the API. */
  matcher?: "fts" | "ilike";
  /** Matches considered (default SEARCH_WINDOW); Infinity ranks, counts and facets every match. */
  window?: number;
}

function ilikeAll(words: string[]): RawBuilder<unknown> {
  const like = (w: string) => `%${w.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return sql.join(words.map((w) => sql`(t.title ilike ${like(w)} or t.summary ilike ${like(w)} or t.body ilike ${like(w)})`), sql` and `);
}

const DAY_MS = 86_400_000;
const FIRST_DAYS = 4;
const MAX_TRIES = 4;

interface AggRow {
  f: "n" | "item" | "combo";
  v: string | null;
  n: number;
  rank: number;
  pub: Date | string | null;
  cities: number[] | null;
  industries: number[] | null;
}

interface Gathered {
  count: number;
  exact: boolean;
  items: AggRow[];
  combos: AggRow[];
}

/**
 * The newest `take` matches, ranked; back come how many there were, the best `need` of them
 * and the facet combinations. `take` is one more than the window: a full answer means there
 * are more matches than the window holds (the extra, oldest one is left out of everything).
 */
async function newest(
  db: Db, where: RawBuilder<unknown>, rank: RawBuilder<unknown>, ilike: boolean,
  take: number | null, need: number, wantFacets: boolean,
): Promise<Gathered> {
  const from = ilike ? sql`listing_search l join listings t on t.id = l.id` : sql`listing_search l`;
  // The order (pub_day, published_at) is the same as published_at alone — pub_day is derived
  // from it — and lets the planner walk listing_search_recent_idx when that is cheaper.
  const order = sql`l.pub_day desc, l.published_at desc nulls last, l.id desc`;
  const query = sql<AggRow>`
    with m as materialized (
      select l.id, l.kind, l.city_ids, l.industry_ids, l.published_at, l.pub_day${ilike ? sql`` : sql`, l.search`}
      from ${from} where ${where}
      ${take == null ? sql`` : sql`order by ${order} limit ${take}`}
    ), c as materialized (
      select id, kind, city_ids, industry_ids, published_at, ${rank}::float8 as rank from m
      ${take == null ? sql`` : sql`order by pub_day desc, published_at desc nulls last, id desc limit ${take - 1}`}
    )
    select 'n' as f, null::text as v, (select count(*) from m)::int as n, 0::float8 as rank, null::timestamptz as pub, null::int[] as cities, null::int[] as industries
    union all
    select 'item', id::text, 0, rank, published_at, null, null
    from (select id, rank, published_at from c order by rank desc, published_at desc nulls last, id desc limit ${need}) p
    ${wantFacets ? sql`union all select 'combo', kind, count(*)::int, 0, null, city_ids, industry_ids from c group by kind, city_ids, industry_ids` : sql``}
  `;
  if (process.env.SEARCH_EXPLAIN) console.error((await sql<any>`explain (analyze, buffers) ${query}`.execute(db)).rows.map((x) => x["QUERY PLAN"]).join("\n"));
  const r = await query.execute(db);
  const n = r.rows.find((x) => x.f === "n")!.n;
  const full = take != null && n >= take;
  return { count: full ? take - 1 : n, exact: !full, items: r.rows.filter((x) => x.f === "item"), combos: r.rows.filter((x) => x.f === "combo") };
}

/**
 * The newest `window` matches. A common word fills the window from the last few days — the
 * GIN index (search, pub_day) hands over only those days' rows — so the first try reads
 * FIRST_DAYS days; when they hold too few matches, the next try reaches back as far as the
 * matches per day seen so far say the window needs (with a margin), and the last try has no
 * bound. A rare word takes up to MAX_TRIES cheap tries, a common one one or two.
 * Each try starts again from today: btree_gin scans "pub_day >= x" as one range but would
 * scan "pub_day < y" from the oldest day, so the tries cannot slice the days between them.
 */
async function gather(
  db: Db, conds: RawBuilder<unknown>[], rank: RawBuilder<unknown>, ilike: boolean,
  window: number, need: number, wantFacets: boolean, now = Date.now(),
): Promise<Gathered> {
  const all = sql.join(conds, sql` and `);
  if (!Number.isFinite(window)) return newest(db, all, rank, ilike, null, need, wantFacets);
  const today = Math.floor(now / DAY_MS);
  let days = FIRST_DAYS;
  let oldest: number | undefined;
  for (let i = 1; ; i++) {
    let from = i < MAX_TRIES && Number.isFinite(days) ? today + 1 - days : null;
    if (from != null && i > 1) {
      // Reaching back past the oldest publication day reads everything: say so, and stop after it.
      oldest ??= (await sql<{ d: number }>`select pub_day as d from listing_search where pub_day > 0 order by pub_day limit 1`.execute(db)).rows[0]?.d ?? today;
      if (from <= oldest) from = null;
    }
    const where = from == null ? all : sql`${all} and l.pub_day >= ${from}`;
    const t0 = performance.now();
    const got = await newest(db, where, rank, ilike, window + 1, need, wantFacets);
    if (process.env.SEARCH_DEBUG) console.error(`try ${i} from=${from} count=${got.count} exact=${got.exact} ${(performance.now() - t0).toFixed(1)}ms`);
    if (!got.exact || from == null) return got;
    // None in the last days: the word (with these filters) is rare, and reading every day is cheap.
    const perDay = got.count / days;
    days = perDay > 0 ? Math.ceil(((window + 1) / perDay) * 1.5) : Infinity;
  }
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
  const conds = await conditions(db, q, v);
  const ilike = opts.matcher === "ilike";
  // The tsquery is parsed once here and passed as a constant: to_tsquery() inside ts_rank()
  // would be evaluated again for every ranked row.
  const query = tsq && !ilike ? (await sql<{ q: string }>`select to_tsquery('simple', ${tsq})::text as q`.execute(db)).rows[0].q : undefined;
  if (query === "") return EMPTY;
  if (tsq) conds.push(ilike ? ilikeAll(queryWords(text)) : sql`l.search @@ ${query}::tsquery`);
  const rank = query ? sql`ts_rank(search, ${query}::tsquery)` : sql`0`;
  const wantFacets = q.facets !== "false" && q.facets !== "0";
  const window = opts.window ?? SEARCH_WINDOW;
  const got = await gather(db, conds, rank, ilike, window, q.offset + q.limit, wantFacets);

  // Each round sent its best offset+limit rows; the page is the best of those.
  const page = got.items
    .sort((a, b) => b.rank - a.rank || time(b.pub) - time(a.pub) || Number(b.v) - Number(a.v))
    .slice(q.offset, q.offset + q.limit);
  const rankOf = new Map(page.map((p) => [Number(p.v), Number(p.rank)]));
  const found = page.length
    ? await repo.selectListings(db).where("l.id", "in", page.map((p) => Number(p.v))).execute()
    : [];
  const byId = new Map(found.map((r) => [r.id, r as repo.ListingRow]));
  const rows = { rows: page.map((p) => byId.get(Number(p.v))!).filter(Boolean).map((r) => ({ ...r, rank: rankOf.get(r.id) ?? 0 })) };

  const words = queryWords(text);
  const counts = { kind: new Map<string, number>(), region: new Map<string, number>(), industry: new Map<string, number>() };
  for (const a of got.combos) {
    const add = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + a.n);
    add(counts.kind, a.v!);
    for (const c of a.cities ?? []) add(counts.region, String(c));
    for (const i of a.industries ?? []) add(counts.industry, String(i));
  }
  const regionIds = [...new Set([...rows.rows.flatMap((r) => r.region_ids), ...[...counts.region.keys()].map(Number)])];
  const industryIds = [...new Set([...rows.rows.flatMap((r) => r.industry_ids), ...[...counts.industry.keys()].map(Number)])];
  const [regions, industries] = await Promise.all([repo.regionsByIds(db, regionIds), repo.industriesByIds(db, industryIds)]);
  const regionName = new Map(regions.map((r) => [r.id, r.name]));
  const industryName = new Map(industries.map((r) => [r.id, r.name]));
  const today = todayCn();
  const facet = (m: Map<string, number>, label: (v: string) => string, top = 50) =>
    [...m].map(([value, count]) => ({ value, label: label(value), count })).sort((x, y) => y.count - x.count || x.label.localeCompare(y.label)).slice(0, top);

  return {
    total: got.count,
    totalIsExact: got.exact,
    items: rows.rows.map((r) => ({
      id: r.id,
      kind: r.kind as ListingKind,
      kindLabel: KIND_LABELS[r.kind as ListingKind],
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
      rank: Number(r.rank),
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
