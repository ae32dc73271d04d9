import { Command } from "commander";
import { createApp } from "../app.js";
import { loadConfig } from "../config.js";
import { modules } from "../modules/registry.js";
import type { OpenContext } from "../modules/module.js";
import { consoleLogger, ensureReference, openDatabase, seedDemo, seedReference } from "../platform/bootstrap.js";
import { migrateToLatest } from "../platform/db/migrate.js";
import { fail } from "./output.js";

const program = new Command("jishi")
  .description("集市 Jishi — 长三角协同创新平台 command line")
  .showHelpAfterError()
  .exitOverride((err) => {
    process.exit(err.exitCode === 0 ? 0 : 2);
  });

/** Opens the configured database and migrates it; `migrated` says whether anything was applied. */
async function openMigrated() {
  const config = loadConfig();
  const database = await openDatabase(config);
  const result = await migrateToLatest(database.db, modules);
  return { db: database.db, config, close: database.close, migrated: (result.results?.length ?? 0) > 0 };
}

/** Opens the configured database, migrated and with reference data. */
const open: OpenContext = async () => {
  const { migrated, ...ctx } = await openMigrated();
  const log = { info: () => {}, warn: (m: string) => console.warn(m) };
  // New migrations may come with new reference data (a release); otherwise seed only once.
  if (migrated) await seedReference(ctx.db, log);
  else await ensureReference(ctx.db, log);
  return ctx;
};

program
  .command("serve")
  .description("start the HTTP server (same as npm start, without building the UI)")
  .action(async () => {
    await import("../main.js");
  });

program
  .command("migrate")
  .description("apply all pending migrations")
  .option("--json", "JSON output")
  .action(async (o: { json?: boolean }) => {
    const config = loadConfig();
    const database = await openDatabase(config);
    try {
      const r = await migrateToLatest(database.db, modules);
      const applied = (r.results ?? []).map((x) => x.migrationName);
      console.log(o.json ? JSON.stringify({ applied }) : applied.length ? `applied: ${applied.join(", ")}` : "up to date");
    } finally {
      await database.close();
    }
  });

program
  .command("seed")
  .description("load reference data (regions, industries, alliances); with --demo also demo content")
  .option("--demo", "load demo content even if it was loaded before")
  .action(async (o: { demo?: boolean }) => {
    // Not open(): that would load the reference data once more before this does.
    const ctx = await openMigrated();
    try {
      await seedReference(ctx.db, consoleLogger);
      if (o.demo) await seedDemo(ctx.db, consoleLogger, { force: true });
      console.log("seeded");
    } finally {
      await ctx.close();
    }
  });

program
  .command("openapi")
  .description("print the OpenAPI document")
  .action(async () => {
    const ctx = await open();
    try {
      const app = await createApp({ config: ctx.config, db: ctx.db, serveWeb: false });
      await app.ready();
      process.stdout.write(JSON.stringify(app.swagger(), null, 2) + "\n");
      await app.close();
    } finally {
      await ctx.close();
    }
  });

for (const m of modules) m.cli?.(program, open);

program.parseAsync(process.argv).catch((err) => fail(err, process.argv.includes("--json")));
