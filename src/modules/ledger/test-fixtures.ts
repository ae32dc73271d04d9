import type { Db } from "../../platform/db/connect.js";
import type { Actor } from "../../platform/auth.js";
import { fixtureAlliance, fixtureIndustries, fixtureOrganization, fixtureRegions, testAdmin } from "../../../test/support/directory-fixtures.js";

export interface LedgerFixture {
  region: Record<string, number>;
  industry: { electronics: number; biomed: number; equipment: number };
  org: { danyang: number; putuo: number; hangzhou: number };
  alliance: number;
  admin: Actor;
}

/**
 * Regions, industries, an alliance shaped like 沿沪宁 (普陀区, 苏州市, 镇江市) and three
 * organisations. Tolerant of the directory seed having run: rows are matched by code/name.
 */
export async function ledgerFixture(db: Db): Promise<LedgerFixture> {
  const region = await fixtureRegions(db);
  const ind = await fixtureIndustries(db, [["ldg-ei", "电子信息", "Electronics"], ["ldg-bio", "生物医药", "Biomedicine"], ["ldg-eq", "高端装备", "High-end equipment"]]);
  const suffix = Math.random().toString(36).slice(2, 8);
  const org = (name: string, code: string) => fixtureOrganization(db, `${name}${suffix}`, region[code]);
  const alliance = await fixtureAlliance(db, { name: `测试产业创新带${suffix}`, shortName: "测试带", kind: "belt", regionIds: [region["310107"], region["320500"], region["321100"]] });
  return {
    region,
    industry: { electronics: ind.get("电子信息")!, biomed: ind.get("生物医药")!, equipment: ind.get("高端装备")! },
    org: { danyang: await org("丹阳测试精密机械有限公司", "321181"), putuo: await org("上海测试生物科技有限公司", "310107"), hangzhou: await org("杭州测试电子有限公司", "330100") },
    alliance,
    admin: testAdmin,
  };
}

/**
 * Seed 002's ceremony: 29 projects totalling exactly 304亿 — 6 below 1亿, 11 in 1–10亿,
 * 7 in 10–30亿, 5 at or above 30亿. Amounts in 亿.
 */
export const SEED002_AMOUNTS_YI = [
  0.3, 0.5, 0.5, 0.6, 0.8, 0.3, // 3.0
  1, 2, 3, 5, 8, 6, 5, 3, 2, 1.5, 1.5, // 38
  10, 12, 15, 18, 20, 13, 15, // 103
  30, 30, 30, 30, 40, // 160
];
