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
  /** The first try, skipping the estimate. For tests. */
  first?: Reach;
}

/** One row of a window query: the counts, a ranked candidate for the page, or a facet combination. */
export interface WindowRow {
  f: "n" | "item" | "combo";
  v: string | null;
  n: number;
  rank: number;
  pub: Date | string | null;
  /** A combination's cities; an item's regions. */
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
/** Matches (per window place) one unbounded try may visit without a second thought. */
const SMALL_PER_PLACE = 3;
/** Without a usable estimate, the first try reads about this many listings per window place. */
const FIRST_ROWS_PER_PLACE = 10;
/** Days a week key stands for (weeks start on Thursday, day 0 being 1970-01-01, a Thursday). */
const WEEK = 7;
/**
 * What reading costs, in µs, measured on PostgreSQL 15 here at 1M listings (docs/benchmarks.md):
 * one day or week key in the tsquery (the index advances it alongside the words: 7 week keys
 * with a three-word query, 2.2 ms), one matching row visited (1.4 µs from shared buffers,
 * 7.5 µs from the OS). Only their ratio matters.
 */
const COST_US = { key: 250, row: 5 };

/** What one try reads: the last `days` days, by the keys of those days or of the weeks covering them. */
export interface Reach {
  days: number;
  by: "days" | "weeks";
}

/**
 * The newest `take` matches, ranked; back come how many there were, the best `need` of them
 * and the facet combinations. `take` is one more than the window: a full answer means there
 * are more matches than the window holds (that extra, oldest one is left out of everything).
 */
async function newest(db: Db, q: WindowQuery, where: RawBuilder<unknown>, take: number | null): Promise<Gathered> {
  // The GIN index finds the matches, a top-N sort picks the newest. (An order an index gives,
  // such as (pub_day, published_at), tempts the planner to walk that index newest first and
  // test every row: when the filters match little — 厂房 among procurement needs: nothing — it
  // walks all of it, 730 ms at 1M listings.) The baseline reads `listings` alone, as a plain
  // scan would, in the same order.
  const newestFirst = sql`published_at desc nulls last, id desc`;
  const limit = take == null ? sql`` : sql`order by ${newestFirst} limit ${take}`;
  const from = q.ilike
    ? sql`select l.id, l.kind, l.region_ids, l.city_ids, l.industry_ids, l.published_at from listings l where ${where} ${limit}`
    : sql`select l.id, l.kind, l.region_ids, l.city_ids, l.industry_ids, l.published_at, l.search from listing_search l where ${where} ${limit}`;
  const r = await sql<WindowRow>`
    with m as materialized (${from}), c as materialized (
      select id, kind, region_ids, city_ids, industry_ids, published_at, ${q.rank}::float8 as rank from m
      ${take == null ? sql`` : sql`order by ${newestFirst} limit ${take - 1}`}
    )
    select 'n' as f, null::text as v, (select count(*) from m)::int as n, 0::float8 as rank, null::timestamptz as pub, null::int[] as cities, null::int[] as industries
    union all
    select 'item', id::text, 0, rank, published_at, region_ids, industry_ids
    from (select id, rank, published_at, region_ids, industry_ids from c order by rank desc, published_at desc nulls last, id desc limit ${q.need}) p
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
  const r = await sql<{ oldest: number | null; est: number }>`
    select (select min(pub_day) from listing_search where pub_day > 0) as oldest,
      (select reltuples from pg_class where oid = 'listing_search'::regclass)::float8 as est`.execute(db);
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
  const s = { oldest: r.rows[0]?.oldest ?? Math.floor(now / DAY_MS), rows, wordShare, rareBelow: words.length ? shares[words.length] : 0, at: now };
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
 * The newest `window` matches, in one to three tries. A try reads the last `days` days: the
 * publication day and week are words of the vector ('#d20786', '#w2969'), so "these words and
 * one of these days" is one tsquery the GIN index answers by reading only those days' matches,
 * and a common word fills the window from a few days. `days` comes from the matches per day —
 * guessed from the rarest word's share in the ANALYZE statistics, then seen — with a margin; a
 * try names each day, or each week when that costs less (fewer keys, more matches to visit). A
 * try has no bound when visiting every match costs less, or when even the rarest word's share
 * allows only a few matches. Tries start from today and widen; the last one is unbounded.
 */
export async function gatherWindow(db: Db, q: WindowQuery, opts: WindowOptions = {}, now = Date.now()): Promise<Gathered & { tries: number }> {
  // On PostgreSQL these statements rely on the session settings connect() gives every pooled
  // connection: JIT off (compiling cost more than the statements) and work_mem for the bitmaps.
  return tries(db, await tableStats(db, now), q, opts, now);
}

async function tries(db: Db, s: Stats, q: WindowQuery, opts: WindowOptions, now: number): Promise<Gathered & { tries: number }> {
  const window = opts.window ?? SEARCH_WINDOW;
  if (!Number.isFinite(window)) return { ...(await newest(db, q, q.where, null)), tries: 1 };
  const today = Math.floor(now / DAY_MS);
  const span = Math.max(1, today + 1 - s.oldest);
  const rowsPerDay = s.rows / span;
  const firstWeek = (days: number) => Math.floor((today + 1 - days) / WEEK);
  /** The first day a try reads: its days', or its oldest week's. */
  const firstDay = (r: Reach) => (r.by === "days" ? today + 1 - r.days : firstWeek(r.days) * WEEK);
  // Keys reach one day past today: the database's clock, which dates publications, may be a
  // little ahead of this one around midnight (UTC).
  const keysOf = (r: Reach) =>
    r.by === "days"
      ? Array.from({ length: r.days + 1 }, (_, i) => `'#d${today + 1 - i}'`)
      : Array.from({ length: Math.floor((today + 1) / WEEK) - firstWeek(r.days) + 1 }, (_, i) => `'#w${firstWeek(r.days) + i}'`);
  // The keys join the words in the vector (migration 202611290300), so the index reads only
  // the matches of those days. The baseline has no index: the same days, as a range.
  const bound = (r: Reach) =>
    q.ilike ? sql`l.published_at >= ${new Date(firstDay(r) * DAY_MS).toISOString()}::timestamptz` : sql`l.search @@ ${keysOf(r).join(" | ")}::tsquery`;
  const reach = (r: Reach) => newest(db, q, sql`${q.where} and ${bound(r)}`, window + 1);
  const unbounded = () => newest(db, q, q.where, window + 1);
  // Days holding the window at `perDay` matches a day, with a margin.
  const daysFor = (perDay: number) => (perDay > 0 ? Math.ceil(((window + 1) / perDay) * 1.5) : Infinity);
  /**
   * The cheaper way to read the last `days` days at `perDay` matches a day — a key per day, or
   * a key per week (fewer keys, but whole weeks of matches to visit) — or none (undefined) when
   * visiting all `allMatches` costs less.
   */
  const plan = (days: number, perDay: number, allMatches: number): Reach | undefined => {
    if (!(days < span)) return undefined;
    const byDays: Reach = { days, by: "days" };
    const byWeeks: Reach = { days, by: "weeks" };
    const cost = (r: Reach) => keysOf(r).length * COST_US.key + (today + 1 - firstDay(r)) * perDay * COST_US.row;
    const best = cost(byDays) <= cost(byWeeks) ? byDays : byWeeks;
    return cost(best) < allMatches * COST_US.row ? best : undefined;
  };

  let next: Reach | undefined = opts.first;
  if (!next && q.lexemes?.length && s.wordShare.size === 0) {
    // No statistics yet.
    next = plan(Math.ceil((FIRST_ROWS_PER_PLACE * window) / Math.max(rowsPerDay, 1e-9)), rowsPerDay / FIRST_ROWS_PER_PLACE, Infinity);
  } else if (!next) {
    // Every word must match, so the rarest one's share bounds the matches (browsing: every
    // listing may match). A small bound: one try without keys visits them all. Otherwise the
    // first try is sized for that bound: words asked for together mostly occur together (数字
    // and 孪生), and filters are left out, so it errs towards too few days, which costs a
    // second try sized from the rate seen — cheaper than visiting weeks of matches too many.
    const share = !q.lexemes?.length ? 1 : Math.min(...q.lexemes.map((w) => s.wordShare.get(w) ?? s.rareBelow));
    if (share * s.rows <= SMALL_PER_PLACE * window) return { ...(await unbounded()), tries: 1 };
    next = plan(daysFor(share * rowsPerDay), share * rowsPerDay, share * s.rows);
    if (!next) return { ...(await unbounded()), tries: 1 };
  }
  for (let tried = 0; ; tried++) {
    if (!next || next.days >= span || tried === 2) return { ...(await unbounded()), tries: tried + 1 };
    const got = await reach(next);
    if (!got.exact) return { ...got, tries: tried + 1 };
    const perDay = got.count / (today + 1 - firstDay(next));
    next = plan(daysFor(perDay), perDay, perDay * span);
  }
}
