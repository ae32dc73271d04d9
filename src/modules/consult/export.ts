import { sql } from "kysely";
import type { Db } from "../../platform/db/connect.js";
import { toCsv, toXlsx } from "../../platform/tabular.js";
import { listActionItems } from "./actions.repo.js";
import { STATUS_LABELS, type ActionFilter } from "./actions.schema.js";
import { todayCn } from "../../platform/dates.js";

/*
 * Action items and meetings as spreadsheets with Chinese headers, through the ledger's
 * tabular writers (CSV with a BOM for Excel, .xlsx with a frozen header row).
 */

export const ITEM_HEADER = ["编号", "联盟", "行动计划", "所属行动", "合作事项", "事项说明", "责任方", "截止日期", "状态", "完成日期", "是否逾期", "最新进展日期", "最新进展", "进展条数", "来源"];
export const MEETING_HEADER = ["编号", "联盟", "会议名称", "类型", "日期", "承办地区", "地点", "主题", "议程", "参会方", "会议决定", "会议纪要"];
const ITEM_WIDTHS = [8, 22, 24, 18, 40, 40, 30, 12, 10, 12, 10, 14, 50, 10, 24];
const MEETING_WIDTHS = [8, 22, 40, 10, 12, 12, 20, 36, 40, 50, 50, 60];

export type ExportFormat = "xlsx" | "csv";
export type ExportWhat = "items" | "meetings";
export interface MeetingExportFilter {
  alliance?: number;
  from?: string;
  to?: string;
}

const EXPORT_LIMIT = 50_000;

export async function itemRows(db: Db, filter: ActionFilter, today = todayCn()): Promise<unknown[][]> {
  const items = (await listActionItems(db, filter, today)).slice(0, EXPORT_LIMIT);
  const alliances = new Map((await db.selectFrom("alliances").select(["id", "name"]).execute()).map((a) => [a.id, a.name]));
  const origin = async (table: "visits" | "meetings", ids: number[]) =>
    ids.length ? new Map((await db.selectFrom(table).select(["id", "title"]).where("id", "in", [...new Set(ids)]).execute()).map((r) => [r.id, r.title])) : new Map<number, string>();
  const visits = await origin("visits", items.flatMap((i) => (i.visitId ? [i.visitId] : [])));
  const meetings = await origin("meetings", items.flatMap((i) => (i.meetingId ? [i.meetingId] : [])));
  return items.map((i) => [
    i.id, i.allianceId ? alliances.get(i.allianceId) ?? "" : "", i.programmeName ?? "", i.strand, i.title, i.description,
    i.owners.map((o) => o.name).join(";"), i.deadline ?? "", STATUS_LABELS[i.status], i.completedOn ?? "", i.overdue ? "逾期" : "",
    i.latestNote?.notedOn ?? "", i.latestNote?.text ?? "", i.noteCount,
    i.visitId ? `考察:${visits.get(i.visitId) ?? i.visitId}` : i.meetingId ? `会议:${meetings.get(i.meetingId) ?? i.meetingId}` : "",
  ]);
}

const KIND_LABELS: Record<string, string> = { 会商: "会商", 轮值会议: "轮值会议", 恳谈会: "恳谈会", other: "其他" };

export async function meetingRows(db: Db, f: MeetingExportFilter): Promise<unknown[][]> {
  let q = db.selectFrom("meetings as m").leftJoin("alliances as a", "a.id", "m.alliance_id").leftJoin("regions as r", "r.id", "m.host_region_id")
    .select([
      "m.id", "a.name as alliance", "m.title", "m.kind", "m.held_on", "r.name as host", "m.place", "m.theme", "m.agenda", "m.minutes",
      sql<string | null>`(select string_agg(concat_ws(' ', coalesce(rr.name, o.name), nullif(t.person_title, ''), nullif(t.person_name, '')), ';' order by t.id)
        from meeting_attendees t left join regions rr on rr.id = t.region_id left join organizations o on o.id = t.organization_id where t.meeting_id = m.id)`.as("attendees"),
      sql<string | null>`(select string_agg(d.text, ';' order by d.id) from meeting_decisions d where d.meeting_id = m.id)`.as("decisions"),
    ]);
  if (f.alliance != null) q = q.where("m.alliance_id", "=", f.alliance);
  if (f.from) q = q.where("m.held_on", ">=", f.from);
  if (f.to) q = q.where("m.held_on", "<=", f.to);
  const rows = await q.orderBy("m.held_on").orderBy("m.id").limit(EXPORT_LIMIT).execute();
  return rows.map((m) => [m.id, m.alliance ?? "", m.title, KIND_LABELS[m.kind] ?? m.kind, m.held_on, m.host ?? "", m.place, m.theme, m.agenda, m.attendees ?? "", m.decisions ?? "", m.minutes]);
}

/** One table as .xlsx (a sheet named 合作事项 or 会议) or CSV. */
export async function exportConsult(db: Db, what: ExportWhat, format: ExportFormat, filter: ActionFilter & MeetingExportFilter, today = todayCn()): Promise<Buffer | string> {
  const [name, header, widths, rows] = what === "items"
    ? ["合作事项", ITEM_HEADER, ITEM_WIDTHS, await itemRows(db, filter, today)] as const
    : ["会议", MEETING_HEADER, MEETING_WIDTHS, await meetingRows(db, filter)] as const;
  return format === "csv" ? toCsv(header, rows) : toXlsx([{ name, header, rows, widths }]);
}
