import { sql } from "kysely";
import type { Db } from "../../platform/db/connect.js";
import type { Actor } from "../../platform/auth.js";

const REGIONS: [string, string, string, "province" | "prefecture" | "county", string][] = [
  ["310000", "上海市", "上海", "province", "310000"],
  ["310107", "普陀区", "普陀", "county", "310000/310107"],
  ["310114", "嘉定区", "嘉定", "county", "310000/310114"],
  ["320000", "江苏省", "江苏", "province", "320000"],
  ["320500", "苏州市", "苏州", "prefecture", "320000/320500"],
  ["320585", "太仓市", "太仓", "county", "320000/320500/320585"],
  ["320583", "昆山市", "昆山", "county", "320000/320500/320583"],
  ["321100", "镇江市", "镇江", "prefecture", "320000/321100"],
  ["321181", "丹阳市", "丹阳", "county", "320000/321100/321181"],
  ["330000", "浙江省", "浙江", "province", "330000"],
  ["330100", "杭州市", "杭州", "prefecture", "330000/330100"],
];

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
  for (const [code, name, short, level, path] of REGIONS) {
    const parentCode = path.includes("/") ? path.split("/").slice(-2, -1)[0] : null;
    await sql`insert into regions (code, name, short_name, level, kind, parent_id, path, aliases)
      values (${code}, ${name}, ${short}, ${level}, ${level}, (select id from regions where code = ${parentCode}), ${path}, ${`{${name},${short}}`}::text[])
      on conflict do nothing`.execute(db);
  }
  const rows = await db.selectFrom("regions").select(["id", "code"]).where("code", "in", REGIONS.map((r) => r[0])).execute();
  const region = Object.fromEntries(rows.map((r) => [r.code, r.id]));
  for (const [code, name, en] of [["ldg-ei", "电子信息", "Electronics"], ["ldg-bio", "生物医药", "Biomedicine"], ["ldg-eq", "高端装备", "High-end equipment"]]) {
    await sql`insert into industries (code, name, name_en) values (${code}, ${name}, ${en}) on conflict do nothing`.execute(db);
  }
  const ind = new Map((await db.selectFrom("industries").select(["id", "name"]).where("name", "in", ["电子信息", "生物医药", "高端装备"]).execute()).map((i) => [i.name, i.id]));
  const suffix = Math.random().toString(36).slice(2, 8);
  const org = async (name: string, code: string) =>
    (await db.insertInto("organizations").values({ name: `${name}${suffix}`, kind: "enterprise", region_id: region[code] }).returning("id").executeTakeFirstOrThrow()).id;
  const alliance = (await db.insertInto("alliances").values({ name: `测试产业创新带${suffix}`, short_name: "测试带", kind: "belt" }).returning("id").executeTakeFirstOrThrow()).id;
  await db.insertInto("alliance_regions").values([
    { alliance_id: alliance, region_id: region["310107"], rotation_order: 1 },
    { alliance_id: alliance, region_id: region["320500"], rotation_order: 2 },
    { alliance_id: alliance, region_id: region["321100"], rotation_order: 3 },
  ]).execute();
  return {
    region,
    industry: { electronics: ind.get("电子信息")!, biomed: ind.get("生物医药")!, equipment: ind.get("高端装备")! },
    org: { danyang: await org("丹阳测试精密机械有限公司", "321181"), putuo: await org("上海测试生物科技有限公司", "310107"), hangzhou: await org("杭州测试电子有限公司", "330100") },
    alliance,
    admin: { userId: 0, email: "admin@test.jishi", name: "管理员", grants: [{ role: "platform_admin" }] },
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
