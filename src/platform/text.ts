import { Jieba } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict.js";

// Loading the dictionary takes ~0.5 s: do it once, on first use.
let jieba: Jieba | undefined;
function instance(): Jieba {
  jieba ??= Jieba.withDict(dict);
  return jieba;
}

const PUNCT = /^[\s\p{P}\p{S}]+$/u;

function clean(tokens: string[]): string[] {
  const out: string[] = [];
  for (const t of tokens) {
    const w = t.trim().toLowerCase();
    if (w && !PUNCT.test(w)) out.push(w);
  }
  return out;
}

/**
 * Words for the index: search mode also emits the parts of long words
 * (协同创新 → 协同, 创新, 协同创新), so a query for any part finds the document.
 */
export function segmentForIndex(text: string): string {
  if (!text) return "";
  return clean(instance().cutForSearch(text, true)).join(" ");
}

/** Words of a query: precise mode, so that every word must match (AND). */
export function segmentQuery(text: string): string[] {
  if (!text) return [];
  return [...new Set(clean(instance().cut(text, true)))];
}

/** A tsquery text that is safe whatever the user typed: each word quoted, ANDed. */
export function toTsQuery(text: string, mode: "and" | "or" = "and"): string | undefined {
  const words = segmentQuery(text);
  if (words.length === 0) return undefined;
  return words.map((w) => `'${w.replace(/'/g, "''").replace(/\\/g, "\\\\")}'`).join(mode === "and" ? " & " : " | ");
}
