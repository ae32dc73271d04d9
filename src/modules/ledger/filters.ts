import { sql, type RawBuilder } from "kysely";
import type { Db } from "../../platform/db/connect.js";
import { intArray } from "../../platform/db/int-array.js";
import { AppError } from "../../platform/errors.js";
import type { LedgerFilter } from "./ledger.schema.js";
import { assertOrganizationFilter } from "../directory/organizations.repo.js";


/** A filter with its region sets resolved once, so every dashboard query reuses them. */
export interface Scope {
  filter: LedgerFilter;
  allianceName?: string;
  /** The alliance's member regions (their subtrees are covered by scope_ids holding ancestors). */
  allianceMemberIds?: number[];
  regionName?: string;
}

export function checkPeriod(filter: LedgerFilter): void {
  if (filter.from && filter.to && filter.from > filter.to) {
    throw new AppError("VALIDATION_FAILED", "起始日期晚于结束日期 (from after to)", { from: "晚于 to (after to)" });
  }
}

export const unknownAlliance = (id: number) => new AppError("UNKNOWN_REFERENCE", `联盟 ${id} 不存在 (unknown alliance)`, { alliance: "联盟不存在 (unknown alliance)" });

/** The record (projects as `p`, agreements as `a`) has this organisation among its parties. */
export function partyWhere(table: "projects" | "agreements", organizationId: number): RawBuilder<boolean> {
  return table === "projects"
    ? sql<boolean>`exists (select 1 from project_parties pp where pp.project_id = p.id and pp.organization_id = ${organizationId})`
    : sql<boolean>`exists (select 1 from agreement_parties ap where ap.agreement_id = a.id and ap.organization_id = ${organizationId})`;
}

/** Refuses a party organisation that does not exist (directory's check, shared with the marketplace's search). */
export async function assertPartyOrganization(db: Db, id: number | undefined): Promise<void> {
  if (id != null) await assertOrganizationFilter(db, id);
}

export async function resolveScope(db: Db, filter: LedgerFilter): Promise<Scope> {
  checkPeriod(filter);
  const scope: Scope = { filter };
  if (filter.alliance != null) {
    const a = await sql<{ name: string; members: number[] }>`select a.name, coalesce((select array_agg(ar.region_id) from alliance_regions ar where ar.alliance_id = a.id), '{}') as members
      from alliances a where a.id = ${filter.alliance}`.execute(db);
    if (!a.rows.length) throw unknownAlliance(filter.alliance);
    scope.allianceName = a.rows[0].name;
    scope.allianceMemberIds = a.rows[0].members;
  }
  if (filter.region != null) {
    const r = await db.selectFrom("regions").select("name").where("id", "=", filter.region).executeTakeFirst();
    if (!r) throw new AppError("UNKNOWN_REGION", `地区 ${filter.region} 不存在 (unknown region)`, { region: "地区不存在 (unknown region)" });
    scope.regionName = r.name;
  }
  return scope;
}

/**
 * The WHERE of a dashboard over an alias (projects or agreements). Region: the record touches
 * the region or one of its descendants (party or landing region). Alliance: the record names
 * the alliance, or touches one of its member regions' subtrees.
 */
export function scopeWhere(s: Scope, table: "projects" | "agreements", alias = "t"): RawBuilder<boolean> {
  const col = (name: string) => sql.ref(`${alias}.${name}`);
  const c: RawBuilder<unknown>[] = [sql`true`];
  const f = s.filter;
  if (f.from) c.push(sql`${col("signed_on")} >= ${f.from}`);
  if (f.to) c.push(sql`${col("signed_on")} <= ${f.to}`);
  if (s.allianceMemberIds) c.push(sql`(${col("alliance_id")} = ${f.alliance} or ${col("scope_ids")} && ${intArray(s.allianceMemberIds)})`);
  if (f.region != null) c.push(sql`${col("scope_ids")} @> ${intArray([f.region])}`);
  if (f.industry != null) c.push(table === "projects" ? sql`${col("industry_id")} = ${f.industry}` : sql`${col("industry_ids")} @> ${intArray([f.industry])}`);
  return sql<boolean>`(${sql.join(c, sql` and `)})`;
}

/** "沿沪宁产业创新带", "苏州市", "沿沪宁产业创新带·苏州市" — the subject of the summary paragraph. */
export function scopeName(s: Scope): string {
  return [s.allianceName, s.regionName].filter(Boolean).join("·");
}
