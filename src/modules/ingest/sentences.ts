/** Sentence splitting that keeps exact source text (facts quote it verbatim). */
export interface Sentence {
  text: string;
  start: number;
}

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const re = /[^。!?!?;;\n]+(?:[。!?!?;;]+[”」』)]?)?/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const t = raw.trim();
    if (t) out.push({ text: t, start: m.index + lead });
  }
  return out;
}

const CN: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** '29' → 29, '十二' → 12, '三十' → 30, '一百零五' → 105. */
export function parseCount(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  let total = 0;
  let cur = 0;
  for (const ch of s) {
    if (ch in CN) cur = CN[ch];
    else if (ch === "十") { total += (cur || 1) * 10; cur = 0; }
    else if (ch === "百") { total += (cur || 1) * 100; cur = 0; }
    else if (ch === "千") { total += (cur || 1) * 1000; cur = 0; }
    else return null;
  }
  return total + cur;
}

/** '304', '亿' → 30_400_000_000 yuan. */
export function toYuan(n: string, unit: string): number {
  const v = Number(n);
  const mult = unit.startsWith("亿") ? 1e8 : unit.startsWith("万") ? 1e4 : 1;
  return Math.round(v * mult);
}
