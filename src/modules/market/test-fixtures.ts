import { sql } from "kysely";
import type { Db } from "../../platform/db/connect.js";
import { fixtureAlliance, fixtureIndustries, fixtureOrganization, fixtureRegions } from "../../../test/support/directory-fixtures.js";

export interface MarketFixture {
  region: Record<string, number>;
  industry: { electronics: number; biomed: number };
  segment: { chip: number };
  org: { owner: number; other: number; directed: number; allianceMember: number };
  alliance: number;
}

/** Reference rows the market tests need; tolerant of the directory seed having run (rows are read back by code/name). */
export async function marketFixture(db: Db): Promise<MarketFixture> {
  const region = await fixtureRegions(db);
  const ind = await fixtureIndustries(db, [["ei", "电子信息", "Electronic information"], ["biomed", "生物医药", "Biomedicine"]]);
  const electronics = ind.get("电子信息")!;
  const biomed = ind.get("生物医药")!;
  await sql`insert into industry_segments (industry_id, code, stage, name, name_en) values (${electronics}, 'ei.test-chip', 'upstream', '芯片设计', 'Chip design') on conflict do nothing`.execute(db);
  const chip = (await db.selectFrom("industry_segments").select("id").where("code", "=", "ei.test-chip").executeTakeFirstOrThrow()).id;

  const owner = await fixtureOrganization(db, "苏州示范智能制造有限公司", region["320500"]);
  const other = await fixtureOrganization(db, "杭州其他科技有限公司", region["330100"]);
  const directed = await fixtureOrganization(db, "上海定向材料有限公司", region["310107"]);
  const allianceMember = await fixtureOrganization(db, "镇江联盟成员股份有限公司", region["321100"]);
  const alliance = await fixtureAlliance(db, {
    name: "测试协同创新联盟", shortName: "测试联盟", kind: "alliance", regionIds: [region["320500"], region["310107"]], memberIds: [allianceMember],
  });
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
