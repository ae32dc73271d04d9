import { htmlToLines, looksLikeHtml } from "./html.js";
import { CUTOFF, ORIGIN, META_DATE, isBreakingNoise, isCutoff, isNoiseLine, isProse } from "./noise.js";

export interface CleanArticle {
  title: string;
  publishedOn: string | null;
  origin: string | null;
  /** Paragraphs joined by "\n". */
  body: string;
  /** Lines dropped as noise (kept for the reviewer, never for extraction). */
  dropped: number;
  /** What was dropped and why, for the reviewer (capped: a page can carry hundreds of menu lines). */
  removed: RemovedLine[];
}

export type RemovedReason = "header" | "footer" | "related" | "noise" | "origin" | "fragment" | "repeated";
export interface RemovedLine {
  text: string;
  reason: RemovedReason;
}

const MAX_REMOVED = 400;
const MAX_REMOVED_CHARS = 200;

const pad = (n: string) => n.padStart(2, "0");

function dateOf(line: string): string | null {
  const m = META_DATE.exec(line);
  if (!m) return null;
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return `${m[1]}-${pad(m[2])}-${pad(m[3])}`;
}

const normalize = (l: string) => l.replace(/[\s\u3000\u00a0]+/g, " ").trim();
const key = (l: string) => l.replace(/[\s\p{P}]/gu, "");

/**
 * Body = the densest run of prose lines before the first "related articles" marker.
 * A run breaks at a phone number / ad line or at three consecutive non-prose lines:
 * sites put their furniture between the article and the next list.
 */
export function cleanPage(text: string): CleanArticle {
  let lines: string[];
  let htmlTitle: string | undefined;
  if (looksLikeHtml(text)) {
    const parts = htmlToLines(text);
    lines = parts.lines;
    htmlTitle = parts.h1 || parts.title?.split(/\s[-_|–—]\s|_/)[0];
  } else {
    lines = text.split(/\r?\n/);
  }
  lines = lines.map(normalize).filter((l) => l.length > 0);

  const prose = lines.map(isProse);
  const firstProse = prose.indexOf(true);
  let end = lines.length;
  if (firstProse >= 0) {
    for (let i = firstProse + 1; i < lines.length; i++) if (isCutoff(lines[i])) { end = i; break; }
  }

  // Runs of prose separated by at most 2 quiet lines; a noise line ends a run.
  type Run = { from: number; to: number; chars: number };
  const runs: Run[] = [];
  let cur: Run | null = null;
  let gap = 0;
  for (let i = 0; i < end; i++) {
    const noise = isNoiseLine(lines[i]);
    if (prose[i] && !noise) {
      if (!cur) cur = { from: i, to: i, chars: 0 };
      cur.to = i;
      cur.chars += lines[i].length;
      gap = 0;
    } else if (cur) {
      gap++;
      if (isBreakingNoise(lines[i]) || gap > 2) { runs.push(cur); cur = null; gap = 0; }
    }
  }
  if (cur) runs.push(cur);
  const best = runs.reduce<Run | null>((b, r) => (!b || r.chars > b.chars ? r : b), null);

  let origin: string | null = null;
  let publishedOn: string | null = null;
  const originIn = (l: string) => ORIGIN.exec(l)?.[1] ?? null;
  // 来源 names the publisher; 转自 only the relay, so prefer 来源.
  for (const l of lines.slice(0, end)) {
    const o = originIn(l);
    if (o && (!origin || /来源/.test(l))) origin = o;
  }
  const header = lines.slice(0, best ? best.from : Math.min(lines.length, 10));
  for (const l of header) {
    publishedOn ??= dateOf(l);
  }

  let title = htmlTitle ?? "";
  if (!title) {
    title = header.find((l) => [...l].length >= 8 && [...l].length <= 80 && !isNoiseLine(l) && !META_DATE.test(l) && !ORIGIN.test(l) && !/[。]$/.test(l) && !CUTOFF.test(l)) ?? "";
  }

  const seen = new Set<string>();
  const body: string[] = [];
  const removed: RemovedLine[] = [];
  const drop = (text: string, reason: RemovedReason) => {
    if (removed.length < MAX_REMOVED && text !== title) removed.push({ text: text.length > MAX_REMOVED_CHARS ? text.slice(0, MAX_REMOVED_CHARS) + "…" : text, reason });
  };
  let dropped = lines.length;
  if (best) {
    for (let i = 0; i < best.from; i++) drop(lines[i], "header");
    for (let i = best.from; i <= best.to; i++) {
      const l = lines[i];
      if (isNoiseLine(l)) { drop(l, "noise"); continue; }
      if (ORIGIN.test(l) && l.length < 40) { drop(l, "origin"); continue; }
      if (!prose[i] && [...l].length < 12 && !/^[一二三四五六七八九十\d]+[、.]/.test(l)) { drop(l, "fragment"); continue; }
      const k = key(l);
      if (seen.has(k)) { drop(l, "repeated"); continue; } // the same paragraph printed twice (seed 001)
      seen.add(k);
      body.push(l);
    }
    for (let i = best.to + 1; i < lines.length; i++) drop(lines[i], i < end ? "footer" : "related");
    dropped = lines.length - body.length;
  }
  return { title, publishedOn, origin, body: body.join("\n"), dropped, removed };
}
