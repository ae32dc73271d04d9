import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, describeEachBackend, type TestDatabase } from "../../../test/support/db.js";
import { rng } from "../../platform/random.js";
import { RANGE_THRESHOLDS, RANGE_WIDTHS, keysWorthAsking, rangeBucket, rangeCover, rangeKeys, rangeShare } from "./search-ranges.js";

const LAST = RANGE_THRESHOLDS.length;
/** The buckets a key stands for. */
const bucketsOf = (key: string) => {
  const [, width, n] = key.split(".").map(Number);
  return Array.from({ length: width }, (_, i) => n * width + i);
};
/** The keys a value's vector holds, as the search computes them. */
const keysOf = (field: string, v: number) => RANGE_WIDTHS.map((w) => `#${field}.${w}.${Math.floor(rangeBucket(v) / w)}`);

/** Values at, just below and just above every threshold, and others in between. */
const probes = (() => {
  const r = rng(7);
  const xs = [0, 0.001, 1e13, 5e15];
  for (const t of RANGE_THRESHOLDS.map(Number)) xs.push(t, t * (1 - 1e-9), t * (1 + 1e-9), t * (1 + r.next()));
  return xs;
})();

describe("range keys", () => {
  it("puts a value in the bucket of the thresholds at or below it", () => {
    expect(RANGE_THRESHOLDS).toHaveLength(150);
    expect(rangeBucket(0)).toBe(0);
    expect(rangeBucket(0.00999)).toBe(0);
    expect(rangeBucket(0.01)).toBe(1);
    expect(rangeBucket(999.99)).toBe(50);
    expect(rangeBucket(1000)).toBe(51);
    expect(rangeBucket(1249)).toBe(51);
    expect(rangeBucket(1250)).toBe(52);
    expect(rangeBucket(1e13)).toBe(LAST);
    expect(rangeBucket(1e18)).toBe(LAST);
    const sorted = [...probes].sort((a, b) => a - b);
    for (let i = 1; i < sorted.length; i++) expect(rangeBucket(sorted[i])).toBeGreaterThanOrEqual(rangeBucket(sorted[i - 1]));
  });

  it("covers a range's buckets exactly once, with the widest keys that fit", () => {
    for (let first = 0; first <= LAST; first++)
      for (let last = first; last <= LAST; last++) {
        const keys = rangeCover("area", first, last);
        const covered = keys.flatMap(bucketsOf).filter((b) => b <= LAST);
        expect(covered).toEqual(Array.from({ length: last - first + 1 }, (_, i) => first + i));
        expect(keys.length).toBeLessThanOrEqual(2 * 3 * (RANGE_WIDTHS.length - 1) + 3);
      }
    expect(rangeCover("area", 51, LAST)).toEqual(["#area.1.51", "#area.4.13", "#area.4.14", "#area.4.15", "#area.64.1", "#area.64.2"]);
    expect(rangeKeys("price", undefined, 40)).toEqual(["#price.16.0", "#price.16.1", "#price.4.8", "#price.1.36", "#price.1.37"]);
    expect(rangeKeys("amount")).toBeUndefined();
  });

  it("finds every value within a range among the range's keys", () => {
    const r = rng(11);
    const missed: string[] = [];
    for (let i = 0; i < 1000; i++) {
      const [lo, hi] = [r.pick(probes), r.pick(probes)].sort((a, b) => a - b);
      const keys = new Set(rangeKeys("amount", lo, hi));
      for (const v of probes) if (v >= lo && v <= hi && !keysOf("amount", v).some((k) => keys.has(k))) missed.push(`${v} in [${lo}, ${hi}]`);
    }
    expect(missed).toEqual([]);
  });

  it("gives a range's share of the listings having the field and of all listings, from the keys' shares", () => {
    const shares = new Map([["#area.64.0", 0.3], ["#area.64.1", 0.1], ["#area.4.13", 0.05], ["#area.1.51", 0.02]]);
    const shareOf = (k: string) => shares.get(k) ?? 0.001;
    // Of 0.401 (64.0, 64.1, 64.2 at the floor), 64.1 + 64.2 + 4.13 + 1.51 + the floor for 4.14, 4.15.
    const narrow = rangeShare("area", ["#area.1.51", "#area.4.13", "#area.4.14", "#area.4.15", "#area.64.1", "#area.64.2"], shareOf);
    expect(narrow.ofField).toBeCloseTo(0.173 / 0.401, 6);
    expect(narrow.ofAll).toBeCloseTo(0.173, 6);
    expect(keysWorthAsking(narrow)).toBe(true);
    expect(rangeShare("area", ["#area.64.0", "#area.64.1", "#area.64.2"], shareOf)).toEqual({ ofField: 1, ofAll: expect.closeTo(0.401, 6) });
    // Broad over long lists (amounts: most listings have one) is tested on the rows; broad over short lists is not.
    expect(keysWorthAsking({ ofField: 0.66, ofAll: 0.5 })).toBe(false);
    expect(keysWorthAsking({ ofField: 0.82, ofAll: 0.17 })).toBe(true);
    // Without statistics nothing is known: the range counts as everything, and its keys are not asked for.
    expect(rangeShare("area", ["#area.1.51"], () => undefined)).toEqual({ ofField: 1, ofAll: 1 });
    expect(keysWorthAsking({ ofField: 1, ofAll: 1 })).toBe(false);
  });
});

describeEachBackend("range keys in the database", (backend) => {
  let d: TestDatabase;
  beforeAll(async () => {
    d = await createTestDb(backend, { reference: false });
  });
  afterAll(() => d.close());

  it("writes the keys the search computes, for every probe value", async () => {
    const r = await sql<{ keys: string }>`select market_range_keys('price', v) as keys from unnest(${probes.map(String)}::numeric[]) v`.execute(d.db);
    expect(r.rows.map((x) => x.keys)).toEqual(probes.map((v) => keysOf("price", v).join(" ")));
    expect((await sql<{ k: string }>`select market_range_keys('area', null) as k`.execute(d.db)).rows[0].k).toBe("");
  });
});
