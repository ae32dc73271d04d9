import { sql } from "kysely";
import type { Config } from "../config.js";
import type { JishiModule, Logger } from "../modules/module.js";
import { modules as registered } from "../modules/registry.js";
import { connect, type Database, type Db } from "./db/connect.js";
import { migrateToLatest } from "./db/migrate.js";

export const consoleLogger: Logger = { info: (m) => console.log(m), warn: (m) => console.warn(m) };
export const silentLogger: Logger = { info: () => {}, warn: () => {} };

export async function openDatabase(config: Config): Promise<Database> {
  return connect({ databaseUrl: config.databaseUrl, dataDir: config.databaseUrl ? undefined : config.dataDir });
}

/** Reference data (regions, industries, seeded alliances): idempotent, every start. */
export async function seedReference(db: Db, log: Logger, modules: readonly JishiModule[] = registered): Promise<void> {
  for (const m of modules) if (m.seed) await m.seed(db, log);
  await markDone(db, "reference_seeded");
}

/**
 * For CLI commands: reference data only when this installation never had it. The server
 * refreshes it on every start, so skipping it here saves a second per command without
 * leaving an upgraded installation on old data for long.
 */
export async function ensureReference(db: Db, log: Logger, modules: readonly JishiModule[] = registered): Promise<void> {
  const row = await db.selectFrom("jishi_meta").select("key").where("key", "=", "reference_seeded").executeTakeFirst();
  if (!row) await seedReference(db, log, modules);
}

async function markDone(db: Db, key: string): Promise<void> {
  await db
    .insertInto("jishi_meta")
    .values({ key, value: JSON.stringify({ at: new Date().toISOString() }) })
    .onConflict((oc) => oc.column("key").doUpdateSet({ value: sql`excluded.value` }))
    .execute();
}

async function demoLoaded(db: Db): Promise<boolean> {
  const row = await db.selectFrom("jishi_meta").select("value").where("key", "=", "demo_loaded").executeTakeFirst();
  return !!row;
}

/** Demo content, once per installation unless forced. Returns whether it ran. */
export async function seedDemo(db: Db, log: Logger, opts: { force?: boolean } = {}, modules = registered): Promise<boolean> {
  if (!opts.force && (await demoLoaded(db))) return false;
  for (const m of modules) if (m.demo) await m.demo(db, log);
  await markDone(db, "demo_loaded");
  return true;
}

/** Connect, migrate, load reference data and — on an empty installation — the demo. */
export async function prepare(config: Config, log: Logger): Promise<Database & { demoLoadedNow: boolean }> {
  const database = await openDatabase(config);
  try {
    await migrateToLatest(database.db, registered);
    await seedReference(database.db, log);
    const demoLoadedNow = config.loadDemo ? await seedDemo(database.db, log) : false;
    return { ...database, demoLoadedNow };
  } catch (err) {
    await database.close();
    throw err;
  }
}
