/**
 * Directory rows that module test fixtures build on (regions, industries, organisations,
 * alliances). Inserted with ON CONFLICT DO NOTHING and read back by code/name, so tests pass
 * whether or not the directory seed has run.
 */
import { sql } from "kysely";
import type { Actor } from "../../src/platform/auth.js";
import type { Db } from "../../src/platform/db/connect.js";
import type { AllianceKind, OrganizationKind } from "../../src/modules/directory/directory.tables.js";

type Level = "province" | "prefecture" | "county";

/** code, name, short name, level, path of codes. */
const REGIONS: [string, string, string, Level, string][] = [
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

/** A platform admin that is no stored user: for service calls that need an actor. */
export const testAdmin: Actor = { userId: 0, email: "admin@test.jishi", name: "管理员", grants: [{ role: "platform_admin" }] };

/** A few regions of the Delta (Shanghai, Suzhou, Zhenjiang, Hangzhou and below); returns code → id. */
export async function fixtureRegions(db: Db): Promise<Record<string, number>> {
  for (const [code, name, short, level, path] of REGIONS) {
    const parentCode = path.includes("/") ? path.split("/").slice(-2, -1)[0] : null;
    await sql`insert into regions (code, name, short_name, level, kind, parent_id, path, aliases)
      values (${code}, ${name}, ${short}, ${level}, ${level}, (select id from regions where code = ${parentCode}), ${path}, ${`{${name},${short}}`}::text[])
      on conflict do nothing`.execute(db);
  }
  const rows = await db.selectFrom("regions").select(["id", "code"]).where("code", "in", REGIONS.map((r) => r[0])).execute();
  return Object.fromEntries(rows.map((r) => [r.code, r.id]));
}

/** Industries as [code, name, English name]; returns name → id (the seed's own codes may differ). */
export async function fixtureIndustries(db: Db, industries: [code: string, name: string, en: string][]): Promise<Map<string, number>> {
  for (const [code, name, en] of industries)
    await sql`insert into industries (code, name, name_en) values (${code}, ${name}, ${en}) on conflict do nothing`.execute(db);
  const rows = await db.selectFrom("industries").select(["id", "name"]).where("name", "in", industries.map((i) => i[1])).execute();
  return new Map(rows.map((i) => [i.name, i.id]));
}

export async function fixtureOrganization(db: Db, name: string, regionId: number, kind: OrganizationKind = "enterprise"): Promise<number> {
  return (await db.insertInto("organizations").values({ name, kind, region_id: regionId }).returning("id").executeTakeFirstOrThrow()).id;
}

/** An alliance whose regions rotate in the given order, with optional member organisations. */
export async function fixtureAlliance(
  db: Db,
  a: { name: string; shortName: string; kind: AllianceKind; regionIds: number[]; memberIds?: number[] },
): Promise<number> {
  const id = (await db.insertInto("alliances").values({ name: a.name, short_name: a.shortName, kind: a.kind }).returning("id").executeTakeFirstOrThrow()).id;
  await db.insertInto("alliance_regions").values(a.regionIds.map((region_id, i) => ({ alliance_id: id, region_id, rotation_order: i + 1 }))).execute();
  if (a.memberIds?.length) await db.insertInto("alliance_organizations").values(a.memberIds.map((organization_id) => ({ alliance_id: id, organization_id }))).execute();
  return id;
}
