/*
 * The directory's calls and shapes in one place. The server's views are normalised here so
 * pages never care whether a list arrives bare or as {items,total}.
 */
import { api } from "../../api.js";

export type RegionLevel = "province" | "prefecture" | "county";
export interface RegionRef {
  id: number;
  name: string;
  level?: RegionLevel;
}
export interface Region extends RegionRef {
  code: string;
  shortName: string;
  level: RegionLevel;
  kind: string;
  parentId: number | null;
  path: string;
  aliases: string[];
  lng: number | null;
  lat: number | null;
  parent?: RegionRef | null;
  ancestors?: RegionRef[];
  children?: Region[];
  fullName?: string;
  /** How the resolver matched (name, short_name, alias, suffix, compound). */
  matchedBy?: string;
}
export interface Segment {
  id: number;
  code: string;
  stage: "upstream" | "midstream" | "downstream";
  name: string;
  nameEn: string;
}
export interface Industry {
  id: number;
  code: string;
  name: string;
  nameEn: string;
  segments: Segment[];
}
export const ORG_KINDS = ["enterprise", "university", "institute", "park", "government", "finance", "service"] as const;
export type OrgKind = (typeof ORG_KINDS)[number];
export interface OrgIndustry {
  industryId: number;
  segmentId?: number | null;
  industryName?: string;
  segmentName?: string | null;
}
export interface Organization {
  id: number;
  name: string;
  /** "" when none is known. */
  nameEn: string;
  kind: OrgKind;
  regionId: number;
  region?: RegionRef & { fullName?: string; path?: string };
  creditCode: string | null;
  description: string;
  website: string | null;
  contactName: string | null;
  contactPhone: string | null;
  contactEmail: string | null;
  industries: OrgIndustry[];
  alliances?: { id: number; name: string; shortName?: string }[];
  createdAt?: string;
  updatedAt?: string;
}
export interface AllianceRegion extends RegionRef {
  regionId?: number;
  rotationOrder: number | null;
  lng?: number | null;
  lat?: number | null;
  path?: string;
}
export interface AllianceOrg {
  id: number;
  organizationId?: number;
  name: string;
  kind?: OrgKind;
  role: string;
  regionId?: number;
  regionName?: string;
  region?: RegionRef & { path?: string };
}
export const ALLIANCE_KINDS = ["alliance", "corridor", "circle", "belt", "platform"] as const;
export interface Alliance {
  id: number;
  name: string;
  shortName: string;
  /** '' when no English name is known. */
  nameEn: string;
  shortNameEn: string;
  kind: string;
  description: string;
  foundedOn: string | null;
  regions: AllianceRegion[];
  organizations: AllianceOrg[];
  regionCount?: number;
  organizationCount?: number;
}
export interface Page<T> {
  total: number;
  items: T[];
}

type Raw = Record<string, any>;

/** snake_case → camelCase keys, one level deep (arrays of objects too). */
function camel(o: Raw): Raw {
  const out: Raw = {};
  for (const [k, v] of Object.entries(o)) out[k.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase())] = v;
  return out;
}

function list<T>(raw: unknown, map: (r: Raw) => T): Page<T> {
  const r = raw as Raw;
  const arr: Raw[] = Array.isArray(r) ? r : (r?.items ?? r?.results ?? r?.regions ?? r?.data ?? []);
  return { total: Array.isArray(r) ? arr.length : (r?.total ?? arr.length), items: arr.map(map) };
}

export function toRegion(raw: Raw): Region {
  const r = camel(raw);
  return {
    ...r,
    id: r.id,
    code: r.code ?? "",
    name: r.name,
    shortName: r.shortName ?? r.name,
    level: r.level,
    kind: r.kind ?? "",
    parentId: r.parentId ?? r.parent?.id ?? null,
    path: r.path ?? "",
    aliases: r.aliases ?? [],
    lng: r.lng ?? null,
    lat: r.lat ?? null,
    children: r.children?.map(toRegion),
  } as Region;
}

export function toOrganization(raw: Raw): Organization {
  const r = camel(raw);
  return {
    ...r,
    regionId: r.regionId ?? r.region?.id,
    description: r.description ?? "",
    creditCode: r.creditCode ?? null,
    website: r.website ?? null,
    contactName: r.contactName ?? null,
    contactPhone: r.contactPhone ?? null,
    contactEmail: r.contactEmail ?? null,
    industries: (r.industries ?? []).map((i: Raw) => camel(i)),
  } as Organization;
}

export function toAlliance(raw: Raw): Alliance {
  const r = camel(raw);
  return {
    ...r,
    shortName: r.shortName ?? r.name,
    description: r.description ?? "",
    foundedOn: r.foundedOn ?? null,
    regions: (r.regions ?? r.memberRegions ?? []).map((x: Raw) => {
      const c = camel(x);
      const reg = c.region ? camel(c.region) : {};
      return { ...reg, ...c, id: c.regionId ?? c.id ?? reg.id, name: c.name ?? reg.name, rotationOrder: c.rotationOrder ?? null };
    }),
    organizations: (r.organizations ?? r.memberOrganizations ?? []).map((x: Raw) => {
      const c = camel(x);
      const org = c.organization ? camel(c.organization) : {};
      return { ...org, ...c, id: c.organizationId ?? c.id ?? org.id, name: c.name ?? org.name, role: c.role ?? "member" };
    }),
  } as Alliance;
}

export const directory = {
  regions: (q: { q?: string; level?: string; parent?: number; limit?: number }, signal?: AbortSignal) =>
    api<unknown>("GET", "/api/regions", undefined, { query: q, signal }).then((r) => list(r, toRegion)),
  region: (id: number, signal?: AbortSignal) => api<Raw>("GET", `/api/regions/${id}`, undefined, { signal }).then(toRegion),
  resolve: (name: string, context?: string, signal?: AbortSignal) =>
    api<Raw>("GET", "/api/regions/resolve", undefined, { query: { name, context }, signal }),
  industries: (signal?: AbortSignal) =>
    api<unknown>("GET", "/api/industries", undefined, { signal }).then(
      (r) => list(r, (i) => ({ ...camel(i), segments: (i.segments ?? []).map(camel) }) as unknown as Industry).items,
    ),
  alliances: (signal?: AbortSignal) => api<unknown>("GET", "/api/alliances", undefined, { signal }).then((r) => list(r, toAlliance)),
  alliance: (id: number, signal?: AbortSignal) => api<Raw>("GET", `/api/alliances/${id}`, undefined, { signal }).then(toAlliance),
  createAlliance: (body: unknown) => api<Raw>("POST", "/api/alliances", body).then(toAlliance),
  updateAlliance: (id: number, body: unknown) => api<Raw>("PATCH", `/api/alliances/${id}`, body).then(toAlliance),
  organizations: (
    q: { q?: string; kind?: string; region?: number | string; industry?: number; alliance?: number; limit?: number; offset?: number }, signal?: AbortSignal) =>
    api<unknown>("GET", "/api/organizations", undefined, { query: q, signal }).then((r) => list(r, toOrganization)),
  organization: (id: number, signal?: AbortSignal) => api<Raw>("GET", `/api/organizations/${id}`, undefined, { signal }).then(toOrganization),
  createOrganization: (body: unknown) => api<Raw>("POST", "/api/organizations", body).then(toOrganization),
  updateOrganization: (id: number, body: unknown) => api<Raw>("PATCH", `/api/organizations/${id}`, body).then(toOrganization),
};
