/**
 * Amount, area and price ranges as words of the search vector, as Lucene indexes numbers
 * (trie-coded terms at several precisions): a listing's value falls in one of 151 buckets —
 * bounded by the R10 series 1, 1.25, 1.6, 2, 2.5, 3.15, 4, 5, 6.3, 8 of every decade from 0.01
 * to 10¹³, so each is about a quarter wide — and its vector holds that bucket's key at four
 * widths ('#area.1.61', '#area.4.15', '#area.16.3', '#area.64.0'). A range then reads as a
 * handful of keys ('1000 ㎡ or more': six), and the GIN index meets it with the words inside one
 * scan, visiting only listings in range (and those in the two end buckets, which the exact
 * condition beside it drops). A range tested on the rows alone makes the index hand over every
 * listing of the words, each read from the table to be tested: 厂房 among spaces of 5 000–6 000 ㎡
 * at ≤ 20 元 read a year of 厂房 spaces to keep 415 (docs/benchmarks.md, "Range keys").
 *
 * The thresholds are decimal literals compared as `numeric` in the database (migration
 * 202611300600 writes the keys) and as doubles here (each the nearest double of the same
 * literal, and a query bound is sent as its shortest decimal), so both sides put a value in the
 * same bucket and a range's keys cover every value in it.
 */

export const RANGE_FIELDS = { amount: "amount_yuan", area: "area_sqm", price: "price_yuan" } as const;
export type RangeField = keyof typeof RANGE_FIELDS;
/** A range filter as the search window takes it: the field and the keys covering the range. */
export interface RangeFilter {
  field: RangeField;
  keys: string[];
}

const MANTISSAS = ["1", "1.25", "1.6", "2", "2.5", "3.15", "4", "5", "6.3", "8"];
/** Bucket b holds the values from THRESHOLDS[b - 1] (inclusive) to THRESHOLDS[b]; bucket 0 those below 0.01. */
export const RANGE_THRESHOLDS: readonly string[] = Array.from({ length: 15 }, (_, d) => MANTISSAS.map((m) => `${m}e${d - 2}`)).flat();
const thresholds = RANGE_THRESHOLDS.map(Number);
/** Widths of the keys a value has, in buckets (aligned: a 16-wide key covers buckets 16k … 16k+15). */
export const RANGE_WIDTHS = [1, 4, 16, 64] as const;
const LAST = RANGE_THRESHOLDS.length;

/** The bucket of `value`: how many thresholds are at or below it. */
export function rangeBucket(value: number): number {
  let lo = 0;
  let hi = thresholds.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (thresholds[mid] <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The keys whose buckets together are `first` … `last`: at each step the widest aligned key
 * that fits. The last bucket (10¹³ and more) has no key after it, so a range reaching it may
 * take a key reaching past it.
 */
export function rangeCover(field: RangeField, first: number, last: number): string[] {
  const keys: string[] = [];
  for (let b = first; b <= last; ) {
    const width = [...RANGE_WIDTHS].reverse().find((w) => b % w === 0 && (b + w - 1 <= last || last === LAST))!;
    keys.push(`#${field}.${width}.${b / width}`);
    b += width;
  }
  return keys;
}

/** The keys of every bucket holding a value within [min, max], or undefined when the range has no bound. */
export function rangeKeys(field: RangeField, min?: number, max?: number): string[] | undefined {
  if (min == null && max == null) return undefined;
  return rangeCover(field, min == null ? 0 : rangeBucket(min), max == null ? LAST : rangeBucket(max));
}

/** The widest keys, one of which every listing with a value of `field` has. */
const allOf = (field: RangeField) => rangeCover(field, 0, LAST).filter((k) => k.startsWith(`#${field}.64.`));

/** How much of the table a range holds, from the share of listings holding each key. */
export interface RangeShare {
  /** Of the listings with a value of the field, the share within the range. */
  ofField: number;
  /** Of all listings, the share holding one of the range's keys: how long the keys' lists are. */
  ofAll: number;
}

/** A range's shares, by the search statistics (`shareOf` undefined without any: then 1 and 1). */
export function rangeShare(field: RangeField, keys: string[], shareOf: (key: string) => number | undefined): RangeShare {
  const sum = (ks: string[]) => ks.reduce((x, k) => x + (shareOf(k) ?? NaN), 0);
  const ofAll = sum(keys);
  const ofField = ofAll / sum(allOf(field));
  return Number.isFinite(ofField) ? { ofField: Math.min(1, ofField), ofAll: Math.min(1, ofAll) } : { ofField: 1, ofAll: 1 };
}

/**
 * Whether the index is asked for a range's keys: when the range is narrow (at most half of the
 * listings with such a value), or when the keys' lists are short (at most a fifth of all
 * listings). A broad range over long lists is tested on the rows only: the index would spend
 * more decoding the lists than the rows it saves. 1M listings on PostgreSQL: 芯片 in an
 * industry with 100 万 to 5 000 万元 (66 % of the listings with an amount, whose keys are in 76 %
 * of all listings), no match, 5.5 ms without the keys and 15.8 ms with; 厂房 among spaces of
 * 5 000–6 000 ㎡ at ≤ 20 元 (9 % and 36 %), 364 ms without and 18 ms with; 5G among spaces of
 * 1 000 ㎡ and more at ≤ 40 元 (82 % and 83 % of spaces, keys in 17 % and 10 % of listings),
 * 37 ms with neither range's keys and 16 ms with both (docs/benchmarks.md, "Range keys").
 */
export const keysWorthAsking = (s: RangeShare) => s.ofField <= 0.5 || s.ofAll <= 0.2;
