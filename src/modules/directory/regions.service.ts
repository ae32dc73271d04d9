import type { Db } from "../../platform/db/connect.js";
import { notFound } from "../../platform/errors.js";
import { Gazetteer, type Resolution } from "./gazetteer.js";
import * as repo from "./regions.repo.js";
import type { RegionRow, RegionSearch } from "./regions.repo.js";

export { regionSubtreeIds } from "./regions.repo.js";

// Regions change only when the reference seed runs, so one gazetteer per database handle is
// enough; the seed calls forgetGazetteer after writing.
const cache = new WeakMap<object, Promise<Gazetteer>>();

/**
 * Every region name, short name and alias → region ids, in memory (~350 regions, ~800
 * surface forms; built in a few milliseconds). Use `gaz.mentions(text)` to find place names
 * in free text and `gaz.resolve(name, { context })` to resolve one name without SQL.
 */
export function loadGazetteer(db: Db): Promise<Gazetteer> {
  let hit = cache.get(db);
  if (!hit) {
    hit = repo.allRegions(db).then((rows) => new Gazetteer(rows.map(toGazetteerRegion)));
    hit.catch(() => cache.delete(db));
    cache.set(db, hit);
  }
  return hit;
}

export function forgetGazetteer(db: Db): void {
  cache.delete(db);
}

const toGazetteerRegion = (r: RegionRow) => ({
  id: r.id, code: r.code, name: r.name, nameEn: r.name_en, shortName: r.short_name, level: r.level, kind: r.kind,
  parentId: r.parent_id, path: r.path, aliases: r.aliases, lng: r.lng, lat: r.lat,
});

/**
 * Resolves a place name as found in text: full names, short names, aliases, suffix
 * stripping, compound names, and ambiguity (普陀 → 上海市普陀区 and 舟山市普陀区). The
 * optional context (a region id, or a name that resolves) picks the candidate inside it.
 */
export async function resolveRegionName(db: Db, name: string, opts: { context?: number | string | null } = {}): Promise<Resolution & { context: number | null }> {
  const gaz = await loadGazetteer(db);
  let context: number | null = null;
  if (typeof opts.context === "number") context = gaz.byId(opts.context) ? opts.context : null;
  else if (typeof opts.context === "string" && opts.context.trim()) {
    const c = /^\d+$/.test(opts.context.trim()) ? gaz.byId(Number(opts.context)) ?? gaz.byGbCode(opts.context.trim()) : undefined;
    if (c) context = c.id;
    else {
      const r = gaz.resolve(opts.context);
      if (r.status === "resolved") context = r.candidates[0]!.id;
    }
  }
  return { ...gaz.resolve(name, { context }), context };
}

export function regionView(r: RegionRow, gaz?: Gazetteer) {
  return {
    id: r.id, code: r.code, name: r.name, nameEn: r.name_en, shortName: r.short_name, level: r.level, kind: r.kind, parentId: r.parent_id,
    path: r.path, aliases: r.aliases, lng: r.lng, lat: r.lat, fullName: gaz?.fullName(r.id) ?? r.name, fullNameEn: gaz?.fullNameEn(r.id) ?? r.name_en,
  };
}

/**
 * Every region's name and full name, each in Chinese and English: what the interface needs to
 * show place names in English wherever it shows them in Chinese.
 */
export async function regionNames(db: Db) {
  // The gazetteer holds every region already (in code order), so no query of its own.
  const gaz = await loadGazetteer(db);
  const items = [...gaz.regions.values()].map((r) => ({ id: r.id, name: r.name, nameEn: r.nameEn ?? "", fullName: gaz.fullName(r.id), fullNameEn: gaz.fullNameEn(r.id) }));
  return { items };
}

export type RegionView = ReturnType<typeof regionView>;

export async function listRegions(db: Db, s: RegionSearch) {
  const [gaz, page] = await Promise.all([loadGazetteer(db), repo.searchRegions(db, s)]);
  return { total: page.total, items: page.items.map((r) => regionView(r, gaz)) };
}

export async function getRegion(db: Db, id: number) {
  const r = await repo.findRegion(db, id);
  if (!r) throw notFound("地区 (region)", id);
  const gaz = await loadGazetteer(db);
  const [children, ancestors] = await Promise.all([repo.childrenOf(db, id), repo.ancestorsOf(db, r.path)]);
  return {
    ...regionView(r, gaz),
    parent: ancestors.length ? { id: ancestors.at(-1)!.id, name: ancestors.at(-1)!.name, level: ancestors.at(-1)!.level } : null,
    ancestors: ancestors.map((a) => ({ id: a.id, name: a.name, level: a.level })),
    children: children.map((c) => regionView(c, gaz)),
  };
}
