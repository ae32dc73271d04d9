import { PGlite } from "@electric-sql/pglite";
import { btree_gin } from "@electric-sql/pglite/contrib/btree_gin";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { Kysely, PostgresDialect, sql } from "kysely";
import pg from "pg";
import type { DB } from "../../modules/tables.js";
import { lockDataDir } from "./data-dir-lock.js";
import { PGliteDialect } from "./pglite-dialect.js";
import { keepPrepared } from "./pg-prepared.js";
import { PREPARED_STATEMENTS } from "./prepared-names.js";

export type Db = Kysely<DB>;

export interface Database {
  db: Db;
  backend: "pglite" | "postgres";
  close(): Promise<void>;
}

const INT8 = 20;
const NUMERIC = 1700;
const DATE = 1082;

/**
 * Both backends answer with the same JS types: int8 and numeric as numbers (amounts
 * in yuan stay below 2^53), date as 'YYYY-MM-DD' strings (never shifted by time zone).
 */
const parsers = {
  [INT8]: (v: string) => Number(v),
  [NUMERIC]: (v: string) => Number(v),
  [DATE]: (v: string) => v,
};

export interface ConnectOptions {
  /** postgres://… — a real PostgreSQL server. */
  databaseUrl?: string;
  /** Data directory for embedded PGlite; omitted → in memory. */
  dataDir?: string;
  poolSize?: number;
  /**
   * Statements each connection keeps prepared, the most recently used by text (D13): not parsed
   * and planned again. 0: none.
   */
  prepared?: number;
}

export async function connect(opts: ConnectOptions): Promise<Database> {
  if (opts.databaseUrl) {
    const pool = new pg.Pool({
      connectionString: opts.databaseUrl,
      max: opts.poolSize ?? 10,
      types: {
        getTypeParser: ((oid: number, format?: string) =>
          (parsers as Record<number, (v: string) => unknown>)[oid] ?? pg.types.getTypeParser(oid, format as "text")) as typeof pg.types.getTypeParser,
      },
    });
    // Session settings for every pooled connection (docs/decisions.md D12): no JIT — its ≈ 20 ms
    // of compiling only pays off for statements that run far longer than any of ours — and room
    // for a search's bitmaps, which past the default 4 MB turn lossy and re-read whole pages.
    // The client runs this before the statement it was checked out for.
    pool.on("connect", (client) => {
      keepPrepared(client, opts.prepared ?? PREPARED_STATEMENTS);
      client.query("set jit = off; set work_mem = '32MB'").catch(() => {});
    });
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    return { db, backend: "postgres", close: () => db.destroy() };
  }
  const unlock = opts.dataDir ? lockDataDir(opts.dataDir) : () => {};
  let pglite: PGlite;
  try {
    pglite = await PGlite.create({ dataDir: opts.dataDir, extensions: { pg_trgm, btree_gin }, parsers });
  } catch (err) {
    unlock();
    throw err;
  }
  const db = new Kysely<DB>({ dialect: new PGliteDialect(pglite, { prepared: opts.prepared }) });
  return {
    db,
    backend: "pglite",
    close: async () => {
      await db.destroy();
      await pglite.close();
      unlock();
    },
  };
}

export async function ping(db: Db): Promise<boolean> {
  const r = await sql<{ ok: number }>`select 1 as ok`.execute(db);
  return r.rows[0]?.ok === 1;
}
