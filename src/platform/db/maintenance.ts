import type { FastifyInstance } from "fastify";
import { sql } from "kysely";
import type { Db } from "./connect.js";

const HOUR = 3600_000;

/**
 * What autovacuum does on PostgreSQL, for PGlite, which runs none (a single-user backend,
 * without the background workers): an update or delete leaves the old row version, and its
 * index entries, until VACUUM removes them. Without it every edit, publication and expiry would
 * stay in the tables and their GIN indexes for good, and searches would read the dead rows'
 * entries — after one rewrite of the 100 000 search rows the index handed over twice the
 * candidates. No ANALYZE here: the market module already analyses the search table hourly
 * (refreshSearchStats), the statistics its searches are sized by, and a second ANALYZE of it
 * each hour would hold the one connection for another second at 100 000 listings.
 */
export async function vacuumEmbedded(db: Db): Promise<void> {
  await sql`vacuum`.execute(db);
}

/**
 * Vacuums hourly while the server runs on PGlite. The embedded database has one connection,
 * taken in turn (pglite-dialect.ts), so a vacuum waits for a transaction to end and requests
 * wait for it (docs/architecture.md, "Data").
 */
export function scheduleEmbeddedVacuum(app: FastifyInstance, db: Db, every = HOUR): void {
  const timer = setInterval(() => void vacuumEmbedded(db).catch((err) => app.log.warn({ err }, "vacuum failed")), every);
  timer.unref();
  app.addHook("onClose", async () => clearInterval(timer));
}
