import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decodePage, MAX_PAGE_BYTES } from "./decode.js";
import { hamming, NEAR_DUPLICATE_BITS, simhash } from "./dedupe.js";
import { evaluate } from "./eval/score.js";
import type { Truth } from "./eval/truth.js";
import { repairObfuscations } from "./obfuscation.js";
import { processPage, processText } from "./pipeline.js";
import { FIXTURES_DIR, fixtureGazetteer, seed, seedPages } from "./test-fixtures.js";

const gaz = fixtureGazetteer();
const ok = (bytes: Uint8Array) => {
  const r = processPage(bytes, gaz);
  if (!r.ok) throw new Error(r.reason);
  return r.article;
};

describe("cleaning the seed pages", () => {
  const articles = [...seedPages()].map(([n, b]) => [n, ok(b)] as const);

  it.each(articles.map(([n, a]) => [n, a]))("%s keeps no noise line", (_n, a) => {
    expect(a.body).not.toMatch(/1[3-9]\d{9}|400[-\s]?\d{3,4}|4000-156-001/);
    expect(a.body).not.toMatch(/版权|ICP|许可证|相关内容|相关文章|热门资讯|扫一扫|二维码|公众号|注册会员|当前位置|首页\s*>|左右滑动|标准厂房|原创/);
    expect(a.body.length).toBeGreaterThan(500);
  });

  it("prints seed 001's repeated paragraph once", () => {
    const a = articles.find(([n]) => n.startsWith("001"))![1];
    expect(a.body.split("11月8日,第五届中国国际进口博览会").length - 1).toBe(1);
    expect(a.body).toMatch(/记者 赵焱$/);
  });

  it("keeps what it dropped, with the reason, for the reviewer", () => {
    const by = (p: string) => articles.find(([n]) => n.startsWith(p))![1];
    const reasons = (p: string) => new Set(by(p).removed.map((r) => r.reason));
    expect(by("001").removed.filter((r) => r.reason === "repeated").map((r) => r.text)).toEqual([expect.stringContaining("11月8日,第五届中国国际进口博览会")]);
    expect(reasons("002")).toEqual(new Set(["header", "footer", "related"]));
    expect(by("002").removed.find((r) => r.text.includes("4000-156-001"))?.reason).toBe("header");
    for (const [, a] of articles) for (const r of a.removed.filter((x) => x.reason === "noise" || x.reason === "related")) expect(a.body).not.toContain(r.text);
  });

  it("finds title, date and origin", () => {
    const by = (p: string) => articles.find(([n]) => n.startsWith(p))![1];
    expect(by("000")).toMatchObject({ title: "上海市普陀区党政代表团来苏州考察", publishedOn: "2025-03-04", origin: "苏州日报" });
    expect(by("002")).toMatchObject({ title: "2024镇江(上海)长三角一体化发展合作恳谈会在沪举行", publishedOn: "2024-09-25" });
    expect(by("004")).toMatchObject({ title: "海安党政代表团赴嘉善和吴江学习考察", publishedOn: "2024-03-08", origin: "海安日报" });
    expect(by("003").body).toMatch(/^风起长三角/);
    expect(by("003").body).toMatch(/太仓阿尔卑斯国际度假区。$/);
  });
});

describe("repairs", () => {
  it("applies the obfuscation table and reports each repair", () => {
    const r = repairObfuscations("蕞大机遇,全国头部家服务机构,开盘头部天,合肥市委*虞爱华出席,“*美教师”");
    expect(r.text).toBe("最大机遇,全国第一家服务机构,开盘第一天,合肥市委书记虞爱华出席,“最美教师”");
    expect(r.repairs.map((x) => x.to)).toEqual(["最", "第一", "第一", "书记", "最"]);
    for (const x of r.repairs) expect(r.text.slice(x.at, x.at + x.to.length)).toBe(x.to);
  });

  it("leaves the real word 头部 alone", () => {
    expect(repairObfuscations("头部企业和头部家电企业、头部名企").repairs).toEqual([]);
  });

  it("repairs seed 003 (蕞, 头部家) and seed 001 (市委*)", () => {
    const a3 = ok(seed("003"));
    expect(a3.body).not.toMatch(/蕞|头部家/);
    expect(a3.body).toContain("全国第一家专门从事");
    expect(ok(seed("001")).body).toContain("合肥市委书记虞爱华");
  });

  it("restores 海安 where seed 004 has an injected phrase, and marks it", () => {
    const a = ok(seed("004"));
    expect(a.body).not.toContain("网易体育直播");
    expect(a.body).toContain("市委书记谭真率海安党政代表团前往浙江省嘉兴市嘉善县");
    const restored = a.repairs.body.filter((r) => r.kind === "placeholder-restored");
    expect(restored.length).toBeGreaterThanOrEqual(4);
    for (const r of restored) {
      expect(r.from).toBe("网易体育直播");
      expect(a.body.slice(r.at, r.at + 2)).toBe("海安");
    }
  });

  it("generalises the placeholder rule to another place and phrase", () => {
    const text = ["无锡党政代表团赴合肥考察", "5月9日,市委书记某某率某某娱乐城党政代表团赴合肥市考察,学习先进经验。某某娱乐城党政代表团参观了科学中心。", "合肥市领导对无锡市党政代表团表示欢迎,希望两地深化合作,共同发展,携手共进。"].join("\n");
    const r = processText(text, gaz);
    expect(r.ok && r.article.body).toContain("率无锡党政代表团赴合肥市考察");
    expect(r.ok && r.article.repairs.body.every((x) => x.from === "某某娱乐城")).toBe(true);
  });

  it("leaves an ordinary page alone", () => {
    expect(ok(seed("000")).repairs.body).toEqual([]);
  });
});

describe("extraction against the hand annotations", () => {
  it("finds every region, agreement, alliance, signing figure on the seeds", () => {
    const truth: Truth = JSON.parse(readFileSync(join(FIXTURES_DIR, "truth.json"), "utf8"));
    const r = evaluate(seedPages(), truth, gaz);
    for (const t of ["region", "agreement", "alliance", "signing"] as const) expect(r.perType[t].recall, t).toBe(1);
    expect(r.perType.delegation.recall).toBe(1);
    expect(r.body.f1).toBeGreaterThan(0.99);
  });

  it("generalises to pages written differently (HTML, GB18030) and refuses bad ones", () => {
    const dir = join(FIXTURES_DIR, "extra");
    const truth: Truth = JSON.parse(readFileSync(join(FIXTURES_DIR, "truth-extra.json"), "utf8"));
    const files = new Map(readdirSync(dir).map((n) => [n, readFileSync(join(dir, n)) as Uint8Array]));
    const r = evaluate(files, truth, gaz);
    expect(r.perType.agreement.recall).toBe(1);
    expect(r.perType.signing.recall).toBe(1);
    expect(r.perType.region.f1).toBeGreaterThan(0.9);
    expect(r.perPage.filter((p) => !p.ok).map((p) => p.name).sort()).toEqual(["103_english.html", "104_binary.bin", "105_empty.txt", "106_no_article.txt"]);
  });

  it("generalises across the Delta with the directory's gazetteer: county-level places of Nanjing, Chuzhou, Ningbo, Zhoushan", () => {
    const dir = join(FIXTURES_DIR, "delta");
    const truth: Truth = JSON.parse(readFileSync(join(FIXTURES_DIR, "truth-delta.json"), "utf8"));
    const files = new Map(readdirSync(dir).map((n) => [n, readFileSync(join(dir, n)) as Uint8Array]));
    const r = evaluate(files, truth, gaz);
    for (const t of ["region", "delegation", "agreement", "alliance", "signing"] as const) expect(r.perType[t].recall, t).toBe(1);
    expect(r.perType.region.precision).toBe(1); // 东海之滨 is the sea, not 东海县
    expect(r.perType.delegation.precision).toBe(1); // the title's shorter telling of the same trip is merged
  });

  it("quotes the exact source sentence and reads signing statistics of seed 002", () => {
    const a = ok(seed("002"));
    for (const f of a.facts) expect(a.body.includes(f.sentence) || a.title === f.sentence).toBe(true);
    const stats = a.facts.filter((f) => f.type === "signing").map((f) => f.data);
    expect(stats).toContainEqual({ projectCount: 29, totalYuan: 30_400_000_000, buckets: [{ minYuan: 1e9, maxYuan: 3e9, count: 7 }, { minYuan: 3e9, maxYuan: null, count: 5 }] });
    expect(stats).toContainEqual({ agreementCount: 9 });
  });

  it("reads signing statistics worded differently", () => {
    const r = processText("某某大会在合肥举行\n会上集中签约三十个重大项目,签约金额超过215.5亿元,其中5亿元以下项目12个,签署战略合作协议共6份。", gaz);
    const stats = r.ok ? r.article.facts.filter((f) => f.type === "signing").map((f) => f.data) : [];
    expect(stats).toEqual([{ projectCount: 30, totalYuan: 21_550_000_000, buckets: [{ minYuan: null, maxYuan: 500_000_000, count: 12 }], agreementCount: 6 }]);
  });

  it("keeps the ambiguity of 普陀区 (Shanghai and Zhoushan)", () => {
    const putuo = ok(seed("000")).facts.find((f) => f.type === "region" && f.data.name === "普陀区")!;
    expect(putuo.data.alternatives).toEqual([{ name: "普陀区", code: "330903" }]);
    expect(putuo.confidence).toBeLessThan(0.9);
  });

  it("dates seed 004's delegation with the publication year", () => {
    const d = ok(seed("004")).facts.find((f) => f.type === "delegation")!;
    expect(d.data).toMatchObject({ from: { name: "海安市" }, startDate: "2024-03-06", endDate: "2024-03-07" });
    expect((d.data.to as { name: string }[]).map((t) => t.name)).toEqual(["嘉善县", "吴江区"]);
  });
});

describe("bad input", () => {
  it("refuses binary, empty, oversized and undecodable bytes with a reason", () => {
    expect(decodePage(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 1]))).toMatchObject({ ok: false, reason: expect.stringContaining("binary") });
    expect(decodePage(new Uint8Array())).toMatchObject({ ok: false, reason: expect.stringContaining("empty") });
    const t0 = Date.now();
    expect(decodePage(new Uint8Array(MAX_PAGE_BYTES + 1).fill(0x3c))).toMatchObject({ ok: false, reason: expect.stringContaining("too large") });
    expect(Date.now() - t0).toBeLessThan(500);
    const junk = new Uint8Array(4000).map((_, i) => (i % 3 === 0 ? 0xff : 0x81 + (i % 5)));
    expect(decodePage(junk)).toMatchObject({ ok: false });
  });

  it("decodes GB18030 pages", () => {
    const r = decodePage(readFileSync(join(FIXTURES_DIR, "extra/102_huzhou_gbk.txt")));
    expect(r).toMatchObject({ ok: true, encoding: "gb18030" });
    expect(r.ok && r.text).toContain("绿色发展论坛");
  });

  it("handles 5 MB of HTML within a bounded time", () => {
    const para = "<div><p>长三角一体化发展合作不断深化,各地签署协议,推动项目落地见效。</p><a href='#'>链接</a></div>\n";
    const big = new TextEncoder().encode(`<html><body><h1>测试页面标题很长很长</h1>${para.repeat(Math.floor((5 * 1024 * 1024) / para.length))}</body></html>`);
    const t0 = Date.now();
    const r = processPage(big, gaz);
    expect(r.ok).toBe(true);
    expect(Date.now() - t0).toBeLessThan(15_000);
  });
});

describe("near-duplicate detection", () => {
  it("sees the same article with different noise as a near duplicate, and other seeds as different", () => {
    const a = ok(seed("000"));
    const text = new TextDecoder().decode(seed("000")).replace("相关内容", "热门推荐\n某某广告 电话 13912345678\n相关内容") + "\n版权所有 © 另一个网站";
    const b = processText("首页 > 新闻 > 正文\n" + text, gaz);
    expect(b.ok).toBe(true);
    if (b.ok) expect(hamming(a.simhash, b.article.simhash)).toBeLessThanOrEqual(NEAR_DUPLICATE_BITS);
    const edited = a.body.replace("3月3日", "3月4日").replace("电子信息", "集成电路");
    expect(hamming(simhash(a.body), simhash(edited))).toBeLessThanOrEqual(NEAR_DUPLICATE_BITS);
    for (const p of ["001", "002", "003", "004"]) expect(hamming(a.simhash, ok(seed(p)).simhash)).toBeGreaterThan(NEAR_DUPLICATE_BITS * 2);
  });
});
