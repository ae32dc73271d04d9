import type { Db } from "../../platform/db/connect.js";

/**
 * Runs `fn` in a transaction, or inside the caller's one: the ingest module confirms facts
 * into the ledger from its own review transaction, and Kysely cannot nest transactions.
 */
export function inTransaction<T>(db: Db, fn: (trx: Db) => Promise<T>): Promise<T> {
  return db.isTransaction ? fn(db) : db.transaction().execute(fn);
}

/** Today in China (UTC+8): status dates are Chinese calendar days. */
export function todayCn(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/** 《沿沪宁协同创新城市联盟合作备忘录》 → stored as the bare title; the UI adds 《》 back. */
export const bareTitle = (t: string): string => t.trim().replace(/^《(.*)》$/, "$1").trim();
