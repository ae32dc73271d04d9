import { randomBytes } from "node:crypto";
import pg from "pg";
import { describe } from "vitest";
import { testConfig, type Config } from "../../src/config.js";
import { modules } from "../../src/modules/registry.js";
import { silentLogger, seedReference } from "../../src/platform/bootstrap.js";
import { connect, type Database, type Db } from "../../src/platform/db/connect.js";
import { migrateToLatest } from "../../src/platform/db/migrate.js";

export type BackendName = "pglite" | "postgres";

/** PGlite always; PostgreSQL too when TEST_DATABASE_URL is set (CI sets it). */
export function backends(): BackendName[] {
  return process.env.TEST_DATABASE_URL ? ["pglite", "postgres"] : ["pglite"];
}

export interface TestDatabase extends Database {
  config: Config;
}

/** A fresh, migrated database with reference data: in-memory PGlite, or a new PostgreSQL database. */
export async function createTestDb(backend: BackendName, opts: { reference?: boolean } = {}): Promise<TestDatabase> {
  let database: Database;
  let dropDatabase: (() => Promise<void>) | undefined;
  if (backend === "postgres") {
    const adminUrl = process.env.TEST_DATABASE_URL!;
    const name = `jishi_test_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    database = await connect({ databaseUrl: url.toString(), poolSize: 4 });
    dropDatabase = async () => {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      // pool.end() resolves before the server has seen every client's goodbye; forcing the drop
      // at once would kill those backends and raise an error on a client nobody listens to.
      for (let attempt = 0; ; attempt++) {
        try {
          await c.query(`drop database if exists ${name}`);
          break;
        } catch (err) {
          if ((err as { code?: string }).code !== "55006" || attempt >= 50) throw err; // 55006: still in use
          await new Promise((r) => setTimeout(r, 100));
        }
      }
      await c.end();
    };
  } else {
    database = await connect({});
  }
  await migrateToLatest(database.db, modules);
  if (opts.reference !== false) await seedReference(database.db, silentLogger);
  const config = testConfig({ databaseUrl: undefined });
  return {
    ...database,
    config,
    close: async () => {
      await database.close();
      await dropDatabase?.();
    },
  };
}

/**
 * Runs the same suite on every backend (Kysely's own suite loops over dialects).
 * `fn` receives the backend name; create the database in its beforeAll.
 */
export function describeEachBackend(title: string, fn: (backend: BackendName) => void): void {
  for (const b of backends()) describe(`${title} [${b}]`, () => fn(b));
}

export type { Db };
