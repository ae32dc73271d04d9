import { sql, type RawBuilder } from "kysely";
import type { Db } from "../../platform/db/connect.js";

/**
 * How many matches one search ranks, counts and facets: the newest ones. Like Elasticsearch's
 * track_total_hits, a search with more matches answers `total: SEARCH_WINDOW` with
 * `totalIsExact: false` ("1000+"), its facets count those newest matches and its pages end
 * there. The work per search is then bounded by the window, not by how common a word is.
 */
export const SEARCH_WINDOW = 1000;

export interface WindowOptions {
  /** Matches considered (default SEARCH_WINDOW); Infinity ranks, counts and facets every match. */
  window?: number;
  /** Days the first try reads (default: enough days for FIRST_ROWS listings). For tests. */
  firstDays?: number;
}

/** One row of a window query: the count, a ranked candidate for the page, or a facet combination. */
export interface WindowRow {
  f: "n" | "item" | "combo";
  v: string | null;
  n: number;
  rank: number;
  pub: Date | string | null;
  cities: number[] | null;
  industries: number[] | null;
}

export interface Gathered {
  count: number;
  exact: boolean;
  /** The best `need` matches by rank, then recency. */
  items: WindowRow[];
  combos: WindowRow[];
}

export interface WindowQuery {
  /** Every condition over alias `l` (listing_search), the text match included. */
  where: RawBuilder<unknown>;
  /** Relevance over column `search` of the matches (0 without words). */
  rank: RawBuilder<unknown>;
  /** The baseline's substring match reads the text from `listings t`. */
  ilike: boolean;
  need: number;
  facets: boolean;
}

const DAY_MS = 86_400_000;
/** The first try reads the last days holding about this many listings per window place. */
const FIRST_ROWS_PER_PLACE = 10;
/**
 * Reading one listing's entry of a day range in the GIN index costs about a ninth of visiting
 * one matching row in the table (measured: 180 000 entries 30 ms, 2 000 rows 4 ms on
 * PostgreSQL 15 here); a day range is worth it only while it is that much smaller.
 */
const RANGE_ENTRY_VS_ROW = 12;

/**
 * The newest `take` matches, ranked; back come how many there were, the best `need` of them
 * and the facet combinations. `take` is one more than the window: a full answer means there
 * are more matches than the window holds (that extra, oldest one is left out of everything).
 */
async function newest(db: Db, q: WindowQuery, where: RawBuilder<unknown>, take: number | null): Promise<Gathered> {
  const from = q.ilike ? sql`listing_search l join listings t on t.id = l.id` : sql`listing_search l`;
  // (pub_day, published_at) orders like published_at alone — pub_day is derived from it — and
  // lets the planner walk listing_search_recent_idx when that is cheaper than the GIN index.
  const order = sql`pub_day desc, published_at desc nulls last, id desc`;
  const query = sql<WindowRow>`
    with m as materialized (
      select l.id, l.kind, l.city_ids, l.industry_ids, l.published_at, l.pub_day${q.ilike ? sql`` : sql`, l.search`}
      from ${from} where ${where}
      ${take == null ? sql`` : sql`order by l.pub_day desc, l.published_at desc nulls last, l.id desc limit ${take}`}
    ), c as materialized (
      select id, kind, city_ids, industry_ids, published_at, ${q.rank}::float8 as rank from m
      ${take == null ? sql`` : sql`order by ${order} limit ${take - 1}`}
    )
    select 'n' as f, null::text as v, (select count(*) from m)::int as n, 0::float8 as rank, null::timestamptz as pub, null::int[] as cities, null::int[] as industries
    union all
    select 'item', id::text, 0, rank, published_at, null, null
    from (select id, rank, published_at from c order by rank desc, published_at desc nulls last, id desc limit ${q.need}) p
    ${q.facets ? sql`union all select 'combo', kind, count(*)::int, 0, null, city_ids, industry_ids from c group by kind, city_ids, industry_ids` : sql``}
  `;
  const t0 = performance.now();
  if (process.env.SEARCH_EXPLAIN) console.error((await sql<any>`explain (analyze, buffers) ${query}`.execute(db)).rows.map((x) => x["QUERY PLAN"]).join("\n"));
  const r = await query.execute(db);
  if (process.env.SEARCH_DEBUG) console.error(`  window query take=${take} ${(performance.now() - t0).toFixed(1)} ms`);
  const n = r.rows.find((x) => x.f === "n")!.n;
  const full = take != null && n >= take;
  return { count: full ? take - 1 : n, exact: !full, items: r.rows.filter((x) => x.f === "item"), combos: r.rows.filter((x) => x.f === "combo") };
}

interface Stats {
  /** Day of the oldest publication. */
  oldest: number;
  /** Listings in the table (an estimate when large). */
  rows: number;
  at: number;
}
const stats = new WeakMap<Db, Stats>();

/**
 * How far back the listings go and how many there are, remembered for ten minutes. Only the
 * number and size of the tries depend on it, never the answer.
 */
async function tableStats(db: Db, now: number): Promise<Stats> {
  const known = stats.get(db);
  if (known && now - known.at < 600_000) return known;
  const r = await sql<{ oldest: number | null; est: number }>`
    select (select min(pub_day) from listing_search where pub_day > 0) as oldest,
      (select reltuples from pg_class where oid = 'listing_search'::regclass)::float8 as est`.execute(db);
  let rows = Number(r.rows[0]?.est ?? -1);
  // Never analysed (or analysed empty): count, which is cheap for the small tables this happens to.
  if (!(rows > 0)) rows = (await sql<{ n: number }>`select count(*)::int as n from listing_search`.execute(db)).rows[0].n;
  const s = { oldest: r.rows[0]?.oldest ?? Math.floor(now / DAY_MS), rows, at: now };
  stats.set(db, s);
  return s;
}

/**
 * The newest `window` matches, in at most three tries. The first reads the last few days
 * through the GIN index (search, pub_day): a common word fills the window there and only
 * those days' rows are visited. Otherwise the matches per day seen so far say how far back
 * the window reaches; a second try reads that range — when the range is small enough that
 * reading its index entries beats visiting every match — and the last try has no bound (a
 * rare word: few matches to visit). Tries start from today: btree_gin scans "pub_day >= x"
 * as one range but "pub_day < y" from the oldest day, so tries cannot slice between them.
 */
export async function gatherWindow(db: Db, q: WindowQuery, opts: WindowOptions = {}, now = Date.now()): Promise<Gathered & { tries: number }> {
  // PostgreSQL compiles a query whose estimated cost passes jit_above_cost (100 000 by default,
  // which a bitmap scan of a 1M-row table reaches) before running it: ≈ 20 ms here for queries
  // that then run in 5–30 ms. Search never runs long enough to win that back: JIT off, for these
  // statements only. (PGlite has no JIT; the setting is accepted and changes nothing.)
  const run = async (trx: Db) => {
    await sql`set local jit = off`.execute(trx);
    return tries(trx, q, opts, now);
  };
  return db.isTransaction ? run(db) : db.transaction().execute(run);
}

async function tries(db: Db, q: WindowQuery, opts: WindowOptions, now: number): Promise<Gathered & { tries: number }> {
  const window = opts.window ?? SEARCH_WINDOW;
  if (!Number.isFinite(window)) return { ...(await newest(db, q, q.where, null)), tries: 1 };
  const today = Math.floor(now / DAY_MS);
  const s = await tableStats(db, now);
  const span = Math.max(1, today + 1 - s.oldest);
  const rowsPerDay = s.rows / span;
  const ranged = (days: number) => newest(db, q, sql`${q.where} and l.pub_day >= ${today + 1 - days}`, window + 1);
  const unbounded = () => newest(db, q, q.where, window + 1);

  const firstDays = opts.firstDays ?? Math.ceil((FIRST_ROWS_PER_PLACE * window) / Math.max(rowsPerDay, 1e-9));
  if (firstDays >= span) return { ...(await unbounded()), tries: 1 };
  const first = await ranged(firstDays);
  if (!first.exact) return { ...first, tries: 1 };
  // Days the window needs at the rate seen, with a margin; none seen: a rare word (or filter).
  const perDay = first.count / firstDays;
  const days = perDay > 0 ? Math.ceil(((window + 1) / perDay) * 1.5) : Infinity;
  if (days < span && days * rowsPerDay < RANGE_ENTRY_VS_ROW * perDay * span) {
    const second = await ranged(days);
    if (!second.exact) return { ...second, tries: 2 };
    return { ...(await unbounded()), tries: 3 };
  }
  return { ...(await unbounded()), tries: 2 };
}
