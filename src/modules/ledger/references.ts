import type { Db } from "../../platform/db/connect.js";
import { AppError } from "../../platform/errors.js";

export interface PartyInput {
  regionId?: number;
  organizationId?: number;
  name: string;
  role?: string;
}

export interface RegionInfo {
  id: number;
  name: string;
  path: string;
  /** Prefecture-level city; a municipality's district stays itself (普陀区, 嘉定区). */
  cityId: number;
  /** The region and all its ancestors. */
  lineage: number[];
}

/**
 * Region rows with the city each rolls up to. The network and the "by city" views count
 * Shanghai's districts separately because the seeds treat them as partners of cities.
 */
export async function regionInfo(db: Db, ids: number[]): Promise<Map<number, RegionInfo>> {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Map();
  if (!db.isTransaction) {
    const cached = await fromCache(db, unique);
    if (cached) return cached;
  }
  const rows = await db.selectFrom("regions").select(["id", "name", "path", "level"]).where("id", "in", unique).execute();
  const codes = [...new Set(rows.flatMap((r) => r.path.split("/")))];
  const ancestors = await db.selectFrom("regions").select(["id", "code", "level"]).where("code", "in", codes).execute();
  const byCode = new Map(ancestors.map((a) => [a.code, a]));
  return new Map(
    rows.map((r) => {
      const chain = r.path.split("/").map((c) => byCode.get(c)).filter((a) => !!a);
      const prefecture = chain.find((a) => a.level === "prefecture");
      return [r.id, { id: r.id, name: r.name, path: r.path, cityId: prefecture?.id ?? r.id, lineage: chain.map((a) => a.id) }];
    }),
  );
}

interface CachedRegion {
  id: number;
  code: string;
  name: string;
  level: string;
  path: string;
}

interface Reference {
  at: number;
  regions: Map<number, CachedRegion>;
  byCode: Map<string, CachedRegion>;
  industries: Map<number, string>;
  /** Each region's city and lineage, worked out once per load. */
  info: Map<number, RegionInfo>;
}

/**
 * Regions and industry names for reads, kept a minute per database handle: the dashboard names
 * hundreds of regions per request, and PGlite charges ~1–2 ms per round trip. Reference data
 * changes rarely; an id not in the cache reloads it at once.
 */
const REFERENCE_TTL_MS = 60_000;
const references = new WeakMap<Db, Reference>();

export async function referenceData(db: Db, force = false): Promise<Reference> {
  const hit = references.get(db);
  if (hit && !force && Date.now() - hit.at < REFERENCE_TTL_MS) return hit;
  const [regions, industries] = await Promise.all([
    db.selectFrom("regions").select(["id", "code", "name", "level", "path"]).execute(),
    db.selectFrom("industries").select(["id", "name"]).execute(),
  ]);
  const byCode = new Map(regions.map((x) => [x.code, x]));
  const info = new Map(regions.map((x) => {
    const chain = x.path.split("/").map((c) => byCode.get(c)).filter((a) => !!a);
    const prefecture = chain.find((a) => a.level === "prefecture");
    return [x.id, { id: x.id, name: x.name, path: x.path, cityId: prefecture?.id ?? x.id, lineage: chain.map((a) => a.id) }];
  }));
  const r: Reference = {
    at: Date.now(),
    regions: new Map(regions.map((x) => [x.id, x])),
    byCode,
    industries: new Map(industries.map((i) => [i.id, i.name])),
    info,
  };
  references.set(db, r);
  return r;
}

async function fromCache(db: Db, ids: number[]): Promise<Map<number, RegionInfo> | null> {
  let ref = await referenceData(db);
  if (ids.some((id) => !ref.regions.has(id))) ref = await referenceData(db, true);
  if (ids.some((id) => !ref.regions.has(id))) return null; // unknown ids: let the query path decide
  return new Map(ids.map((id) => [id, ref.info.get(id)!]));
}

const unknown = (code: "UNKNOWN_REGION" | "UNKNOWN_REFERENCE" | "UNKNOWN_INDUSTRY", what: string, bad: [string, number][]) =>
  new AppError(code, `${what}不存在 (unknown ${code === "UNKNOWN_REGION" ? "region" : code === "UNKNOWN_INDUSTRY" ? "industry" : "reference"}): ${bad.map(([f, v]) => `${f}=${v}`).join(", ")}`,
    Object.fromEntries(bad.map(([f]) => [f, `${what}不存在 (unknown)`])));

export async function checkRegions(db: Db, refs: [string, number | null | undefined][]): Promise<void> {
  const ids = refs.map(([, v]) => v).filter((v): v is number => v != null);
  if (!ids.length) return;
  const found = new Set((await db.selectFrom("regions").select("id").where("id", "in", [...new Set(ids)]).execute()).map((r) => r.id));
  const bad = refs.filter(([, v]) => v != null && !found.has(v)) as [string, number][];
  if (bad.length) throw unknown("UNKNOWN_REGION", "地区", bad);
}

export async function checkIndustries(db: Db, refs: [string, number | null | undefined][]): Promise<void> {
  const ids = refs.map(([, v]) => v).filter((v): v is number => v != null);
  if (!ids.length) return;
  const found = new Set((await db.selectFrom("industries").select("id").where("id", "in", [...new Set(ids)]).execute()).map((r) => r.id));
  const bad = refs.filter(([, v]) => v != null && !found.has(v)) as [string, number][];
  if (bad.length) throw unknown("UNKNOWN_INDUSTRY", "产业", bad);
}

export async function checkRow(db: Db, table: "alliances" | "ceremonies", field: string, id: number | null | undefined): Promise<void> {
  if (id == null) return;
  const row = await db.selectFrom(table).select("id").where("id", "=", id).executeTakeFirst();
  if (!row) throw unknown("UNKNOWN_REFERENCE", table === "alliances" ? "联盟" : "签约活动", [[field, id]]);
}

/**
 * Checks every party and returns the regions they stand for: a region party is itself, an
 * organisation stands for the region it is registered in. Unknown ids are named by field.
 */
export async function resolveParties(db: Db, parties: PartyInput[], prefix: string): Promise<{ regionIds: number[]; names: string[] }> {
  await checkRegions(db, parties.map((p, i) => [`${prefix}[${i}].regionId`, p.regionId]));
  const orgIds = parties.map((p) => p.organizationId).filter((v): v is number => v != null);
  const orgs = orgIds.length
    ? await db.selectFrom("organizations").select(["id", "name", "region_id"]).where("id", "in", [...new Set(orgIds)]).execute()
    : [];
  const byId = new Map(orgs.map((o) => [o.id, o]));
  const bad = parties.flatMap((p, i) => (p.organizationId != null && !byId.has(p.organizationId) ? [[`${prefix}[${i}].organizationId`, p.organizationId] as [string, number]] : []));
  if (bad.length) throw unknown("UNKNOWN_REFERENCE", "机构", bad);
  const regionIds = parties.map((p) => p.regionId ?? byId.get(p.organizationId!)!.region_id);
  const names = parties.map((p) => p.name || (p.organizationId != null ? byId.get(p.organizationId)!.name : ""));
  return { regionIds, names };
}

const sorted = (xs: Iterable<number>) => [...new Set(xs)].sort((a, b) => a - b);

/** region_ids, city_ids and scope_ids columns: every region the record touches, their cities, and with their ancestors. */
export const PAIR_BASE = 1_000_000;
const pairs = (ids: number[]) => ids.flatMap((a, i) => ids.slice(i + 1).map((b) => a * PAIR_BASE + b));

export interface RegionColumns {
  region_ids: number[];
  city_ids: number[];
  scope_ids: number[];
  region_pairs: number[];
  city_pairs: number[];
}

export async function regionColumns(db: Db, regionIds: number[]): Promise<RegionColumns> {
  const info = await regionInfo(db, regionIds);
  const region_ids = sorted(regionIds);
  const city_ids = sorted(region_ids.map((id) => info.get(id)?.cityId ?? id));
  return {
    region_ids, city_ids, scope_ids: sorted(region_ids.flatMap((id) => info.get(id)?.lineage ?? [id])),
    region_pairs: pairs(region_ids), city_pairs: pairs(city_ids),
  };
}
