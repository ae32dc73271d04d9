import type { Gazetteer, GazRegion } from "../gazetteer.js";
import type { Sentence } from "../sentences.js";

export const FACT_TYPES = ["region", "delegation", "agreement", "alliance", "signing", "meeting"] as const;
export type FactType = (typeof FACT_TYPES)[number];

export interface Fact {
  type: FactType;
  data: Record<string, unknown>;
  /** Exact text of the title or of one body sentence. */
  sentence: string;
  confidence: number;
}

export interface ExtractContext {
  title: string;
  body: string;
  publishedOn: string | null;
  gaz: Gazetteer;
  /** Title first (as a sentence of its own), then the body's sentences. */
  sentences: Sentence[];
}

export interface RegionRef {
  name: string;
  code: string;
  level: string;
  /** Other regions with the same name (ambiguity kept for the reviewer). */
  alternatives?: { name: string; code: string }[];
}

export function regionRef(candidates: GazRegion[]): RegionRef {
  const [first, ...rest] = candidates;
  return { name: first.name, code: first.code, level: first.level, ...(rest.length ? { alternatives: rest.map((r) => ({ name: r.name, code: r.code })) } : {}) };
}

/** Regions named in `text`, most specific only (吴江区 drops 苏州市 when both are named together). */
export function regionsIn(text: string, gaz: Gazetteer): GazRegion[][] {
  const found = gaz.find(text).map((m) => m.candidates);
  const uniq = found.filter((c, i) => found.findIndex((d) => d[0].code === c[0].code) === i);
  return uniq.filter((c) => !uniq.some((d) => d !== c && gaz.within(d[0], c[0])));
}
