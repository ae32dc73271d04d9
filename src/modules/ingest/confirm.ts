import type { Actor } from "../../platform/auth.js";
import type { Db } from "../../platform/db/connect.js";
import { AppError } from "../../platform/errors.js";
import type { Gazetteer as DirectoryGazetteer } from "../directory/gazetteer.js";
import type { FactType } from "./extract/types.js";
import { confirmAgreement, confirmAlliance, confirmDelegation, confirmMeeting, confirmRegion, confirmSigning } from "./confirm.targets.js";

export interface ConfirmContext {
  article: { id: number; title: string; published_on: string | null; origin: string | null };
  factId: number;
  sentence: string;
  /** The directory's gazetteer: resolves the places the reviewer typed or the extractor found. */
  gaz: DirectoryGazetteer;
  /** Provenance handed to the target module ("source" of ledger / consult records). */
  source: { module: "ingest"; articleId: number; factId: number; sentence: string };
}

/** What a confirmation created: stored on the fact (record_module, record_type, record_id). */
export interface RecordRef {
  module: "ledger" | "consult" | "directory";
  type: "agreement" | "ceremony" | "visit" | "meeting" | "alliance" | "region";
  id: number;
}

/** Creates the record of another module inside the caller's transaction; returns its reference. */
export type Confirmer = (trx: Db, actor: Actor, data: Record<string, unknown>, ctx: ConfirmContext) => Promise<RecordRef>;

/**
 * Where each fact type goes when confirmed, through the owning module's own service (its
 * validation, permissions, audit and roll-ups), never by writing its tables from here. A region
 * fact is a check the reviewer makes, not a record: it links to the directory region.
 */
export const confirmers: Record<FactType, Confirmer> = {
  region: confirmRegion,
  agreement: confirmAgreement,
  signing: confirmSigning,
  delegation: confirmDelegation,
  meeting: confirmMeeting,
  alliance: confirmAlliance,
};

export function confirmerFor(type: FactType): Confirmer {
  const c = confirmers[type];
  if (!c) throw new AppError("VALIDATION_FAILED", `未知的事实类型 ${type} (unknown fact type)`, { type: "unknown" });
  return c;
}

/**
 * The review transaction as a handle the other modules' services can "open a transaction" on:
 * `db.transaction().execute(fn)` runs fn inside ours instead of failing (Kysely does not nest),
 * so the target record and the fact's link are written together or not at all. Services that
 * already join a caller's transaction (ledger's inTransaction) see `isTransaction` and need nothing.
 */
export function joinable(trx: Db): Db {
  const joined: Db = new Proxy(trx, {
    get(target, prop) {
      if (prop === "transaction") {
        const builder = { setIsolationLevel: () => builder, setAccessMode: () => builder, execute: <T>(fn: (t: Db) => Promise<T>) => fn(joined) };
        return () => builder;
      }
      const v = Reflect.get(target, prop, target);
      return typeof v === "function" ? v.bind(target) : v;
    },
  });
  return joined;
}
