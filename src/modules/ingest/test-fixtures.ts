import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { directoryFileGazetteer } from "./gazetteer.repo.js";

const root = new URL("../../../", import.meta.url).pathname;
export const SEEDS_DIR = join(root, "test/fixtures/ingest/seeds");
export const FIXTURES_DIR = join(root, "test/fixtures/ingest");

/** The directory's 349 regions (its data file), as the database holds them after the reference seed. */
export const fixtureGazetteer = directoryFileGazetteer;

export function seedPages(): Map<string, Uint8Array> {
  return new Map(readdirSync(SEEDS_DIR).sort().map((n) => [n, readFileSync(join(SEEDS_DIR, n))]));
}
export const seed = (prefix: string): Uint8Array => [...seedPages()].find(([n]) => n.startsWith(prefix))![1];
