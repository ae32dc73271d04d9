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
  /** Days the first range try reads, skipping the estimate. For tests. */
  firstDays?: number;
}

/** One row of a window query: the counts, a ranked candidate for the page, or a facet combination. */
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
  /** Every condition over alias `l` (listing_search, or listings for the baseline), the text match included. */
  where: RawBuilder<unknown>;
  /** Relevance over column `search` of the matches (0 without words). */
  rank: RawBuilder<unknown>;
  /** The benchmark's baseline: `where` is over `listings l` (text included) instead. */
  ilike: boolean;
  /** The query's lexemes (every one must match), or undefined when browsing without words. */
  lexemes?: string[];
  need: number;
  facets: boolean;
}

const DAY_MS = 86_400_000;
/** listing_search.pub_day, computed from a `listings` row (as the trigger does). */
const PUB_DAY = sql`coalesce(floor(extract(epoch from l.published_at) / 86400)::integer, 0)`;
/** Matches (per window place) one unbounded try may visit without a second thought. */
const SMALL_PER_PLACE = 3;
/** Without a usable estimate, the first range holds about this many listings per window place. */
const FIRST_ROWS_PER_PLACE = 10;
/**
 * Reading one listing's entry of a day range in the GIN index (≈ 0.2 µs, CPU only) costs a
 * sixth of visiting one matching row when its page is in shared buffers (1.4 µs) and a fortieth
 * when it must be read from the OS (≈ 9 µs; at 1M listings the table is 6 × shared_buffers):
 * measured on PostgreSQL 15 here. A day range is worth reading while it is 12 × smaller.
 */
const RANGE_ENTRY_VS_ROW = 12;

/**
 * The newest `take` matches, ranked; back come how many there were, the best `need` of them
 * and the facet combinations. `take` is one more than the window: a full answer means there
 * are more matches than the window holds (that extra, oldest one is left out of everything).
 */
async function newest(db: Db, q: WindowQuery, where: RawBuilder<unknown>, take: number | null, bounded = false): Promise<Gathered> {
  // Ordered by (pub_day, published_at) — the same order as published_at alone, pub_day being
  // derived from it — the planner may walk listing_search_recent_idx or _kind_idx, newest
  // first, and stop at `take`. Within a day range that walk is bounded; without one, a filter
  // that matches little (厂房 among procurement needs: none) makes it walk the whole index —
  // 730 ms at 1M listings — so an unbounded try orders by published_at alone, which no index
  // gives: the GIN index finds the matches, a top-N sort picks the newest.
  // The baseline reads `listings` alone, as a plain scan would, in the same order.
  const order = bounded && !q.ilike ? sql`l.pub_day desc, l.published_at desc nulls last, l.id desc` : sql`l.published_at desc nulls last, l.id desc`;
  const limit = take == null ? sql`` : sql`order by ${order} limit ${take}`;
  const from = q.ilike
    ? sql`select l.id, l.kind, l.city_ids, l.industry_ids, l.published_at, ${PUB_DAY} as pub_day from listings l where ${where} ${limit}`
    : sql`select l.id, l.kind, l.city_ids, l.industry_ids, l.published_at, l.pub_day, l.search from listing_search l where ${where} ${limit}`;
  const newestFirst = sql`pub_day desc, published_at desc nulls last, id desc`;
  const r = await sql<WindowRow>`
    with m as materialized (${from}), c as materialized (
      select id, kind, city_ids, industry_ids, published_at, ${q.rank}::float8 as rank from m
      ${take == null ? sql`` : sql`order by ${newestFirst} limit ${take - 1}`}
    )
    select 'n' as f, null::text as v, (select count(*) from m)::int as n, 0::float8 as rank, null::timestamptz as pub, null::int[] as cities, null::int[] as industries
    union all
    select 'item', id::text, 0, rank, published_at, null, null
    from (select id, rank, published_at from c order by rank desc, published_at desc nulls last, id desc limit ${q.need}) p
    ${q.facets ? sql`union all select 'combo', kind, count(*)::int, 0, null, city_ids, industry_ids from c group by kind, city_ids, industry_ids` : sql``}
  `.execute(db);
  const n = r.rows.find((x) => x.f === "n")!.n;
  const full = take != null && n >= take;
  return { count: full ? take - 1 : n, exact: !full, items: r.rows.filter((x) => x.f === "item"), combos: r.rows.filter((x) => x.f === "combo") };
}

interface Stats {
  /** Day of the oldest publication. */
  oldest: number;
  /** Listings in the table (an estimate when large). */
  rows: number;
  /** Share of listings holding each common word (ANALYZE's most common elements); empty before any ANALYZE. */
  wordShare: Map<string, number>;
  /** A word not among the common ones is in fewer listings than this share. */
  rareBelow: number;
  /** PostgreSQL with JIT on (PGlite has none). */
  jit: boolean;
  at: number;
}
const stats = new WeakMap<Db, Stats>();

/**
 * How far back the listings go, how many there are and how common the common words are,
 * remembered for ten minutes. Only the number and size of the tries depend on it, never the
 * answer: a stale figure costs a try, it cannot change a result.
 */
async function tableStats(db: Db, now: number): Promise<Stats> {
  const known = stats.get(db);
  if (known && now - known.at < 600_000) return known;
  const r = await sql<{ oldest: number | null; est: number; jit: boolean }>`
    select (select min(pub_day) from listing_search where pub_day > 0) as oldest,
      (select reltuples from pg_class where oid = 'listing_search'::regclass)::float8 as est,
      pg_jit_available() and current_setting('jit')::bool as jit`.execute(db);
  let rows = Number(r.rows[0]?.est ?? -1);
  // Never analysed (or analysed empty): count, which is cheap for the small tables this happens to.
  if (!(rows > 0)) rows = (await sql<{ n: number }>`select count(*)::int as n from listing_search`.execute(db)).rows[0].n;
  const mce = await sql<{ words: string[] | null; shares: number[] | null }>`
    select most_common_elems::text::text[] as words, most_common_elem_freqs::float8[] as shares
    from pg_stats where schemaname = current_schema() and tablename = 'listing_search' and attname = 'search'`.execute(db);
  const words = mce.rows[0]?.words ?? [];
  const shares = (mce.rows[0]?.shares ?? []).map(Number);
  // After the per-word shares come the smallest and the largest of them, then the share of empty vectors.
  const wordShare = new Map(words.map((w, i) => [w, shares[i]]));
  const s = { oldest: r.rows[0]?.oldest ?? Math.floor(now / DAY_MS), rows, wordShare, rareBelow: words.length ? shares[words.length] : 0, jit: !!r.rows[0]?.jit, at: now };
  stats.set(db, s);
  return s;
}

/**
 * Refreshes the statistics search sizes its tries by. PostgreSQL's autovacuum does this too;
 * PGlite has no autovacuum, so the market module runs it at start and hourly.
 */
export async function refreshSearchStats(db: Db): Promise<void> {
  await sql`analyze listing_search`.execute(db);
  stats.delete(db);
}

/**
 * The newest `window` matches, in one to three tries. A try reads the last `days` days through
 * the GIN index (search, pub_day, …), so that a common word fills the window from those days'
 * rows alone; `days` comes from the matches per day — guessed from the words' shares in the
 * ANALYZE statistics, then seen — with a margin. A range is read only while its index entries
 * cost less than visiting every match; otherwise, and when even the rarest word's share allows
 * only a few matches, the try has no bound.
 * Tries start from today: btree_gin scans "pub_day >= x" as one range but "pub_day < y" from
 * the oldest day, so tries cannot slice the days between them.
 */
export async function gatherWindow(db: Db, q: WindowQuery, opts: WindowOptions = {}, now = Date.now()): Promise<Gathered & { tries: number }> {
  const s = await tableStats(db, now);
  // PostgreSQL compiles a query whose estimated cost passes jit_above_cost (100 000 by default,
  // which a bitmap scan of a large table reaches) before running it: ≈ 20 ms here, for queries
  // that then run in 5–30 ms. Search never runs long enough to win that back: JIT off, for
  // these statements only. (PGlite has no JIT, and its tables are small enough for work_mem.)
  if (!s.jit) return tries(db, s, q, opts, now);
  const run = async (trx: Db) => {
    await sql`set local jit = off`.execute(trx);
    // A day range's index entries are gathered in a bitmap; past work_mem (4 MB by default,
    // ≈ 60 000 scattered rows) it turns lossy and every row of every page it names is read
    // and rechecked (15 000 pages instead of 1 500 at 1M listings). Bitmaps within the window
    // need up to ≈ 10 MB.
    await sql`set local work_mem = '32MB'`.execute(trx);
    return tries(trx, s, q, opts, now);
  };
  return db.isTransaction ? run(db) : db.transaction().execute(run);
}

async function tries(db: Db, s: Stats, q: WindowQuery, opts: WindowOptions, now: number): Promise<Gathered & { tries: number }> {
  const window = opts.window ?? SEARCH_WINDOW;
  if (!Number.isFinite(window)) return { ...(await newest(db, q, q.where, null)), tries: 1 };
  const today = Math.floor(now / DAY_MS);
  const span = Math.max(1, today + 1 - s.oldest);
  const rowsPerDay = s.rows / span;
  const since = (day: number) => (q.ilike ? sql`l.published_at >= ${new Date(day * DAY_MS).toISOString()}::timestamptz` : sql`l.pub_day >= ${day}`);
  const ranged = (days: number) => newest(db, q, sql`${q.where} and ${since(today + 1 - days)}`, window + 1, true);
  const unbounded = () => newest(db, q, q.where, window + 1);
  // Days holding the window at `perDay` matches a day, with a margin.
  const daysFor = (perDay: number) => (perDay > 0 ? Math.ceil(((window + 1) / perDay) * 1.5) : Infinity);
  const worthRange = (days: number, perDay: number) => days < span && days * rowsPerDay < RANGE_ENTRY_VS_ROW * perDay * span;

  let n = 0;
  let days = opts.firstDays;
  if (days == null && q.lexemes?.length && s.wordShare.size === 0) {
    days = Math.ceil((FIRST_ROWS_PER_PLACE * window) / Math.max(rowsPerDay, 1e-9)); // no statistics yet
  } else if (days == null) {
    // Every word must match, so the rarest one's share bounds the matches (browsing: every
    // listing may match). A small bound: one try without a range visits them all. Otherwise
    // the first range is sized for a guess — the words of a query meet more often than chance
    // but not always, so each further word halves the bound; filters are left out, so a guess
    // errs towards a short range, and a short range costs a second try sized from the rate seen.
    const bound = !q.lexemes?.length ? 1 : Math.min(...q.lexemes.map((w) => s.wordShare.get(w) ?? s.rareBelow));
    if (bound * s.rows <= SMALL_PER_PLACE * window) return { ...(await unbounded()), tries: 1 };
    const guess = bound / 2 ** Math.max(0, new Set(q.lexemes ?? []).size - 1);
    days = daysFor(guess * rowsPerDay);
    if (!worthRange(days, bound * rowsPerDay)) return { ...(await unbounded()), tries: 1 };
  }
  for (let ranges = 0; ; ranges++) {
    n++;
    if (days >= span || ranges === 2) return { ...(await unbounded()), tries: n };
    const got = await ranged(days);
    if (!got.exact) return { ...got, tries: n };
    const perDay = got.count / days;
    days = daysFor(perDay);
    if (!worthRange(days, perDay)) return { ...(await unbounded()), tries: n + 1 };
  }
}
