import type { Db } from "../../platform/db/connect.js";
import { readFileSync } from "node:fs";
import { buildGazetteer, type Gazetteer, type GazRegion } from "./gazetteer.js";

/**
 * The Delta's provinces, cities and the districts the seeds name: used only while the
 * directory holds no regions yet (a fresh installation), so ingest works from day one.
 */
export const fallbackRegions = (): GazRegion[] => JSON.parse(readFileSync(new URL("./fallback-regions.json", import.meta.url), "utf8"));

const cache = new WeakMap<object, { at: number; gaz: Gazetteer }>();
const TTL_MS = 60_000;

/** The directory's regions as an in-memory gazetteer, rebuilt at most once a minute per database. */
export async function loadRegionGazetteer(db: Db): Promise<Gazetteer> {
  const hit = cache.get(db);
  if (hit && Date.now() - hit.at < TTL_MS) return hit.gaz;
  const rows = await db
    .selectFrom("regions as r")
    .leftJoin("regions as p", "p.id", "r.parent_id")
    .select(["r.id", "r.code", "r.name", "r.short_name", "r.level", "r.aliases", "p.code as parent_code"])
    .execute();
  const gaz = rows.length === 0 ? buildGazetteer(fallbackRegions()) : buildGazetteer(rows.map((r) => ({ id: r.id, code: r.code, name: r.name, shortName: r.short_name, level: r.level, parentCode: r.parent_code, aliases: r.aliases })));
  cache.set(db, { at: Date.now(), gaz });
  return gaz;
}

export function forgetGazetteer(db: Db): void {
  cache.delete(db);
}
