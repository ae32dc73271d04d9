import { regionRef, regionsIn, type ExtractContext, type Fact } from "./types.js";

const NOUN = "(?:联盟|共同体|中心|研究院|研究中心|平台|基地|团队|联合体|合作区|创新港|协会|商会)";
const kindOf = (name: string) =>
  /联盟|共同体|联合体|协会|商会$/.test(name) ? "alliance" : /团队$/.test(name) ? "team" : /研究院|研究中心|中心$/.test(name) ? "center" : "platform";

/**
 * Alliances and platforms founded: quoted names after 成立/组建/揭牌 (成立了“A”“B”…),
 * and "X成立暨揭牌 / X揭牌成立" ceremonies.
 */
export function extractAlliances(ctx: ExtractContext): Fact[] {
  const out = new Map<string, Fact>();
  const add = (name: string, sentence: string, confidence: number) => {
    name = name.replace(/^(?:了|举行了|会上|现场)/, "").trim();
    if (out.has(name) || [...name].length < 4) return;
    out.set(name, { type: "alliance", data: { name, kind: kindOf(name), regions: regionsIn(name, ctx.gaz).map(regionRef) }, sentence, confidence });
  };
  const quoted = new RegExp(`“([^“”]{3,40}${NOUN})”`, "g");
  const ceremony = new RegExp(`([\\u4e00-\\u9fa5A-Za-z0-9()()]{4,40}?${NOUN})(?:[((][^))]{1,20}[))])?(?:正式)?(?:成立暨揭牌|揭牌成立|成立大会|成立仪式|揭牌仪式|正式成立|挂牌成立)`, "g");
  for (const s of ctx.sentences) {
    for (const clause of s.text.split(/[;;]/)) {
      const verb = /(?:成立|组建|揭牌|启动建设|签约成立|宣布成立)了?/.exec(clause);
      if (verb) {
        const tail = clause.slice(verb.index);
        quoted.lastIndex = 0;
        for (let m = quoted.exec(tail); m; m = quoted.exec(tail)) add(m[1], s.text, 0.85);
      }
      // 为“X”揭牌 / “X”正式成立: the quoted name precedes the verb (not "…成立以来", a past founding).
      const unveiled = new RegExp(`“([^“”]{3,40}${NOUN})”(?:正式)?(?:揭牌成立|揭牌|授牌|成立)(?!以来|后|时|之初|\\d|[一二三四五六七八九十]+周年)`, "g");
      for (let m = unveiled.exec(clause); m; m = unveiled.exec(clause)) add(m[1], s.text, 0.85);
      ceremony.lastIndex = 0;
      for (let m = ceremony.exec(clause); m; m = ceremony.exec(clause)) {
        const name = m[1].replace(/^.*?(?:举行了|举行|举办了|举办|进行了)/, "");
        add(name, s.text, 0.8);
      }
    }
  }
  return [...out.values()];
}
