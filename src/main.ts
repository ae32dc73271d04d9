import { createApp } from "./app.js";
import { ConfigError, loadConfig } from "./config.js";
import { consoleLogger, prepare } from "./platform/bootstrap.js";
import { findUserByEmail } from "./modules/accounts/accounts.repo.js";
import { DEMO_ADMIN, DEMO_MEMBERS } from "./modules/demo-credentials.js";

async function main(): Promise<void> {
  const config = loadConfig();
  const where = config.databaseUrl ? "PostgreSQL (DATABASE_URL)" : `PGlite at ${config.dataDir}`;
  console.log(`集市 Jishi — starting on ${where} …`);
  const database = await prepare(config, consoleLogger);
  const app = await createApp({ config, db: database.db, backend: database.backend });
  const close = async () => {
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once("SIGINT", close);
  process.once("SIGTERM", close);
  await app.listen({ port: config.port, host: config.host });
  const url = config.publicUrl;
  console.log(`\n  集市 Jishi is running:  ${url}`);
  console.log(`  API docs:               ${url}/api/docs`);
  if (config.loadDemo) {
    console.log(`  Demo admin:             ${DEMO_ADMIN.email} / ${DEMO_ADMIN.password}`);
    // Installations whose demo was loaded before the members existed have none.
    const members = [];
    for (const m of Object.values(DEMO_MEMBERS)) if (await findUserByEmail(database.db, m.email)) members.push(m);
    if (members.length) console.log("  Demo members (same password):");
    for (const m of members) console.log(`    ${m.email.padEnd(22)}${m.label}`);
  }
  console.log("");
}

main().catch((err) => {
  if (err instanceof ConfigError) console.error(err.message);
  else console.error(`Jishi failed to start: ${(err as Error).message}`);
  process.exit(1);
});
