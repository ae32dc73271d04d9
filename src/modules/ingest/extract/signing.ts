import { parseCount, toYuan } from "../sentences.js";
import type { ExtractContext, Fact } from "./types.js";

const NUM = "(\\d+|[一二两三四五六七八九十百零]+)";
const AMT = "(\\d+(?:\\.\\d+)?)\\s*(亿|万)元";

/** Signing statistics: project count, total amount, amount buckets, agreement count. */
export function extractSigning(ctx: ExtractContext): Fact[] {
  const out: Fact[] = [];
  for (const s of ctx.sentences) {
    const t = s.text;
    const data: Record<string, unknown> = {};
    const projects = new RegExp(`(?:签约|集中签约|签约落地|签署)(?:重点|重大|合作|产业)?项目(?:共|达)?${NUM}个|${NUM}个(?:重点|重大|合作|产业)?项目(?:集中|现场)?签约|签约(?:了)?${NUM}个(?:重点|重大|合作|产业)?项目`).exec(t);
    if (projects) data.projectCount = parseCount(projects[1] ?? projects[2] ?? projects[3]);
    const total = new RegExp(`(?:总投资|投资总额|总金额|签约总额|协议总额|签约金额|签约额|计划总投资)(?:额)?(?:约|超|达|逾|近|共|超过)?${AMT}`).exec(t);
    if (total) data.totalYuan = toYuan(total[1], total[2]);
    const buckets: { minYuan: number | null; maxYuan: number | null; count: number | null }[] = [];
    const range = new RegExp(`(\\d+(?:\\.\\d+)?)(亿|万)?(?:元)?\\s*[-—~至到]\\s*${AMT}(?:的)?(?:项目)?${NUM}个`, "g");
    for (let m = range.exec(t); m; m = range.exec(t)) buckets.push({ minYuan: toYuan(m[1], m[2] ?? m[4]), maxYuan: toYuan(m[3], m[4]), count: parseCount(m[5]) });
    const above = new RegExp(`${AMT}(?:以上|及以上)(?:的)?(?:项目)?${NUM}个`, "g");
    for (let m = above.exec(t); m; m = above.exec(t)) buckets.push({ minYuan: toYuan(m[1], m[2]), maxYuan: null, count: parseCount(m[3]) });
    const below = new RegExp(`${AMT}(?:以下)(?:的)?(?:项目)?${NUM}个`, "g");
    for (let m = below.exec(t); m; m = below.exec(t)) buckets.push({ minYuan: null, maxYuan: toYuan(m[1], m[2]), count: parseCount(m[3]) });
    if (buckets.length) data.buckets = buckets;
    const agreements = new RegExp(`(?:签署|签订)(?:了)?(?:各类|战略)?(?:合作)?(?:协议|合同|备忘录)(?:共)?${NUM}(?:个|份|项)|(?:签署|签订)(?:了)?${NUM}(?:个|份|项)(?:[\\u4e00-\\u9fa5]{0,6})?(?:协议|合同)`).exec(t);
    if (agreements) data.agreementCount = parseCount(agreements[1] ?? agreements[2]);
    if (Object.keys(data).length === 0) continue;
    const strong = data.projectCount != null || data.totalYuan != null;
    out.push({ type: "signing", data, sentence: t, confidence: strong ? 0.9 : 0.75 });
  }
  return out;
}
