import type { Rng } from "../../../platform/random.js";

/** n distinct elements of xs, in their original order. */
export function pickN<T>(r: Rng, xs: readonly T[], n: number): T[] {
  const idx = xs.map((_, k) => k);
  for (let k = idx.length - 1; k > 0; k--) {
    const j = Math.floor(r.next() * (k + 1));
    [idx[k], idx[j]] = [idx[j], idx[k]];
  }
  return idx.slice(0, n).sort((a, b) => a - b).map((k) => xs[k]);
}
