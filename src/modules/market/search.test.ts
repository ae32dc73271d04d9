import { afterAll, beforeAll, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/support/app.js";
import { describeEachBackend } from "../../../test/support/db.js";
import { createListingBody } from "./listing.schema.js";
import { insertValidated } from "./listings.service.js";
import { namesByIds } from "./listings.repo.js";
import { marketFixture, sampleListing, type MarketFixture } from "./test-fixtures.js";

describeEachBackend("market search", (backend) => {
  let t: TestApp;
  let f: MarketFixture;
  const id: Record<string, number> = {};

  beforeAll(async () => {
    t = await createTestApp(backend);
    f = await marketFixture(t.database.db);
    const put = async (name: string, kind: string, over: Record<string, unknown>) => {
      const input = createListingBody.parse(sampleListing(f, kind, over));
      id[name] = await t.database.db.transaction().execute((trx) => insertValidated(trx, null, input, "published"));
    };
    await put("gmp", "space", {
      title: "太仓GMP标准厂房出租",
      summary: "生物医药GMP洁净厂房,独门独院",
      body: "GMP厂房2000平方米,层高8米,承重1.5吨/㎡,近沪太路",
      industryIds: [f.industry.biomed],
    });
    await put("need5g", "tech_need", {
      title: "5G 基站功放芯片国产化需求",
      summary: "寻求基站射频功放芯片联合开发伙伴",
      regionIds: [f.region["320583"]],
      segmentIds: [f.segment.chip],
    });
    await put("mmwave", "tech_offer", { title: "5G 毫米波天线技术", summary: "毫米波阵列天线,已授权专利", regionIds: [f.region["310107"]] });
    await put("mmbody", "tech_offer", { title: "射频测试服务平台", summary: "", body: "可测试毫米波器件", regionIds: [f.region["310107"]] });
    await put("chip", "challenge", { title: "车规级芯片揭榜挂帅", regionIds: [f.region["321100"]] });
    await put("lab", "space", {
      title: "嘉定研发楼出租",
      regionIds: [f.region["310114"]],
      attrs: { spaceKind: "office", areaSqm: 800, rent: { yuan: 3, per: "sqm_day" }, landUse: "rnd", address: "嘉定区安亭镇" },
    });
    await put("robots", "procurement", { title: "工业机器人联合采购", regionIds: [f.region["330100"]] });
    for (let i = 1; i <= 25; i++) await put(`filler${i}`, "service", { title: `协同创新服务样例${i}`, regionIds: [f.region["330100"]], industryIds: [] });
  });
  afterAll(() => t.close());

  const search = async (params: Record<string, string | number>) => {
    const r = await t.app.inject({ method: "GET", url: `/api/listings/search?${new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)]))}` });
    return r;
  };
  const ids = async (params: Record<string, string | number>) => {
    const r = await search(params);
    expect(r.statusCode, r.body).toBe(200);
    return r.json().items.map((i: { id: number }) => i.id) as number[];
  };

  it("finds Chinese and mixed Chinese/English/number queries", async () => {
    expect(await ids({ q: "厂房" })).toEqual([id.gmp]);
    expect(await ids({ q: "5G 基站" })).toEqual([id.need5g]);
    expect(new Set(await ids({ q: "5G" }))).toEqual(new Set([id.need5g, id.mmwave]));
    expect(await ids({ q: "GMP 厂房 2000平方米" })).toEqual([id.gmp]);
    expect(await ids({ q: "苏州示范智能制造", limit: 100 })).toContain(id.gmp); // organisation name is indexed
    expect(await ids({ q: "量子计算" })).toEqual([]);
  });

  it("shows each result as the listing is stored", async () => {
    const r = await search({ q: "嘉定研发楼" });
    const row = await t.database.db.selectFrom("listings").selectAll().where("id", "=", id.lab).executeTakeFirstOrThrow();
    const { highlight: _h, rank: _r, ...item } = r.json().items[0];
    expect(item).toEqual({
      id: id.lab, kind: "space", kindLabel: "厂房土地", status: "published", title: "嘉定研发楼出租", summary: row.summary,
      organization: { id: f.org.owner, name: "苏州示范智能制造有限公司" },
      regions: [{ id: f.region["310114"], name: "嘉定区" }], industries: [{ id: f.industry.electronics, name: "电子信息" }],
      amountYuan: row.amount_yuan, areaSqm: 800, priceYuan: 90, validUntil: row.valid_until, visibility: "public",
      publishedAt: new Date(row.published_at!).toISOString(),
    });
  });

  it("ranks a title match above a body match", async () => {
    expect(await ids({ q: "毫米波" })).toEqual([id.mmwave, id.mmbody]);
  });

  it("filters by kind, region subtree, alliance, industry, segment and ranges", async () => {
    expect(await ids({ kind: "challenge" })).toEqual([id.chip]);
    expect(new Set(await ids({ region: f.region["320500"] }))).toEqual(new Set([id.gmp, id.need5g]));
    expect(new Set(await ids({ region: f.region["310000"] }))).toEqual(new Set([id.mmwave, id.mmbody, id.lab]));
    expect(new Set(await ids({ alliance: f.alliance }))).toEqual(new Set([id.gmp, id.need5g, id.mmwave, id.mmbody]));
    expect(await ids({ industry: f.industry.biomed })).toEqual([id.gmp]);
    expect(await ids({ segment: f.segment.chip })).toEqual([id.need5g]);
    expect(await ids({ kind: "space", areaMin: 1000 })).toEqual([id.gmp]);
    expect(await ids({ kind: "space", priceMax: 30 })).toEqual([id.gmp]);
    expect(await ids({ kind: "space", priceMin: 50, priceMax: 100 })).toEqual([id.lab]);
    expect(await ids({ amountMin: 4_000_000, amountMax: 6_000_000 })).toEqual([id.chip]);
  });

  it("counts facets that agree with the filtered totals", async () => {
    const all = (await search({ limit: 1 })).json();
    expect(all.total).toBe(32);
    expect(all.facets.kind).toContainEqual({ value: "service", label: "服务", count: 25 });
    for (const facet of ["kind", "region", "industry"] as const) {
      for (const v of all.facets[facet]) {
        const key = facet === "kind" ? "kind" : facet;
        const r = (await search({ [key]: v.value, limit: 1 })).json();
        expect(r.total, `${facet}=${v.label}`).toBe(v.count);
      }
    }
    expect(all.facets.region.map((r: { label: string }) => r.label)).toEqual(expect.arrayContaining(["苏州市", "上海市", "杭州市", "镇江市"]));
    const q = (await search({ q: "5G", limit: 1 })).json();
    expect(q.facets.kind).toHaveLength(2);
    expect(q.facets.kind).toEqual(expect.arrayContaining([{ value: "tech_need", label: "技术需求", count: 1 }, { value: "tech_offer", label: "技术成果", count: 1 }]));
  });

  it("highlights matched words, HTML-escaped", async () => {
    const r = (await search({ q: "GMP 厂房" })).json();
    expect(r.items[0].highlight.title).toBe("太仓<mark>GMP</mark>标准<mark>厂房</mark>出租");
    expect(r.items[0].highlight.summary).toContain("<mark>GMP</mark>洁净<mark>厂房</mark>");
    // Without a summary the snippet comes from the body; the organisation and regions carry names.
    const body = (await search({ q: "毫米波 测试" })).json().items;
    expect(body.map((i: { id: number }) => i.id)).toEqual([id.mmbody]);
    expect(body[0]).toMatchObject({ summary: "", organization: { name: expect.stringMatching(/\S/) }, regions: [{ id: f.region["310107"], name: expect.stringMatching(/\S/) }] });
    expect(body[0].highlight.summary).toBe("可<mark>测试</mark><mark>毫米波</mark>器件");
  });

  it("remembers region names for a minute: a new id is looked up at once, a rename shows after the minute", async () => {
    const db = t.database.db;
    const id = f.region["310114"];
    const now = Date.now() + 3_600_000; // a fresh minute, whatever earlier searches remembered
    const name = (at: number) => namesByIds(db, [id], [f.industry.biomed], at);
    const before = await name(now);
    expect(before.regionName.get(id)).toBe("嘉定区");
    expect(before.industryName.get(f.industry.biomed)).toMatch(/\S/);
    await db.updateTable("regions").set({ name: "嘉定区(更名测试)" }).where("id", "=", id).execute();
    try {
      expect((await name(now + 30_000)).regionName.get(id)).toBe("嘉定区");
      expect((await name(now + 61_000)).regionName.get(id)).toBe("嘉定区(更名测试)");
    } finally {
      await db.updateTable("regions").set({ name: "嘉定区" }).where("id", "=", id).execute();
    }
  });

  it("paginates without overlap", async () => {
    const pages = [await ids({ q: "协同创新", limit: 10, offset: 0 }), await ids({ q: "协同创新", limit: 10, offset: 10 }), await ids({ q: "协同创新", limit: 10, offset: 20 })];
    expect(pages.map((p) => p.length)).toEqual([10, 10, 5]);
    expect(new Set(pages.flat()).size).toBe(25);
    expect((await search({ q: "协同创新", limit: 10 })).json().total).toBe(25);
  });

  it("answers a punctuation-only query with an empty result, and bad filters with 400", async () => {
    const p = await search({ q: "!!!?？。,,、" });
    expect(p.statusCode).toBe(200);
    expect(p.json()).toMatchObject({ total: 0, items: [] });
    const u = await search({ q: "厂房", colour: "red" });
    expect(u.statusCode).toBe(400);
    expect(u.json().error).toMatchObject({ code: "VALIDATION_FAILED", fields: { colour: expect.any(String) } });
    expect((await search({ kind: "rumour" })).json().error.fields).toHaveProperty("kind");
    expect((await search({ amountMin: 10, amountMax: 1 })).json().error.fields).toHaveProperty("amountMin");
    expect((await search({ limit: 0 })).statusCode).toBe(400);
    expect((await search({ region: 999999 })).json().error.code).toBe("UNKNOWN_REGION");
    expect((await search({ q: "' & | ! : * ( ) <script>" })).statusCode).toBe(200);
  });

  it("lists one organisation's listings, with or without words, and names an unknown one", async () => {
    const input = createListingBody.parse(sampleListing(f, "tech_offer", { organizationId: f.org.other, title: "杭州毫米波雷达算法转让", summary: "车载毫米波雷达信号处理算法" }));
    const theirs = await t.database.db.transaction().execute((trx) => insertValidated(trx, null, input, "published"));
    expect(await ids({ organization: f.org.other })).toEqual([theirs]);
    expect(await ids({ organization: f.org.other, q: "毫米波" })).toEqual([theirs]);
    expect(new Set(await ids({ q: "毫米波" }))).toEqual(new Set([id.mmwave, id.mmbody, theirs]));
    const own = (await search({ organization: f.org.owner, limit: 1 })).json();
    expect(own.total).toBe(32);
    expect(own.facets.kind).toContainEqual({ value: "service", label: "服务", count: 25 });
    expect(await ids({ organization: f.org.owner, q: "雷达" })).toEqual([]);
    // Nothing matched and the organisation exists: an empty answer; it does not exist: the field says so.
    expect((await search({ organization: f.org.directed })).json()).toMatchObject({ total: 0, items: [] });
    const unknown = await search({ organization: 999999 });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error).toMatchObject({ code: "UNKNOWN_REFERENCE", fields: { organization: expect.stringContaining("unknown organisation") } });
  });
});

