import type { Db } from "../../platform/db/connect.js";
import { inTransaction } from "../../platform/db/transaction.js";
import { audit } from "../../platform/audit.js";
import type { MaybeActor } from "../../platform/auth.js";
import { AppError, invalid, notFound } from "../../platform/errors.js";
import { authorizeAllianceWrite, authorizeProgressNote } from "./access.js";
import { listActionItems, ownersOf, type ActionItemRow } from "./actions.repo.js";
import {
  createActionItemSchema, progressNoteSchema, statusChangeSchema, updateActionItemSchema, STATUS_LABELS,
  type CreateActionItemInput,
} from "./actions.schema.js";
import { todayCn } from "../../platform/dates.js";
import { canTransition } from "./progress.js";
import { checkReference, checkRegions } from "./references.js";
import type { z } from "zod";

type Owners = Array<{ regionId?: number; organizationId?: number }>;

const EARLIEST = "2000-01-01";
const LATEST = "2100-12-31";

async function checkOwners(db: Db, owners: Owners): Promise<void> {
  await checkRegions(db, owners.map((o, i) => [`owners[${i}].regionId`, o.regionId] as [string, number | undefined]));
  for (const [i, o] of owners.entries()) await checkReference(db, "organizations", `owners[${i}].organizationId`, o.organizationId);
}

async function insertOwners(db: Db, itemId: number, owners: Owners): Promise<void> {
  const seen = new Set<string>();
  const rows = owners
    .filter((o) => { const k = `${o.regionId ?? ""}/${o.organizationId ?? ""}`; return !seen.has(k) && seen.add(k); })
    .map((o) => ({ item_id: itemId, region_id: o.regionId ?? null, organization_id: o.organizationId ?? null }));
  if (rows.length) await db.insertInto("action_item_owners").values(rows).execute();
}

function checkDeadline(deadline: string | null | undefined): void {
  if (deadline != null && (deadline < EARLIEST || deadline > LATEST)) throw invalid("deadline", `截止日期应在 ${EARLIEST} 至 ${LATEST} 之间 (deadline out of range)`);
}

function checkCompletedOn(completedOn: string, today: string): void {
  if (completedOn > today) throw invalid("completedOn", "完成日期不能晚于今天 (completion date must not be in the future)");
  if (completedOn < EARLIEST) throw invalid("completedOn", "完成日期过早 (completion date too early)");
}

/** Programme must exist and belong to the item's alliance; returns the alliance it implies. */
async function resolveAlliance(db: Db, allianceId: number | null | undefined, programmeId: number | null | undefined): Promise<number | null> {
  if (programmeId == null) {
    await checkReference(db, "alliances", "allianceId", allianceId);
    return allianceId ?? null;
  }
  const p = await db.selectFrom("programmes").select("alliance_id").where("id", "=", programmeId).executeTakeFirst();
  if (!p) throw new AppError("UNKNOWN_REFERENCE", `programmeId=${programmeId} 不存在 (unknown programme)`, { programmeId: "不存在 (unknown programme)" });
  if (allianceId != null && allianceId !== p.alliance_id) throw invalid("programmeId", "行动计划不属于该联盟 (programme belongs to another alliance)");
  return p.alliance_id;
}

/** Inside a caller's transaction: validates and inserts one item with its owners. */
export async function insertActionItem(trx: Db, actor: MaybeActor, raw: CreateActionItemInput, today = todayCn()): Promise<number> {
  const input = createActionItemSchema.parse(raw);
  const allianceId = await resolveAlliance(trx, input.allianceId, input.programmeId);
  authorizeAllianceWrite(actor, allianceId, "添加合作事项 (add an action item)");
  checkDeadline(input.deadline);
  if (input.status !== "done" && input.completedOn) throw invalid("completedOn", "只有已完成的事项才有完成日期 (only done items have a completion date)");
  const completedOn = input.status === "done" ? (input.completedOn ?? today) : null;
  if (completedOn) checkCompletedOn(completedOn, today);
  await checkReference(trx, "visits", "visitId", input.visitId);
  await checkReference(trx, "meetings", "meetingId", input.meetingId);
  await checkReference(trx, "meeting_decisions", "decisionId", input.decisionId);
  await checkOwners(trx, input.owners);
  const row = await trx
    .insertInto("action_items")
    .values({
      alliance_id: allianceId, programme_id: input.programmeId ?? null, visit_id: input.visitId ?? null, meeting_id: input.meetingId ?? null, decision_id: input.decisionId ?? null,
      title: input.title, description: input.description, strand: input.strand, deadline: input.deadline ?? null, status: input.status, completed_on: completedOn,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await insertOwners(trx, row.id, input.owners);
  await audit(trx, actor, { action: "action_item.create", entity: "action_items", entityId: row.id, after: { ...input, allianceId, completedOn } });
  return row.id;
}

export async function createActionItem(db: Db, actor: MaybeActor, raw: CreateActionItemInput, today = todayCn()): Promise<number> {
  return inTransaction(db, (trx) => insertActionItem(trx, actor, raw, today));
}

export interface ActionItemDetail extends ActionItemRow {
  notes: Array<{ id: number; notedOn: string; text: string; byUserId: number | null }>;
}

export async function getActionItem(db: Db, id: number, today = todayCn()): Promise<ActionItemDetail> {
  const [item] = await listActionItems(db, { ids: [id] }, today);
  if (!item) throw notFound("合作事项 (action item)", id);
  const notes = await db.selectFrom("action_progress_notes").select(["id", "noted_on", "text", "by_user_id"])
    .where("item_id", "=", id).orderBy("noted_on").orderBy("id").execute();
  return { ...item, notes: notes.map((n) => ({ id: n.id, notedOn: n.noted_on, text: n.text, byUserId: n.by_user_id })) };
}

async function loadForWrite(db: Db, id: number) {
  const row = await db.selectFrom("action_items").selectAll().where("id", "=", id).forUpdate().executeTakeFirst();
  if (!row) throw notFound("合作事项 (action item)", id);
  return row;
}

export async function updateActionItem(db: Db, actor: MaybeActor, id: number, raw: z.input<typeof updateActionItemSchema>): Promise<void> {
  const input = updateActionItemSchema.parse(raw);
  await inTransaction(db, async (trx) => {
    const before = await loadForWrite(trx, id);
    authorizeAllianceWrite(actor, before.alliance_id, "修改合作事项 (edit an action item)");
    if (input.programmeId !== undefined) {
      const a = await resolveAlliance(trx, before.alliance_id, input.programmeId);
      if (a !== before.alliance_id) throw invalid("programmeId", "行动计划不属于该联盟 (programme belongs to another alliance)");
    }
    checkDeadline(input.deadline);
    if (input.owners) await checkOwners(trx, input.owners);
    await trx.updateTable("action_items").set({
      ...(input.title !== undefined ? { title: input.title } : {}),
      ...(input.description !== undefined ? { description: input.description } : {}),
      ...(input.strand !== undefined ? { strand: input.strand } : {}),
      ...(input.deadline !== undefined ? { deadline: input.deadline } : {}),
      ...(input.programmeId !== undefined ? { programme_id: input.programmeId } : {}),
      updated_at: new Date(),
    }).where("id", "=", id).execute();
    if (input.owners) {
      await trx.deleteFrom("action_item_owners").where("item_id", "=", id).execute();
      await insertOwners(trx, id, input.owners);
    }
    await audit(trx, actor, { action: "action_item.update", entity: "action_items", entityId: id, before, after: input });
  });
}

export async function deleteActionItem(db: Db, actor: MaybeActor, id: number): Promise<void> {
  await inTransaction(db, async (trx) => {
    const before = await loadForWrite(trx, id);
    authorizeAllianceWrite(actor, before.alliance_id, "删除合作事项 (delete an action item)");
    await trx.deleteFrom("action_items").where("id", "=", id).execute();
    await audit(trx, actor, { action: "action_item.delete", entity: "action_items", entityId: id, before });
  });
}

/** Moves an item along its lifecycle; done carries a completion date (today unless given). */
export async function changeStatus(db: Db, actor: MaybeActor, id: number, raw: z.input<typeof statusChangeSchema>, today = todayCn()): Promise<void> {
  const input = statusChangeSchema.parse(raw);
  await inTransaction(db, async (trx) => {
    const before = await loadForWrite(trx, id);
    authorizeAllianceWrite(actor, before.alliance_id, "变更事项状态 (change status)");
    if (!canTransition(before.status, input.status)) {
      throw new AppError("INVALID_TRANSITION", `不能从「${STATUS_LABELS[before.status]}」变为「${STATUS_LABELS[input.status]}」 (cannot move ${before.status} → ${input.status})`, { status: "不允许的状态变更 (transition not allowed)" });
    }
    if (input.status !== "done" && input.completedOn) throw invalid("completedOn", "只有已完成的事项才有完成日期 (only done items have a completion date)");
    const completedOn = input.status === "done" ? (input.completedOn ?? today) : null;
    if (completedOn) checkCompletedOn(completedOn, today);
    await trx.updateTable("action_items").set({ status: input.status, completed_on: completedOn, updated_at: new Date() }).where("id", "=", id).execute();
    await audit(trx, actor, { action: "action_item.status", entity: "action_items", entityId: id, before: { status: before.status, completedOn: before.completed_on }, after: { status: input.status, completedOn } });
  });
}

export async function addProgressNote(db: Db, actor: MaybeActor, itemId: number, raw: z.input<typeof progressNoteSchema>, today = todayCn()): Promise<number> {
  const input = progressNoteSchema.parse(raw);
  return inTransaction(db, async (trx) => {
    const item = await loadForWrite(trx, itemId);
    const owners = (await ownersOf(trx, [itemId])).get(itemId) ?? [];
    authorizeProgressNote(actor, item.alliance_id, owners.filter((o) => o.kind === "organization").map((o) => o.id));
    const notedOn = input.notedOn ?? today;
    if (notedOn > today) throw invalid("notedOn", "进展日期不能晚于今天 (note date must not be in the future)");
    const row = await trx.insertInto("action_progress_notes")
      .values({ item_id: itemId, noted_on: notedOn, text: input.text, by_user_id: actor?.userId ?? null })
      .returning("id").executeTakeFirstOrThrow();
    await audit(trx, actor, { action: "action_item.note", entity: "action_progress_notes", entityId: row.id, after: { itemId, notedOn, text: input.text } });
    return row.id;
  });
}

export interface OwnerOverdue {
  owner: { kind: "region" | "organization"; id: number; name: string };
  items: ActionItemRow[];
}

/** Overdue items grouped per owner (an item with two owners appears under both), most overdue owners first. */
export async function overdueByOwner(db: Db, allianceId: number | undefined, today = todayCn()): Promise<OwnerOverdue[]> {
  const items = await listActionItems(db, { alliance: allianceId, overdue: true }, today);
  const groups = new Map<string, OwnerOverdue>();
  for (const item of items) {
    const owners = item.owners.length ? item.owners : [{ kind: "organization" as const, id: 0, name: "未指定 (unassigned)" }];
    for (const o of owners) {
      const key = `${o.kind}:${o.id}`;
      if (!groups.has(key)) groups.set(key, { owner: o, items: [] });
      groups.get(key)!.items.push(item);
    }
  }
  return [...groups.values()].sort((a, b) => b.items.length - a.items.length || a.owner.name.localeCompare(b.owner.name, "zh-CN"));
}
