import type { FastifyInstance } from "fastify";
import { sql } from "kysely";
import type { Db } from "./connect.js";

export interface ServerMemory {
  /** PostgreSQL's shared_buffers, in bytes. */
  sharedBuffers: number;
  /** The size of the database Jishi uses, tables and indexes, in bytes. */
  database: number;
}

const MB = 1024 * 1024;
const size = (bytes: number) => (bytes >= 1024 * MB ? `${(bytes / (1024 * MB)).toFixed(1)} GB` : `${Math.round(bytes / MB)} MB`);

/**
 * A warning when the database has outgrown PostgreSQL's own cache. Searches then read their
 * rows through the operating system's cache at every visit: at 1M listings on the benchmark's
 * machine the default 128 MB made the search mix's p95 14.2 ms, 6 GB (a quarter of its memory)
 * 9.8 ms (docs/benchmarks.md, "PostgreSQL's memory"). Nothing to say while the database fits.
 */
export function memoryAdvice(m: ServerMemory): string | undefined {
  if (m.database <= m.sharedBuffers) return undefined;
  return (
    `PostgreSQL 的 shared_buffers 为 ${size(m.sharedBuffers)}，数据库已有 ${size(m.database)}：搜索将经由操作系统缓存读取数据行，` +
    `建议将 shared_buffers 设为服务器内存的约四分之一 (shared_buffers is ${size(m.sharedBuffers)} and the database ${size(m.database)}; ` +
    `set shared_buffers to about a quarter of the server's memory — docs/architecture.md, "PostgreSQL settings")`
  );
}

export async function serverMemory(db: Db): Promise<ServerMemory> {
  const r = await sql<{ sb: number; db: number }>`
    select pg_size_bytes(current_setting('shared_buffers'))::float8 as sb, pg_database_size(current_database())::float8 as db`.execute(db);
  return { sharedBuffers: Number(r.rows[0].sb), database: Number(r.rows[0].db) };
}

/** Says once, when the server is ready, whether PostgreSQL's cache holds the database. */
export function adviseOnMemory(app: FastifyInstance, read: () => Promise<ServerMemory>): void {
  app.addHook("onReady", async () => {
    try {
      const advice = memoryAdvice(await read());
      if (advice) app.log.warn(advice);
    } catch (err) {
      app.log.warn({ err }, "could not read PostgreSQL's memory settings");
    }
  });
}
