/** mulberry32: a small deterministic PRNG, so the demo is the same on every machine. */
export function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)],
    chance: (p: number) => next() < p,
  };
}
export type Rng = ReturnType<typeof rng>;

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function randomDate(r: Rng, from: string, to: string): string {
  const a = Date.parse(`${from}T00:00:00Z`);
  const b = Date.parse(`${to}T00:00:00Z`);
  return new Date(a + Math.floor(r.next() * ((b - a) / 86400_000 + 1)) * 86400_000).toISOString().slice(0, 10);
}

/** An amount in yuan from a bucket mix that looks like announced signings: many small, a few ≥ 30亿. */
export function randomAmount(r: Rng): number {
  const x = r.next();
  if (x < 0.3) return r.int(5, 99) * 1e6; // 500万–9900万
  if (x < 0.72) return r.int(10, 99) * 1e7; // 1亿–9.9亿
  if (x < 0.92) return r.int(10, 29) * 1e8; // 10亿–29亿
  return r.int(30, 120) * 1e8; // 30亿–120亿
}
