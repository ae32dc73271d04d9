import { sql } from "kysely";
import type { Db } from "../../../platform/db/connect.js";

export interface DemoRegion {
  id: number;
  code: string;
  name: string;
  short: string;
  path: string;
}

export interface DemoAlliance {
  id: number;
  name: string;
  members: DemoRegion[];
  /** Members and their descendants: where the alliance's projects land. */
  subtree: DemoRegion[];
}

export interface DemoOrg {
  id: number;
  name: string;
  kind: string;
  path: string;
}

export interface DemoContext {
  region: Map<string, DemoRegion>;
  industry: Map<string, { id: number; name: string }>;
  alliance: Map<string, DemoAlliance>;
  orgs: DemoOrg[];
}

/** What the directory seed and demo provide, keyed by GB code, industry code and alliance name. */
export async function demoContext(db: Db): Promise<DemoContext> {
  const regions = await db.selectFrom("regions").select(["id", "code", "name", "short_name as short", "path"]).execute();
  const region = new Map(regions.map((r) => [r.code, r]));
  const industries = await db.selectFrom("industries").select(["id", "code", "name"]).execute();
  const alliances = await db.selectFrom("alliances").select(["id", "name"]).orderBy("id").execute();
  const members = await db.selectFrom("alliance_regions as ar").innerJoin("regions as r", "r.id", "ar.region_id")
    .select(["ar.alliance_id", "r.code"]).orderBy("ar.alliance_id").orderBy("r.code").execute();
  const alliance = new Map<string, DemoAlliance>();
  for (const a of alliances) {
    const ms = members.filter((m) => m.alliance_id === a.id).map((m) => region.get(m.code)!).filter(Boolean);
    const subtree = regions.filter((r) => ms.some((m) => r.path === m.path || r.path.startsWith(`${m.path}/`))).sort((x, y) => x.code.localeCompare(y.code));
    alliance.set(a.name, { id: a.id, name: a.name, members: ms, subtree });
  }
  const orgs = await sql<DemoOrg>`select o.id, o.name, o.kind, r.path from organizations o join regions r on r.id = o.region_id
    where o.kind in ('enterprise', 'university', 'institute', 'finance', 'park') order by o.id`.execute(db);
  return { region, industry: new Map(industries.map((i) => [i.code, { id: i.id, name: i.name }])), alliance, orgs: orgs.rows };
}

/** The prefecture-level city path of a region path ("320000/320500/320585" → "320000/320500"); Shanghai districts stay themselves. */
export const cityPath = (path: string): string => {
  const parts = path.split("/");
  return parts.length >= 2 ? parts.slice(0, 2).join("/") : path;
};
