import { findDateSpan } from "./dates.js";
import { regionRef, regionsIn, type ExtractContext, type Fact } from "./types.js";

const VISIT = /([^,。;]{0,30}?)((?:党政|政府|考察|友好|经贸|商务)?代表团)(?:一行)?(?:来|赴|前往|到|抵达|莅临)([^。;]{1,60}?)(?:学习考察|考察学习|考察|调研|学习|参观|访问|交流)/;

/** Delegation visits: who (region before 代表团) went where (regions after the verb), when. */
export function extractDelegations(ctx: ExtractContext): Fact[] {
  const out: Fact[] = [];
  const keys = new Set<string>();
  for (const s of ctx.sentences) {
    const m = VISIT.exec(s.text);
    if (!m) continue;
    const fromRegions = regionsIn(m[1], ctx.gaz);
    const toRegions = regionsIn(m[3], ctx.gaz);
    if (toRegions.length === 0) continue;
    const from = fromRegions.at(-1);
    const date = findDateSpan(s.text, ctx.publishedOn);
    const key = `${from?.[0].code ?? "?"}>${toRegions.map((r) => r[0].code).join(",")}`;
    if (keys.has(key)) {
      // Same visit told again (title and first paragraph): keep the one with a date.
      const prev = out.find((f) => f.data.key === key);
      if (prev && !prev.data.startDate && date?.start) Object.assign(prev, { data: { ...prev.data, startDate: date.start, endDate: date.end, dateText: date.text }, sentence: s.text, confidence: prev.data.from ? 0.9 : 0.6 });
      continue;
    }
    keys.add(key);
    out.push({
      type: "delegation",
      data: {
        key,
        from: from ? regionRef(from) : null,
        to: toRegions.map(regionRef),
        delegation: (m[1].match(/[\u4e00-\u9fa5]{0,8}$/)?.[0] ?? "") + m[2],
        startDate: date?.start ?? null,
        endDate: date?.end ?? null,
        dateText: date?.text ?? null,
      },
      sentence: s.text,
      confidence: from ? (date?.start ? 0.9 : 0.75) : 0.5,
    });
  }
  // The title names part of the trip (赴南京浦口), the lead all of it (赴南京市浦口区、六合区):
  // one visit, kept as the fuller telling, with a date from either.
  type Ref = { code: string };
  const codes = (f: Fact) => (f.data.to as Ref[]).map((r) => r.code);
  const covers = (a: Fact, b: Fact) =>
    a !== b && (a.data.from as Ref | null)?.code === (b.data.from as Ref | null)?.code && codes(a).length > codes(b).length && codes(b).every((c) => codes(a).includes(c));
  for (const f of out) {
    const fuller = out.find((g) => covers(g, f));
    if (fuller && !fuller.data.startDate && f.data.startDate) Object.assign(fuller.data, { startDate: f.data.startDate, endDate: f.data.endDate, dateText: f.data.dateText });
  }
  return out.filter((f) => !out.some((g) => covers(g, f)));
}
