import { cleanPage, type CleanArticle } from "./clean.js";
import { decodePage } from "./decode.js";
import { extractFacts } from "./extract/index.js";
import type { Fact } from "./extract/types.js";
import type { Gazetteer } from "./gazetteer.js";
import { repairObfuscations, type Repair } from "./obfuscation.js";
import { restorePlaceholders } from "./placeholder.js";
import { simhash } from "./dedupe.js";

export interface Processed extends CleanArticle {
  encoding: string;
  repairs: { title: Repair[]; body: Repair[] };
  facts: Fact[];
  simhash: string;
}

export type ProcessResult = { ok: true; article: Processed } | { ok: false; reason: string };

const CJK = /[\u4e00-\u9fa5]/g;

/** The pure pipeline: bytes → clean article + draft facts. No database, no I/O. */
export function processPage(bytes: Uint8Array, gaz: Gazetteer): ProcessResult {
  const decoded = decodePage(bytes);
  if (!decoded.ok) return decoded;
  return processText(decoded.text, gaz, decoded.encoding);
}

export function processText(text: string, gaz: Gazetteer, encoding = "utf-8"): ProcessResult {
  if (!text.trim()) return { ok: false, reason: "空页面 (empty page)" };
  const cjk = text.slice(0, 200_000).match(CJK)?.length ?? 0;
  if (cjk < 20) return { ok: false, reason: "未找到中文正文,本模块只处理中文新闻 (no Chinese article found; English or empty page)" };
  const clean = cleanPage(text);
  if (!clean.body) return { ok: false, reason: "未找到文章正文 (no article body found on the page)" };
  const title = repairObfuscations(clean.title);
  const body1 = repairObfuscations(clean.body);
  const placeholder = restorePlaceholders(title.text, body1.text, gaz);
  const article = { ...clean, title: title.text, body: placeholder.body };
  // Obfuscation offsets were taken before the placeholder repair; move them past it.
  const moved = body1.repairs.map((r) => ({ ...r, at: r.at + placeholder.shifts.filter((s) => s.at < r.at).reduce((n, s) => n + s.delta, 0) }));
  const bodyRepairs = [...placeholder.repairs, ...moved];
  return {
    ok: true,
    article: {
      ...article,
      encoding,
      repairs: { title: title.repairs, body: bodyRepairs.sort((a, b) => a.at - b.at) },
      facts: extractFacts(article, gaz),
      simhash: simhash(article.body),
    },
  };
}
