import type { Command } from "commander";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Migration } from "kysely";
import type { Config } from "../config.js";
import type { Db } from "../platform/db/connect.js";

export interface AppContext {
  db: Db;
  config: Config;
}

export interface Logger {
  info(msg: string): void;
  warn(msg: string): void;
}

/** Opens the database for a CLI command (migrated), and closes it when done. */
export type OpenContext = () => Promise<AppContext & { close(): Promise<void> }>;

/**
 * A module's manifest: the registry iterates these, so the server, the CLI, the
 * migrator and OpenAPI never list modules by hand.
 */
export interface JishiModule {
  name: string;
  /** key: `YYYYMMDDHHmm_description`; forward-only. */
  migrations?: Record<string, Migration>;
  /** Mounted under /api; receives the app context. */
  routes?: (app: FastifyInstance, ctx: AppContext) => Promise<void>;
  /** Root-level request hook (e.g. resolving the session). */
  onRequest?: (ctx: AppContext) => (req: FastifyRequest, reply: FastifyReply) => Promise<void>;
  /** Reference data every installation needs; idempotent, run on every start. */
  seed?: (db: Db, log: Logger) => Promise<void>;
  /** Demo content; run once, on first start of an empty installation (or `jishi seed --demo`). */
  demo?: (db: Db, log: Logger) => Promise<void>;
  /** Adds the module's subcommands to the `jishi` CLI. */
  cli?: (program: Command, open: OpenContext) => void;
}
