import { sql, type Insertable, type Updateable } from "kysely";
import type { Db } from "../../platform/db/connect.js";
import { AppError } from "../../platform/errors.js";
import type { OrganizationsTable } from "./directory.tables.js";
import type { OrganizationQuery } from "./directory.schema.js";

const ORG_COLUMNS = [
  "o.id", "o.name", "o.name_en", "o.kind", "o.region_id", "o.credit_code", "o.description", "o.website", "o.contact_name", "o.contact_phone",
  "o.contact_email", "o.created_by", "o.created_at", "o.updated_at", "r.name as region_name", "r.path as region_path", "r.level as region_level",
] as const;

function withRegion(db: Db) {
  return db.selectFrom("organizations as o").innerJoin("regions as r", "r.id", "o.region_id");
}

export async function findOrganization(db: Db, id: number) {
  return withRegion(db).select(ORG_COLUMNS).where("o.id", "=", id).executeTakeFirst();
}

/**
 * Refuses a filter naming an organisation that does not exist (a list filtered by it would only
 * look empty): the marketplace's search and the ledger's lists and exports, field `organization`.
 */
export async function assertOrganizationFilter(db: Db, id: number): Promise<void> {
  if (!(await organizationExists(db, id)))
    throw new AppError("UNKNOWN_REFERENCE", `机构 ${id} 不存在 (unknown organisation)`, { organization: "机构不存在 (unknown organisation)" });
}

export async function organizationExists(db: Db, id: number): Promise<boolean> {
  return !!(await db.selectFrom("organizations").select("id").where("id", "=", id).executeTakeFirst());
}

export type OrganizationRow = NonNullable<Awaited<ReturnType<typeof findOrganization>>>;

export async function findIdByName(db: Db, name: string, exceptId?: number) {
  let q = db.selectFrom("organizations").select("id").where("name", "=", name);
  if (exceptId) q = q.where("id", "!=", exceptId);
  return (await q.executeTakeFirst())?.id;
}

export async function findIdByCreditCode(db: Db, code: string, exceptId?: number) {
  let q = db.selectFrom("organizations").select("id").where("credit_code", "=", code);
  if (exceptId) q = q.where("id", "!=", exceptId);
  return (await q.executeTakeFirst())?.id;
}

export async function insertOrganization(db: Db, values: Insertable<OrganizationsTable>): Promise<number> {
  return (await db.insertInto("organizations").values(values).returning("id").executeTakeFirstOrThrow()).id;
}

export async function updateOrganization(db: Db, id: number, values: Updateable<OrganizationsTable>): Promise<void> {
  await db.updateTable("organizations").set({ ...values, updated_at: sql`now()` }).where("id", "=", id).execute();
}

export interface IndustryLink {
  industryId: number;
  segmentId?: number | null;
}

export async function replaceIndustries(db: Db, organizationId: number, links: readonly IndustryLink[]): Promise<void> {
  await db.deleteFrom("organization_industries").where("organization_id", "=", organizationId).execute();
  if (links.length === 0) return;
  await db
    .insertInto("organization_industries")
    .values(links.map((l) => ({ organization_id: organizationId, industry_id: l.industryId, segment_id: l.segmentId ?? null })))
    .execute();
}

export async function industriesOf(db: Db, organizationIds: readonly number[]) {
  if (organizationIds.length === 0) return [];
  return db
    .selectFrom("organization_industries as oi")
    .innerJoin("industries as i", "i.id", "oi.industry_id")
    .leftJoin("industry_segments as s", "s.id", "oi.segment_id")
    .select(["oi.organization_id", "oi.industry_id", "i.name as industry_name", "oi.segment_id", "s.name as segment_name"])
    .where("oi.organization_id", "in", organizationIds)
    .orderBy("i.sort")
    .orderBy("s.sort")
    .execute();
}

export async function alliancesOfOrganization(db: Db, organizationId: number) {
  return db
    .selectFrom("alliance_organizations as ao")
    .innerJoin("alliances as a", "a.id", "ao.alliance_id")
    .select(["a.id", "a.name", "a.short_name", "ao.role"])
    .where("ao.organization_id", "=", organizationId)
    .orderBy("a.id")
    .execute();
}

/** Filters: name (substring or trigram; the English name as a substring too), kind, region with its subtree, industry, segment, alliance membership. */
export async function listOrganizations(db: Db, f: OrganizationQuery) {
  let query = withRegion(db);
  const q = f.q?.trim();
  if (q) {
    const like = `%${q.replace(/[\\%_]/g, (c) => "\\" + c)}%`;
    query = query.where((eb) =>
      eb.or([
        eb("o.name", "like", like),
        eb(sql<number>`similarity(o.name, ${q})`, ">", 0.3),
        eb("o.name_en", "ilike", like),
        eb("o.credit_code", "=", q.toUpperCase()),
      ]),
    );
  }
  if (f.kind) query = query.where("o.kind", "=", f.kind);
  if (f.region != null) {
    const root = db.selectFrom("regions").select("path").where("id", "=", f.region);
    query = query.where((eb) => eb.or([eb("r.path", "=", root), eb("r.path", "like", sql<string>`(${root}) || '/%'`)]));
  }
  if (f.industry != null) {
    const industry = f.industry;
    query = query.where((eb) =>
      eb.exists(eb.selectFrom("organization_industries as oi").select("oi.organization_id").whereRef("oi.organization_id", "=", "o.id").where("oi.industry_id", "=", industry)),
    );
  }
  if (f.segment != null) {
    const segment = f.segment;
    query = query.where((eb) =>
      eb.exists(eb.selectFrom("organization_industries as oi").select("oi.organization_id").whereRef("oi.organization_id", "=", "o.id").where("oi.segment_id", "=", segment)),
    );
  }
  if (f.alliance != null) {
    const alliance = f.alliance;
    query = query.where((eb) =>
      eb.exists(eb.selectFrom("alliance_organizations as ao").select("ao.organization_id").whereRef("ao.organization_id", "=", "o.id").where("ao.alliance_id", "=", alliance)),
    );
  }
  const total = Number((await query.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow()).n);
  let ordered = query.select(ORG_COLUMNS);
  if (q) ordered = ordered.orderBy(sql`case when o.name = ${q} then 0 when o.name like ${q + "%"} then 1 else 2 end`).orderBy(sql`similarity(o.name, ${q})`, "desc");
  const rows = await ordered.orderBy("o.id").limit(f.limit).offset(f.offset).execute();
  return { total, rows };
}

export async function allOrganizationsForExport(db: Db) {
  return withRegion(db).select([...ORG_COLUMNS, "r.code as region_code"]).orderBy("o.id").execute();
}
