import { sql } from "kysely";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createTestDb, describeEachBackend, type TestDatabase } from "../../../test/support/db.js";
import { silentLogger } from "../../platform/bootstrap.js";
import { listAlliances } from "./alliances.service.js";
import { JIAKUNTAI_BASE_YEAR } from "./data/alliances.js";
import { REGION_ROWS } from "./data/regions.js";
import { REGION_NAMES_EN } from "./data/regions-en.js";
import { kindOf } from "./region-rules.js";
import { listIndustries } from "./industries.service.js";
import { getRegion, listRegions, loadGazetteer, regionSubtreeIds, resolveRegionName } from "./regions.service.js";
import { seedDirectory } from "./seed.js";

/** Every place the five seed pages name, as it is written there. */
const NAMED_IN_SEEDS: Record<string, string> = {
  上海市普陀区: "310107", 普陀区: "", 苏州: "320500", 苏州市: "320500", 镇江: "321100", 镇江市: "321100", 上海: "310000", 松江: "310117",
  嘉兴: "330400", 杭州: "330100", 金华: "330700", 湖州: "330500", 宣城: "341800", 芜湖: "340200", 合肥: "340100", 嘉定区: "310114",
  嘉定: "310114", 昆山: "320583", 昆山市: "320583", 太仓: "320585", 太仓市: "320585", 海安: "320685", 海安市: "320685", 嘉善县: "330421",
  嘉善: "330421", 吴江区: "320509", 吴江: "320509", 浙江省嘉兴市嘉善县: "330421", 苏州市吴江区: "320509", 嘉兴市: "330400", 江苏省: "320000",
  安徽省: "340000", 浙江省: "330000", 松江区: "310117",
};

it("names every region in English, its suffix saying what it is", () => {
  const suffix: Record<string, RegExp> = {
    省: /^[A-Z][a-z']+$/, 直辖市: /^[A-Z][a-z']+$/, 地级市: /^[A-Z][a-z']+$/, 县级市: /^[A-Z][a-z']+$/,
    市辖区: /^([A-Z][a-z']+ District|[A-Z][a-z']+ New Area|Suburban District)$/, 县: /^[A-Z][a-z']+ County$/, 自治县: /^[A-Z][a-z']+ She Autonomous County$/,
  };
  const wrong = REGION_ROWS.filter(([code, name]) => !suffix[kindOf(code, name)]?.test(REGION_NAMES_EN[code] ?? "")).map(([code, name]) => `${code} ${name} ${REGION_NAMES_EN[code]}`);
  expect(wrong).toEqual([]);
  expect(Object.keys(REGION_NAMES_EN).sort()).toEqual(REGION_ROWS.map((r) => r[0]).sort());
  // Readings a dictionary gets wrong in place names, and the apostrophe before a, o, e.
  const en = (code: string) => REGION_NAMES_EN[code];
  expect([en("341500"), en("320116"), en("330382"), en("341021"), en("310112"), en("321183"), en("341621"), en("320685")]).toEqual([
    "Lu'an", "Luhe District", "Yueqing", "She County", "Minhang District", "Jurong", "Guoyang County", "Hai'an",
  ]);
});

describeEachBackend("directory regions", (backend) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDb(backend);
  });
  afterAll(async () => t?.close());

  it("holds 41 prefecture-level units (Shanghai counted once) and Shanghai's 16 districts", async () => {
    const prefectureLevel = await t.db
      .selectFrom("regions")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where((eb) => eb.or([eb("level", "=", "prefecture"), eb("kind", "=", "直辖市")]))
      .executeTakeFirstOrThrow();
    expect(Number(prefectureLevel.n)).toBe(41);
    const byProvince = await t.db.selectFrom("regions").select(["code"]).where("level", "=", "prefecture").execute();
    const count = (p: string) => byProvince.filter((r) => r.code.startsWith(p)).length;
    expect([count("32"), count("33"), count("34")]).toEqual([13, 11, 16]);
    const shanghai = await t.db.selectFrom("regions").select("id").where("code", "=", "310000").executeTakeFirstOrThrow();
    const districts = await listRegions(t.db, { parent: shanghai.id, limit: 100, offset: 0 });
    expect(districts.total).toBe(16);
    expect(districts.items.every((d) => d.kind === "市辖区" && d.level === "county")).toBe(true);
    const counties = await t.db.selectFrom("regions").select("code").where("level", "=", "county").execute();
    expect([counties.filter((c) => c.code.startsWith("32")).length, counties.filter((c) => c.code.startsWith("33")).length, counties.filter((c) => c.code.startsWith("34")).length]).toEqual([95, 90, 104]);
  });

  it("resolves every place named in the seeds", async () => {
    for (const [name, code] of Object.entries(NAMED_IN_SEEDS)) {
      const r = await resolveRegionName(t.db, name);
      if (code === "") expect(r.status, name).toBe("ambiguous");
      else {
        expect(r.status, name).toBe("resolved");
        expect(r.candidates[0]!.code, name).toBe(code);
      }
    }
  });

  it("resolves full names, short names, aliases and suffix variants", async () => {
    const taicang = await resolveRegionName(t.db, "太仓");
    expect(taicang).toMatchObject({ status: "resolved", candidates: [{ name: "太仓市", code: "320585", matchedBy: "short_name", fullName: "江苏省苏州市太仓市" }] });
    expect((await resolveRegionName(t.db, "太仓市")).candidates[0]!.matchedBy).toBe("name");
    expect((await resolveRegionName(t.db, "港闸区")).candidates.map((c) => c.name)).toEqual(["崇川区"]);
    expect((await resolveRegionName(t.db, "沪")).candidates.map((c) => c.name)).toEqual(["上海市"]);
    expect((await resolveRegionName(t.db, "苏州市区")).candidates.map((c) => c.code)).toEqual(["320500"]);
    expect((await resolveRegionName(t.db, " 昆山县 ")).candidates.map((c) => c.code)).toEqual(["320583"]);
    // A district and the city of the same short name: the city.
    expect((await resolveRegionName(t.db, "黄山")).candidates.map((c) => c.code)).toEqual(["341000"]);
  });

  it("says 普陀 is ambiguous, and a context picks the one inside it", async () => {
    const r = await resolveRegionName(t.db, "普陀");
    expect(r.status).toBe("ambiguous");
    expect(r.candidates.map((c) => c.fullName)).toEqual(["上海市普陀区", "浙江省舟山市普陀区"]);
    const shanghai = await resolveRegionName(t.db, "普陀", { context: "上海" });
    expect(shanghai).toMatchObject({ status: "resolved", candidates: [{ code: "310107" }] });
    const zhoushan = await resolveRegionName(t.db, "普陀区", { context: "舟山市" });
    expect(zhoushan.candidates.map((c) => c.code)).toEqual(["330903"]);
    expect((await resolveRegionName(t.db, "舟山普陀")).candidates.map((c) => c.code)).toEqual(["330903"]);
    expect((await resolveRegionName(t.db, "鼓楼区")).status).toBe("ambiguous");
  });

  it("says unknown for names that are not regions, with a suggestion for functional zones", async () => {
    const park = await resolveRegionName(t.db, "苏州工业园区");
    expect(park.status).toBe("unknown");
    expect(park.candidates).toEqual([]);
    expect(park.suggestions.map((s) => s.code)).toEqual(["320500"]);
    expect((await resolveRegionName(t.db, "网易体育直播")).status).toBe("unknown");
    expect((await resolveRegionName(t.db, "北京")).status).toBe("unknown");
    expect((await resolveRegionName(t.db, "   ")).status).toBe("unknown");
  });

  it("finds place names in free text with the gazetteer", async () => {
    const gaz = await loadGazetteer(t.db);
    const found = gaz.mentions("3月6日至7日,代表团前往浙江省嘉兴市嘉善县、苏州市吴江区学习考察,沪上阿姨").map((m) => m.text);
    expect(found).toEqual(["浙江省", "嘉兴市", "嘉善县", "苏州市", "吴江区"]);
    expect(gaz.mentions("沪镇两地", { abbreviations: true })[0]!.regionIds).toHaveLength(1);
  });

  it("searches regions by name, alias and similarity, with level and parent filters", async () => {
    const exact = await listRegions(t.db, { q: "太仓", limit: 10, offset: 0 });
    expect(exact.items[0]!.name).toBe("太仓市");
    const putuo = await listRegions(t.db, { q: "普陀", limit: 10, offset: 0 });
    expect(putuo.items.map((r) => r.code).sort()).toEqual(["310107", "330903"]);
    const prefectures = await listRegions(t.db, { level: "prefecture", limit: 500, offset: 0 });
    expect(prefectures.total).toBe(40);
    const suzhou = prefectures.items.find((r) => r.code === "320500")!;
    const detail = await getRegion(t.db, suzhou.id);
    expect(detail.children.map((c) => c.name)).toEqual(["虎丘区", "吴中区", "相城区", "姑苏区", "吴江区", "常熟市", "张家港市", "昆山市", "太仓市"]);
    expect(detail.ancestors.map((a) => a.name)).toEqual(["江苏省"]);
    const subtree = await regionSubtreeIds(t.db, suzhou.id);
    expect(subtree).toHaveLength(10);
    expect(subtree).toContain(suzhou.id);
  });

  it("seeds the three alliances with their members and the 嘉昆太 rotation", async () => {
    const { items } = await listAlliances(t.db, { limit: 50, offset: 0 });
    const byName = new Map(items.map((a) => [a.name, a]));
    expect(byName.get("长三角G60科创走廊")!.regions.map((r) => r.name).sort()).toEqual(
      ["松江区", "嘉兴市", "杭州市", "金华市", "苏州市", "湖州市", "宣城市", "芜湖市", "合肥市"].sort(),
    );
    const jkt = byName.get("嘉昆太协同创新核心圈")!;
    expect(jkt.regions.map((r) => [r.rotationOrder, r.name])).toEqual([[1, "嘉定区"], [2, "昆山市"], [3, "太仓市"]]);
    // The consult module's rule: host = members[(year - base) mod n] → 2024 is 太仓's year.
    const host = (year: number) => jkt.regions[(((year - JIAKUNTAI_BASE_YEAR) % 3) + 3) % 3]!.name;
    expect(host(2024)).toBe("太仓市");
    const belt = byName.get("沿沪宁产业创新带")!;
    expect(belt.regions.map((r) => r.fullName)).toEqual(expect.arrayContaining(["上海市普陀区", "江苏省苏州市", "江苏省镇江市"]));
  });

  it("re-seeds idempotently and keeps an admin's edits to seeded alliances", async () => {
    const jkt = await t.db.selectFrom("alliances").select("id").where("name", "=", "嘉昆太协同创新核心圈").executeTakeFirstOrThrow();
    await t.db.deleteFrom("alliance_regions").where("alliance_id", "=", jkt.id).where("rotation_order", "=", 3).execute();
    const before = await t.db.selectFrom("regions").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
    await seedDirectory(t.db, silentLogger);
    const after = await t.db.selectFrom("regions").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
    const members = await t.db.selectFrom("alliance_regions").select("region_id").where("alliance_id", "=", jkt.id).execute();
    expect(members).toHaveLength(2);
  });

  it("rewrites only the reference rows that differ from the data files", async () => {
    const versions = async (table: "regions" | "industries" | "industry_segments" | "alliances") =>
      new Map((await sql<{ id: number; v: string }>`select id, xmin::text as v from ${sql.table(table)}`.execute(t.db)).rows.map((r) => [r.id, r.v]));
    const ai = await t.db.selectFrom("industries").select("id").where("code", "=", "ai").executeTakeFirstOrThrow();
    const suzhou = await t.db.selectFrom("regions").select("id").where("code", "=", "320500").executeTakeFirstOrThrow();
    await t.db.updateTable("industries").set({ name_en: "changed by hand" }).where("id", "=", ai.id).execute();
    await t.db.updateTable("regions").set({ lng: 0 }).where("id", "=", suzhou.id).execute();
    const before = { regions: await versions("regions"), industries: await versions("industries"), segments: await versions("industry_segments"), alliances: await versions("alliances") };
    await seedDirectory(t.db, silentLogger);
    const after = { regions: await versions("regions"), industries: await versions("industries"), segments: await versions("industry_segments"), alliances: await versions("alliances") };
    const rewritten = (a: Map<number, string>, b: Map<number, string>) => [...a].filter(([id, v]) => b.get(id) !== v).map(([id]) => id);
    expect(rewritten(before.regions, after.regions)).toEqual([suzhou.id]);
    expect(rewritten(before.industries, after.industries)).toEqual([ai.id]);
    expect(rewritten(before.segments, after.segments)).toEqual([]);
    expect(rewritten(before.alliances, after.alliances)).toEqual([]);
    const restored = await t.db.selectFrom("industries").select("name_en").where("id", "=", ai.id).executeTakeFirstOrThrow();
    expect(restored.name_en).not.toBe("changed by hand");
    const place = await t.db.selectFrom("regions").select("lng").where("id", "=", suzhou.id).executeTakeFirstOrThrow();
    expect(Number(place.lng)).not.toBe(0);
  });

  it("lists industries with upstream, midstream and downstream segments", async () => {
    const industries = await listIndustries(t.db);
    const names = industries.map((i) => i.name);
    for (const n of ["电子信息", "集成电路", "生物医药", "先进材料", "高端装备", "新能源汽车", "人工智能", "低空经济", "航空航天", "新能源"]) expect(names).toContain(n);
    for (const i of industries) expect(new Set(i.segments.map((s) => s.stage))).toEqual(new Set(["upstream", "midstream", "downstream"]));
    expect(industries.find((i) => i.code === "ic")!.segments.map((s) => s.code)).toContain("ic.design");
  });
});
