import { createHash } from "node:crypto";

/**
 * 64-bit SimHash over character 3-shingles, as 16 hex digits. Computed as two 32-bit
 * halves (FNV-1a with two seeds) so no BigInt sits in the hot loop.
 */
export function simhash(text: string): string {
  const s = text.replace(/[\s\p{P}]/gu, "");
  const v = new Int32Array(64);
  for (let i = 0; i + 3 <= s.length; i++) {
    let h1 = 0x811c9dc5;
    let h2 = 0x01000193 ^ 0x5bd1e995;
    for (let j = i; j < i + 3; j++) {
      const c = s.charCodeAt(j);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x5bd1e995) ^ (h2 >>> 13);
    }
    for (let b = 0; b < 32; b++) {
      v[b] += (h1 >>> b) & 1 ? 1 : -1;
      v[32 + b] += (h2 >>> b) & 1 ? 1 : -1;
    }
  }
  let hi = 0;
  let lo = 0;
  for (let b = 0; b < 32; b++) {
    if (v[b] > 0) hi |= 1 << b;
    if (v[32 + b] > 0) lo |= 1 << b;
  }
  return (hi >>> 0).toString(16).padStart(8, "0") + (lo >>> 0).toString(16).padStart(8, "0");
}

export function hamming(a: string, b: string): number {
  let d = 0;
  for (let i = 0; i < 16; i += 4) {
    let x = parseInt(a.slice(i, i + 4), 16) ^ parseInt(b.slice(i, i + 4), 16);
    while (x) { d += x & 1; x >>>= 1; }
  }
  return d;
}

/** Near-duplicate when at most this many of 64 bits differ. */
export const NEAR_DUPLICATE_BITS = 6;

/**
 * Eight 8-bit bands: two hashes within NEAR_DUPLICATE_BITS (6) differ in at most 6 bands,
 * so they share at least two exactly (pigeonhole); a GIN-indexed array overlap finds the
 * candidates without a scan, and the Hamming check decides.
 */
export function bands(hash: string): string[] {
  return Array.from({ length: 8 }, (_, i) => `${i}:${hash.slice(i * 2, i * 2 + 2)}`);
}

export const sha256 = (data: Uint8Array | string) => createHash("sha256").update(data).digest("hex");
