import { regionRef, type ExtractContext, type Fact } from "./types.js";

/** Every region the article names, once, with the first sentence that names it. */
export function extractRegions(ctx: ExtractContext): Fact[] {
  const seen = new Map<string, Fact>();
  for (const s of ctx.sentences) {
    for (const m of ctx.gaz.find(s.text)) {
      const ref = regionRef(m.candidates);
      const existing = seen.get(ref.code);
      if (existing) {
        (existing.data.mentions as number)++;
        continue;
      }
      seen.set(ref.code, { type: "region", data: { ...ref, surface: m.surface, mentions: 1 }, sentence: s.text, confidence: ref.alternatives ? 0.6 : 0.9 });
    }
  }
  return [...seen.values()];
}
