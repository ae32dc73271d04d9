import type { JishiModule } from "../module.js";
import { DEMO_ADMIN } from "../demo-credentials.js";
import { accountsCli } from "./accounts.cli.js";
import { accountsRoutes } from "./accounts.routes.js";
import { findUserByEmail } from "./accounts.repo.js";
import { createUserWithGrants } from "./accounts.service.js";
import * as m0 from "./migrations/202611220200_accounts.js";
import { sessionHook } from "./session-hook.js";

export const accountsModule: JishiModule = {
  name: "accounts",
  migrations: { "202611220200_accounts": m0 },
  onRequest: sessionHook,
  routes: accountsRoutes,
  cli: accountsCli,
  demo: async (db, log) => {
    if (await findUserByEmail(db, DEMO_ADMIN.email)) return;
    await createUserWithGrants(db, { ...DEMO_ADMIN }, [{ role: "platform_admin" }]);
    log.info(`demo admin created: ${DEMO_ADMIN.email}`);
  },
};
