import { audit } from "../../platform/audit.js";
import type { MaybeActor } from "../../platform/auth.js";
import type { Db } from "../../platform/db/connect.js";
import { AppError, notFound } from "../../platform/errors.js";
import { requireIngestRole } from "./access.js";
import * as repo from "./articles.repo.js";
import { loadGazetteer } from "../directory/regions.service.js";
import { confirmerFor, joinable } from "./confirm.js";
import type { FactType } from "./extract/types.js";
import type { FactStatus } from "./ingest.tables.js";
import { factDataSchemas } from "./ingest.schema.js";

type FactRow = NonNullable<Awaited<ReturnType<typeof repo.getFact>>>;

const view = (f: FactRow) => ({ ...f, effective: f.edited_data ?? f.data });

async function draftOrRefuse(db: Db, id: number): Promise<FactRow> {
  const f = await repo.getFact(db, id);
  if (!f) throw notFound("事实 (fact)", id);
  if (f.status !== "draft") throw new AppError("INVALID_TRANSITION", `该事实已${f.status === "confirmed" ? "确认" : "驳回"} (fact is already ${f.status})`);
  return f;
}

function validated(type: string, data: unknown): Record<string, unknown> {
  const schema = factDataSchemas[type as FactType];
  const r = schema.safeParse(data);
  if (!r.success) {
    const fields = Object.fromEntries(r.error.issues.map((i) => [`data.${i.path.join(".")}`, i.message]));
    throw new AppError("VALIDATION_FAILED", "事实内容不合法 (invalid fact data)", fields);
  }
  return r.data as Record<string, unknown>;
}

export async function listFacts(db: Db, actor: MaybeActor, q: { status?: FactStatus; type?: string; articleId?: number; limit: number; offset: number }) {
  requireIngestRole(actor);
  const page = await repo.listFacts(db, q);
  return { total: page.total, items: page.items.map((f) => ({ ...view(f), article_title: f.article_title })) };
}

export async function editFact(db: Db, actor: MaybeActor, id: number, data: Record<string, unknown>) {
  const who = requireIngestRole(actor);
  return db.transaction().execute(async (trx) => {
    const f = await draftOrRefuse(trx, id);
    const clean = validated(f.type, data);
    await trx.updateTable("facts").set({ edited_data: JSON.stringify(clean) }).where("id", "=", id).execute();
    await audit(trx, who, { action: "ingest.fact.edit", entity: "facts", entityId: id, before: f.edited_data ?? f.data, after: clean });
    return view((await repo.getFact(trx, id))!);
  });
}

/**
 * Confirmation writes the target record (through its module's service) and the link back in
 * one transaction: both or neither. `edit` is the reviewer's last change, saved first.
 */
export async function confirmFact(db: Db, actor: MaybeActor, id: number, edit?: Record<string, unknown>) {
  const who = requireIngestRole(actor);
  const gaz = await loadGazetteer(db);
  return db.transaction().execute(async (trx) => {
    const f = await draftOrRefuse(trx, id);
    if (edit) {
      const clean = validated(f.type, edit);
      await trx.updateTable("facts").set({ edited_data: JSON.stringify(clean) }).where("id", "=", id).execute();
      await audit(trx, who, { action: "ingest.fact.edit", entity: "facts", entityId: id, before: f.edited_data ?? f.data, after: clean });
    }
    const data = validated(f.type, edit ?? f.edited_data ?? f.data);
    const article = (await repo.getArticle(trx, f.article_id))!;
    const sentence = f.sentence.slice(0, 2000);
    const record = await confirmerFor(f.type as FactType)(joinable(trx), who, data, {
      article: { id: article.id, title: article.title, published_on: article.published_on, origin: article.origin },
      factId: f.id,
      sentence: f.sentence,
      gaz,
      source: { module: "ingest", articleId: article.id, factId: f.id, sentence },
    });
    await trx
      .updateTable("facts")
      .set({ status: "confirmed", record_module: record.module, record_type: record.type, record_id: record.id, reviewed_by: who.userId, reviewed_at: new Date() })
      .where("id", "=", id)
      .execute();
    await markReviewed(trx, f.article_id);
    await audit(trx, who, { action: "ingest.fact.confirm", entity: "facts", entityId: id, before: { status: "draft" }, after: { status: "confirmed", record } });
    return view((await repo.getFact(trx, id))!);
  });
}

export async function rejectFact(db: Db, actor: MaybeActor, id: number, reason?: string) {
  const who = requireIngestRole(actor);
  return db.transaction().execute(async (trx) => {
    await draftOrRefuse(trx, id);
    await trx.updateTable("facts").set({ status: "rejected", reject_reason: reason ?? null, reviewed_by: who.userId, reviewed_at: new Date() }).where("id", "=", id).execute();
    const f = (await repo.getFact(trx, id))!;
    await markReviewed(trx, f.article_id);
    await audit(trx, who, { action: "ingest.fact.reject", entity: "facts", entityId: id, before: { status: "draft" }, after: { status: "rejected", reason } });
    return view(f);
  });
}

/** An article is reviewed once none of its facts is still a draft. */
async function markReviewed(trx: Db, articleId: number): Promise<void> {
  const left = await trx.selectFrom("facts").select("id").where("article_id", "=", articleId).where("status", "=", "draft").limit(1).executeTakeFirst();
  if (!left) await trx.updateTable("articles").set({ status: "reviewed" }).where("id", "=", articleId).execute();
}
