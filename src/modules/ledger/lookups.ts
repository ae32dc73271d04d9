import type { Db } from "../../platform/db/connect.js";

export interface Lookups {
  region(name: string): { id: number } | { error: string };
  party(name: string): { regionId?: number; organizationId?: number; name: string } | { error: string };
  industry(name: string): number | undefined;
  alliance(name: string): number | undefined;
  ceremony(title: string): number | undefined;
}

/** "苏州市政府" names the region 苏州市: the government stands for its region. */
const GOVERNMENT = /(人民政府|政府)$/;

/**
 * Names in an import file → ids. Region names are not unique (普陀区 is in 上海 and 舟山), so a
 * name matching two regions is refused as ambiguous; "上海市普陀区" settles it.
 */
export async function lookups(db: Db): Promise<Lookups> {
  const [regions, orgs, industries, alliances, ceremonies] = await Promise.all([
    db.selectFrom("regions as r").leftJoin("regions as p", "p.id", "r.parent_id").select(["r.id", "r.code", "r.name", "r.short_name", "r.aliases", "p.name as parent"]).execute(),
    db.selectFrom("organizations").select(["id", "name"]).execute(),
    db.selectFrom("industries").select(["id", "code", "name"]).execute(),
    db.selectFrom("alliances").select(["id", "name", "short_name"]).execute(),
    db.selectFrom("ceremonies").select(["id", "title"]).execute(),
  ]);
  const regionKeys = new Map<string, Set<number>>();
  const add = (k: string | null | undefined, id: number) => k && regionKeys.set(k, (regionKeys.get(k) ?? new Set()).add(id));
  for (const r of regions) {
    for (const k of [r.code, r.name, r.short_name, ...(r.aliases ?? [])]) add(k, r.id);
    if (r.parent) add(`${r.parent}${r.name}`, r.id);
  }
  const orgByName = new Map<string, number[]>();
  for (const o of orgs) orgByName.set(o.name, [...(orgByName.get(o.name) ?? []), o.id]);
  const region = (name: string): { id: number } | { error: string } => {
    const ids = regionKeys.get(name) ?? regionKeys.get(name.replace(GOVERNMENT, ""));
    if (!ids) return { error: `地区或机构不存在: ${name} (unknown region or organisation)` };
    if (ids.size > 1) return { error: `地名有歧义: ${name},请写全称如“上海市普陀区” (ambiguous region name)` };
    return { id: [...ids][0] };
  };
  return {
    region,
    party(name) {
      const o = orgByName.get(name);
      if (o && o.length > 1) return { error: `机构名称重复: ${name} (ambiguous organisation)` };
      if (o) return { organizationId: o[0], name };
      const r = region(name);
      return "error" in r ? r : { regionId: r.id, name };
    },
    industry: (name) => industries.find((i) => i.name === name || i.code === name)?.id,
    alliance: (name) => alliances.find((a) => a.name === name || a.short_name === name)?.id,
    ceremony: (title) => ceremonies.find((c) => c.title === title)?.id,
  };
}
