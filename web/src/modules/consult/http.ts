/** The consult API as the pages use it; shapes mirror src/modules/consult/consult.views.ts. */
import { api, download, withQuery } from "../../api.js";

export type Status = "not_started" | "in_progress" | "done" | "cancelled";
export type MeetingKind = "会商" | "轮值会议" | "恳谈会" | "other";
export type Counts = Record<Status, number>;

export interface Host { regionId: number; name: string }
export interface RotationYear { year: number; host: Host; meetingId: number | null }
export interface Rotation {
  allianceId: number;
  configured: boolean;
  baseYear: number | null;
  note: string;
  members: Host[];
  years: RotationYear[];
  current: RotationYear | null;
  next: { year: number; host: Host } | null;
}
export interface Owner { kind: "region" | "organization"; id: number; name: string }
export interface Item {
  id: number;
  allianceId: number | null;
  programmeId: number | null;
  programmeName: string | null;
  visitId: number | null;
  meetingId: number | null;
  title: string;
  description: string;
  strand: string;
  deadline: string | null;
  status: Status;
  completedOn: string | null;
  overdue: boolean;
  owners: Owner[];
  latestNote: { notedOn: string; text: string } | null;
  noteCount: number;
}
export interface ItemDetail extends Item {
  notes: { id: number; notedOn: string; text: string; byUserId: number | null }[];
}
export interface Strand { name: string; counts: Counts; done: number; total: number; completionRate: number | null; overdue: number }
export interface Programme extends Strand { id: number; allianceId: number; period: string; description: string; strands: Strand[] }
export interface OwnerOverdue { owner: Owner; items: Item[] }
export interface MeetingRow {
  id: number;
  allianceId: number | null;
  allianceName: string | null;
  title: string;
  kind: MeetingKind;
  heldOn: string;
  hostRegionId: number | null;
  hostRegionName: string | null;
  place: string;
  theme: string;
}
export interface Meeting extends MeetingRow {
  agenda: string;
  minutes: string;
  attendees: { id: number; regionId: number | null; regionName: string | null; organizationId: number | null; organizationName: string | null; personName: string; personTitle: string }[];
  decisions: { id: number; text: string; actionItemIds: number[] }[];
  actionItems: Item[];
}
export interface Named { id: number; name: string }
export interface VisitRow {
  id: number;
  allianceId: number | null;
  title: string;
  startOn: string;
  endOn: string;
  from: Named[];
  to: Named[];
  sites: string[];
  purpose: string;
  followUpCount: number;
}
export interface Visit extends Omit<VisitRow, "followUpCount"> {
  leaders: { name: string; title: string }[];
  organizationsVisited: string[];
  followUps: Item[];
}
export interface Summary {
  allianceId: number;
  meetings: number;
  visits: number;
  actionItems: number;
  byStatus: Counts;
  overdue: number;
  completionRate: number | null;
  programmes: { id: number; name: string; done: number; total: number; completionRate: number | null; overdue: number }[];
  currentHost: { year: number; host: Host } | null;
  nextHost: { year: number; host: Host } | null;
}
export type OwnerInput = { regionId?: number; organizationId?: number };

const get = <T,>(path: string, signal?: AbortSignal, query?: Record<string, string | number | boolean | undefined>) => api<T>("GET", path, undefined, { signal, query });

export const consult = {
  summary: (alliance: number, s?: AbortSignal) => get<Summary>("/api/consult/summary", s, { alliance }),
  rotation: (alliance: number, s?: AbortSignal) => get<Rotation>(`/api/alliances/${alliance}/rotation`, s),
  setRotation: (alliance: number, baseYear: number) => api<Rotation>("PUT", `/api/alliances/${alliance}/rotation`, { baseYear }),
  meetings: (alliance: number | undefined, s?: AbortSignal) => get<MeetingRow[]>("/api/consult/meetings", s, { alliance }),
  meeting: (id: number, s?: AbortSignal) => get<Meeting>(`/api/consult/meetings/${id}`, s),
  createMeeting: (body: unknown) => api<{ id: number }>("POST", "/api/consult/meetings", body),
  updateMeeting: (id: number, body: unknown) => api<Meeting>("PATCH", `/api/consult/meetings/${id}`, body),
  deleteMeeting: (id: number) => api<unknown>("DELETE", `/api/consult/meetings/${id}`),
  addAttendee: (meeting: number, body: unknown) => api<Meeting>("POST", `/api/consult/meetings/${meeting}/attendees`, body),
  removeAttendee: (meeting: number, attendee: number) => api<Meeting>("DELETE", `/api/consult/meetings/${meeting}/attendees/${attendee}`),
  addDecision: (meeting: number, text: string) => api<{ id: number }>("POST", `/api/consult/meetings/${meeting}/decisions`, { text }),
  updateDecision: (meeting: number, decision: number, text: string) => api<Meeting>("PATCH", `/api/consult/meetings/${meeting}/decisions/${decision}`, { text }),
  removeDecision: (meeting: number, decision: number) => api<Meeting>("DELETE", `/api/consult/meetings/${meeting}/decisions/${decision}`),
  decisionToItem: (meeting: number, decision: number, body: unknown) => api<{ id: number }>("POST", `/api/consult/meetings/${meeting}/decisions/${decision}/action-items`, body),
  programmes: (alliance: number, s?: AbortSignal) => get<Programme[]>("/api/consult/programmes", s, { alliance }),
  programme: (id: number, s?: AbortSignal) => get<Programme>(`/api/consult/programmes/${id}`, s),
  createProgramme: (body: unknown) => api<{ id: number }>("POST", "/api/consult/programmes", body),
  items: (q: Record<string, string | number | boolean | undefined>, s?: AbortSignal) => get<Item[]>("/api/consult/action-items", s, q),
  item: (id: number, s?: AbortSignal) => get<ItemDetail>(`/api/consult/action-items/${id}`, s),
  createItem: (body: unknown) => api<{ id: number }>("POST", "/api/consult/action-items", body),
  setStatus: (id: number, status: Status) => api<ItemDetail>("POST", `/api/consult/action-items/${id}/status`, { status }),
  addNote: (id: number, body: { notedOn?: string; text: string }) => api<{ id: number }>("POST", `/api/consult/action-items/${id}/notes`, body),
  overdue: (alliance: number, s?: AbortSignal) => get<OwnerOverdue[]>("/api/consult/overdue", s, { alliance }),
  visits: (alliance: number | undefined, s?: AbortSignal) => get<VisitRow[]>("/api/consult/visits", s, { alliance }),
  visit: (id: number, s?: AbortSignal) => get<Visit>(`/api/consult/visits/${id}`, s),
  createVisit: (body: unknown) => api<{ id: number }>("POST", "/api/consult/visits", body),
  updateVisit: (id: number, body: unknown) => api<Visit>("PATCH", `/api/consult/visits/${id}`, body),
  deleteVisit: (id: number) => api<unknown>("DELETE", `/api/consult/visits/${id}`),
  addFollowUp: (visit: number, body: unknown) => api<{ id: number }>("POST", `/api/consult/visits/${visit}/follow-ups`, body),
  exportItems: (format: "xlsx" | "csv", q: Record<string, string | number | boolean | undefined>) => download(withQuery(`/api/consult/action-items.${format}`, q)),
  exportMeetings: (format: "xlsx" | "csv", alliance: number) => download(withQuery(`/api/consult/meetings.${format}`, { alliance })),
};
