import { resolve } from "node:path";
import { z } from "zod";

// The only reader of process.env: everything else receives a frozen Config.
const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default("0.0.0.0"),
  JISHI_DATA_DIR: z.string().default("./.jishi"),
  DATABASE_URL: z.string().url().optional(),
  JISHI_DEMO: z.enum(["0", "1"]).default("1"),
  JISHI_PUBLIC_URL: z.string().url().optional(),
  JISHI_BODY_LIMIT: z.coerce.number().int().positive().default(2 * 1024 * 1024),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
});

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  readonly databaseUrl?: string;
  readonly loadDemo: boolean;
  readonly publicUrl: string;
  readonly bodyLimit: number;
  readonly logLevel: string;
  readonly env: "development" | "production" | "test";
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable (DATABASE_URL=) means "not set", as in a shell.
  const given = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = envSchema.safeParse(given);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`invalid environment:\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  return Object.freeze({
    port: e.PORT,
    host: e.HOST,
    dataDir: resolve(e.JISHI_DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    loadDemo: e.JISHI_DEMO === "1",
    publicUrl: e.JISHI_PUBLIC_URL ?? `http://localhost:${e.PORT}`,
    bodyLimit: e.JISHI_BODY_LIMIT,
    logLevel: e.LOG_LEVEL,
    env: e.NODE_ENV,
  });
}

/** A config for tests and scripts: no environment read. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return Object.freeze({ ...loadConfig({ NODE_ENV: "test", LOG_LEVEL: "silent" }), ...overrides });
}
