import type { FastifyInstance, FastifyReply } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../module.js";
import { errors, idParam } from "../../platform/http/schemas.js";
import { listActionItems } from "./actions.repo.js";
import {
  actionFilterSchema, createActionItemSchema, createProgrammeSchema, progressNoteSchema, statusChangeSchema, updateActionItemSchema, updateProgrammeSchema,
} from "./actions.schema.js";
import * as actions from "./actions.service.js";
import { attendeeSchema, createMeetingSchema, createVisitSchema, decisionSchema, followUpSchema, updateMeetingSchema, updateVisitSchema } from "./consult.schema.js";
import {
  actionItemDetailView, actionItemView, createdView, meetingDetailView, meetingListView, ownerOverdueView, programmeView, rotationView, summaryView,
  visitDetailView, visitListView,
} from "./consult.views.js";
import { dateStr, todayCn } from "../../platform/dates.js";
import { exportConsult, type ExportFormat } from "./export.js";
import * as meetings from "./meetings.service.js";
import * as programmes from "./programmes.service.js";
import { rotationFor, setRotationBase } from "./rotation.service.js";
import { consultSummary } from "./summary.service.js";
import * as visits from "./visits.service.js";

const tags = ["consult"];
const allianceQuery = z.object({ alliance: z.coerce.number().int().positive().optional() }).strict();
const requiredAlliance = z.object({ alliance: z.coerce.number().int().positive() }).strict();
const meetingExportQuery = z.object({ alliance: z.coerce.number().int().positive().optional(), from: dateStr.optional(), to: dateStr.optional() }).strict();
const subParams = z.object({ id: z.coerce.number().int().positive(), sub: z.coerce.number().int().positive() });
const CONTENT_TYPES: Record<ExportFormat, string> = { xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", csv: "text/csv; charset=utf-8" };

function attachment(reply: FastifyReply, name: string, format: ExportFormat, body: Buffer | string) {
  return reply.header("content-type", CONTENT_TYPES[format])
    .header("content-disposition", `attachment; filename="${name.replace(/[^\w.-]/g, "_")}"; filename*=UTF-8''${encodeURIComponent(name)}`)
    .send(body);
}

/** Reads are public (an alliance's meetings and programmes are its public record); writes need the secretariat or a platform admin. */
export async function consultRoutes(root: FastifyInstance, { db }: AppContext): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const ok = <T extends z.ZodType>(summary: string, view: T) => ({ tags, summary, response: { 200: view, ...errors } });
  const created = (summary: string) => ({ tags, summary, response: { 201: createdView, ...errors } });
  const deleted = (summary: string) => ({ tags, summary, response: { 204: z.null(), ...errors } });

  // 轮值 rotation
  app.get("/alliances/:id/rotation", { schema: { ...ok("轮值安排 Rotation: host per year, this year's and next host", rotationView), params: idParam, querystring: z.object({ from: z.coerce.number().int().optional(), to: z.coerce.number().int().optional() }).strict() } },
    async (req) => rotationFor(db, req.params.id, req.query));
  app.put("/alliances/:id/rotation", { schema: { ...ok("设置轮值基准年 Set rotation base year", rotationView), params: idParam, body: z.object({ baseYear: z.number().int(), note: z.string().max(500).default("") }).strict() } },
    async (req) => { await setRotationBase(db, req.actor, req.params.id, req.body.baseYear, req.body.note); return rotationFor(db, req.params.id); });

  // 会商 meetings
  app.get("/consult/meetings", { schema: { ...ok("会议列表 Meetings", z.array(meetingListView)), querystring: allianceQuery } }, async (req) => meetings.listMeetings(db, { allianceId: req.query.alliance }));
  app.get("/consult/meetings/:id", { schema: { ...ok("会议详情 Meeting detail", meetingDetailView), params: idParam } }, async (req) => meetings.getMeeting(db, req.params.id));
  app.post("/consult/meetings", { schema: { ...created("记录会议 Record a meeting"), body: createMeetingSchema } },
    async (req, reply) => reply.status(201).send({ id: await meetings.createMeeting(db, req.actor, req.body) }));
  app.patch("/consult/meetings/:id", { schema: { ...ok("修改会议 Edit a meeting", meetingDetailView), params: idParam, body: updateMeetingSchema } },
    async (req) => { await meetings.updateMeeting(db, req.actor, req.params.id, req.body); return meetings.getMeeting(db, req.params.id); });
  app.delete("/consult/meetings/:id", { schema: { ...deleted("删除会议 Delete a meeting"), params: idParam } },
    async (req, reply) => { await meetings.deleteMeeting(db, req.actor, req.params.id); return reply.status(204).send(null); });
  app.post("/consult/meetings/:id/attendees", { schema: { ...ok("添加参会方 Add an attendee", meetingDetailView), params: idParam, body: attendeeSchema } },
    async (req) => { await meetings.addAttendee(db, req.actor, req.params.id, req.body); return meetings.getMeeting(db, req.params.id); });
  app.delete("/consult/meetings/:id/attendees/:sub", { schema: { ...ok("移除参会方 Remove an attendee", meetingDetailView), params: subParams } },
    async (req) => { await meetings.removeAttendee(db, req.actor, req.params.id, req.params.sub); return meetings.getMeeting(db, req.params.id); });
  app.post("/consult/meetings/:id/decisions", { schema: { ...created("添加会议决定 Add a decision"), params: idParam, body: decisionSchema } },
    async (req, reply) => reply.status(201).send({ id: await meetings.addDecision(db, req.actor, req.params.id, req.body) }));
  app.patch("/consult/meetings/:id/decisions/:sub", { schema: { ...ok("修改会议决定 Reword a decision", meetingDetailView), params: subParams, body: decisionSchema } },
    async (req) => { await meetings.updateDecision(db, req.actor, req.params.id, req.params.sub, req.body); return meetings.getMeeting(db, req.params.id); });
  app.delete("/consult/meetings/:id/decisions/:sub", { schema: { ...ok("删除会议决定(合作事项保留) Remove a decision; its action items stay", meetingDetailView), params: subParams } },
    async (req) => { await meetings.removeDecision(db, req.actor, req.params.id, req.params.sub); return meetings.getMeeting(db, req.params.id); });
  app.post("/consult/meetings/:id/decisions/:sub/action-items", { schema: { ...created("会议决定转为合作事项 Decision → action item"), params: subParams, body: followUpSchema } },
    async (req, reply) => reply.status(201).send({ id: await meetings.decisionToActionItem(db, req.actor, req.params.id, req.params.sub, req.body) }));

  // 行动计划 programmes
  app.get("/consult/programmes", { schema: { ...ok("行动计划及完成率(分行动) Programmes with completion per strand", z.array(programmeView)), querystring: requiredAlliance } },
    async (req) => programmes.listProgrammes(db, req.query.alliance));
  app.get("/consult/programmes/:id", { schema: { ...ok("行动计划 Programme", programmeView), params: idParam } }, async (req) => programmes.getProgramme(db, req.params.id));
  app.post("/consult/programmes", { schema: { ...created("创建行动计划 Create a programme"), body: createProgrammeSchema } },
    async (req, reply) => reply.status(201).send({ id: await programmes.createProgramme(db, req.actor, req.body) }));
  app.patch("/consult/programmes/:id", { schema: { ...ok("修改行动计划 Edit a programme", programmeView), params: idParam, body: updateProgrammeSchema } },
    async (req) => { await programmes.updateProgramme(db, req.actor, req.params.id, req.body); return programmes.getProgramme(db, req.params.id); });
  app.delete("/consult/programmes/:id", { schema: { ...deleted("删除空的行动计划 Delete an empty programme"), params: idParam } },
    async (req, reply) => { await programmes.deleteProgramme(db, req.actor, req.params.id); return reply.status(204).send(null); });

  // 合作事项 action items
  app.get("/consult/action-items", { schema: { ...ok("合作事项 Action items", z.array(actionItemView)), querystring: actionFilterSchema } }, async (req) => listActionItems(db, req.query, todayCn()));
  for (const format of ["xlsx", "csv"] as const) {
    app.get(`/consult/action-items.${format}`, { schema: { tags, summary: `导出合作事项 Export action items (.${format}, 中文表头)`, querystring: actionFilterSchema } },
      async (req, reply) => attachment(reply, `合作事项.${format}`, format, await exportConsult(db, "items", format, req.query)));
    app.get(`/consult/meetings.${format}`, { schema: { tags, summary: `导出会议 Export meetings (.${format}, 中文表头)`, querystring: meetingExportQuery } },
      async (req, reply) => attachment(reply, `会议.${format}`, format, await exportConsult(db, "meetings", format, req.query)));
  }
  app.get("/consult/action-items/:id", { schema: { ...ok("合作事项详情 Action item with progress notes", actionItemDetailView), params: idParam } }, async (req) => actions.getActionItem(db, req.params.id));
  app.post("/consult/action-items", { schema: { ...created("添加合作事项 Add an action item"), body: createActionItemSchema } },
    async (req, reply) => reply.status(201).send({ id: await actions.createActionItem(db, req.actor, req.body) }));
  app.patch("/consult/action-items/:id", { schema: { ...ok("修改合作事项 Edit an action item", actionItemDetailView), params: idParam, body: updateActionItemSchema } },
    async (req) => { await actions.updateActionItem(db, req.actor, req.params.id, req.body); return actions.getActionItem(db, req.params.id); });
  app.delete("/consult/action-items/:id", { schema: { ...deleted("删除合作事项 Delete an action item"), params: idParam } },
    async (req, reply) => { await actions.deleteActionItem(db, req.actor, req.params.id); return reply.status(204).send(null); });
  app.post("/consult/action-items/:id/status", { schema: { ...ok("变更状态 Change status", actionItemDetailView), params: idParam, body: statusChangeSchema } },
    async (req) => { await actions.changeStatus(db, req.actor, req.params.id, req.body); return actions.getActionItem(db, req.params.id); });
  app.post("/consult/action-items/:id/notes", { schema: { ...created("添加进展 Add a progress note"), params: idParam, body: progressNoteSchema } },
    async (req, reply) => reply.status(201).send({ id: await actions.addProgressNote(db, req.actor, req.params.id, req.body) }));
  app.get("/consult/overdue", { schema: { ...ok("逾期事项(按责任方) Overdue items per owner", z.array(ownerOverdueView)), querystring: allianceQuery } },
    async (req) => actions.overdueByOwner(db, req.query.alliance));

  // 考察交流 visits
  app.get("/consult/visits", { schema: { ...ok("考察交流 Visits", z.array(visitListView)), querystring: allianceQuery } }, async (req) => visits.listVisits(db, { allianceId: req.query.alliance }));
  app.get("/consult/visits/:id", { schema: { ...ok("考察交流详情 Visit with follow-ups", visitDetailView), params: idParam } }, async (req) => visits.getVisit(db, req.params.id));
  app.post("/consult/visits", { schema: { ...created("记录考察交流 Record a visit"), body: createVisitSchema } },
    async (req, reply) => reply.status(201).send({ id: await visits.createVisit(db, req.actor, req.body) }));
  app.patch("/consult/visits/:id", { schema: { ...ok("修改考察交流 Edit a visit", visitDetailView), params: idParam, body: updateVisitSchema } },
    async (req) => { await visits.updateVisit(db, req.actor, req.params.id, req.body); return visits.getVisit(db, req.params.id); });
  app.delete("/consult/visits/:id", { schema: { ...deleted("删除考察交流 Delete a visit"), params: idParam } },
    async (req, reply) => { await visits.deleteVisit(db, req.actor, req.params.id); return reply.status(204).send(null); });
  app.post("/consult/visits/:id/follow-ups", { schema: { ...created("后续事项 → 合作事项 Follow-up → action item"), params: idParam, body: followUpSchema } },
    async (req, reply) => reply.status(201).send({ id: await visits.addFollowUp(db, req.actor, req.params.id, req.body) }));

  app.get("/consult/summary", { schema: { ...ok("会商与行动概况 Consult summary for dashboards", summaryView), querystring: requiredAlliance } }, async (req) => consultSummary(db, req.query.alliance));
}
