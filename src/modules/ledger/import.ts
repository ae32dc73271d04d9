import { extname } from "node:path";
import type { Db } from "../../platform/db/connect.js";
import { audit } from "../../platform/audit.js";
import type { Actor } from "../../platform/auth.js";
import { AppError } from "../../platform/errors.js";
import { parseAmount } from "./amount.js";
import { AGREEMENT_KIND_LABELS, createAgreement } from "./agreements.service.js";
import { createAgreementSchema, createProjectSchema, type StatusChangeInput } from "./ledger.schema.js";
import type { ProjectStatus } from "./ledger.tables.js";
import { lookups, type Lookups } from "./lookups.js";
import { applyStatusChange, createProject, PROJECT_KIND_LABELS } from "./projects.service.js";
import { parseCsv, readXlsx } from "../../platform/tabular.js";
import { planTransition, STATUS_LABELS } from "./transitions.js";
import { inTransaction } from "../../platform/db/transaction.js";
import { todayCn } from "../../platform/dates.js";

export interface RowError {
  sheet: string;
  row: number;
  field: string;
  reason: string;
}

export class ImportError extends AppError {
  constructor(readonly rows: RowError[]) {
    super("VALIDATION_FAILED", `导入失败,${rows.length} 处错误,未写入任何记录 (import failed, nothing written)`,
      Object.fromEntries(rows.slice(0, 50).map((r) => [`${r.sheet} row ${r.row}.${r.field}`, r.reason])));
  }
}

/** Header (Chinese as exported, or English) → key. */
const PROJECT_COLUMNS: Record<string, string> = {
  编号: "id", id: "id", 项目名称: "name", name: "name", 项目类型: "kind", 类型: "kind", kind: "kind", 产业: "industry", industry: "industry",
  "投资额(万元)": "amountWan", amountWan: "amountWan", 投资额: "amount", 金额: "amount", amount: "amount", 落地地区: "landing", landingRegion: "landing",
  合作方: "parties", parties: "parties", 签约日期: "signedOn", signedOn: "signedOn", 签约活动: "ceremony", ceremony: "ceremony", 联盟: "alliance", alliance: "alliance",
  状态: "status", status: "status", 状态日期: "statusOn", statusOn: "statusOn", 开工日期: "startedOn", startedOn: "startedOn", 状态说明: "reason", reason: "reason",
  备注: "notes", notes: "notes",
};
const AGREEMENT_COLUMNS: Record<string, string> = {
  编号: "id", id: "id", 协议名称: "title", title: "title", 协议类型: "kind", 类型: "kind", kind: "kind", 签署日期: "signedOn", signedOn: "signedOn",
  签署地点: "place", place: "place", 签署活动: "eventName", eventName: "eventName", 签署方: "parties", parties: "parties", 联盟: "alliance", alliance: "alliance",
  备注: "notes", notes: "notes",
};

interface Table {
  sheet: string;
  kind: "projects" | "agreements";
  rows: { n: number; v: Record<string, string> }[];
}

const normHeader = (h: string) => h.replace(/\s/g, "").replace(/（/g, "(").replace(/）/g, ")");

function toTable(sheet: string, rows: string[][], errors: RowError[]): Table | null {
  const [header, ...data] = rows;
  if (!header) return null;
  const h = header.map(normHeader);
  const kind = h.includes("协议名称") || h.includes("title") ? "agreements" : h.includes("项目名称") || h.includes("name") ? "projects" : null;
  if (!kind) {
    errors.push({ sheet, row: 1, field: "header", reason: "表头须包含“项目名称”或“协议名称” (header needs 项目名称 or 协议名称)" });
    return null;
  }
  const map = kind === "projects" ? PROJECT_COLUMNS : AGREEMENT_COLUMNS;
  const keys = h.map((c) => map[c]);
  h.forEach((c, i) => c && !keys[i] && errors.push({ sheet, row: 1, field: c, reason: "未知的列 (unknown column)" }));
  return {
    sheet, kind,
    rows: data.map((r, i) => ({ n: i + 2, v: Object.fromEntries(keys.flatMap((k, j) => (k && (r[j] ?? "").trim() ? [[k, (r[j] ?? "").trim()]] : []))) })),
  };
}

/** CSV (one table) or XLSX (every sheet whose header names projects or agreements). */
export async function readTables(fileName: string, bytes: Buffer, errors: RowError[]): Promise<Table[]> {
  const ext = extname(fileName).toLowerCase();
  if (ext === ".csv") return [toTable("csv", parseCsv(bytes.toString("utf8")), errors)].filter((t): t is Table => !!t);
  if (ext === ".xlsx") {
    let sheets: { name: string; rows: string[][] }[];
    try {
      sheets = await readXlsx(bytes);
    } catch (e) {
      throw new AppError("VALIDATION_FAILED", `无法读取 Excel 文件: ${(e as Error).message} (unreadable xlsx)`, { file: "unreadable xlsx" });
    }
    return sheets.map((s) => toTable(s.name, s.rows, errors)).filter((t): t is Table => !!t);
  }
  throw new AppError("UNSUPPORTED_MEDIA_TYPE", `只支持 .csv 或 .xlsx 文件: ${fileName} (csv or xlsx only)`, { file: "csv or xlsx only" });
}

/** 2024-09-22, 2024/9/22, 2024.9.22, 2024年9月22日 → 2024-09-22. */
export function normDate(s: string): string {
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(s.trim());
  return m ? `${m[1]}-${m[2].padStart(2, "0")}-${m[3].padStart(2, "0")}` : s;
}

const KIND_BY_LABEL = new Map<string, string>([...Object.entries(PROJECT_KIND_LABELS).flatMap(([k, v]) => [[v, k], [k, k]] as [string, string][]), ["招商引资", "investment"], ["科技攻关", "research"]]);
const AGREEMENT_KIND_BY_LABEL = new Map<string, string>(Object.entries(AGREEMENT_KIND_LABELS).flatMap(([k, v]) => [[v, k], [k, k]] as [string, string][]));
const STATUS_BY_LABEL = new Map<string, ProjectStatus>([
  ...Object.entries(STATUS_LABELS).flatMap(([k, v]) => [[v, k], [k, k]] as [string, ProjectStatus][]), ["投产", "producing"], ["落地", "producing"], ["已签约", "signed"], ["已开工", "started"], ["已投产", "producing"],
]);
const splitList = (s: string | undefined) => (s ?? "").split(/[;；|\n]/).map((x) => x.trim()).filter(Boolean);

interface Prepared {
  table: Table;
  n: number;
  project?: Record<string, unknown>;
  status?: StatusChangeInput;
  agreement?: Record<string, unknown>;
}

function prepareRow(t: Table, n: number, v: Record<string, string>, lk: Lookups, err: (field: string, reason: string) => void): Prepared {
  const parties = splitList(v.parties).map((name) => {
    const r = lk.party(name);
    if ("error" in r) err("parties", r.error);
    return "error" in r ? { regionId: 0, name } : r;
  });
  const alliance = v.alliance ? lk.alliance(v.alliance) : undefined;
  if (v.alliance && !alliance) err("alliance", `联盟不存在: ${v.alliance} (unknown alliance)`);
  if (t.kind === "agreements") {
    const kind = v.kind ? AGREEMENT_KIND_BY_LABEL.get(v.kind) : "memorandum";
    if (!kind) err("kind", `未知的协议类型: ${v.kind} (备忘录/框架协议/合作协议/其他)`);
    return { table: t, n, agreement: { title: v.title ?? "", kind, signedOn: normDate(v.signedOn ?? ""), place: v.place, eventName: v.eventName, allianceId: alliance ?? null, parties, notes: v.notes } };
  }
  const kind = v.kind ? KIND_BY_LABEL.get(v.kind) : "investment";
  if (!kind) err("kind", `未知的项目类型: ${v.kind} (招商/合作/攻关/基础设施/其他)`);
  const industryId = v.industry ? lk.industry(v.industry) : undefined;
  if (v.industry && !industryId) err("industry", `产业不存在: ${v.industry} (unknown industry)`);
  const landing = v.landing ? lk.region(v.landing) : undefined;
  if (landing && "error" in landing) err("landing", landing.error);
  const ceremonyId = v.ceremony ? lk.ceremony(v.ceremony) : undefined;
  if (v.ceremony && !ceremonyId) err("ceremony", `签约活动不存在: ${v.ceremony} (unknown ceremony)`);
  let amount: number | null = null;
  try {
    // A bare number in the 万元 column is 万元; text with its own unit ("304亿") says what it is.
    if (v.amountWan) amount = parseAmount(/^[\d.,]+$/.test(v.amountWan) ? `${v.amountWan}万` : v.amountWan, "amountWan");
    else if (v.amount) amount = parseAmount(v.amount, "amount");
  } catch (e) {
    for (const [f, r] of Object.entries((e as AppError).fields ?? {})) err(f, r);
  }
  const project = {
    name: v.name ?? "", kind, industryId: industryId ?? null, amount, landingRegionId: landing && "id" in landing ? landing.id : null,
    signedOn: v.signedOn ? normDate(v.signedOn) : undefined, ceremonyId: ceremonyId ?? null, allianceId: alliance ?? null, parties, notes: v.notes,
  };
  if (!project.signedOn && !ceremonyId) err("signedOn", "须填写签约日期或签约活动 (signedOn or ceremony required)");
  const status = v.status ? STATUS_BY_LABEL.get(v.status) : "signed";
  if (!status) err("status", `未知的状态: ${v.status} (签约/开工/投产/终止)`);
  if (!status || status === "signed") return { table: t, n, project };
  const change: StatusChangeInput = { to: status, on: normDate(v.statusOn ?? ""), reason: v.reason, startedOn: v.startedOn ? normDate(v.startedOn) : undefined };
  if (!v.statusOn) err("statusOn", "状态不是“签约”时须填写状态日期 (statusOn required)");
  else if (project.signedOn) {
    try {
      planTransition({ status: "signed", statusOn: project.signedOn, signedOn: project.signedOn }, change as Required<Pick<StatusChangeInput, "to" | "on">>, todayCn());
    } catch (e) {
      for (const [f, r] of Object.entries((e as AppError).fields ?? {})) err(f, r);
    }
  }
  return { table: t, n, project, status: change };
}

/**
 * Imports projects and/or agreements: all or nothing. Every row is checked first (names
 * resolved, amounts parsed, the same zod schemas as the API); one bad row and nothing is written.
 * `progress` hears of each row written.
 */
export async function importLedger(
  db: Db,
  actor: Actor,
  fileName: string,
  bytes: Buffer,
  progress: (done: number, total: number) => void = () => {},
): Promise<{ projects: number[]; agreements: number[] }> {
  const errors: RowError[] = [];
  const tables = await readTables(fileName, bytes, errors);
  if (!errors.length && tables.every((t) => t.rows.length === 0)) throw new AppError("VALIDATION_FAILED", "文件中没有数据行 (no rows)", { file: "no rows" });
  const lk = await lookups(db);
  const prepared: Prepared[] = [];
  for (const t of tables) {
    for (const { n, v } of t.rows) {
      const err = (field: string, reason: string) => errors.push({ sheet: t.sheet, row: n, field, reason });
      const before = errors.length;
      const p = prepareRow(t, n, v, lk, err);
      prepared.push(p);
      if (errors.length > before) continue; // names already refused: the schema would only repeat it
      const parsed = p.agreement ? createAgreementSchema.safeParse(p.agreement) : createProjectSchema.safeParse(p.project);
      if (!parsed.success) for (const i of parsed.error.issues) err(i.path.map(String).join(".") || "_", i.message);
    }
  }
  if (errors.length) throw new ImportError(errors);
  return inTransaction(db, async (trx) => {
    const out = { projects: [] as number[], agreements: [] as number[] };
    for (const p of prepared) {
      try {
        if (p.agreement) out.agreements.push(await createAgreement(trx, actor, p.agreement as never));
        else {
          const id = await createProject(trx, actor, p.project as never);
          if (p.status) await applyStatusChange(trx, actor, id, p.status);
          out.projects.push(id);
        }
        progress(out.projects.length + out.agreements.length, prepared.length);
      } catch (e) {
        const ae = e instanceof AppError ? e : new AppError("INTERNAL", (e as Error).message);
        const f = ae.fields ? Object.entries(ae.fields) : [["_", ae.message]];
        throw new ImportError(f.map(([field, reason]) => ({ sheet: p.table.sheet, row: p.n, field, reason })));
      }
    }
    await audit(trx, actor, { action: "ledger.import", entity: "projects", entityId: null, after: { file: fileName, ...out } });
    return out;
  });
}
