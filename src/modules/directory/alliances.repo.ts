import { sql, type Insertable, type Updateable } from "kysely";
import type { Db } from "../../platform/db/connect.js";
import type { AlliancesTable } from "./directory.tables.js";
import type { AllianceQuery } from "./directory.schema.js";

const ALLIANCE_COLUMNS = ["a.id", "a.name", "a.short_name", "a.name_en", "a.short_name_en", "a.kind", "a.description", "a.founded_on", "a.created_at", "a.updated_at"] as const;

export async function findAlliance(db: Db, id: number) {
  return db.selectFrom("alliances as a").select(ALLIANCE_COLUMNS).where("a.id", "=", id).executeTakeFirst();
}

export type AllianceRow = NonNullable<Awaited<ReturnType<typeof findAlliance>>>;

export async function findAllianceIdByName(db: Db, name: string, exceptId?: number) {
  let q = db.selectFrom("alliances").select("id").where("name", "=", name);
  if (exceptId) q = q.where("id", "!=", exceptId);
  return (await q.executeTakeFirst())?.id;
}

/** Alliances by name; `region` keeps those with a member at, above or below that region. */
export async function listAlliances(db: Db, f: AllianceQuery) {
  let query = db.selectFrom("alliances as a");
  const q = f.q?.trim();
  if (q) {
    const like = `%${q.replace(/[\\%_]/g, (c) => "\\" + c)}%`;
    query = query.where((eb) => eb.or([eb("a.name", "like", like), eb("a.short_name", "like", like)]));
  }
  if (f.region != null) {
    const region = f.region;
    query = query.where((eb) =>
      eb.exists(
        eb.selectFrom("alliance_regions as ar")
          .innerJoin("regions as m", "m.id", "ar.region_id")
          .innerJoin("regions as t", (j) => j.on("t.id", "=", region))
          .select("ar.alliance_id")
          .whereRef("ar.alliance_id", "=", "a.id")
          .where(sql<boolean>`(m.path = t.path or m.path like t.path || '/%' or t.path like m.path || '/%')`),
      ),
    );
  }
  const total = Number((await query.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow()).n);
  const rows = await query.select(ALLIANCE_COLUMNS).orderBy("a.id").limit(f.limit).offset(f.offset).execute();
  return { total, rows };
}

export async function allAlliances(db: Db) {
  return db.selectFrom("alliances as a").select(ALLIANCE_COLUMNS).orderBy("a.id").execute();
}

export async function memberRegions(db: Db, allianceIds: readonly number[]) {
  if (allianceIds.length === 0) return [];
  return db
    .selectFrom("alliance_regions as ar")
    .innerJoin("regions as r", "r.id", "ar.region_id")
    .select(["ar.alliance_id", "ar.region_id", "ar.rotation_order", "r.name", "r.level", "r.path", "r.lng", "r.lat", "r.code"])
    .where("ar.alliance_id", "in", allianceIds)
    .orderBy(sql`ar.rotation_order nulls last`)
    .orderBy("r.code")
    .execute();
}

export async function organizationCounts(db: Db, allianceIds: readonly number[]): Promise<Map<number, number>> {
  if (allianceIds.length === 0) return new Map();
  const rows = await db
    .selectFrom("alliance_organizations")
    .select(["alliance_id", (eb) => eb.fn.countAll<number>().as("n")])
    .where("alliance_id", "in", allianceIds)
    .groupBy("alliance_id")
    .execute();
  return new Map(rows.map((r) => [r.alliance_id, Number(r.n)]));
}

export async function memberOrganizations(db: Db, allianceId: number) {
  return db
    .selectFrom("alliance_organizations as ao")
    .innerJoin("organizations as o", "o.id", "ao.organization_id")
    .innerJoin("regions as r", "r.id", "o.region_id")
    .select(["ao.organization_id", "ao.role", "o.name", "o.kind", "o.region_id", "r.name as region_name"])
    .where("ao.alliance_id", "=", allianceId)
    .orderBy("o.id")
    .execute();
}

export async function insertAlliance(db: Db, values: Insertable<AlliancesTable>): Promise<number> {
  return (await db.insertInto("alliances").values(values).returning("id").executeTakeFirstOrThrow()).id;
}

export async function updateAlliance(db: Db, id: number, values: Updateable<AlliancesTable>): Promise<void> {
  await db.updateTable("alliances").set({ ...values, updated_at: sql`now()` }).where("id", "=", id).execute();
}

export async function replaceMemberRegions(db: Db, allianceId: number, members: readonly { regionId: number; rotationOrder?: number | null }[]) {
  await db.deleteFrom("alliance_regions").where("alliance_id", "=", allianceId).execute();
  if (members.length === 0) return;
  await db
    .insertInto("alliance_regions")
    .values(members.map((m) => ({ alliance_id: allianceId, region_id: m.regionId, rotation_order: m.rotationOrder ?? null })))
    .execute();
}

export async function replaceMemberOrganizations(db: Db, allianceId: number, members: readonly { organizationId: number; role: string }[]) {
  await db.deleteFrom("alliance_organizations").where("alliance_id", "=", allianceId).execute();
  if (members.length === 0) return;
  await db
    .insertInto("alliance_organizations")
    .values(members.map((m) => ({ alliance_id: allianceId, organization_id: m.organizationId, role: m.role })))
    .execute();
}

export async function existingOrganizationIds(db: Db, ids: readonly number[]): Promise<Set<number>> {
  if (ids.length === 0) return new Set();
  return new Set((await db.selectFrom("organizations").select("id").where("id", "in", ids).execute()).map((r) => r.id));
}

export async function existingRegionIds(db: Db, ids: readonly number[]): Promise<Set<number>> {
  if (ids.length === 0) return new Set();
  return new Set((await db.selectFrom("regions").select("id").where("id", "in", ids).execute()).map((r) => r.id));
}
