/**
 * Organisations from CSV or JSON, all or nothing: every row is checked first (fields, region,
 * credit code, industries, duplicates within the file and against the directory); one bad
 * row means nothing is written and every problem is reported with its row number.
 */
import type { Db } from "../../platform/db/connect.js";
import { audit } from "../../platform/audit.js";
import type { MaybeActor } from "../../platform/auth.js";
import { AppError, type FieldErrors } from "../../platform/errors.js";
import { parseCsv } from "../../platform/tabular.js";
import { organizationCreate, type OrganizationCreate } from "./directory.schema.js";
import { checkOrganization, loadRefs } from "./organization-rules.js";
import { insertOrganizations } from "./organizations.write.js";
import { loadGazetteer } from "./regions.service.js";

export interface ImportRowError {
  /** 1-based record number: the first data line of a CSV (after the header) is row 1. */
  row: number;
  field: string;
  reason: string;
}

export class ImportFailed extends AppError {
  constructor(readonly rows: ImportRowError[]) {
    const fields: FieldErrors = {};
    for (const e of rows) fields[`row ${e.row}: ${e.field}`] ??= e.reason;
    const badRows = new Set(rows.map((e) => e.row)).size;
    super("VALIDATION_FAILED", `导入失败: ${badRows} 行有错误,未写入任何数据 (import refused: ${badRows} bad rows, nothing written)`, fields);
  }
}

/** Column names accepted besides the English ones (what a Chinese spreadsheet would say). */
const HEADER_ALIASES: Record<string, string> = {
  名称: "name", 组织名称: "name", 英文名称: "nameEn", 英文名: "nameEn", 类型: "kind", 地区: "region", 所在地: "region", 地区代码: "regionCode", 统一社会信用代码: "creditCode",
  信用代码: "creditCode", 简介: "description", 网站: "website", 联系人: "contactName", 电话: "contactPhone", 联系电话: "contactPhone",
  邮箱: "contactEmail", 产业: "industries",
};
const KIND_ALIASES: Record<string, string> = {
  企业: "enterprise", 高校: "university", 大学: "university", 科研院所: "institute", 院所: "institute", 园区: "park", 政府: "government",
  政府部门: "government", 金融: "finance", 金融机构: "finance", 服务: "service", 服务机构: "service",
};

export type RawRecord = Record<string, unknown>;

export function recordsFromCsv(text: string): RawRecord[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) return [];
  const keys = header.map((h) => HEADER_ALIASES[h.trim()] ?? h.trim());
  return rows.map((r) => Object.fromEntries(keys.map((k, i) => [k, r[i] ?? ""])));
}

export function recordsFromJson(text: string): RawRecord[] {
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    throw new AppError("MALFORMED_JSON", "导入文件不是合法的 JSON (file is not valid JSON)");
  }
  const list = Array.isArray(data) ? data : (data as { organizations?: unknown })?.organizations;
  if (!Array.isArray(list) || list.some((r) => typeof r !== "object" || r === null || Array.isArray(r)))
    throw new AppError("VALIDATION_FAILED", "JSON 应为组织对象的数组 (expected an array of organization objects)", { file: "expected an array of objects" });
  return list as RawRecord[];
}

const text = (v: unknown) => (v == null ? undefined : String(v).trim() || undefined);

/** Checks every record; returns the rows ready to insert, or throws ImportFailed listing every problem. */
export async function checkImport(db: Db, records: RawRecord[]): Promise<OrganizationCreate[]> {
  const [gaz, refs, industries, segments, existing] = await Promise.all([
    loadGazetteer(db),
    loadRefs(db),
    db.selectFrom("industries").select(["id", "code", "name"]).execute(),
    db.selectFrom("industry_segments").select(["id", "industry_id", "code", "name"]).execute(),
    db.selectFrom("organizations").select(["name", "credit_code"]).execute(),
  ]);
  const industryBy = new Map(industries.flatMap((i) => [[i.code, i.id], [i.name, i.id]] as const));
  const segmentBy = new Map(segments.map((s) => [s.code, s] as const));
  const namesTaken = new Map(existing.map((o) => [o.name, 0]));
  const codesTaken = new Map(existing.filter((o) => o.credit_code).map((o) => [o.credit_code!, 0]));
  const errors: ImportRowError[] = [];
  const out: OrganizationCreate[] = [];

  records.forEach((rec, i) => {
    const row = i + 1;
    const err = (field: string, reason: string) => errors.push({ row, field, reason });
    const kindText = text(rec.kind);
    let regionId: number | undefined = typeof rec.regionId === "number" ? rec.regionId : undefined;
    const regionCode = text(rec.regionCode);
    const regionName = text(rec.region);
    if (regionId === undefined && regionCode) {
      regionId = gaz.byGbCode(regionCode)?.id;
      if (regionId === undefined) err("regionCode", `地区代码 ${regionCode} 不存在 (unknown region code)`);
    } else if (regionId === undefined && regionName) {
      const r = gaz.resolve(regionName);
      if (r.status === "resolved") regionId = r.candidates[0]!.id;
      else if (r.status === "ambiguous") err("region", `地名「${regionName}」有歧义: ${r.candidates.map((c) => c.fullName).join(" / ")} (ambiguous)`);
      else err("region", `未知地区「${regionName}」 (unknown region)`);
    } else if (regionId === undefined) err("region", "请填写地区 (region required)");

    const links: { industryId: number; segmentId?: number }[] = [];
    const tokens = Array.isArray(rec.industries) ? rec.industries.map(String) : (text(rec.industries) ?? "").split(/[;；|、]/);
    for (const t of tokens.map((x) => x.trim()).filter(Boolean)) {
      const seg = segmentBy.get(t);
      const ind = industryBy.get(t);
      if (seg) links.push({ industryId: seg.industry_id, segmentId: seg.id });
      else if (ind) links.push({ industryId: ind });
      else err("industries", `未知产业或环节「${t}」 (unknown industry or segment code)`);
    }

    const candidate = {
      name: text(rec.name) ?? "", nameEn: text(rec.nameEn) ?? "", kind: (kindText && KIND_ALIASES[kindText]) ?? kindText, regionId: regionId ?? 0,
      creditCode: text(rec.creditCode) ?? null, description: text(rec.description), website: text(rec.website) ?? null,
      contactName: text(rec.contactName) ?? null, contactPhone: text(rec.contactPhone) ?? null, contactEmail: text(rec.contactEmail) ?? null,
      industries: links,
    };
    const parsed = organizationCreate.safeParse(candidate);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) if (issue.path[0] !== "regionId") err(issue.path.map(String).join(".") || "_", issue.message);
    }
    const checked = checkOrganization({ ...candidate, regionId: undefined }, refs);
    for (const p of checked.problems) err(p.field, p.reason);
    if (candidate.name && namesTaken.has(candidate.name)) {
      const where = namesTaken.get(candidate.name) ? `第 ${namesTaken.get(candidate.name)} 行` : "名录中";
      err("name", `名称重复: ${where}已有「${candidate.name}」 (duplicate name)`);
    } else if (candidate.name) namesTaken.set(candidate.name, row);
    const code = checked.creditCode;
    if (code && codesTaken.has(code)) {
      const where = codesTaken.get(code) ? `第 ${codesTaken.get(code)} 行` : "名录中";
      err("creditCode", `统一社会信用代码重复: ${where}已使用 ${code} (duplicate credit code)`);
    } else if (code) codesTaken.set(code, row);
    if (parsed.success && regionId !== undefined) out.push({ ...parsed.data, creditCode: code ?? null });
  });
  if (errors.length) throw new ImportFailed(errors);
  return out;
}

/** Checks, then writes every row in one transaction (with an audit entry per organisation). */
export async function importOrganizations(db: Db, actor: MaybeActor, records: RawRecord[], opts: { dryRun?: boolean } = {}) {
  if (records.length === 0) throw new AppError("VALIDATION_FAILED", "导入文件没有数据行 (no rows to import)", { file: "empty" });
  const rows = await checkImport(db, records);
  if (opts.dryRun) return { checked: rows.length, created: 0, ids: [] as number[] };
  const ids = await db.transaction().execute(async (trx) => {
    const ids = await insertOrganizations(trx, rows, actor?.userId ?? null);
    for (let i = 0; i < ids.length; i++)
      await audit(trx, actor, { action: "organization.import", entity: "organizations", entityId: ids[i]!, after: rows[i] });
    return ids;
  });
  return { checked: rows.length, created: ids.length, ids };
}
