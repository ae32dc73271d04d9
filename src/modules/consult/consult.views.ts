import { z } from "zod";
import { STATUSES } from "./actions.schema.js";

/*
 * Response shapes of the consult API: the routes declare them so OpenAPI documents them and
 * fastify-type-provider-zod checks the services' return types against them at compile time.
 */

const id = z.number().int();
const date = z.string().describe("YYYY-MM-DD");
const status = z.enum(STATUSES);
const kind = z.enum(["会商", "轮值会议", "恳谈会", "other"]);
const counts = z.object({ not_started: z.number(), in_progress: z.number(), done: z.number(), cancelled: z.number() });
const rate = z.number().nullable().describe("done / non-cancelled, 0..1; null when nothing counts");

export const createdView = z.object({ id });

export const rotationHostView = z.object({ regionId: id, name: z.string() });
const rotationYear = z.object({ year: z.number().int(), host: rotationHostView, meetingId: id.nullable() });
export const rotationView = z.object({
  allianceId: id,
  configured: z.boolean(),
  baseYear: z.number().int().nullable(),
  note: z.string(),
  members: z.array(rotationHostView),
  years: z.array(rotationYear),
  current: rotationYear.nullable(),
  next: z.object({ year: z.number().int(), host: rotationHostView }).nullable(),
});

export const ownerView = z.object({ kind: z.enum(["region", "organization"]), id, name: z.string() });

export const actionItemView = z.object({
  id,
  allianceId: id.nullable(),
  programmeId: id.nullable(),
  programmeName: z.string().nullable(),
  visitId: id.nullable(),
  meetingId: id.nullable(),
  title: z.string(),
  description: z.string(),
  strand: z.string(),
  deadline: date.nullable(),
  status,
  completedOn: date.nullable(),
  overdue: z.boolean(),
  owners: z.array(ownerView),
  latestNote: z.object({ notedOn: date, text: z.string() }).nullable(),
  noteCount: z.number().int(),
});

export const actionItemDetailView = actionItemView.extend({
  notes: z.array(z.object({ id, notedOn: date, text: z.string(), byUserId: id.nullable() })),
});

const strandView = z.object({ name: z.string(), counts, done: z.number(), total: z.number(), completionRate: rate, overdue: z.number() });
export const programmeView = strandView.extend({
  id,
  allianceId: id,
  period: z.string(),
  description: z.string(),
  strands: z.array(strandView),
});

export const ownerOverdueView = z.object({ owner: ownerView, items: z.array(actionItemView) });

export const meetingListView = z.object({
  id,
  allianceId: id.nullable(),
  allianceName: z.string().nullable(),
  title: z.string(),
  kind,
  heldOn: date,
  hostRegionId: id.nullable(),
  hostRegionName: z.string().nullable(),
  place: z.string(),
  theme: z.string(),
});

export const meetingDetailView = meetingListView.extend({
  agenda: z.string(),
  minutes: z.string(),
  source: z.unknown(),
  attendees: z.array(z.object({
    id, regionId: id.nullable(), regionName: z.string().nullable(), organizationId: id.nullable(), organizationName: z.string().nullable(),
    personName: z.string(), personTitle: z.string(),
  })),
  decisions: z.array(z.object({ id, text: z.string(), actionItemIds: z.array(id) })),
  /** Items spawned by the meeting's decisions (or linked to the meeting). */
  actionItems: z.array(actionItemView),
});

const namedRegion = z.object({ id, name: z.string() });
export const visitListView = z.object({
  id,
  allianceId: id.nullable(),
  title: z.string(),
  startOn: date,
  endOn: date,
  from: z.array(namedRegion),
  to: z.array(namedRegion),
  sites: z.array(z.string()),
  purpose: z.string(),
  followUpCount: z.number().int(),
});

export const visitDetailView = visitListView.omit({ followUpCount: true }).extend({
  leaders: z.array(z.object({ name: z.string(), title: z.string() })),
  organizationsVisited: z.array(z.string()),
  source: z.unknown(),
  followUps: z.array(actionItemView),
});

export const summaryView = z.object({
  allianceId: id,
  meetings: z.number().int(),
  visits: z.number().int(),
  actionItems: z.number().int(),
  byStatus: counts,
  overdue: z.number().int(),
  completionRate: rate,
  programmes: z.array(z.object({ id, name: z.string(), done: z.number(), total: z.number(), completionRate: rate, overdue: z.number() })),
  currentHost: z.object({ year: z.number().int(), host: rotationHostView }).nullable(),
  nextHost: z.object({ year: z.number().int(), host: rotationHostView }).nullable(),
});
