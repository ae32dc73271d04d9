import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, describeEachBackend, type TestDatabase } from "../../../test/support/db.js";
import { createUserWithGrants } from "../accounts/accounts.service.js";
import type { Actor } from "../../platform/auth.js";
import { createListingBody } from "./listing.schema.js";
import { closeListing, expireListings, insertValidated, updateListing } from "./listings.service.js";
import { SEARCH_WINDOW, searchListings } from "./search.service.js";
import { BLOCK_SIZES, blockKeys, gatherWindow, margin, refreshSearchStats, type Reach } from "./search-window.js";
import { RANGE_WIDTHS, rangeBucket } from "./search-ranges.js";
import { marketFixture, sampleListing, type MarketFixture } from "./test-fixtures.js";
import { ANONYMOUS, viewerOf, visibleTo } from "./visibility.js";

const DAY = 86_400_000;

/**
 * The search window (see docs/market.md "Search"): a search ranks, counts and facets the
 * newest SEARCH_WINDOW matches; more than that is answered with totalIsExact false. The
 * window is an option of the service, so a dozen listings show what a thousand would.
 */
describeEachBackend("market search window", (backend) => {
  let d: TestDatabase;
  let f: MarketFixture;
  let admin: Actor;
  /** 北斗 listings, newest first: listing i was published 3·i days ago. */
  const beidou: number[] = [];
  let rare = 0;

  const put = async (over: Record<string, unknown>, kind = "service", daysAgo = 0) => {
    const input = createListingBody.parse(sampleListing(f, kind, over));
    const id = await d.db.transaction().execute((trx) => insertValidated(trx, null, input, "published"));
    await d.db.updateTable("listings").set({ published_at: new Date(Date.now() - daysAgo * DAY) }).where("id", "=", id).execute();
    return id;
  };

  beforeAll(async () => {
    d = await createTestDb(backend);
    f = await marketFixture(d.db);
    admin = await createUserWithGrants(d.db, { email: "window-admin@test.jishi", name: "管理员", password: "test-password-1" }, [{ role: "platform_admin" }]);
    for (let i = 0; i < 12; i++)
      beidou.push(await put({ title: `北斗导航应用样例${i}`, regionIds: [i % 2 ? f.region["330100"] : f.region["320585"]] }, i % 3 === 0 ? "space" : "service", 3 * i));
    rare = await put({ title: "量子通信样例" }, "tech_offer", 400);
  });
  afterAll(() => d.close());

  const search = (params: Record<string, string | number>, window?: number, first?: Reach) =>
    searchListings(d.db, null, { limit: 100, ...params }, ANONYMOUS, { window, first });
  const count = (r: { facets: Record<string, { label: string; count: number }[]> }, facet: string) =>
    Object.fromEntries(r.facets[facet].map((x) => [x.label, x.count]));

  it("keeps no pending list in the search indexes: a listing written goes into the index itself (migration 202611300400)", async () => {
    // A pending list is read in full by every search until VACUUM empties it; PGlite runs none.
    const r = await sql<{ name: string; options: string[] | null }>`
      select c.relname as name, c.reloptions as options from pg_index i join pg_class c on c.oid = i.indexrelid
      join pg_am a on a.oid = c.relam where i.indrelid = 'listing_search'::regclass and a.amname = 'gin'`.execute(d.db);
    // The main index, the public one and one per kind.
    expect(r.rows.length).toBeGreaterThanOrEqual(10);
    expect(r.rows.filter((x) => !x.options?.includes("fastupdate=off")).map((x) => x.name)).toEqual([]);
  });

  it("counts exactly while the matches fit the window", async () => {
    expect(SEARCH_WINDOW).toBeGreaterThanOrEqual(100);
    const r = await search({ q: "北斗" });
    expect(r).toMatchObject({ total: 12, totalIsExact: true });
    expect(r.items.map((i) => i.id)).toEqual(beidou); // equal rank: newest first
    expect(count(r, "kind")).toEqual({ 厂房土地: 4, 服务: 8 });
    expect(count(r, "region")).toEqual({ 苏州市: 6, 杭州市: 6 });
    // With fresh statistics (the tries are sized from them) the answer is the same.
    await refreshSearchStats(d.db);
    expect(await search({ q: "北斗" })).toEqual(r);
    // The benchmark's baseline answers the same question by a substring scan of `listings`.
    const ilike = (window?: number) => searchListings(d.db, null, { q: "北斗", limit: 100 }, ANONYMOUS, { matcher: "ilike", window });
    expect(await ilike()).toMatchObject({ total: 12, totalIsExact: true, facets: r.facets });
    expect((await ilike()).items.map((i) => i.id)).toEqual(beidou);
    expect((await ilike(5)).items.map((i) => i.id)).toEqual(beidou.slice(0, 5));
    // A region filter means its whole subtree on both paths (苏州市 holds 太仓市).
    const suzhou = { q: "北斗", limit: 100, region: f.region["320500"] };
    const inSuzhou = (await searchListings(d.db, null, suzhou, ANONYMOUS)).items.map((i) => i.id);
    expect(inSuzhou).toEqual(beidou.filter((_, i) => i % 2 === 0));
    expect((await searchListings(d.db, null, suzhou, ANONYMOUS, { matcher: "ilike" })).items.map((i) => i.id)).toEqual(inSuzhou);
    const fits = await search({ q: "北斗" }, 12);
    expect(fits).toMatchObject({ total: 12, totalIsExact: true });
    expect(fits.facets).toEqual(r.facets);
  });

  it("past the window: the newest matches, a lower-bound total flagged inexact, facets over the window, pages end", async () => {
    const r = await search({ q: "北斗" }, 5);
    expect(r).toMatchObject({ total: 5, totalIsExact: false });
    expect(r.items.map((i) => i.id)).toEqual(beidou.slice(0, 5));
    // The same answer when the first try reads too few days (the last 2 hold one of them) and
    // a second one follows, or enough in one.
    const where = sql`l.search @@ to_tsquery('simple', '北斗') and l.status = 'published'`;
    const short = await gatherWindow(d.db, { where, rank: sql`0`, ilike: false, need: 5, facets: false }, { window: 5, first: { days: 2 } });
    expect(short).toMatchObject({ count: 5, exact: false });
    expect(short.reads).toHaveLength(2);
    expect(short.items.map((i) => Number(i.v))).toEqual(beidou.slice(0, 5));
    const wide = await gatherWindow(d.db, { where, rank: sql`0`, ilike: false, need: 5, facets: false }, { window: 5, first: { days: 16 } });
    expect(wide).toMatchObject({ count: 5, exact: false });
    expect(wide.reads).toHaveLength(1);
    expect(wide.items.map((i) => Number(i.v))).toEqual(beidou.slice(0, 5));
    // Nothing in the first days (北斗 in 杭州: 3, 9, 15 … days ago) is no reason to read every
    // day: the next try widens eightfold.
    const hangzhou = sql`${where} and l.region_path_ids @> ${sql.raw(`'{${f.region["330100"]}}'`)}::int[]`;
    const none = await gatherWindow(d.db, { where: hangzhou, rank: sql`0`, ilike: false, need: 3, facets: false }, { window: 2, first: { days: 2 } });
    expect(none.items.map((i) => Number(i.v))).toEqual([beidou[1], beidou[3]]);
    expect(none.reads).toHaveLength(2);
    expect(none.reads[1]).toBeGreaterThanOrEqual(8 * none.reads[0]);
    expect(none.reads[1]).toBeLessThan(Infinity);
    expect(await search({ q: "北斗" }, 5, { days: 2 })).toEqual(r);
    expect(await search({ q: "北斗" }, 5, { days: 16 })).toEqual(r);

    // A clock a little behind the database's (around midnight): today's listing is still the newest.
    const behind = await gatherWindow(d.db, { where, rank: sql`0`, ilike: false, need: 1, facets: false }, { window: 1, first: { days: 10 } }, Date.now() - DAY);
    expect(behind.items.map((i) => Number(i.v))).toEqual([beidou[0]]);
    // Listings 0–4: 0 and 3 are 厂房, 1, 3 in 杭州; the counts add up to the total.
    expect(count(r, "kind")).toEqual({ 厂房土地: 2, 服务: 3 });
    expect(count(r, "region")).toEqual({ 苏州市: 3, 杭州市: 2 });
    expect((await search({ q: "北斗", offset: 5 }, 5)).items).toEqual([]);
    expect((await search({ q: "北斗", limit: 2, offset: 2 }, 5)).items.map((i) => i.id)).toEqual(beidou.slice(2, 4));
    expect(await search({ q: "北斗" }, 11)).toMatchObject({ total: 11, totalIsExact: false });
  });

  it("sizes the first try by a region filter's share: few enough matches are read in one try", async () => {
    await refreshSearchStats(d.db);
    const where = sql`l.search @@ to_tsquery('simple', '北斗') and l.status = 'published'`;
    const q = { rank: sql`0`, ilike: false as const, need: 3, facets: false, lexemes: ["北斗"] };
    // 北斗 is in 12 of the 13 listings: more than three windows of 2, so the first try is bounded.
    const all = await gatherWindow(d.db, { ...q, where }, { window: 2 });
    expect(all.reads[0]).toBeLessThan(Infinity);
    // Half of them are in 杭州, within three windows: one try reads them all.
    const hangzhou = f.region["330100"];
    const inHangzhou = sql`${where} and l.region_path_ids @> ${sql.raw(`'{${hangzhou}}'`)}::int[]`;
    const one = await gatherWindow(d.db, { ...q, where: inHangzhou, regions: [[hangzhou]] }, { window: 2 });
    expect(one.reads).toEqual([Infinity]);
    expect(one).toMatchObject({ count: 2, exact: false });
    expect(one.items.map((i) => Number(i.v)).sort()).toEqual([beidou[1], beidou[3]].sort()); // the newest two
    // Without the region's share the same search starts bounded.
    expect((await gatherWindow(d.db, { ...q, where: inHangzhou }, { window: 2 })).reads[0]).toBeLessThan(Infinity);
  });

  it("ranks inside the window: a title match within it comes first", async () => {
    const id = await put({ title: "北斗", summary: "北斗 北斗 北斗" }, "service", 1);
    const r = await search({ q: "北斗" }, 5);
    expect(r.items[0].id).toBe(id);
    expect(r.items.slice(1).map((i) => i.id)).toEqual(beidou.slice(0, 4));
    await d.db.deleteFrom("listings").where("id", "=", id).execute();
    expect((await search({ q: "北斗" })).total).toBe(12); // the search row went with it
  });

  it("shows a page past the first as ranking every match would, when a later try pushes rows onto it", async () => {
    // Ranked above every 北斗导航 listing, and older than the first try's days.
    const strong = await put({ title: "北斗", summary: "北斗 北斗 北斗" }, "service", 20);
    try {
      const every = await search({ q: "北斗", limit: 2, offset: 2 }, Infinity);
      expect(every.items.map((i) => i.id)).toEqual([beidou[1], beidou[2]]);
      // In a window of 10 (北斗导航 0–6, the strong one, 7 and 8), the first try reads 7 days
      // (北斗导航 0–2, of which the best two come without their columns: the page starts at the
      // third), a later one finds the strong one, and 0–2 move down a place: 1 is on the page
      // though its try did not load it.
      const pushed = await search({ q: "北斗", limit: 2, offset: 2 }, 10, { days: 7 });
      expect(pushed.items).toEqual(every.items);
      expect(pushed.items[0]).toMatchObject({ title: "北斗导航应用样例1", organization: { name: expect.any(String) }, regions: [{ name: "杭州市" }] });
      const where = sql`l.search @@ to_tsquery('simple', '北斗') and l.status = 'published'`;
      const tries = await gatherWindow(d.db, { where, rank: sql`ts_rank(l.search, to_tsquery('simple', '北斗'))`, ilike: false, need: 4, skip: 2, facets: false, show: sql`json_build_array(p.id)` }, { window: 10, first: { days: 7 } });
      expect(tries.reads.length).toBeGreaterThanOrEqual(2);
      const unshown = tries.items.filter((i) => i.shown == null).map((i) => Number(i.v));
      expect(unshown).toEqual(expect.arrayContaining([beidou[0], beidou[1], strong]));
      expect(tries.items.filter((i) => i.shown != null).map((i) => Number(i.v))).toContain(beidou[2]);
      expect((await search({ q: "北斗", limit: 2 }, 10, { days: 7 })).items.map((i) => i.id)).toEqual([strong, beidou[0]]);
    } finally {
      await d.db.deleteFrom("listings").where("id", "=", strong).execute();
    }
  });

  it("uses the same window to browse without words, and reads every day for a rare word", async () => {
    const r = await search({ kind: "service" }, 3);
    expect(r).toMatchObject({ total: 3, totalIsExact: false });
    expect(r.items.map((i) => i.id)).toEqual([beidou[1], beidou[2], beidou[4]]);
    expect(await search({ q: "量子通信" }, 3)).toMatchObject({ total: 1, totalIsExact: true, items: [{ id: rare }] });
    expect(await search({ q: "量子通信" }, 3, { days: 4 })).toMatchObject({ total: 1, totalIsExact: true, items: [{ id: rare }] });
    expect((await search({ q: "量子通信" }, Infinity)).items.map((i) => i.id)).toEqual([rare]);
    // None in the first days, and so few in all at that rate that one try without keys follows.
    const lone = await gatherWindow(d.db, { where: sql`l.id = ${rare}`, rank: sql`0`, ilike: false, need: 1, facets: false }, { window: 200, first: { days: 2 } });
    expect(lone.items.map((i) => Number(i.v))).toEqual([rare]);
    expect(lone.reads).toEqual([expect.any(Number), Infinity]);
  });

  it("keeps the publication day's blocks, its kind's and its amount's, in the vector as keys no query's words can reach", async () => {
    const keys = async (id: number) =>
      (await sql<{ k: string[] }>`select array(select u.lexeme from unnest(search) u where u.lexeme like '#%' order by 1) as k from listing_search where id = ${id}`.execute(d.db)).rows[0].k;
    const day = (daysAgo: number) => Math.floor((Date.now() - daysAgo * DAY) / DAY);
    // Each block for every listing and for the listing's kind; beside them the keys of its amount (search-ranges.ts).
    const amount = RANGE_WIDTHS.map((w) => `#amount.${w}.${Math.floor(rangeBucket(20_000) / w)}`);
    const blocks = (day: number) => [...amount, ...["", "service."].flatMap((kind) => [1, 4, 16, 64, 256].map((size) => `#${kind}t${size}.${Math.floor(day / size)}`))].sort();
    const id = await put({ title: "时间键样例服务", attrs: { category: "testing", priceYuan: 20_000 } }, "service", 10);
    expect(await keys(id)).toEqual(blocks(day(10)));
    // Moving the publication date moves the keys; the words stay.
    await d.db.updateTable("listings").set({ published_at: new Date(Date.now() - 40 * DAY) }).where("id", "=", id).execute();
    expect(await keys(id)).toEqual(blocks(day(40)));
    expect((await search({ q: "时间键样例" })).items.map((i) => i.id)).toEqual([id]);
    // Rewriting the words (an edit) keeps one set of keys.
    await updateListing(d.db, admin, id, { title: "时间键样例服务(修订)" });
    expect(await keys(id)).toEqual(blocks(day(40)));
    // Typed into the search box, a key is only its digits.
    expect((await search({ q: `#t1.${day(40)}` })).items.map((i) => i.id)).not.toContain(id);
    await d.db.deleteFrom("listings").where("id", "=", id).execute();
  });

  it("answers range filters exactly at their edges, as the baseline does, with their keys and without", async () => {
    const areas = [0.5, 99.5, 999.99, 1000, 1000.01, 1333.5, 25_000, 1_000_000];
    const space = (areaSqm: number, yuan: number) => ({ spaceKind: "factory", areaSqm, rent: { yuan, per: "sqm_month" }, landUse: "industrial", address: "太仓市" });
    const made: number[] = [];
    for (const [i, a] of areas.entries()) made.push(await put({ title: `面积边界样例${i}`, attrs: space(a, 10 * (i + 1)) }, "space", 5));
    const ranges: [number | undefined, number | undefined][] = [
      [1000, undefined], [undefined, 1000], [999.99, 1000.01], [1000, 1000], [0.5, 99.5], [1333.5, 1_000_000], [1000.02, 1333], [undefined, 0.5],
    ];
    for (const [min, max] of ranges) {
      const want = made.filter((_, i) => (min == null || areas[i] >= min) && (max == null || areas[i] <= max));
      const params = { q: "面积边界样例", ...(min != null && { areaMin: min }), ...(max != null && { areaMax: max }) };
      for (const rangeKeys of [true, false]) {
        const got = (await searchListings(d.db, null, { ...params, limit: 100 }, ANONYMOUS, { rangeKeys })).items.map((i) => i.id);
        expect(new Set(got), `${min}–${max}, keys ${rangeKeys}`).toEqual(new Set(want));
      }
      const baseline = await searchListings(d.db, null, { ...params, limit: 100 }, ANONYMOUS, { matcher: "ilike" });
      expect(new Set(baseline.items.map((i) => i.id))).toEqual(new Set(want));
    }
    // Rent (price per ㎡ per month) too: 10, 20, … 80 yuan.
    const keyed = (params: Record<string, unknown>) => searchListings(d.db, null, { q: "面积边界样例", ...params }, ANONYMOUS, { rangeKeys: true });
    expect(new Set((await keyed({ priceMin: 30, priceMax: 40 })).items.map((i) => i.id))).toEqual(new Set(made.slice(2, 4)));
    // An edit moves the listing into another range, its keys with it.
    await updateListing(d.db, admin, made[0], { attrs: space(5000, 10) });
    await d.db.updateTable("listings").set({ status: "published" }).where("id", "=", made[0]).execute();
    expect((await keyed({ areaMin: 4000, areaMax: 6000 })).items.map((i) => i.id)).toEqual([made[0]]);
    expect((await keyed({ areaMax: 0.5 })).items.map((i) => i.id)).toEqual([]);
    await d.db.deleteFrom("listings").where("id", "in", made).execute();
  });

  it("answers anonymous visitors through the index of published public listings", async () => {
    // The planner uses a partial index only when the query's conditions imply its predicate.
    const plan = async (v: typeof ANONYMOUS, kind?: string) =>
      d.db.transaction().execute(async (trx) => {
        await sql`set local enable_seqscan = off`.execute(trx);
        const r = await sql<Record<string, string>>`explain select l.id from listing_search l
          where ${visibleTo(v)} and l.status = 'published' and l.search @@ to_tsquery('simple', '北斗')
          ${kind ? sql`and l.kind = ${kind}` : sql``}`.execute(trx);
        return r.rows.map((x) => Object.values(x)[0]).join("\n");
      });
    expect(await plan(ANONYMOUS)).toContain("listing_search_public_idx");
    // A kind asked for (as a bound parameter, as the service sends it): that kind's own index.
    expect(await plan(ANONYMOUS, "space")).toContain("listing_search_public_space_idx");
    // Signed in, members-only and directed listings count too: the main index.
    expect(await plan(await viewerOf(d.db, admin))).not.toContain("listing_search_public");
    expect(await plan(await viewerOf(d.db, admin), "space")).not.toContain("listing_search_public");
  });

  it("keeps the search table in step with every write, in the writer's transaction", async () => {
    const found = async (q: string, params: Record<string, string> = {}) => (await search({ q, ...params })).items.map((i) => i.id);
    // Nothing of a rolled-back insert remains searchable.
    const input = createListingBody.parse(sampleListing(f, "service", { title: "回滚样例服务" }));
    await expect(d.db.transaction().execute(async (trx) => {
      await insertValidated(trx, null, input, "published");
      throw new Error("rolled back");
    })).rejects.toThrow("rolled back");
    expect(await found("回滚样例")).toEqual([]);
    expect((await sql<{ n: number }>`select count(*)::int as n from listing_search s left join listings l on l.id = s.id where l.id is null`.execute(d.db)).rows[0].n).toBe(0);

    // New words replace the old ones; the status follows the listing (edit → back to review).
    const id = await put({ title: "旧标题检测服务" });
    expect(await found("旧标题")).toEqual([id]);
    await updateListing(d.db, admin, id, { title: "新标题检测服务" });
    const mine = await viewerOf(d.db, admin);
    expect(await found("旧标题")).toEqual([]);
    expect(await found("新标题")).toEqual([]); // in review: not public
    expect((await searchListings(d.db, admin, { q: "新标题", status: "in_review" }, mine)).items.map((i) => i.id)).toEqual([id]);

    // A new region moves it to the new region's ancestors.
    const moved = await put({ title: "搬迁检测服务" });
    expect(await found("搬迁", { region: String(f.region["320500"]) })).toEqual([moved]);
    await d.db.updateTable("listings").set({ region_ids: [f.region["310114"]] }).where("id", "=", moved).execute();
    expect(await found("搬迁", { region: String(f.region["320500"]) })).toEqual([]);
    expect(await found("搬迁", { region: String(f.region["310000"]) })).toEqual([moved]);

    // Closing and the expiry sweep reach the search table too.
    const closing = await put({ title: "待关闭检测服务" });
    await closeListing(d.db, admin, closing);
    expect(await found("待关闭")).toEqual([]);
    expect(await found("待关闭", { status: "closed" })).toEqual([closing]);
    const expiring = await put({ title: "将过期检测服务", validUntil: "2020-01-31" });
    await expireListings(d.db);
    const row = await d.db.selectFrom("listing_search").select(["status", "valid_until"]).where("id", "=", expiring).executeTakeFirstOrThrow();
    expect(row).toEqual({ status: "expired", valid_until: "2020-01-31" });
    expect(await found("将过期", { status: "expired" })).toEqual([expiring]);
  });
});

describe("time blocks of a try", () => {
  /** The days a key stands for. */
  const daysOf = (key: string) => {
    const [size, block] = key.slice(2).split(".").map(Number);
    expect(BLOCK_SIZES).toContain(size);
    return Array.from({ length: size }, (_, i) => block * size + i);
  };

  it("cover every day of the range exactly once, starting at most a fifth of it earlier, in few keys", () => {
    const today = 20787;
    for (let days = 1; days <= 400; days++) {
      const first = today + 1 - days;
      const { start, keys } = blockKeys(first, today + 1);
      const covered = keys.flatMap(daysOf);
      expect(new Set(covered).size).toBe(covered.length); // no day twice
      expect(covered[0]).toBe(start);
      expect(covered.every((d, i) => i === 0 || d === covered[i - 1] + 1)).toBe(true); // no gap
      expect(start).toBeLessThanOrEqual(first);
      expect(first - start).toBeLessThanOrEqual(Math.floor((days + 1) * 0.2));
      expect(covered.at(-1)).toBeGreaterThanOrEqual(today + 1);
      expect(keys.length).toBeLessThanOrEqual(14);
      // The days before those a try has read (from day 20700): no block reaches into them.
      if (first < 20700) {
        const before = blockKeys(first, 20699, false);
        const days = before.keys.flatMap(daysOf);
        expect(new Set(days).size).toBe(days.length);
        expect(days.every((d, i) => i === 0 || d === days[i - 1] + 1)).toBe(true);
        expect([days[0], days.at(-1)]).toEqual([before.start, 20699]);
        expect(before.keys.length).toBeLessThanOrEqual(16);
      }
    }
  });

  it("name a day by its own key and a long range by large blocks", () => {
    expect(blockKeys(20787, 20787).keys).toEqual(["#t1.20787"]);
    // 20736 = 81 · 256 starts a block of 256 days; 20480 = 80 · 256 is 20 days before 20500.
    expect(blockKeys(20736, 20788).keys).toEqual(["#t256.81"]);
    expect(blockKeys(20500, 20788)).toEqual({ start: 20480, keys: ["#t256.80", "#t256.81"] });
    expect(blockKeys(20500, 20788, true, "space").keys).toEqual(["#space.t256.80", "#space.t256.81"]);
    // 20 days from 20770: 20768 = 1298 · 16 is 2 days earlier, then 20784 = 1299 · 16.
    expect(blockKeys(20770, 20789)).toEqual({ start: 20768, keys: ["#t16.1298", "#t16.1299"] });
    // 20 days from 20773 (20768 is 5 days earlier, more than a fifth): from 20772, blocks of 4 up to 20784 = 1299 · 16.
    expect(blockKeys(20773, 20792)).toEqual({ start: 20772, keys: ["#t4.5193", "#t4.5194", "#t4.5195", "#t16.1299"] });
  });
});

describe("the margin of a try", () => {
  it("reads half as much again on a guess, less the more matches a rate was seen in, never under 10 %", () => {
    expect(margin()).toBe(1.5);
    expect(margin(5)).toBe(1.5); // 1 + 1.2/√5 ≈ 1.54: capped
    expect(margin(36)).toBeCloseTo(1.2, 10);
    expect(margin(144)).toBeCloseTo(1.1, 10);
    expect(margin(10_000)).toBe(1.1);
    for (let n = 5; n < 1000; n++) expect(margin(n + 1)).toBeLessThanOrEqual(margin(n));
  });
});
