import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { Db } from "../../platform/db/connect.js";
import { buildGazetteer, type GazRegion } from "./gazetteer.js";
import { forgetGazetteer } from "./gazetteer.repo.js";

const root = new URL("../../../", import.meta.url).pathname;
export const SEEDS_DIR = join(root, "test/fixtures/ingest/seeds");
export const FIXTURES_DIR = join(root, "test/fixtures/ingest");

export const fixtureRegions = (): GazRegion[] => JSON.parse(readFileSync(new URL("./fallback-regions.json", import.meta.url), "utf8"));
export const fixtureGazetteer = () => buildGazetteer(fixtureRegions());

export function seedPages(): Map<string, Uint8Array> {
  return new Map(readdirSync(SEEDS_DIR).sort().map((n) => [n, readFileSync(join(SEEDS_DIR, n))]));
}
export const seed = (prefix: string): Uint8Array => [...seedPages()].find(([n]) => n.startsWith(prefix))![1];

/** Regions the seeds name, unless the directory's reference data already holds them. */
export async function ensureRegions(db: Db) {
  const regions = fixtureRegions();
  for (const r of regions) {
    const parent = r.parentCode ? await db.selectFrom("regions").select(["id", "path"]).where("code", "=", r.parentCode).executeTakeFirst() : undefined;
    await db
      .insertInto("regions")
      .values({ code: r.code, name: r.name, short_name: r.shortName, level: r.level, kind: r.level, parent_id: parent?.id ?? null, path: parent ? `${parent.path}/${r.code}` : r.code, aliases: r.aliases ?? [] })
      .onConflict((oc) => oc.column("code").doNothing())
      .execute();
  }
  forgetGazetteer(db);
}

