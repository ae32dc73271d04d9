import { sql } from "kysely";
import type { Db } from "../../platform/db/connect.js";

/**
 * Reference rows the market tests need. Inserted with ON CONFLICT DO NOTHING and read
 * back by code/name, so the tests pass whether or not the directory seed has run.
 */
const REGIONS: [string, string, string, "province" | "prefecture" | "county", string][] = [
  ["310000", "上海市", "上海", "province", "310000"],
  ["310107", "普陀区", "普陀", "county", "310000/310107"],
  ["310114", "嘉定区", "嘉定", "county", "310000/310114"],
  ["320000", "江苏省", "江苏", "province", "320000"],
  ["320500", "苏州市", "苏州", "prefecture", "320000/320500"],
  ["320585", "太仓市", "太仓", "county", "320000/320500/320585"],
  ["320583", "昆山市", "昆山", "county", "320000/320500/320583"],
  ["321100", "镇江市", "镇江", "prefecture", "320000/321100"],
  ["330000", "浙江省", "浙江", "province", "330000"],
  ["330100", "杭州市", "杭州", "prefecture", "330000/330100"],
];

export interface MarketFixture {
  region: Record<string, number>;
  industry: { electronics: number; biomed: number };
  segment: { chip: number };
  org: { owner: number; other: number; directed: number; allianceMember: number };
  alliance: number;
}

export async function marketFixture(db: Db): Promise<MarketFixture> {
  for (const [code, name, short, level, path] of REGIONS) {
    const parentCode = path.includes("/") ? path.split("/").slice(-2, -1)[0] : null;
    await sql`insert into regions (code, name, short_name, level, kind, parent_id, path, aliases)
      values (${code}, ${name}, ${short}, ${level}, ${level}, (select id from regions where code = ${parentCode}), ${path}, ${`{${name},${short}}`}::text[])
      on conflict do nothing`.execute(db);
  }
  const regions = await db.selectFrom("regions").select(["id", "code"]).where("code", "in", REGIONS.map((r) => r[0])).execute();
  const region = Object.fromEntries(regions.map((r) => [r.code, r.id]));

  for (const [code, name, en] of [["ei", "电子信息", "Electronic information"], ["biomed", "生物医药", "Biomedicine"]])
    await sql`insert into industries (code, name, name_en) values (${code}, ${name}, ${en}) on conflict do nothing`.execute(db);
  const ind = await db.selectFrom("industries").select(["id", "name"]).where("name", "in", ["电子信息", "生物医药"]).execute();
  const electronics = ind.find((i) => i.name === "电子信息")!.id;
  const biomed = ind.find((i) => i.name === "生物医药")!.id;
  await sql`insert into industry_segments (industry_id, code, stage, name, name_en) values (${electronics}, 'ei.test-chip', 'upstream', '芯片设计', 'Chip design') on conflict do nothing`.execute(db);
  const chip = (await db.selectFrom("industry_segments").select("id").where("code", "=", "ei.test-chip").executeTakeFirstOrThrow()).id;

  const org = async (name: string, regionCode: string) =>
    (await db.insertInto("organizations").values({ name, kind: "enterprise", region_id: region[regionCode] }).returning("id").executeTakeFirstOrThrow()).id;
  const owner = await org("苏州示范智能制造有限公司", "320500");
  const other = await org("杭州其他科技有限公司", "330100");
  const directed = await org("上海定向材料有限公司", "310107");
  const allianceMember = await org("镇江联盟成员股份有限公司", "321100");
  const alliance = (await db.insertInto("alliances").values({ name: "测试协同创新联盟", short_name: "测试联盟", kind: "alliance" }).returning("id").executeTakeFirstOrThrow()).id;
  await db.insertInto("alliance_regions").values([
    { alliance_id: alliance, region_id: region["320500"], rotation_order: 1 },
    { alliance_id: alliance, region_id: region["310107"], rotation_order: 2 },
  ]).execute();
  await db.insertInto("alliance_organizations").values({ alliance_id: alliance, organization_id: allianceMember }).execute();
  return { region, industry: { electronics, biomed }, segment: { chip }, org: { owner, other, directed, allianceMember }, alliance };
}

/** A valid listing body per kind, for tests to vary one field at a time. */
export function sampleListing(f: MarketFixture, kind: string, over: Record<string, unknown> = {}): Record<string, unknown> {
  const base = {
    kind,
    title: "测试信息",
    summary: "",
    body: "",
    organizationId: f.org.owner,
    regionIds: [f.region["320585"]],
    industryIds: [f.industry.electronics],
    contact: { name: "王经理", phone: "0512-53961234", email: "wang@example.cn" },
  };
  const attrs: Record<string, unknown> = {
    tech_offer: { trl: 6, ipStatus: "patent_granted", cooperationModes: ["licence", "transfer"], priceYuan: 2_000_000 },
    tech_need: { problem: "需要提升5G基站功放效率", budgetMinYuan: 500_000, budgetMaxYuan: 1_000_000, deadline: "2099-06-30" },
    challenge: { rewardYuan: 5_000_000, deadline: "2099-12-31", requirements: ["具备车规级芯片设计能力"] },
    space: { spaceKind: "factory", areaSqm: 2000, rent: { yuan: 0.9, per: "sqm_day" }, floorLoadKgPerSqm: 1500, clearHeightM: 8, landUse: "industrial", address: "太仓市陆渡镇" },
    investment: { amountWan: 300_000, targetRegionIds: [f.region["321100"]], stage: "seeking_partner" },
    procurement: { items: [{ name: "工业机器人", quantity: 10, unit: "台", budgetYuan: 3_000_000 }, { name: "AGV小车", quantity: 20, unit: "台" }], deadline: "2099-09-30", joinable: true },
    service: { category: "testing", priceYuan: 20_000 },
    finance: { financeType: "equity", amountMinYuan: 10_000_000, amountMaxYuan: 50_000_000, termMonths: 36 },
  };
  return { ...base, attrs: attrs[kind], ...over };
}
