import type { PlatformTables } from "../platform/platform.module.js";
import type { AccountTables } from "./accounts/accounts.tables.js";
import type { ConsultTables } from "./consult/consult.tables.js";
import type { DirectoryTables } from "./directory/directory.tables.js";
import type { IngestTables } from "./ingest/ingest.tables.js";
import type { LedgerTables } from "./ledger/ledger.tables.js";
import type { MarketTables } from "./market/market.tables.js";

/** The whole schema as Kysely sees it: each module contributes its tables. */
export interface DB extends PlatformTables, DirectoryTables, AccountTables, MarketTables, IngestTables, ConsultTables, LedgerTables {}
