import { AppError } from "../../platform/errors.js";
import type { Actor } from "../../platform/auth.js";
import type { Db } from "../../platform/db/connect.js";
import type { FactType } from "./extract/types.js";

export interface ConfirmContext {
  article: { id: number; title: string; published_on: string | null; origin: string | null };
  sentence: string;
  /** Provenance handed to the target module ("source" field of ledger/consult records). */
  source: { module: "ingest"; articleId: number; factId: number; sentence: string };
}

/** Creates the record of another module inside the caller's transaction; returns its reference. */
export type Confirmer = (trx: Db, actor: Actor, data: Record<string, unknown>, ctx: ConfirmContext) => Promise<{ module: string; id: number } | null>;

/**
 * Where each fact type goes when confirmed. A region fact is a check the reviewer makes,
 * not a record; it links to the directory region. The other targets are the ledger,
 * consult and directory services: wired here as they become available.
 */
export const confirmers: Partial<Record<FactType, Confirmer>> = {
  region: async (trx, _actor, data) => {
    const r = await trx.selectFrom("regions").select("id").where("code", "=", String(data.code)).executeTakeFirst();
    if (!r) throw new AppError("UNKNOWN_REGION", `地区 ${String(data.name)} (${String(data.code)}) 不在名录中 (region not in directory)`, { code: "unknown region" });
    return { module: "directory", id: r.id };
  },
};

export function confirmerFor(type: FactType): Confirmer {
  const c = confirmers[type];
  if (!c) throw new AppError("CONFLICT", `“${type}”类事实的目标模块尚未接入,暂不能确认 (the target module for ${type} facts is not available yet)`);
  return c;
}
