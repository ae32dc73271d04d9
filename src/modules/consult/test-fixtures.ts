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
];

export interface ConsultFixture {
  region: Record<string, number>;
  alliance: number;
  org: { jiading: number };
  admin: Actor;
}

/** Regions, an alliance shaped like 嘉昆太 and an organisation; tolerant of the directory seed having run. */
export async function consultFixture(db: Db): Promise<ConsultFixture> {
  for (const [code, name, short, level, path] of REGIONS) {
    const parentCode = path.includes("/") ? path.split("/").slice(-2, -1)[0] : null;
    await sql`insert into regions (code, name, short_name, level, kind, parent_id, path, aliases)
      values (${code}, ${name}, ${short}, ${level}, ${level}, (select id from regions where code = ${parentCode}), ${path}, ${`{${name},${short}}`}::text[])
      on conflict do nothing`.execute(db);
  }
  const rows = await db.selectFrom("regions").select(["id", "code"]).where("code", "in", REGIONS.map((r) => r[0])).execute();
  const region = Object.fromEntries(rows.map((r) => [r.code, r.id]));
  const name = `测试协同创新核心圈${Math.random().toString(36).slice(2, 8)}`;
  const alliance = (await db.insertInto("alliances").values({ name, short_name: "测试圈", kind: "circle" }).returning("id").executeTakeFirstOrThrow()).id;
  await db.insertInto("alliance_regions").values([
    { alliance_id: alliance, region_id: region["310114"]!, rotation_order: 1 },
    { alliance_id: alliance, region_id: region["320583"]!, rotation_order: 2 },
    { alliance_id: alliance, region_id: region["320585"]!, rotation_order: 3 },
  ]).execute();
  const jiading = (await db.insertInto("organizations").values({ name: `嘉定区科学技术委员会${name}`, kind: "government", region_id: region["310114"]! }).returning("id").executeTakeFirstOrThrow()).id;
  const admin: Actor = { userId: 0, email: "admin@test.jishi", name: "管理员", grants: [{ role: "platform_admin" }] };
  return { region, alliance, org: { jiading }, admin };
}
