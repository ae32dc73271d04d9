import type { Db } from "./db/connect.js";
import type { MaybeActor } from "./auth.js";

export interface AuditEntry {
  action: string; // e.g. "organization.create"
  entity: string; // table or aggregate name
  entityId: string | number | null;
  before?: unknown;
  after?: unknown;
}

/** Every write records who, what, when, before/after — in the same transaction as the write. */
export async function audit(db: Db, actor: MaybeActor, e: AuditEntry): Promise<void> {
  await db
    .insertInto("audit_log")
    .values({
      actor_user_id: actor?.userId ?? null,
      action: e.action,
      entity: e.entity,
      entity_id: e.entityId == null ? null : String(e.entityId),
      before: e.before === undefined ? null : JSON.stringify(e.before),
      after: e.after === undefined ? null : JSON.stringify(e.after),
    })
    .execute();
}
