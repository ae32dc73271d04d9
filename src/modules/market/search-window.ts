import { sql, type RawBuilder } from "kysely";
import type { Db } from "../../platform/db/connect.js";
import { keysWorthAsking, rangeShare, type RangeFilter } from "./search-ranges.js";

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
  /** Ask the index for every range's keys (true) or for none (false), whatever their shares. For tests and the benchmark. */
  rangeKeys?: boolean;
}

/** One row of a window query: the count, a ranked candidate for the page, or one facet value's count. */
export interface WindowRow {
  f: "n" | "item" | "kind" | "city" | "industry";
  /** An item's id; a facet row's value (kind, city id, industry id). */
  v: string | null;
  n: number;
  rank: number;
  pub: Date | string | null;
  /** An item's `WindowQuery.show`, when asked for. */
  shown: unknown;
}

export interface Gathered {
  count: number;
  exact: boolean;
  /** The best `need` matches by rank, then recency. */
  items: WindowRow[];
  /** Matches per kind, city and industry (a listing in two cities counts in both); tries add up. */
  facets: WindowRow[];
}

export interface WindowQuery {
  /** Every condition but the kind over alias `l` (listing_search, or listings for the baseline), the text match included. */
  where: RawBuilder<unknown>;
  /** Relevance over column `search` of the matches (0 without words), computed as each match is read. */
  rank: RawBuilder<unknown>;
  /**
   * The benchmark's baseline: `where` is over this table as `l` (text included) instead —
   * `listings`, or a copy of it without indexes for a plain scan.
   */
  ilike: false | { table: string };
  /** The query's lexemes (every one must match), or undefined when browsing without words. */
  lexemes?: string[];
  /**
   * The kind asked for, kept out of `where`: a try bounded in time names the kind's own time
   * blocks ('#space.t16.1299'), which hold only that kind's listings, and other reads add
   * `l.kind = …`.
   */
  kind?: string;
  /**
   * `where` reads an index per kind (an anonymous visitor's: migration 202611300300), which
   * the planner takes only when every read says the kind. (The main index has the kind as a
   * column, whose list of every listing of the kind it would read through instead.)
   */
  kindIndexes?: boolean;
  need: number;
  facets: boolean;
  /**
   * The region filters (each: in one of these regions, subtrees included), for sizing the
   * first try: a filter keeps about its regions' share of the matches, a place saying little
   * about the words a listing uses. A kind says much (厂房 and spaces) and so does an industry
   * (芯片 and 电子信息): sized by their shares too, first tries read too many days when a word
   * and the filter go together, or too few when they rarely do. Over the benchmark's filtered
   * queries at 1M listings each region query took 1.5–3 ms less; with industries too, some
   * industry queries took 2 ms less and others up to 7 ms more.
   */
  regions?: number[][];
  /**
   * The amount, area and price ranges, each as the keys of its buckets (search-ranges.ts). A
   * range keeps about its share of the listings that have such a value, which sizes the first
   * try as a region's does; the index is asked for the keys when the range is narrow or the
   * keys' lists short (keysWorthAsking), and the exact condition is in `where` either way.
   */
  ranges?: RangeFilter[];
  /**
   * A filter holds few listings whatever the words (one organisation's): one read without time
   * keys visits them all through its own index, where tries sized by the words would read days
   * of other organisations' matches to find them.
   */
  few?: boolean;
  /**
   * What the caller shows of an item, as an expression over its id `p.id`: loaded by the
   * statement that ranks it, for the best `need` of each try only. A statement of its own for
   * the page's rows cost a round trip per search: the benchmark's mix took 7 % longer at 1M
   * listings on PostgreSQL (median 0.6 ms a query), 9 % on PGlite at 100k (1 ms).
   */
  show?: RawBuilder<unknown>;
  /**
   * Of a try's best `need`, the first `skip` come without `shown` (null): a page past the first
   * shows the rows after them, which the window statement loads; one of those first rows reaches
   * the page only when a later try ranks rows above it, and the caller then loads it by id.
   * Loading every candidate's columns took page 3 of a single word ≈ 0.5–1 ms longer than page 1
   * on PGlite at 100k listings (60 rows' JSON, each with its organisation, for 20 shown).
   */
  skip?: number;
}

const DAY_MS = 86_400_000;
/** Matches (per window place) one unbounded try may visit without a second thought. */
const SMALL_PER_PLACE = 3;
/** Fewer matches than this in a try do not give a rate to size the next try by. */
const FEW_SEEN = 5;
/** Tries with a time bound before one without. */
const BOUNDED_TRIES = 3;
/** Without a usable estimate, the first try reads about this many listings per window place. */
const FIRST_ROWS_PER_PLACE = 10;
/**
 * Sizes, in days, of the time blocks the vector holds a key for (migration 202611300100):
 * '#t1.20786' is day 20786, '#t16.1299' days 20784–20799 (block = day / size).
 */
export const BLOCK_SIZES = [1, 4, 16, 64, 256] as const;
/**
 * A try may start this share of its days earlier when that saves keys. The index evaluates
 * the OR of a try's keys for every candidate the other conditions give within the range, so
 * its work grows with candidates × keys (182 days as 27 week keys: 6.2 ms of index work at 1M
 * listings, as 5 blocks a fraction of that); reading a few more days costs little beside it.
 */
const EARLIER = 0.2;
/**
 * What a bounded try's keys add to visiting the matches it reads: a try is bounded only while
 * its new days are fewer than the days left by this. (A model that also charged the index's
 * decoding of the keys' lists per listing in range bounded fewer tries and was 12 % slower
 * over the benchmark's 40 slowest queries.)
 */
const KEYS_OVERHEAD = 1.2;

/**
 * How many more days than a rate says a try reads. A rate guessed from the statistics may be
 * far off: half as much again. A rate seen in n matches is off by about 1/√n (Poisson), and a
 * try that falls short costs only one more for the days before it, while every day too many is
 * read in full: 1.2/√n, at least 10 %. (Over the benchmark's 40 slowest queries at 1M
 * listings, 1.5 throughout took 19 % more time than 2/√n, which took 4 % more than this.)
 */
export function margin(seen?: number): number {
  if (seen === undefined) return 1.5;
  return Math.min(1.5, Math.max(1.1, 1 + 1.2 / Math.sqrt(seen)));
}

/** What one try reads: at least the last `days` days. */
export interface Reach {
  days: number;
}

/**
 * The blocks covering days `first` to `last`: from `first` (or a little earlier, when that
 * starts a larger block) each key is the largest block starting there. With `openEnd` the
 * last block may reach past `last` (into days that hold nothing yet), otherwise each block
 * ends by `last`. Every day of the range is in exactly one block: at most three of each size
 * at either end, and a 256-day block per 256 days. With `kind`, the blocks of that kind's
 * listings.
 */
export function blockKeys(first: number, last: number, openEnd = true, kind?: string): { start: number; keys: string[] } {
  const slack = Math.floor((last - first + 1) * EARLIER);
  const aligned = BLOCK_SIZES.map((size) => Math.floor(first / size) * size);
  let day = aligned.filter((start) => first - start <= slack).reduce((a, b) => Math.min(a, b), first);
  const start = day;
  const keys: string[] = [];
  while (day <= last) {
    const size = [...BLOCK_SIZES].reverse().find((size) => day % size === 0 && (openEnd || day + size - 1 <= last)) ?? 1;
    keys.push(`#${kind ? `${kind}.` : ""}t${size}.${day / size}`);
    day += size;
  }
  return { start, keys };
}

/**
 * "The vector holds one of these keys" (time blocks, range buckets): a second `@@` on the
 * column, which the GIN index answers beside the words. The keys are built here, never typed
 * by a visitor, so they are quoted as they are.
 */
const anyKey = (keys: string[]) => sql`l.search @@ ${keys.map((k) => `'${k}'`).join(" | ")}::tsquery`;

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
  // The rank is computed as the rows are read rather than carrying each row's vector (≈ 0.7 KB)
  // through the sort: 10–30 % less time for a window statement at 1M listings.
  const from = sql`select l.id, l.kind, l.city_ids, l.industry_ids, l.published_at, ${q.rank}::float8 as rank
    from ${q.ilike ? sql.table(q.ilike.table) : sql`listing_search`} l where ${where} ${limit}`;
  const r = await sql<WindowRow>`
    with m as materialized (${from}), c as materialized (
      select id, kind, city_ids, industry_ids, published_at, rank from m
      ${take == null ? sql`` : sql`order by ${newestFirst} limit ${take - 1}`}
    )
    select 'n' as f, null::text as v, (select count(*) from m)::int as n, 0::float8 as rank, null::timestamptz as pub, null::json as shown
    union all
    ${bestItems(q)}
    ${q.facets ? facetCounts : sql``}
  `.execute(db);
  const n = r.rows.find((x) => x.f === "n")!.n;
  const full = take != null && n >= take;
  return { count: full ? take - 1 : n, exact: !full, items: r.rows.filter((x) => x.f === "item"), facets: r.rows.filter((x) => x.f !== "n" && x.f !== "item") };
}

/** The best `need` of the try, ranked; those after the first `skip` with what the caller shows of them. */
function bestItems(q: WindowQuery): RawBuilder<unknown> {
  const best = sql`select id, rank, published_at from c order by rank desc, published_at desc nulls last, id desc`;
  const skip = q.show ? Math.min(q.skip ?? 0, q.need) : 0;
  const shown = sql`select 'item', id::text, 0, rank, published_at, ${q.show ?? sql`null::json`}
    from (${best} limit ${q.need - skip}${skip ? sql` offset ${skip}` : sql``}) p`;
  if (!skip) return shown;
  return sql`select 'item', id::text, 0, rank, published_at, null::json from (${best} limit ${skip}) p
    union all ${shown}`;
}

/**
 * The window's facet counts, one row per kind, city and industry (≈ 70 rows for 1 000 matches).
 * Grouping by the (kind, cities, industries) combination instead handed over ≈ 530 rows, nearly
 * one per match, to be added up in JS: on PGlite, where every row crosses from WebAssembly, a
 * faceted window statement took a fifth longer that way (median 12.8 against 10.2 ms). The
 * arrays are unnested in the select list: `from c, unnest(c.city_ids)` runs a function scan per
 * match, each with its own tuple store, and the city and industry counts took 1–1.6 ms more a
 * search on PGlite (仓库: 2.7 against 1.7 ms for the facets).
 */
const facetCounts = sql`
  union all select 'kind', kind, count(*)::int, 0, null, null from c group by kind
  union all select 'city', x::text, count(*)::int, 0, null, null from (select unnest(city_ids) as x from c) u group by x
  union all select 'industry', x::text, count(*)::int, 0, null, null from (select unnest(industry_ids) as x from c) u group by x`;

interface Stats {
  /** Day of the oldest publication. */
  oldest: number;
  /** Listings in the table (an estimate when large). */
  rows: number;
  /** Share of listings holding each common word (ANALYZE's most common elements); empty before any ANALYZE. */
  wordShare: Map<string, number>;
  /** A word not among the common ones is in fewer listings than this share. */
  rareBelow: number;
  /** The same for regions (region_path_ids: a region's subtree); undefined before any ANALYZE. */
  regions?: { share: Map<number, number>; rareBelow: number };
  at: number;
}

/** Share of listings in any of `regions` (1 without statistics). */
function regionShare(s: Stats, regions: number[]): number {
  const r = s.regions;
  return r ? Math.min(1, regions.reduce((sum, id) => sum + (r.share.get(id) ?? r.rareBelow), 0)) : 1;
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
  const mce = await sql<{ col: string; elems: string[] | null; shares: number[] | null }>`
    select attname as col, most_common_elems::text::text[] as elems, most_common_elem_freqs::float8[] as shares
    from pg_stats where schemaname = current_schema() and tablename = 'listing_search'
      and attname in ('search', 'region_path_ids')`.execute(db);
  // After the per-element shares come the smallest and the largest of them, then the share of empty values.
  const common = (col: string) => {
    const row = mce.rows.find((x) => x.col === col);
    const elems = row?.elems ?? [];
    const shares = (row?.shares ?? []).map(Number);
    return elems.length ? { elems, shares, rareBelow: shares[elems.length] } : undefined;
  };
  const words = common("search");
  const wordShare = new Map(words?.elems.map((w, i) => [w, words.shares[i]]));
  const places = common("region_path_ids");
  const regions = places && { share: new Map(places.elems.map((x, i) => [Number(x), places.shares[i]])), rareBelow: places.rareBelow };
  const s = { oldest: r.rows[0]?.oldest ?? Math.floor(now / DAY_MS), rows, wordShare, rareBelow: words?.rareBelow ?? 0, regions, at: now };
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
 * The newest `window` matches, in one to four tries. A try reads the last `days` days: the
 * publication day's blocks of 1, 4, 16, 64 and 256 days are words of the vector ('#t1.20786',
 * '#t16.1299'), so "these words and one of these blocks" is one tsquery the GIN index answers
 * by reading only those days' matches, and a common word fills the window from a few days.
 * `days` comes from the matches per day — guessed from the rarest word's share in the ANALYZE
 * statistics, then seen — with a margin; a try names the fewest blocks (blockKeys). A try has no
 * bound when visiting every match costs less, or when even the rarest word's share allows
 * only a few matches. Tries start from today and reach further back, each reading only days the
 * ones before did not; after three, one reads all the rest.
 */
export async function gatherWindow(db: Db, q: WindowQuery, opts: WindowOptions = {}, now = Date.now()): Promise<Gathered & { reads: number[] }> {
  // On PostgreSQL these statements rely on the session settings connect() gives every pooled
  // connection: JIT off (compiling cost more than the statements) and work_mem for the bitmaps.
  const s = await tableStats(db, now);
  const ranges = (q.ranges ?? []).map((r) => ({ ...r, share: rangeShare(r.field, r.keys, (w) => (s.wordShare.size ? s.wordShare.get(w) ?? s.rareBelow : undefined)) }));
  const keyed = q.ilike ? [] : ranges.filter((r) => opts.rangeKeys ?? keysWorthAsking(r.share));
  const where = keyed.length ? sql`${q.where} and ${sql.join(keyed.map((r) => anyKey(r.keys)), sql` and `)}` : q.where;
  return tries(db, s, { ...q, where }, ranges.reduce((x, r) => x * r.share.ofField, 1), opts, now);
}

async function tries(db: Db, s: Stats, q: WindowQuery, rangesShare: number, opts: WindowOptions, now: number): Promise<Gathered & { reads: number[] }> {
  const window = opts.window ?? SEARCH_WINDOW;
  // The kind said plainly, for reads without the kind's time blocks (which say it) and the baseline.
  // A literal, not a parameter: a prepared statement's generic plan cannot know a parameter is
  // 'space', so it could not take the spaces' own index (the searches of one kind then took up
  // to 5 ms more at 1M listings once statements stayed prepared).
  if (q.kind && !/^[a-z_]+$/.test(q.kind)) throw new Error(`not a listing kind: ${q.kind}`);
  const kind = q.kind ? sql` and l.kind = ${sql.lit(q.kind)}` : sql``;
  if (!Number.isFinite(window)) return { ...(await newest(db, q, sql`${q.where}${kind}`, null)), reads: [Infinity] };
  const today = Math.floor(now / DAY_MS);
  const span = Math.max(1, today + 1 - s.oldest);
  const rowsPerDay = s.rows / span;
  /**
   * The first day read so far; every later one has been read (undefined: none yet). A try
   * reads only days before it, and the window is gathered across tries: its newest rows come
   * from the later days, so nothing is read twice.
   */
  let readFrom: number | undefined;
  const done = () => (readFrom === undefined ? 0 : today + 1 - readFrom);
  // The first try reads through tomorrow: the database's clock, which dates publications, may
  // be a little ahead of this one around midnight (UTC).
  const blocks = (r: Reach) =>
    readFrom === undefined ? blockKeys(today + 1 - r.days, today + 1, true, q.kind) : blockKeys(today + 1 - r.days, readFrom - 1, false, q.kind);
  const iso = (day: number) => new Date(day * DAY_MS).toISOString();
  // The keys join the words in the vector, so the index reads only the matches of those
  // blocks. The baseline has no index: the same days, as a range.
  const bound = (r: Reach) =>
    q.ilike
      ? sql`l.published_at >= ${iso(blocks(r).start)}::timestamptz ${readFrom === undefined ? sql`` : sql`and l.published_at < ${iso(readFrom)}::timestamptz`}`
      : anyKey(blocks(r).keys);
  /**
   * Every day not read yet: the days before the ones read (unpublished listings have day 0).
   * Publications are dated by the server when they happen, so none lies past tomorrow.
   */
  const rest = () =>
    readFrom === undefined ? sql`true` : q.ilike ? sql`(l.published_at < ${iso(readFrom)}::timestamptz or l.published_at is null)` : sql`l.pub_day < ${readFrom}`;
  const got: Gathered = { count: 0, exact: true, items: [], facets: [] };
  /** Adds the newest matches of the days `r` reads (all the rest without `r`) to the window. */
  const read = async (r?: Reach) => {
    const part = await newest(db, q, sql`${q.where}${q.ilike || !r || q.kindIndexes ? kind : sql``} and ${r ? bound(r) : rest()}`, window + 1 - got.count);
    if (r) readFrom = blocks(r).start;
    got.count += part.count;
    got.exact = part.exact;
    got.items.push(...part.items);
    got.facets.push(...part.facets);
  };
  /** Days from a try's first through today. */
  const covered = (r: Reach) => today + 1 - blocks(r).start;
  // Days with publications read so far: today only so far (at 00:30 UTC a try of "three days"
  // has seen two), so rates are not underestimated just after midnight.
  const elapsed = () => now / DAY_MS - readFrom!;
  // Days holding the window at `perDay` matches a day, with a margin; at least two, as today
  // (UTC) may have only just begun.
  const daysFor = (perDay: number, seen?: number) =>
    perDay > 0 ? Math.max(2, Math.ceil(((window + 1) / perDay) * margin(seen))) : Infinity;
  /**
   * The last `days` days (at least one more than read so far), or none (undefined) when the
   * new days are nearly all that is left: visiting the rest without keys then costs less.
   */
  const plan = (days: number): Reach | undefined => {
    const r: Reach = { days: Math.max(days, done() + 1) };
    return r.days < span && covered(r) < span && (covered(r) - done()) * KEYS_OVERHEAD < span - done() ? r : undefined;
  };

  let next: Reach | undefined = opts.first;
  if (!next && q.lexemes?.length && s.wordShare.size === 0) {
    // No statistics yet.
    next = plan(Math.ceil((FIRST_ROWS_PER_PLACE * window) / Math.max(rowsPerDay, 1e-9)));
  } else if (!next) {
    // Every word must match, so the rarest one's share bounds the matches (browsing: every
    // listing may match), and a region filter keeps its share of them, as does a range (its
    // share of the listings with such a value: a listing without one is mostly of another kind,
    // which the words say already). A small bound:
    // one try without keys visits them all. Otherwise the first try is sized for that bound:
    // words asked for together mostly occur together (数字 and 孪生), and other filters are
    // left out, so it errs towards too few days, which costs a second try for the days before,
    // sized from the rate seen — cheaper than visiting weeks of matches too many.
    const words = !q.lexemes?.length ? 1 : Math.min(...q.lexemes.map((w) => s.wordShare.get(w) ?? s.rareBelow));
    const share = (q.regions ?? []).reduce((x, r) => x * regionShare(s, r), words * rangesShare);
    next = q.few || share * s.rows <= SMALL_PER_PLACE * window ? undefined : plan(daysFor(share * rowsPerDay));
  }
  // The days read after each try (Infinity: every day), for tests and diagnostics.
  const reads: number[] = [];
  for (;;) {
    if (!next || reads.length === BOUNDED_TRIES) {
      await read();
      return { ...got, reads: [...reads, Infinity] };
    }
    await read(next);
    reads.push(done());
    if (!got.exact) return { ...got, reads };
    const perDay = got.count / elapsed();
    if (got.count >= FEW_SEEN) next = plan(daysFor(perDay, got.count));
    // A handful of matches says little about the rate. If even one more than seen, at the rate
    // of the days read, allows only a few matches in all, one try without keys visits the rest
    // (厂房 among procurement needs: none in 4 days, none at all); otherwise the days read may
    // have been too few to tell (today's first half hour held no technology need in a
    // province, then visiting all 53 704 took 155 ms): widen eightfold.
    else if (((got.count + 1) / elapsed()) * span <= SMALL_PER_PLACE * window) next = undefined;
    else next = plan(done() * 8);
  }
}
