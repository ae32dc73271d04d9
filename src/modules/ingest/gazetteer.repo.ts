import type { Db } from "../../platform/db/connect.js";
import { REGION_ROWS } from "../directory/data/regions.js";
import type { Gazetteer as DirectoryGazetteer } from "../directory/gazetteer.js";
import { deriveRegions } from "../directory/region-rules.js";
import { loadGazetteer } from "../directory/regions.service.js";
import { buildGazetteer, type Gazetteer, type GazRegion } from "./gazetteer.js";

/**
 * The directory's region data file (all 349 regions of the Delta with their aliases) as the
 * extractor's region list: the same places the database holds, without a database, for the
 * evaluator, the benchmark and the pure pipeline tests.
 */
export function directoryRegions(): GazRegion[] {
  return deriveRegions(REGION_ROWS).map((r) => ({ code: r.code, name: r.name, shortName: r.shortName, level: r.level, parentCode: r.parentCode, aliases: r.aliases }));
}

let fromFile: Gazetteer | undefined;
export const directoryFileGazetteer = (): Gazetteer => (fromFile ??= buildGazetteer(directoryRegions()));

const built = new WeakMap<DirectoryGazetteer, Gazetteer>();

/**
 * The directory's gazetteer (its regions table, cached by the directory and refreshed when
 * its reference data is written) turned into the extractor's index, once per directory build.
 * An empty regions table (a database before its reference data) falls back to the data file.
 */
export async function loadRegionGazetteer(db: Db): Promise<Gazetteer> {
  const dir = await loadGazetteer(db);
  if (dir.regions.size === 0) return directoryFileGazetteer();
  let gaz = built.get(dir);
  if (!gaz) {
    const regions = [...dir.regions.values()].map((r) => ({
      id: r.id, code: r.code, name: r.name, shortName: r.shortName, level: r.level,
      parentCode: r.parentId == null ? null : dir.byId(r.parentId)?.code ?? null, aliases: r.aliases,
    }));
    gaz = buildGazetteer(regions);
    built.set(dir, gaz);
  }
  return gaz;
}
