import type { Db } from "../../../platform/db/connect.js";
import { ORG_PLACE, PLACE } from "./places.js";

export interface Owner {
  regionId?: number;
  organizationId?: number;
}

export interface DemoRefs {
  region(place: string): number;
  regionName(place: string): string;
  /** A place short name → its region; an organisation name → the organisation, or its region when the directory demo is absent. */
  owner(ref: string): Owner;
  organization(name: string): number | undefined;
  alliance(name: string): { id: number; shortName: string; members: { id: number; name: string }[] } | undefined;
}

/** What the directory seed (regions, alliances) and demo (organisations) provide, by the names the demo content uses. */
export async function demoRefs(db: Db): Promise<DemoRefs | { missing: string[] }> {
  const regions = await db.selectFrom("regions").select(["id", "code", "name"]).where("code", "in", Object.values(PLACE)).execute();
  const byCode = new Map(regions.map((r) => [r.code, r]));
  const missing = Object.entries(PLACE).filter(([, code]) => !byCode.has(code)).map(([p]) => p);
  if (missing.length) return { missing };
  const orgs = await db.selectFrom("organizations").select(["id", "name"]).where("name", "in", Object.keys(ORG_PLACE)).execute();
  const orgId = new Map(orgs.map((o) => [o.name, o.id]));
  const alliances = await db.selectFrom("alliances").select(["id", "name", "short_name"]).execute();
  const members = await db.selectFrom("alliance_regions as ar").innerJoin("regions as r", "r.id", "ar.region_id")
    .select(["ar.alliance_id", "r.id", "r.name"]).orderBy("ar.alliance_id").orderBy("ar.rotation_order").orderBy("r.code").execute();
  const region = (place: string) => {
    const r = byCode.get(PLACE[place] ?? "");
    if (!r) throw new Error(`demo place ${place} is not in places.ts`);
    return r;
  };
  return {
    region: (p) => region(p).id,
    regionName: (p) => region(p).name,
    organization: (n) => orgId.get(n),
    owner(ref) {
      if (PLACE[ref]) return { regionId: region(ref).id };
      const id = orgId.get(ref);
      if (id) return { organizationId: id };
      const place = ORG_PLACE[ref];
      if (!place) throw new Error(`demo owner ${ref} is neither a place nor a known organisation`);
      return { regionId: region(place).id };
    },
    alliance(name) {
      const a = alliances.find((x) => x.name === name);
      return a && { id: a.id, shortName: a.short_name || a.name, members: members.filter((m) => m.alliance_id === a.id).map((m) => ({ id: m.id, name: m.name })) };
    },
  };
}
