import { platformModule } from "../platform/platform.module.js";
import { accountsModule } from "./accounts/accounts.module.js";
import { consultModule } from "./consult/consult.module.js";
import { directoryModule } from "./directory/directory.module.js";
import { ingestModule } from "./ingest/ingest.module.js";
import { ledgerModule } from "./ledger/ledger.module.js";
import { marketModule } from "./market/market.module.js";
import type { JishiModule } from "./module.js";

/** Every module, in dependency order. Server, CLI, migrator and OpenAPI iterate this list. */
export const modules: readonly JishiModule[] = [platformModule, directoryModule, accountsModule, marketModule, ingestModule, consultModule, ledgerModule];
