import { sql } from "kysely";
import type { Db } from "../../platform/db/connect.js";
import type { ActionFilter } from "./actions.schema.js";
import type { ActionStatus } from "./consult.tables.js";
import { isOverdue } from "./progress.js";

export interface Owner {
  kind: "region" | "organization";
  id: number;
  name: string;
}

export interface ActionItemRow {
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
  status: ActionStatus;
  completedOn: string | null;
  overdue: boolean;
  owners: Owner[];
  /** The most recent progress note, and how many notes the item has. */
  latestNote: { notedOn: string; text: string } | null;
  noteCount: number;
}

export async function ownersOf(db: Db, itemIds: number[]): Promise<Map<number, Owner[]>> {
  const out = new Map<number, Owner[]>();
  if (itemIds.length === 0) return out;
  const rows = await inSlices(itemIds, (ids) => db
    .selectFrom("action_item_owners as o")
    .leftJoin("regions as r", "r.id", "o.region_id")
    .leftJoin("organizations as g", "g.id", "o.organization_id")
    .select(["o.item_id", "o.region_id", "o.organization_id", "r.name as region_name", "g.name as org_name"])
    .where("o.item_id", "in", ids)
    .orderBy("o.id")
    .execute());
  for (const r of rows) {
    const owner: Owner = r.region_id != null
      ? { kind: "region", id: r.region_id, name: r.region_name ?? "" }
      : { kind: "organization", id: r.organization_id!, name: r.org_name ?? "" };
    out.set(r.item_id, [...(out.get(r.item_id) ?? []), owner]);
  }
  return out;
}

/** Action items matching the filter, deadline first; `today` decides what is overdue. */
export async function listActionItems(db: Db, f: ActionFilter & { ids?: number[]; visitId?: number; meetingId?: number }, today: string): Promise<ActionItemRow[]> {
  let q = db
    .selectFrom("action_items as i")
    .leftJoin("programmes as p", "p.id", "i.programme_id")
    .select([
      "i.id", "i.alliance_id", "i.programme_id", "p.name as programme_name", "i.visit_id", "i.meeting_id", "i.title",
      "i.description", "i.strand", "i.deadline", "i.status", "i.completed_on",
    ]);
  if (f.ids) q = q.where("i.id", "in", f.ids.length ? f.ids : [0]);
  if (f.visitId != null) q = q.where("i.visit_id", "=", f.visitId);
  if (f.meetingId != null) q = q.where("i.meeting_id", "=", f.meetingId);
  if (f.alliance != null) q = q.where("i.alliance_id", "=", f.alliance);
  if (f.programme != null) q = q.where("i.programme_id", "=", f.programme);
  if (f.status) q = q.where("i.status", "=", f.status);
  if (f.strand) q = q.where("i.strand", "=", f.strand);
  if (f.overdue === true) q = q.where("i.deadline", "<", today).where("i.status", "in", ["not_started", "in_progress"]);
  if (f.overdue === false) q = q.where((eb) => eb.or([eb("i.deadline", "is", null), eb("i.deadline", ">=", today), eb("i.status", "in", ["done", "cancelled"])]));
  if (f.ownerRegion != null) q = q.where(sql<boolean>`exists (select 1 from action_item_owners o where o.item_id = i.id and o.region_id = ${f.ownerRegion})`);
  if (f.ownerOrganization != null) q = q.where(sql<boolean>`exists (select 1 from action_item_owners o where o.item_id = i.id and o.organization_id = ${f.ownerOrganization})`);
  if (f.owner) {
    const n = f.owner.trim();
    q = q.where(sql<boolean>`exists (select 1 from action_item_owners o
      left join regions r on r.id = o.region_id left join organizations g on g.id = o.organization_id
      where o.item_id = i.id and (r.name = ${n} or r.short_name = ${n} or g.name = ${n}))`);
  }
  const rows = await q.orderBy(sql`i.deadline asc nulls last`).orderBy("i.id").execute();
  const owners = await ownersOf(db, rows.map((r) => r.id));
  const notes = await latestNotes(db, rows.map((r) => r.id));
  return rows.map((r) => ({
    id: r.id, allianceId: r.alliance_id, programmeId: r.programme_id, programmeName: r.programme_name, visitId: r.visit_id,
    meetingId: r.meeting_id, title: r.title, description: r.description, strand: r.strand, deadline: r.deadline, status: r.status,
    completedOn: r.completed_on, overdue: isOverdue(r, today), owners: owners.get(r.id) ?? [],
    latestNote: latest(notes.get(r.id)), noteCount: notes.get(r.id)?.count ?? 0,
  }));
}

/** Status counts per programme and strand of an alliance (overdue counted apart), for completion rates without loading items. */
export async function programmeStatusCounts(db: Db, allianceId: number, today: string) {
  return db
    .selectFrom("programmes as p")
    .leftJoin("action_items as i", "i.programme_id", "p.id")
    .select([
      "p.id", "p.name", "p.period", "p.description", "i.strand", "i.status", (e) => e.fn.count<number>("i.id").as("n"),
      sql<number>`count(i.id) filter (where i.deadline < ${today} and i.status in ('not_started', 'in_progress'))`.as("overdue"),
    ])
    .where("p.alliance_id", "=", allianceId)
    .groupBy(["p.id", "p.name", "p.period", "p.description", "i.strand", "i.status"])
    .orderBy("p.id")
    .execute();
}

const latest = (n: { notedOn: string; text: string } | undefined) => (n ? { notedOn: n.notedOn, text: n.text } : null);

/** Runs an `in (…)` query over ids in slices: PostgreSQL takes at most 65535 parameters. */
export async function inSlices<T>(ids: number[], fn: (slice: number[]) => Promise<T[]>, size = 5000): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += size) out.push(...(await fn(ids.slice(i, i + size))));
  return out;
}

/** The latest progress note of each item and how many it has. */
export async function latestNotes(db: Db, itemIds: number[]): Promise<Map<number, { notedOn: string; text: string; count: number }>> {
  if (itemIds.length === 0) return new Map();
  const rows = await inSlices(itemIds, (ids) => db.selectFrom("action_progress_notes")
    .select(["item_id", "noted_on", "text", sql<number>`count(*) over (partition by item_id)`.as("n")])
    .distinctOn("item_id")
    .where("item_id", "in", ids)
    .orderBy("item_id").orderBy("noted_on", "desc").orderBy("id", "desc")
    .execute());
  return new Map(rows.map((r) => [r.item_id, { notedOn: r.noted_on, text: r.text, count: Number(r.n) }]));
}
