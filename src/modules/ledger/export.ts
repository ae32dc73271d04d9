import { sql } from "kysely";
import type { Db } from "../../platform/db/connect.js";
import { toWan } from "./amount.js";
import { AGREEMENT_KIND_LABELS } from "./agreements.service.js";
import { assertPartyOrganization, partyWhere, resolveScope, scopeWhere } from "./filters.js";
import type { ExportFilter } from "./ledger.schema.js";
import { PROJECT_KIND_LABELS } from "./projects.service.js";
import { toCsv, toXlsx, type Sheet } from "../../platform/tabular.js";
import { STATUS_LABELS } from "./transitions.js";

/** Column headers double as import headers, so an export can be edited and imported back. */
export const PROJECT_HEADER = ["编号", "项目名称", "项目类型", "产业", "投资额(万元)", "落地地区", "合作方", "签约日期", "签约活动", "联盟", "状态", "状态日期", "开工日期", "状态说明", "备注"];
export const AGREEMENT_HEADER = ["编号", "协议名称", "协议类型", "签署日期", "签署地点", "签署活动", "签署方", "联盟", "备注"];

const EXPORT_LIMIT = 200_000;

/** A region name that is unique as written, else qualified by its parent (普陀区 → 上海市普陀区), so the file imports back. */
const regionLabel = (r: string) => sql<string>`case when (select count(*) from regions d where d.name = ${sql.ref(`${r}.name`)}) > 1
  then coalesce((select q.name from regions q where q.id = ${sql.ref(`${r}.parent_id`)}), '') || ${sql.ref(`${r}.name`)} else ${sql.ref(`${r}.name`)} end`;

const partyNames = (table: "project_parties" | "agreement_parties", fk: "project_id" | "agreement_id", id: "p.id" | "a.id") => sql<string>`(
  select string_agg(case when x.organization_id is not null then o.name
                         when (select count(*) from regions d where d.name = r.name) > 1 then ${regionLabel("r")}
                         else coalesce(nullif(x.name, ''), r.name) end, ';' order by x.id)
  from ${sql.table(table)} x left join regions r on r.id = x.region_id left join organizations o on o.id = x.organization_id
  where x.${sql.ref(fk)} = ${sql.ref(id)})`;

export async function projectRows(db: Db, filter: ExportFilter): Promise<unknown[][]> {
  const scope = await resolveScope(db, filter);
  await assertPartyOrganization(db, filter.organization);
  const rows = await db.selectFrom("projects as p").leftJoin("ceremonies as c", "c.id", "p.ceremony_id").leftJoin("alliances as al", "al.id", "p.alliance_id")
    .leftJoin("industries as i", "i.id", "p.industry_id").leftJoin("regions as r", "r.id", "p.landing_region_id")
    .select(["p.id", "p.name", "p.kind", "i.name as industry", "p.amount_yuan", regionLabel("r").as("landing"), "p.signed_on", "c.title as ceremony", "al.name as alliance",
      "p.status", "p.status_on", "p.status_reason", "p.notes", partyNames("project_parties", "project_id", "p.id").as("parties"),
      sql<string | null>`(select min(h.on_date)::text from project_status_history h where h.project_id = p.id and h.to_status = 'started')`.as("started_on")])
    .where(scopeWhere(scope, "projects", "p")).$if(filter.organization != null, (q) => q.where(partyWhere("projects", filter.organization!))).orderBy("p.signed_on").orderBy("p.id").limit(EXPORT_LIMIT).execute();
  return rows.map((p) => [p.id, p.name, PROJECT_KIND_LABELS[p.kind], p.industry ?? "", toWan(p.amount_yuan), p.landing ?? "", p.parties ?? "", p.signed_on,
    p.ceremony ?? "", p.alliance ?? "", STATUS_LABELS[p.status], p.status_on, p.started_on ?? "", p.status_reason, p.notes]);
}

export async function agreementRows(db: Db, filter: ExportFilter): Promise<unknown[][]> {
  const scope = await resolveScope(db, filter);
  await assertPartyOrganization(db, filter.organization);
  const rows = await db.selectFrom("agreements as a").leftJoin("alliances as al", "al.id", "a.alliance_id")
    .select(["a.id", "a.title", "a.kind", "a.signed_on", "a.place", "a.event_name", "al.name as alliance", "a.notes", partyNames("agreement_parties", "agreement_id", "a.id").as("parties")])
    .where(scopeWhere(scope, "agreements", "a")).$if(filter.organization != null, (q) => q.where(partyWhere("agreements", filter.organization!))).orderBy("a.signed_on").orderBy("a.id").limit(EXPORT_LIMIT).execute();
  return rows.map((a) => [a.id, `《${a.title}》`, AGREEMENT_KIND_LABELS[a.kind], a.signed_on, a.place, a.event_name, a.parties ?? "", a.alliance ?? "", a.notes]);
}

const PROJECT_WIDTHS = [8, 36, 10, 12, 14, 12, 40, 12, 30, 22, 10, 12, 12, 20, 20];
const AGREEMENT_WIDTHS = [8, 44, 10, 12, 14, 30, 40, 22, 20];

export type ExportWhat = "projects" | "agreements" | "all";

export async function exportXlsx(db: Db, what: ExportWhat, filter: ExportFilter): Promise<Buffer> {
  const sheets: Sheet[] = [];
  if (what !== "agreements") sheets.push({ name: "项目", header: PROJECT_HEADER, rows: await projectRows(db, filter), widths: PROJECT_WIDTHS });
  if (what !== "projects") sheets.push({ name: "协议", header: AGREEMENT_HEADER, rows: await agreementRows(db, filter), widths: AGREEMENT_WIDTHS });
  return toXlsx(sheets);
}

export async function exportCsv(db: Db, what: "projects" | "agreements", filter: ExportFilter): Promise<string> {
  return what === "projects" ? toCsv(PROJECT_HEADER, await projectRows(db, filter)) : toCsv(AGREEMENT_HEADER, await agreementRows(db, filter));
}
