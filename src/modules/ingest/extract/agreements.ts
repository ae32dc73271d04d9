import { regionRef, regionsIn, type ExtractContext, type Fact } from "./types.js";

const DOC = /(?:协议|备忘录|协定|合同|框架|方案|意向书|协议书|公约|宣言|纲要|倡议书|共识|计划)$/;
const SIGN = /签署|签订|签约|缔结|共签/;

/** Agreements signed: 《title》 in a sentence that signs something, with its parties. */
export function extractAgreements(ctx: ExtractContext): Fact[] {
  const byTitle = new Map<string, Fact>();
  for (const s of ctx.sentences) {
    if (!SIGN.test(s.text)) continue;
    for (const clause of s.text.split(/[;;。]/)) {
      if (!SIGN.test(clause)) continue;
      const re = /《([^《》]{2,80})》/g;
      for (let m = re.exec(clause); m; m = re.exec(clause)) {
        const title = m[1];
        if (!DOC.test(title)) continue;
        const head = clause.slice(0, m.index);
        const pair = /([^,,、。:]{2,30}?)(?:与|和|同)([^,,、。:]{2,30}?)(?:共同|正式|现场)?(?:签署|签订|签约|缔结)(?:了)?$/.exec(head);
        const parties = pair
          ? [pair[1], pair[2]].map((p) => p.replace(/^(?:会上|现场|活动中|会议期间|期间)/, "").trim())
          : regionsIn(head, ctx.gaz).map((r) => r[0].name);
        const regions = regionsIn(pair ? pair[0] : head, ctx.gaz).map(regionRef);
        const after = clause.slice(m.index + m[0].length, m.index + m[0].length + 6);
        const kind = /^框架协议/.test(after) ? "framework" : /备忘录$/.test(title) ? "memorandum" : "agreement";
        const fact: Fact = { type: "agreement", data: { title, kind, parties, regions }, sentence: s.text, confidence: pair ? 0.9 : parties.length ? 0.7 : 0.55 };
        const prev = byTitle.get(title);
        if (!prev || (fact.confidence > prev.confidence)) byTitle.set(title, fact);
      }
    }
  }
  return [...byTitle.values()];
}
