/**
 * The one table of known obfuscations (characters swapped to dodge filters). Each row:
 * a pattern, its replacement, and why. Applied to title and body; every hit is a repair.
 */
export interface Repair {
  kind: "obfuscation" | "placeholder-restored" | "placeholder-removed";
  from: string;
  to: string;
  /** Offset in the repaired text where `to` begins. */
  at: number;
  rule: string;
}

interface Rule {
  re: RegExp;
  to: string;
  rule: string;
}

export const OBFUSCATIONS: readonly Rule[] = [
  { re: /蕞/g, to: "最", rule: "蕞→最 (homoglyph of 最, dodges 'superlative' filters)" },
  // 头部 is also a real word (头部企业, 头部家电企业): only before a measure word that 头部 never precedes.
  { re: /头部(?=家(?![电居具装纺])|天|次|个(?!人)|批|位|名(?![企单牌]))/g, to: "第一", rule: "头部+量词→第一 (头部家→第一家, 头部天→第一天)" },
  // A masked title between an organ and a person's name: 市委*虞爱华 → 市委书记虞爱华.
  { re: /(?<=(?:[省市县区]委|党委|党组|工委))\*(?=[\u4e00-\u9fa5]{2,3})/g, to: "书记", rule: "X委*姓名 → X委书记 (masked title)" },
  { re: /\*(?=美[\u4e00-\u9fa5])/g, to: "最", rule: "*美 → 最美 (masked superlative)" },
];

/** Applies the table; returns the repaired text and the repairs with positions in it. */
export function repairObfuscations(text: string): { text: string; repairs: Repair[] } {
  let out = text;
  const repairs: Repair[] = [];
  for (const r of OBFUSCATIONS) {
    let shift = 0;
    const found: Repair[] = [];
    out = out.replace(r.re, (m: string, ...args: unknown[]) => {
      const offset = args.find((a) => typeof a === "number") as number;
      found.push({ kind: "obfuscation", from: m, to: r.to, at: offset + shift, rule: r.rule });
      shift += r.to.length - m.length;
      return r.to;
    });
    // Earlier repairs' offsets move when a later rule changes length before them.
    for (const f of found) {
      for (const prev of repairs) if (prev.at > f.at) prev.at += f.to.length - f.from.length;
    }
    repairs.push(...found);
  }
  return { text: out, repairs };
}
