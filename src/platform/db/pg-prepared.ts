import type pg from "pg";
import { PreparedNames } from "./prepared-names.js";

/** What `pg` keeps of a connection's named statements (lib/client.js, lib/query.js). */
interface PgConnectionState {
  parsedStatements: Record<string, string>;
}

/**
 * Makes a pooled connection keep its `keep` most recently used statements prepared, by text: a
 * statement seen lately is bound and executed without being parsed and planned again. Kysely's
 * driver calls `client.query(text, values)`; such calls of reading and writing statements become
 * named ones, `pg`'s own prepared statements. PostgreSQL still plans a statement for its
 * parameters until a generic plan costs no more (`plan_cache_mode = auto`). The one let go is
 * deallocated. A statement whose table changed shape under it ("cached plan must not change
 * result type") is prepared again, once.
 */
export function keepPrepared(client: pg.ClientBase, keep: number): void {
  if (keep <= 0) return;
  const names = new PreparedNames(keep);
  const state = (client as unknown as { connection: PgConnectionState }).connection;
  const query = client.query.bind(client) as (...args: unknown[]) => Promise<pg.QueryResult>;
  const deallocate = (name: string) => {
    delete state.parsedStatements[name];
    // Queued on the connection before whatever comes next; a statement never prepared is no error.
    query(`deallocate ${name}`).catch(() => {});
  };
  const run = async (text: string, values: unknown[], retried = false): Promise<pg.QueryResult> => {
    const { name, evicted } = names.use(text);
    if (evicted) deallocate(evicted);
    try {
      return await query({ name, text, values });
    } catch (err) {
      // (Inside a transaction the first error has aborted it, and the second says so.)
      if ((err as { code?: string }).code === "0A000" && !retried) {
        names.forget(text);
        deallocate(name);
        return run(text, values, true);
      }
      // A statement that failed to parse is not prepared; one that failed later stays (pg knows which).
      if (state.parsedStatements[name] === undefined) names.forget(text);
      throw err;
    }
  };
  (client as unknown as { query: unknown }).query = (...args: unknown[]) => {
    const [text, values] = args;
    if (args.length === 2 && typeof text === "string" && Array.isArray(values) && names.keeps(text)) return run(text, values);
    return query(...args);
  };
}
