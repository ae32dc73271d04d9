import type { Db } from "./connect.js";

/**
 * Runs `fn` in a transaction, or inside the caller's one: the ingest module confirms facts
 * into the ledger from its own review transaction, and Kysely cannot nest transactions.
 */
export function inTransaction<T>(db: Db, fn: (trx: Db) => Promise<T>): Promise<T> {
  return db.isTransaction ? fn(db) : db.transaction().execute(fn);
}
