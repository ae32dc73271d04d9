import { sql } from "kysely";
import type { Db } from "../../platform/db/connect.js";
import { audit } from "../../platform/audit.js";
import type { MaybeActor } from "../../platform/auth.js";
import { AppError, notFound } from "../../platform/errors.js";
import { authorizeWrite } from "./access.js";
import { assertPartyOrganization, partyWhere, resolveScope, scopeWhere } from "./filters.js";
import { agreementListQuery, createAgreementSchema, updateAgreementSchema, type CreateAgreementInput } from "./ledger.schema.js";
import type { z } from "zod";
import { checkIndustries, checkRow, regionColumns, resolveParties, type PartyInput } from "./references.js";
import { applyRollup } from "./rollup.js";
import { inTransaction } from "../../platform/db/transaction.js";
import { bareTitle } from "./title.js";

export const AGREEMENT_KIND_LABELS = { memorandum: "备忘录", framework: "框架协议", cooperation: "合作协议", other: "其他" } as const;

/** Refuses fewer than two distinct parties: an agreement is between at least two sides. */
function checkPartyCount(parties: { regionId?: number; organizationId?: number }[]): void {
  const keys = new Set(parties.map((p) => (p.regionId != null ? `r${p.regionId}` : `o${p.organizationId}`)));
  if (parties.length < 2) throw new AppError("VALIDATION_FAILED", "协议至少需要两个签署方 (an agreement needs at least two parties)", { parties: "至少两个签署方 (at least two parties)" });
  if (keys.size < parties.length) throw new AppError("VALIDATION_FAILED", "签署方重复 (duplicate party)", { parties: "签署方重复 (duplicate party)" });
}

/** An agreement's parties, in the order given, each with the name resolveParties found for it. */
async function insertParties(trx: Db, agreementId: number, parties: PartyInput[], names: string[]): Promise<void> {
  await trx.insertInto("agreement_parties").values(parties.map((p, i) => ({
    agreement_id: agreementId, region_id: p.regionId ?? null, organization_id: p.organizationId ?? null, name: names[i],
  }))).execute();
}

/** Records an agreement with its parties; all or nothing. Returns the id. */
export async function createAgreement(db: Db, actor: MaybeActor, raw: CreateAgreementInput): Promise<number> {
  const input = createAgreementSchema.parse(raw);
  checkPartyCount(input.parties);
  authorizeWrite(actor, input.allianceId, input.parties.map((p) => p.organizationId), "记录协议 (record an agreement)");
  return inTransaction(db, async (trx) => {
    await checkRow(trx, "alliances", "allianceId", input.allianceId);
    await checkRow(trx, "ceremonies", "ceremonyId", input.ceremonyId);
    await checkIndustries(trx, input.industryIds.map((id, i) => [`industryIds[${i}]`, id]));
    const parties = await resolveParties(trx, input.parties, "parties");
    const cols = await regionColumns(trx, parties.regionIds);
    const row = await trx
      .insertInto("agreements")
      .values({
        title: bareTitle(input.title), kind: input.kind, signed_on: input.signedOn, place: input.place, event_name: input.eventName,
        alliance_id: input.allianceId ?? null, ceremony_id: input.ceremonyId ?? null, industry_ids: [...new Set(input.industryIds)],
        ...cols, notes: input.notes, source: input.source ? JSON.stringify(input.source) : null, created_by: actor?.userId ?? null,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await insertParties(trx, row.id, input.parties, parties.names);
    await applyRollup(trx, "agreements", row.id, 1);
    await audit(trx, actor, { action: "agreement.create", entity: "agreements", entityId: row.id, after: input });
    return row.id;
  });
}

/**
 * Corrects an agreement's record (a mistyped title, a party left out): all or nothing, the
 * dashboards' rollup and network moved with it, audited with what it was. Who may correct it
 * is decided by the record's alliance and parties as they stand, not by the ones the edit names.
 */
export async function updateAgreement(db: Db, actor: MaybeActor, id: number, raw: z.input<typeof updateAgreementSchema>) {
  const input = updateAgreementSchema.parse(raw);
  if (input.parties) checkPartyCount(input.parties);
  await inTransaction(db, async (trx) => {
    const before = await trx.selectFrom("agreements").selectAll().where("id", "=", id).forUpdate().executeTakeFirst();
    if (!before) throw notFound("协议 (agreement)", id);
    const partiesBefore = await trx.selectFrom("agreement_parties").select(["region_id", "organization_id", "name"]).where("agreement_id", "=", id).orderBy("id").execute();
    authorizeWrite(actor, before.alliance_id, partiesBefore.map((x) => x.organization_id), "修改协议 (edit an agreement)");
    if (input.industryIds) await checkIndustries(trx, input.industryIds.map((x, i) => [`industryIds[${i}]`, x]));
    const parties = input.parties ? await resolveParties(trx, input.parties, "parties") : null;
    await applyRollup(trx, "agreements", id, -1);
    await trx.updateTable("agreements").set({
      title: input.title === undefined ? undefined : bareTitle(input.title), kind: input.kind, signed_on: input.signedOn, place: input.place,
      event_name: input.eventName, industry_ids: input.industryIds ? [...new Set(input.industryIds)] : undefined, notes: input.notes,
      ...(parties ? await regionColumns(trx, parties.regionIds) : {}),
    }).where("id", "=", id).execute();
    if (input.parties && parties) {
      await trx.deleteFrom("agreement_parties").where("agreement_id", "=", id).execute();
      await insertParties(trx, id, input.parties, parties.names);
    }
    await applyRollup(trx, "agreements", id, 1);
    await audit(trx, actor, { action: "agreement.update", entity: "agreements", entityId: id, before: { ...before, parties: partiesBefore }, after: input });
  });
  return getAgreement(db, id);
}

const columns = [
  "a.id", "a.title", "a.kind", "a.signed_on as signedOn", "a.place", "a.event_name as eventName", "a.alliance_id as allianceId",
  "al.name as allianceName", "a.ceremony_id as ceremonyId", "a.industry_ids as industryIds", "a.notes", "a.document_name as documentName",
] as const;

async function partiesOf(db: Db, ids: number[]) {
  if (!ids.length) return new Map<number, { regionId: number | null; organizationId: number | null; name: string }[]>();
  const rows = await db.selectFrom("agreement_parties as p").leftJoin("regions as r", "r.id", "p.region_id").leftJoin("organizations as o", "o.id", "p.organization_id")
    .select(["p.agreement_id", "p.region_id as regionId", "p.organization_id as organizationId", sql<string>`coalesce(nullif(p.name, ''), r.name, o.name)`.as("name")])
    .where("p.agreement_id", "in", ids).orderBy("p.id").execute();
  const m = new Map<number, { regionId: number | null; organizationId: number | null; name: string }[]>();
  for (const { agreement_id, ...p } of rows) m.set(agreement_id, [...(m.get(agreement_id) ?? []), p]);
  return m;
}

export async function getAgreement(db: Db, id: number) {
  const a = await db.selectFrom("agreements as a").leftJoin("alliances as al", "al.id", "a.alliance_id")
    .select([...columns, "a.source", "a.document_type as documentType"]).where("a.id", "=", id).executeTakeFirst();
  if (!a) throw notFound("协议 (agreement)", id);
  return { ...a, kindLabel: AGREEMENT_KIND_LABELS[a.kind], parties: (await partiesOf(db, [id])).get(id) ?? [] };
}

export async function listAgreements(db: Db, raw: z.input<typeof agreementListQuery>) {
  const q = agreementListQuery.parse(raw);
  const scope = await resolveScope(db, q);
  let base = db.selectFrom("agreements as a").where(scopeWhere(scope, "agreements", "a"));
  await assertPartyOrganization(db, q.organization);
  if (q.organization != null) base = base.where(partyWhere("agreements", q.organization));
  if (q.q) base = base.where("a.title", "like", `%${q.q.replace(/[%_\\]/g, "\\$&")}%`);
  const total = (await base.select(sql<number>`count(*)::int`.as("n")).executeTakeFirstOrThrow()).n;
  const rows = await base.leftJoin("alliances as al", "al.id", "a.alliance_id")
    .select(columns).orderBy("a.signed_on", "desc").orderBy("a.id", "desc").limit(q.limit).offset(q.offset).execute();
  const parties = await partiesOf(db, rows.map((r) => r.id));
  return { total, items: rows.map((r) => ({ ...r, kindLabel: AGREEMENT_KIND_LABELS[r.kind], parties: parties.get(r.id) ?? [] })) };
}

const MAX_DOCUMENT = 20 * 1024 * 1024;

/** Attaches the signed text (PDF, Word, scan) to an agreement, replacing any earlier file. */
export async function setAgreementDocument(db: Db, actor: MaybeActor, id: number, file: { name: string; type: string; bytes: Buffer }): Promise<void> {
  const a = await getAgreement(db, id);
  authorizeWrite(actor, a.allianceId, a.parties.map((p) => p.organizationId), "上传协议文本 (upload the agreement document)");
  if (file.bytes.length === 0) throw new AppError("VALIDATION_FAILED", "文件为空 (empty file)", { file: "文件为空 (empty)" });
  if (file.bytes.length > MAX_DOCUMENT) throw new AppError("PAYLOAD_TOO_LARGE", "协议文件不能超过 20MB (document over 20 MB)", { file: "超过 20MB" });
  await inTransaction(db, async (trx) => {
    await trx.updateTable("agreements").set({ document_name: file.name, document_type: file.type, document_bytes: file.bytes }).where("id", "=", id).execute();
    await audit(trx, actor, { action: "agreement.document", entity: "agreements", entityId: id, before: { name: a.documentName }, after: { name: file.name, bytes: file.bytes.length } });
  });
}

export async function getAgreementDocument(db: Db, id: number) {
  const r = await db.selectFrom("agreements").select(["document_name", "document_type", "document_bytes"]).where("id", "=", id).executeTakeFirst();
  if (!r?.document_bytes) throw notFound("协议文件 (agreement document)", id);
  return { name: r.document_name ?? `agreement-${id}`, type: r.document_type ?? "application/octet-stream", bytes: Buffer.from(r.document_bytes) };
}
