import { parse, protocol, type PGlite, type Results } from "@electric-sql/pglite";
import {
  CompiledQuery,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type Kysely,
  type QueryResult,
} from "kysely";
import { PREPARED_STATEMENTS, PreparedNames } from "./prepared-names.js";

export interface PGliteDialectOptions {
  /** How many statements stay prepared, the most recently used by text (default PREPARED_STATEMENTS; 0: none). */
  prepared?: number;
}

/**
 * Kysely 0.28 (the last line that supports Node 20) ships no PGlite dialect; 0.29's
 * needs Node 22 (docs/decisions.md). PGlite has one connection, so the driver hands
 * it out under a mutex: a transaction holds it from BEGIN to COMMIT.
 */
export class PGliteDialect implements Dialect {
  constructor(
    private readonly pglite: PGlite,
    private readonly opts: PGliteDialectOptions = {},
  ) {}
  createAdapter() {
    return new PostgresAdapter();
  }
  createDriver(): Driver {
    return new PGliteDriver(this.pglite, this.opts);
  }
  createIntrospector(db: Kysely<any>) {
    return new PostgresIntrospector(db);
  }
  createQueryCompiler() {
    return new PostgresQueryCompiler();
  }
}

class PGliteDriver implements Driver {
  private queue: Promise<void> = Promise.resolve();
  private readonly connection: PGliteConnection;

  constructor(pglite: PGlite, opts: PGliteDialectOptions) {
    this.connection = new PGliteConnection(pglite, new PreparedNames(opts.prepared ?? PREPARED_STATEMENTS));
  }

  async init() {}

  async acquireConnection(): Promise<DatabaseConnection> {
    let release!: () => void;
    const next = new Promise<void>((r) => (release = r));
    const previous = this.queue;
    this.queue = previous.then(() => next);
    await previous;
    this.connection.release = release;
    return this.connection;
  }

  async beginTransaction(conn: DatabaseConnection) {
    await conn.executeQuery(CompiledQuery.raw("begin"));
  }
  async commitTransaction(conn: DatabaseConnection) {
    await conn.executeQuery(CompiledQuery.raw("commit"));
  }
  async rollbackTransaction(conn: DatabaseConnection) {
    await conn.executeQuery(CompiledQuery.raw("rollback"));
  }
  async releaseConnection(conn: DatabaseConnection) {
    (conn as PGliteConnection).release();
  }
  async destroy() {}
}

/**
 * A parameter as the text PostgreSQL reads it, whatever type the statement gives it; undefined
 * for values whose text depends on that type (arrays, objects, bytes), which PGlite's typed
 * serializers write. The same text PGlite's own would write for these.
 */
function asText(v: unknown): string | null | undefined {
  if (v == null) return null;
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "bigint" || typeof v === "boolean") return String(v);
  if (v instanceof Date) return v.toISOString();
  return undefined;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

class PGliteConnection implements DatabaseConnection {
  release: () => void = () => {};
  constructor(
    private readonly pglite: PGlite,
    private readonly names: PreparedNames,
  ) {}

  async executeQuery<R>(compiled: CompiledQuery): Promise<QueryResult<R>> {
    const result = await this.run<R>(compiled.sql, compiled.parameters);
    const affected = result.affectedRows;
    return {
      rows: result.rows,
      ...(affected !== undefined && /^\s*(insert|update|delete|merge)/i.test(compiled.sql)
        ? { numAffectedRows: BigInt(affected) }
        : {}),
    };
  }

  /**
   * One statement in one call into PGlite: parse, bind, describe, execute and sync together.
   * pglite.query() makes a call for each of these, and one more to learn the parameters' types
   * for its serializers; when every parameter's text is plain (asText) the types are not needed.
   * And a statement whose text was seen lately is not parsed or planned again: it stays prepared
   * under a name (PostgreSQL plans it anew for each call until a generic plan is as cheap).
   * Planning a search's statement takes PGlite 0.6–1 ms; over the search benchmark's mix at
   * 100 000 listings the two together took 20 % less time (filtered searches 28 %), no answer
   * changed. Errors are the same DatabaseError, raised after the sync, so the session is ready
   * for the next statement.
   */
  private async run<R>(text: string, params: readonly unknown[]): Promise<Results<R>> {
    const values = params.map(asText);
    if (values.some((v) => v === undefined)) return this.pglite.query<R>(text, params as unknown[]);
    const { serialize } = protocol;
    const parts: Uint8Array[] = [];
    const kept = this.names.keeps(text) ? this.names.use(text) : undefined;
    const name = kept?.name ?? "";
    if (kept?.evicted) parts.push(serialize.close({ type: "S", name: kept.evicted }));
    if (!kept || kept.fresh) parts.push(serialize.parse({ name, text }));
    parts.push(serialize.bind({ statement: name, values: values as (string | null)[] }), serialize.describe({ type: "P" }), serialize.execute({}), serialize.sync());
    let r;
    try {
      r = await this.pglite.execProtocol(concat(parts), {});
    } catch (err) {
      const stale = kept !== undefined && !kept.fresh && (err as { code?: string }).code === "0A000";
      if (kept?.fresh || stale) {
        // A fresh one is let go whether its parse or only its bind failed. A stale one ("cached
        // plan must not change result type": a table changed under it) is prepared anew, once.
        this.names.forget(text);
        await this.pglite.execProtocol(concat([serialize.close({ type: "S", name }), serialize.sync()]), {});
        if (stale) return this.run<R>(text, params);
      }
      throw err;
    }
    return parse.parseResults(r.messages, this.pglite.parsers)[0] as Results<R>;
  }

  // eslint-disable-next-line require-yield
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error("PGlite driver does not stream; page with limit/offset instead");
  }
}
