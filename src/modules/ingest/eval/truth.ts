import type { Fact, FactType } from "../extract/types.js";

/** What a careful reader finds on one page (see docs/ingest.md for the format). */
export interface TruthPage {
  title: string;
  publishedOn: string | null;
  origin: string | null;
  body: string;
  /** `null` facts mean: the page must be refused or yield nothing (bad input). */
  facts: {
    region?: string[];
    delegation?: { from: string | null; to: string[]; startDate?: string | null; endDate?: string | null }[];
    agreement?: { title: string; parties?: string[] }[];
    alliance?: { name: string }[];
    signing?: { projectCount?: number; totalYuan?: number; agreementCount?: number; buckets?: { minYuan: number | null; maxYuan: number | null; count: number }[] }[];
    meeting?: { name: string; host?: string | null; theme?: string | null }[];
  };
}

export type Truth = Record<string, TruthPage>;

const bare = (n: string) => n.replace(/^\d{4}年?/, "").replace(/[()()]/g, "");

function sameName(a: string, b: string): boolean {
  const x = bare(a);
  const y = bare(b);
  if (x === y || x.includes(y) || y.includes(x)) return true;
  let k = 0;
  while (k < x.length && k < y.length && x[x.length - 1 - k] === y[y.length - 1 - k]) k++;
  return k >= 10;
}

type Item = { key: string; fuzzy?: boolean };

/** Facts as comparable items; signing statistics count per figure, so one wrong bucket costs one item. */
export function itemsOfPredicted(type: FactType, facts: Fact[]): Item[] {
  const of = facts.filter((f) => f.type === type).map((f) => f.data as any);
  switch (type) {
    case "region": return of.map((d) => ({ key: d.name }));
    case "delegation": return of.map((d) => ({ key: `${d.from?.name ?? "?"}>${(d.to as any[]).map((t) => t.name).sort().join(",")}` }));
    case "agreement": return of.map((d) => ({ key: d.title }));
    case "alliance": return of.map((d) => ({ key: d.name }));
    case "signing": return of.flatMap(signingItems);
    case "meeting": return of.map((d) => ({ key: d.name, fuzzy: true }));
  }
}

export function itemsOfTruth(type: FactType, page: TruthPage): Item[] {
  const f = page.facts as any;
  const of = (f[type] ?? []) as any[];
  switch (type) {
    case "region": return of.map((n: string) => ({ key: n }));
    case "delegation": return of.map((d) => ({ key: `${d.from ?? "?"}>${[...d.to].sort().join(",")}` }));
    case "agreement": return of.map((d) => ({ key: d.title }));
    case "alliance": return of.map((d) => ({ key: d.name }));
    case "signing": return of.flatMap(signingItems);
    case "meeting": return of.map((d) => ({ key: d.name, fuzzy: true }));
  }
}

function signingItems(d: any): Item[] {
  const out: Item[] = [];
  for (const k of ["projectCount", "totalYuan", "agreementCount"]) if (d[k] != null) out.push({ key: `${k}=${d[k]}` });
  for (const b of d.buckets ?? []) out.push({ key: `bucket:${b.minYuan ?? ""}-${b.maxYuan ?? ""}=${b.count}` });
  return out;
}

/** Greedy one-to-one matching; meeting names match fuzzily (title and lead word them differently). */
export function matchCount(pred: Item[], truth: Item[]): number {
  const used = new Set<number>();
  let hit = 0;
  for (const p of pred) {
    const i = truth.findIndex((t, j) => !used.has(j) && (t.key === p.key || (p.fuzzy && sameName(t.key, p.key))));
    if (i >= 0) { used.add(i); hit++; }
  }
  return hit;
}

/** Character F1 over the bag of non-space characters. */
export function charF1(pred: string, truth: string): { precision: number; recall: number; f1: number } {
  const bag = (s: string) => {
    const m = new Map<string, number>();
    for (const ch of s.replace(/\s/g, "")) m.set(ch, (m.get(ch) ?? 0) + 1);
    return m;
  };
  const p = bag(pred);
  const t = bag(truth);
  let common = 0;
  let np = 0;
  let nt = 0;
  for (const v of p.values()) np += v;
  for (const v of t.values()) nt += v;
  for (const [k, v] of p) common += Math.min(v, t.get(k) ?? 0);
  const precision = np ? common / np : nt ? 0 : 1;
  const recall = nt ? common / nt : 1;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}
