import type { z } from "zod";
import type { Db } from "../../platform/db/connect.js";
import { inTransaction } from "../../platform/db/transaction.js";
import { audit } from "../../platform/audit.js";
import type { MaybeActor } from "../../platform/auth.js";
import { notFound } from "../../platform/errors.js";
import { authorizeAllianceWrite } from "./access.js";
import { listActionItems } from "./actions.repo.js";
import { insertActionItem } from "./actions.service.js";
import { attendeeSchema, createMeetingSchema, decisionSchema, updateMeetingSchema, type CreateMeetingInput } from "./consult.schema.js";
import { followUpSchema } from "./consult.schema.js";
import { todayCn } from "../../platform/dates.js";
import { checkReference, checkRegions } from "./references.js";

type Attendee = z.infer<typeof attendeeSchema>;

async function insertAttendees(trx: Db, meetingId: number, attendees: Attendee[]): Promise<void> {
  await checkRegions(trx, attendees.map((a, i) => [`attendees[${i}].regionId`, a.regionId] as [string, number | undefined]));
  for (const [i, a] of attendees.entries()) await checkReference(trx, "organizations", `attendees[${i}].organizationId`, a.organizationId);
  if (!attendees.length) return;
  await trx.insertInto("meeting_attendees").values(attendees.map((a) => ({
    meeting_id: meetingId, region_id: a.regionId ?? null, organization_id: a.organizationId ?? null, person_name: a.personName, person_title: a.personTitle,
  }))).execute();
}

/** Records a meeting with its attendees and decisions; all or nothing. Returns the id. */
export async function createMeeting(db: Db, actor: MaybeActor, raw: CreateMeetingInput): Promise<number> {
  const input = createMeetingSchema.parse(raw);
  authorizeAllianceWrite(actor, input.allianceId, "记录会商 (record a meeting)");
  return inTransaction(db, async (trx) => {
    await checkReference(trx, "alliances", "allianceId", input.allianceId);
    await checkRegions(trx, [["hostRegionId", input.hostRegionId]]);
    const row = await trx
      .insertInto("meetings")
      .values({
        alliance_id: input.allianceId ?? null, title: input.title, kind: input.kind, held_on: input.heldOn,
        host_region_id: input.hostRegionId ?? null, place: input.place, theme: input.theme, agenda: input.agenda,
        minutes: input.minutes, source: input.source ? JSON.stringify(input.source) : null, created_by: actor?.userId ?? null,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await insertAttendees(trx, row.id, input.attendees);
    if (input.decisions.length) {
      await trx.insertInto("meeting_decisions").values(input.decisions.map((text) => ({ meeting_id: row.id, text }))).execute();
    }
    await audit(trx, actor, { action: "meeting.create", entity: "meetings", entityId: row.id, after: input });
    return row.id;
  });
}

export async function listMeetings(db: Db, f: { allianceId?: number; kind?: string; limit?: number }) {
  let q = db.selectFrom("meetings as m").leftJoin("regions as r", "r.id", "m.host_region_id").leftJoin("alliances as a", "a.id", "m.alliance_id")
    .select(["m.id", "m.alliance_id as allianceId", "a.name as allianceName", "m.title", "m.kind", "m.held_on as heldOn", "m.host_region_id as hostRegionId", "r.name as hostRegionName", "m.place", "m.theme"]);
  if (f.allianceId != null) q = q.where("m.alliance_id", "=", f.allianceId);
  if (f.kind) q = q.where("m.kind", "=", f.kind as never);
  return q.orderBy("m.held_on", "desc").orderBy("m.id", "desc").limit(Math.min(f.limit ?? 200, 1000)).execute();
}

export async function getMeeting(db: Db, id: number, today = todayCn()) {
  const m = await db.selectFrom("meetings as m").leftJoin("regions as r", "r.id", "m.host_region_id").leftJoin("alliances as a", "a.id", "m.alliance_id")
    .select(["m.id", "m.alliance_id as allianceId", "a.name as allianceName", "m.title", "m.kind", "m.held_on as heldOn", "m.host_region_id as hostRegionId",
      "r.name as hostRegionName", "m.place", "m.theme", "m.agenda", "m.minutes", "m.source"])
    .where("m.id", "=", id).executeTakeFirst();
  if (!m) throw notFound("会议 (meeting)", id);
  const attendees = await db.selectFrom("meeting_attendees as t").leftJoin("regions as r", "r.id", "t.region_id").leftJoin("organizations as o", "o.id", "t.organization_id")
    .select(["t.id", "t.region_id as regionId", "r.name as regionName", "t.organization_id as organizationId", "o.name as organizationName", "t.person_name as personName", "t.person_title as personTitle"])
    .where("t.meeting_id", "=", id).orderBy("t.id").execute();
  const decisions = await db.selectFrom("meeting_decisions as d")
    .select(["d.id", "d.text", (eb) => eb.selectFrom("action_items as i").select((e) => e.fn.agg<number[]>("array_agg", ["i.id"]).as("ids")).whereRef("i.decision_id", "=", "d.id").as("actionItemIds")])
    .where("d.meeting_id", "=", id).orderBy("d.id").execute();
  const actionItems = await listActionItems(db, { meetingId: id }, today);
  return { ...m, attendees, decisions: decisions.map((d) => ({ ...d, actionItemIds: d.actionItemIds ?? [] })), actionItems };
}

async function loadMeeting(trx: Db, id: number) {
  const m = await trx.selectFrom("meetings").selectAll().where("id", "=", id).forUpdate().executeTakeFirst();
  if (!m) throw notFound("会议 (meeting)", id);
  return m;
}

export async function updateMeeting(db: Db, actor: MaybeActor, id: number, raw: z.input<typeof updateMeetingSchema>): Promise<void> {
  const input = updateMeetingSchema.parse(raw);
  await inTransaction(db, async (trx) => {
    const before = await loadMeeting(trx, id);
    authorizeAllianceWrite(actor, before.alliance_id, "修改会议 (edit a meeting)");
    await checkRegions(trx, [["hostRegionId", input.hostRegionId]]);
    await trx.updateTable("meetings").set({
      title: input.title, kind: input.kind, held_on: input.heldOn, host_region_id: input.hostRegionId, place: input.place,
      theme: input.theme, agenda: input.agenda, minutes: input.minutes,
    }).where("id", "=", id).execute();
    await audit(trx, actor, { action: "meeting.update", entity: "meetings", entityId: id, before, after: input });
  });
}

export async function deleteMeeting(db: Db, actor: MaybeActor, id: number): Promise<void> {
  await inTransaction(db, async (trx) => {
    const before = await loadMeeting(trx, id);
    authorizeAllianceWrite(actor, before.alliance_id, "删除会议 (delete a meeting)");
    await trx.updateTable("action_items").set({ meeting_id: null }).where("meeting_id", "=", id).execute();
    await trx.deleteFrom("meetings").where("id", "=", id).execute();
    await audit(trx, actor, { action: "meeting.delete", entity: "meetings", entityId: id, before });
  });
}

export async function addAttendee(db: Db, actor: MaybeActor, meetingId: number, raw: z.input<typeof attendeeSchema>): Promise<void> {
  const input = attendeeSchema.parse(raw);
  await inTransaction(db, async (trx) => {
    const m = await loadMeeting(trx, meetingId);
    authorizeAllianceWrite(actor, m.alliance_id, "修改会议 (edit a meeting)");
    await insertAttendees(trx, meetingId, [input]);
    await audit(trx, actor, { action: "meeting.attendee.add", entity: "meetings", entityId: meetingId, after: input });
  });
}

export async function removeAttendee(db: Db, actor: MaybeActor, meetingId: number, attendeeId: number): Promise<void> {
  await inTransaction(db, async (trx) => {
    const m = await loadMeeting(trx, meetingId);
    authorizeAllianceWrite(actor, m.alliance_id, "修改会议 (edit a meeting)");
    const gone = await trx.deleteFrom("meeting_attendees").where("id", "=", attendeeId).where("meeting_id", "=", meetingId).returningAll().executeTakeFirst();
    if (!gone) throw notFound("参会方 (attendee)", attendeeId);
    await audit(trx, actor, { action: "meeting.attendee.remove", entity: "meetings", entityId: meetingId, before: gone });
  });
}

export async function addDecision(db: Db, actor: MaybeActor, meetingId: number, raw: z.input<typeof decisionSchema>): Promise<number> {
  const input = decisionSchema.parse(raw);
  return inTransaction(db, async (trx) => {
    const m = await loadMeeting(trx, meetingId);
    authorizeAllianceWrite(actor, m.alliance_id, "修改会议 (edit a meeting)");
    const row = await trx.insertInto("meeting_decisions").values({ meeting_id: meetingId, text: input.text }).returning("id").executeTakeFirstOrThrow();
    await audit(trx, actor, { action: "meeting.decision.add", entity: "meetings", entityId: meetingId, after: input });
    return row.id;
  });
}

/** Rewords a decision (the minutes' wording); action items made from it keep their own text. */
export async function updateDecision(db: Db, actor: MaybeActor, meetingId: number, decisionId: number, raw: z.input<typeof decisionSchema>): Promise<void> {
  const input = decisionSchema.parse(raw);
  await inTransaction(db, async (trx) => {
    const m = await loadMeeting(trx, meetingId);
    authorizeAllianceWrite(actor, m.alliance_id, "修改会议 (edit a meeting)");
    const before = await trx.selectFrom("meeting_decisions").selectAll().where("id", "=", decisionId).where("meeting_id", "=", meetingId).executeTakeFirst();
    if (!before) throw notFound("会议决定 (decision)", decisionId);
    await trx.updateTable("meeting_decisions").set({ text: input.text }).where("id", "=", decisionId).execute();
    await audit(trx, actor, { action: "meeting.decision.update", entity: "meetings", entityId: meetingId, before, after: input });
  });
}

/** Removes a decision recorded by mistake; action items made from it stay, no longer linked to it. */
export async function removeDecision(db: Db, actor: MaybeActor, meetingId: number, decisionId: number): Promise<void> {
  await inTransaction(db, async (trx) => {
    const m = await loadMeeting(trx, meetingId);
    authorizeAllianceWrite(actor, m.alliance_id, "修改会议 (edit a meeting)");
    await trx.updateTable("action_items").set({ decision_id: null }).where("decision_id", "=", decisionId).where("meeting_id", "=", meetingId).execute();
    const gone = await trx.deleteFrom("meeting_decisions").where("id", "=", decisionId).where("meeting_id", "=", meetingId).returningAll().executeTakeFirst();
    if (!gone) throw notFound("会议决定 (decision)", decisionId);
    await audit(trx, actor, { action: "meeting.decision.remove", entity: "meetings", entityId: meetingId, before: gone });
  });
}

/** A decision spawns an action item of the meeting's alliance; the decision text is kept as its description. */
export async function decisionToActionItem(db: Db, actor: MaybeActor, meetingId: number, decisionId: number, raw: z.input<typeof followUpSchema>): Promise<number> {
  const input = followUpSchema.parse(raw);
  return inTransaction(db, async (trx) => {
    const m = await loadMeeting(trx, meetingId);
    const d = await trx.selectFrom("meeting_decisions").select("text").where("id", "=", decisionId).where("meeting_id", "=", meetingId).executeTakeFirst();
    if (!d) throw notFound("会议决定 (decision)", decisionId);
    return insertActionItem(trx, actor, { ...input, description: input.description || d.text, allianceId: m.alliance_id, meetingId, decisionId });
  });
}
