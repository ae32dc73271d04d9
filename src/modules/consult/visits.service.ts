import type { z } from "zod";
import type { Db } from "../../platform/db/connect.js";
import { inTransaction } from "../../platform/db/transaction.js";
import { audit } from "../../platform/audit.js";
import type { MaybeActor } from "../../platform/auth.js";
import { invalid, notFound } from "../../platform/errors.js";
import { authorizeAllianceWrite } from "./access.js";
import { listActionItems } from "./actions.repo.js";
import { insertActionItem } from "./actions.service.js";
import { createVisitSchema, followUpSchema, updateVisitSchema, type CreateVisitInput } from "./consult.schema.js";
import { todayCn } from "../../platform/dates.js";
import { checkReference, checkRegions } from "./references.js";

const regionRefs = (field: string, ids: number[]) => ids.map((id, i) => [`${field}[${i}]`, id] as [string, number]);

/** Records a delegation visit (考察交流); all or nothing. Returns the id. */
export async function createVisit(db: Db, actor: MaybeActor, raw: CreateVisitInput): Promise<number> {
  const input = createVisitSchema.parse(raw);
  authorizeAllianceWrite(actor, input.allianceId, "记录考察交流 (record a visit)");
  return inTransaction(db, async (trx) => {
    await checkReference(trx, "alliances", "allianceId", input.allianceId);
    await checkRegions(trx, [...regionRefs("fromRegionIds", input.fromRegionIds), ...regionRefs("toRegionIds", input.toRegionIds)]);
    const row = await trx
      .insertInto("visits")
      .values({
        alliance_id: input.allianceId ?? null, title: input.title, start_on: input.startOn, end_on: input.endOn ?? input.startOn,
        from_region_ids: input.fromRegionIds, to_region_ids: input.toRegionIds, leaders: JSON.stringify(input.leaders),
        organizations_visited: input.organizationsVisited, sites: input.sites, purpose: input.purpose,
        source: input.source ? JSON.stringify(input.source) : null, created_by: actor?.userId ?? null,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await audit(trx, actor, { action: "visit.create", entity: "visits", entityId: row.id, after: input });
    return row.id;
  });
}

async function regionNames(db: Db, ids: number[]): Promise<Map<number, string>> {
  if (!ids.length) return new Map();
  const rows = await db.selectFrom("regions").select(["id", "name"]).where("id", "in", ids).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function listVisits(db: Db, f: { allianceId?: number; limit?: number }) {
  let q = db.selectFrom("visits").select(["id", "alliance_id", "title", "start_on", "end_on", "from_region_ids", "to_region_ids", "sites", "purpose"]);
  if (f.allianceId != null) q = q.where("alliance_id", "=", f.allianceId);
  const rows = await q.orderBy("start_on", "desc").orderBy("id", "desc").limit(Math.min(f.limit ?? 200, 1000)).execute();
  const followUps = rows.length
    ? await db.selectFrom("action_items").select(["visit_id", (e) => e.fn.countAll<number>().as("n")]).where("visit_id", "in", rows.map((r) => r.id)).groupBy("visit_id").execute()
    : [];
  const followUpCount = new Map(followUps.map((r) => [r.visit_id, Number(r.n)]));
  const names = await regionNames(db, [...new Set(rows.flatMap((r) => [...r.from_region_ids, ...r.to_region_ids]))]);
  const named = (ids: number[]) => ids.map((id) => ({ id, name: names.get(id) ?? "" }));
  return rows.map((r) => ({
    id: r.id, allianceId: r.alliance_id, title: r.title, startOn: r.start_on, endOn: r.end_on,
    from: named(r.from_region_ids), to: named(r.to_region_ids), sites: r.sites, purpose: r.purpose, followUpCount: followUpCount.get(r.id) ?? 0,
  }));
}

export async function getVisit(db: Db, id: number, today = todayCn()) {
  const v = await db.selectFrom("visits").selectAll().where("id", "=", id).executeTakeFirst();
  if (!v) throw notFound("考察交流 (visit)", id);
  const names = await regionNames(db, [...v.from_region_ids, ...v.to_region_ids]);
  const named = (ids: number[]) => ids.map((rid) => ({ id: rid, name: names.get(rid) ?? "" }));
  const followUps = await listActionItems(db, { visitId: id }, today);
  return {
    id: v.id, allianceId: v.alliance_id, title: v.title, startOn: v.start_on, endOn: v.end_on, from: named(v.from_region_ids),
    to: named(v.to_region_ids), leaders: v.leaders as Array<{ name: string; title: string }>, organizationsVisited: v.organizations_visited,
    sites: v.sites, purpose: v.purpose, source: v.source, followUps,
  };
}

async function loadVisit(trx: Db, id: number) {
  const v = await trx.selectFrom("visits").selectAll().where("id", "=", id).forUpdate().executeTakeFirst();
  if (!v) throw notFound("考察交流 (visit)", id);
  return v;
}

export async function updateVisit(db: Db, actor: MaybeActor, id: number, raw: z.input<typeof updateVisitSchema>): Promise<void> {
  const input = updateVisitSchema.parse(raw);
  await inTransaction(db, async (trx) => {
    const before = await loadVisit(trx, id);
    authorizeAllianceWrite(actor, before.alliance_id, "修改考察交流 (edit a visit)");
    const start = input.startOn ?? before.start_on;
    const end = input.endOn ?? before.end_on;
    if (end < start) throw invalid("endOn", "结束日期不能早于开始日期 (end must not be before start)");
    await checkRegions(trx, [...regionRefs("fromRegionIds", input.fromRegionIds ?? []), ...regionRefs("toRegionIds", input.toRegionIds ?? [])]);
    await trx.updateTable("visits").set({
      title: input.title, start_on: input.startOn, end_on: input.endOn, from_region_ids: input.fromRegionIds, to_region_ids: input.toRegionIds,
      leaders: input.leaders ? JSON.stringify(input.leaders) : undefined, organizations_visited: input.organizationsVisited, sites: input.sites, purpose: input.purpose,
    }).where("id", "=", id).execute();
    await audit(trx, actor, { action: "visit.update", entity: "visits", entityId: id, before, after: input });
  });
}

/** Deleting a visit keeps its follow-ups (they are the alliance's action items) and unlinks them. */
export async function deleteVisit(db: Db, actor: MaybeActor, id: number): Promise<void> {
  await inTransaction(db, async (trx) => {
    const before = await loadVisit(trx, id);
    authorizeAllianceWrite(actor, before.alliance_id, "删除考察交流 (delete a visit)");
    await trx.updateTable("action_items").set({ visit_id: null }).where("visit_id", "=", id).execute();
    await trx.deleteFrom("visits").where("id", "=", id).execute();
    await audit(trx, actor, { action: "visit.delete", entity: "visits", entityId: id, before });
  });
}

/** A follow-up becomes an action item of the visit's alliance; without a programme it stands in the alliance's list. */
export async function addFollowUp(db: Db, actor: MaybeActor, visitId: number, raw: z.input<typeof followUpSchema>, today = todayCn()): Promise<number> {
  const input = followUpSchema.parse(raw);
  return inTransaction(db, async (trx) => {
    const v = await loadVisit(trx, visitId);
    return insertActionItem(trx, actor, { ...input, allianceId: v.alliance_id, visitId }, today);
  });
}
