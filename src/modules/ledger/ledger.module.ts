import type { JishiModule } from "../module.js";
import { ledgerCli } from "./ledger.cli.js";
import { ledgerRoutes } from "./ledger.routes.js";
import { loadLedgerDemo } from "./demo/demo.js";
import * as m0 from "./migrations/202611220400_ledger.js";
import * as m1 from "./migrations/202611220410_ledger_scope.js";
import * as m2 from "./migrations/202611220420_ledger_pairs.js";
import * as m3 from "./migrations/202611220430_ledger_rollup.js";
import * as m4 from "./migrations/202611220440_ledger_rollup_quarters.js";
import * as m5 from "./migrations/202611302210_ledger_party_organizations.js";

export const ledgerModule: JishiModule = {
  name: "ledger",
  migrations: { "202611220400_ledger": m0, "202611220410_ledger_scope": m1, "202611220420_ledger_pairs": m2, "202611220430_ledger_rollup": m3, "202611220440_ledger_rollup_quarters": m4,
    "202611302210_ledger_party_organizations": m5 },
  routes: ledgerRoutes,
  cli: ledgerCli,
  demo: loadLedgerDemo,
};
