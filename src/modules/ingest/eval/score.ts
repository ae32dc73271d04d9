import type { Gazetteer } from "../gazetteer.js";
import { processPage } from "../pipeline.js";
import { FACT_TYPES, type FactType } from "../extract/types.js";
import { charF1, itemsOfPredicted, itemsOfTruth, matchCount, type Truth } from "./truth.js";

export interface TypeScore { tp: number; predicted: number; expected: number; precision: number; recall: number; f1: number }
export interface EvalReport {
  pages: number;
  missing: string[];
  perType: Record<FactType, TypeScore>;
  body: { precision: number; recall: number; f1: number };
  fields: { title: number; publishedOn: number; origin: number };
  perPage: { name: string; ok: boolean; reason?: string; bodyF1: number; missed: Record<string, string[]>; extra: Record<string, string[]> }[];
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

/** Scores the pipeline on `files` (name → bytes) against the truth. */
export function evaluate(files: Map<string, Uint8Array>, truth: Truth, gaz: Gazetteer): EvalReport {
  const counts = Object.fromEntries(FACT_TYPES.map((t) => [t, { tp: 0, predicted: 0, expected: 0 }])) as Record<FactType, { tp: number; predicted: number; expected: number }>;
  let bodyP = 0, bodyR = 0, n = 0;
  const fields = { title: 0, publishedOn: 0, origin: 0 };
  const perPage: EvalReport["perPage"] = [];
  const missing: string[] = [];
  for (const [name, page] of Object.entries(truth)) {
    const bytes = files.get(name);
    if (!bytes) { missing.push(name); continue; }
    n++;
    const r = processPage(bytes, gaz);
    const facts = r.ok ? r.article.facts : [];
    const body = r.ok ? r.article.body : "";
    const b = charF1(body, page.body);
    bodyP += b.precision;
    bodyR += b.recall;
    if (r.ok) {
      if (r.article.title === page.title) fields.title++;
      if (r.article.publishedOn === page.publishedOn) fields.publishedOn++;
      if (r.article.origin === page.origin) fields.origin++;
    } else if (!page.body) {
      fields.title++; fields.publishedOn++; fields.origin++;
    }
    const missed: Record<string, string[]> = {};
    const extra: Record<string, string[]> = {};
    for (const t of FACT_TYPES) {
      const p = itemsOfPredicted(t, facts);
      const e = itemsOfTruth(t, page);
      const tp = matchCount(p, e);
      counts[t].tp += tp;
      counts[t].predicted += p.length;
      counts[t].expected += e.length;
      const miss = e.filter((x) => matchCount([{ ...x, fuzzy: t === "meeting" }], p) === 0).map((x) => x.key);
      const ext = p.filter((x) => matchCount([x], e) === 0).map((x) => x.key);
      if (miss.length) missed[t] = miss;
      if (ext.length) extra[t] = ext;
    }
    perPage.push({ name, ok: r.ok, ...(r.ok ? {} : { reason: r.reason }), bodyF1: b.f1, missed, extra });
  }
  const perType = Object.fromEntries(
    FACT_TYPES.map((t) => {
      const c = counts[t];
      const precision = ratio(c.tp, c.predicted);
      const recall = ratio(c.tp, c.expected);
      return [t, { ...c, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 }];
    }),
  ) as Record<FactType, TypeScore>;
  const P = n ? bodyP / n : 0;
  const R = n ? bodyR / n : 0;
  return { pages: n, missing, perType, body: { precision: P, recall: R, f1: P + R ? (2 * P * R) / (P + R) : 0 }, fields, perPage };
}
