import { sql, type RawBuilder } from "kysely";
import { segmentForIndex, segmentQuery } from "../../platform/text.js";

export interface IndexedText {
  title: string;
  summary: string;
  body: string;
  organizationName: string;
}

/** Segmented words per weight: computed in JS (jieba) so both backends index alike. */
export function indexWords(t: IndexedText): { a: string; b: string; c: string } {
  return {
    a: segmentForIndex(t.title),
    b: segmentForIndex(t.summary),
    c: segmentForIndex(`${t.body}\n${t.organizationName}`),
  };
}

/**
 * The tsvector for a listing (listing_search.search). Title and summary keep their positions
 * and weights A/B; body and organisation words are stripped of positions (they rank with
 * weight D), which makes the vector ≈ 20 % smaller — the rows search reads are narrower.
 */
export function searchVector(t: IndexedText): RawBuilder<unknown> {
  return vectorOfWords(indexWords(t));
}

export function vectorOfWords(w: { a: string; b: string; c: string }): RawBuilder<unknown> {
  return sql`setweight(to_tsvector('simple', ${w.a}), 'A') || setweight(to_tsvector('simple', ${w.b}), 'B') || strip(to_tsvector('simple', ${w.c}))`;
}

const HTML: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => HTML[c]);
const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Text escaped as HTML, with the query's words wrapped in <mark>. The raw text is split
 * on the words first and each piece escaped, so stored markup can never get through.
 */
export function highlight(text: string, words: string[]): string {
  const ws = words.filter((w) => w.length > 0).sort((x, y) => y.length - x.length);
  if (ws.length === 0) return escapeHtml(text);
  const re = new RegExp(`(${ws.map(escapeRegex).join("|")})`, "gi");
  return text
    .split(re)
    .map((part, i) => (i % 2 === 1 ? `<mark>${escapeHtml(part)}</mark>` : escapeHtml(part)))
    .join("");
}

/** A window of about `size` characters around the first matched word. */
export function snippet(text: string, words: string[], size = 160): string {
  if (text.length <= size) return text;
  const lower = text.toLowerCase();
  const at = words.map((w) => lower.indexOf(w.toLowerCase())).filter((i) => i >= 0).sort((a, b) => a - b)[0] ?? 0;
  const start = Math.max(0, Math.min(at - Math.floor(size / 4), text.length - size));
  return `${start > 0 ? "…" : ""}${text.slice(start, start + size)}${start + size < text.length ? "…" : ""}`;
}

export const queryWords = (q: string | undefined): string[] => (q ? segmentQuery(q) : []);
