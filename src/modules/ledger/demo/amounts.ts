import type { Rng } from "../../../platform/random.js";

/** An amount in yuan from a bucket mix that looks like announced signings: many small, a few ≥ 30亿. */
export function randomAmount(r: Rng): number {
  const x = r.next();
  if (x < 0.3) return r.int(5, 99) * 1e6; // 500万–9900万
  if (x < 0.72) return r.int(10, 99) * 1e7; // 1亿–9.9亿
  if (x < 0.92) return r.int(10, 29) * 1e8; // 10亿–29亿
  return r.int(30, 120) * 1e8; // 30亿–120亿
}
