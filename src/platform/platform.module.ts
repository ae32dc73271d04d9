import type { ColumnType, Generated } from "kysely";
import type { JishiModule } from "../modules/module.js";
import * as m0 from "./migrations/202611220000_extensions_and_audit.js";

export interface AuditLogTable {
  id: Generated<number>;
  at: ColumnType<Date, never, never>;
  actor_user_id: number | null;
  action: string;
  entity: string;
  entity_id: string | null;
  before: unknown;
  after: unknown;
}

export interface MetaTable {
  key: string;
  value: unknown;
}

export interface PlatformTables {
  audit_log: AuditLogTable;
  jishi_meta: MetaTable;
}

export const platformModule: JishiModule = {
  name: "platform",
  migrations: { "202611220000_extensions_and_audit": m0 },
};
