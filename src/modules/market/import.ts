import { extname } from "node:path";
import type { Db } from "../../platform/db/connect.js";
import { audit } from "../../platform/audit.js";
import { AppError } from "../../platform/errors.js";
import { csvObjects } from "../../platform/tabular.js";
import { createListingBody, type CreateListingInput } from "./listing.schema.js";
import { insertValidated } from "./listings.service.js";
import type { ListingStatus } from "./market.tables.js";

export interface RowError {
  row: number;
  field: string;
  reason: string;
}

export class ImportError extends AppError {
  constructor(readonly rows: RowError[]) {
    super(
      "VALIDATION_FAILED",
      `导入失败,${rows.length} 处错误,未写入任何记录 (import failed, nothing written)`,
      Object.fromEntries(rows.slice(0, 50).map((r) => [`row ${r.row}.${r.field}`, r.reason])),
    );
  }
}

const IMPORT_STATUS = new Set(["draft", "in_review", "published"]);
const list = (v: unknown): string[] =>
  Array.isArray(v) ? v.map(String) : typeof v === "string" && v.trim() ? v.split(/[;；、|]/).map((x) => x.trim()).filter(Boolean) : [];

/** Reads a CSV (header line; attrs as a JSON column) or a JSON array file into plain rows. */
export function readRows(fileName: string, text: string): Record<string, unknown>[] {
  if (extname(fileName).toLowerCase() === ".json") {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (e) {
      throw new AppError("MALFORMED_JSON", `文件不是合法的 JSON: ${(e as Error).message} (malformed JSON)`);
    }
    if (!Array.isArray(data)) throw new AppError("VALIDATION_FAILED", "JSON 文件应为数组 (expected a JSON array)", { file: "expected an array" });
    return data as Record<string, unknown>[];
  }
  return csvObjects(text).map((r) => {
    const out: Record<string, unknown> = { ...r };
    for (const k of Object.keys(out)) if (out[k] === "") delete out[k];
    if (typeof r.attrs === "string" && r.attrs) {
      try {
        out.attrs = JSON.parse(r.attrs);
      } catch {
        out.attrs = Symbol.for("bad-json");
      }
    }
    const contact = { name: r.contactName, phone: r.contactPhone, email: r.contactEmail };
    delete out.contactName, delete out.contactPhone, delete out.contactEmail;
    if (Object.values(contact).some(Boolean)) out.contact = Object.fromEntries(Object.entries(contact).filter(([, v]) => v));
    return out;
  });
}

interface Lookups {
  org: Map<string, number>;
  region: Map<string, number>;
  industry: Map<string, number>;
}

async function lookups(db: Db): Promise<Lookups> {
  const [orgs, regions, industries] = await Promise.all([
    db.selectFrom("organizations").select(["id", "name"]).execute(),
    db.selectFrom("regions").select(["id", "code", "name", "short_name", "aliases"]).execute(),
    db.selectFrom("industries").select(["id", "code", "name"]).execute(),
  ]);
  const region = new Map<string, number>();
  for (const r of regions) for (const k of [r.code, r.name, r.short_name, ...(r.aliases ?? [])]) if (!region.has(k)) region.set(k, r.id);
  return {
    org: new Map(orgs.map((o) => [o.name, o.id])),
    region,
    industry: new Map(industries.flatMap((i) => [[i.name, i.id], [i.code, i.id]] as [string, number][])),
  };
}

/** Names → ids (organisation, regions, industries), then the same zod schema as the API. */
function normalise(raw: Record<string, unknown>, n: number, lk: Lookups, errors: RowError[]): { input?: CreateListingInput; status: ListingStatus } {
  const r = { ...raw };
  const err = (field: string, reason: string) => errors.push({ row: n, field, reason });
  const status = (r.status ?? "draft") as ListingStatus;
  delete r.status;
  if (!IMPORT_STATUS.has(status)) err("status", "只能导入为 draft / in_review / published (import status)");
  if (r.attrs === Symbol.for("bad-json")) return err("attrs", "attrs 不是合法的 JSON (attrs is not JSON)"), { status };
  if (r.organization !== undefined) {
    const id = lk.org.get(String(r.organization));
    if (!id) err("organization", `机构不存在: ${String(r.organization)} (unknown organisation)`);
    r.organizationId = id ?? 0;
    delete r.organization;
  } else if (typeof r.organizationId === "string") r.organizationId = Number(r.organizationId);
  for (const [key, idKey, map, label] of [["regions", "regionIds", lk.region, "地区"], ["industries", "industryIds", lk.industry, "产业"]] as const) {
    if (r[key] === undefined) continue;
    const ids = list(r[key]).map((name) => {
      const id = map.get(name);
      if (!id) err(key, `${label}不存在: ${name} (unknown ${key})`);
      return id ?? 0;
    });
    r[idKey] = ids;
    delete r[key];
  }
  const parsed = createListingBody.safeParse(r);
  if (!parsed.success) {
    for (const i of parsed.error.issues) {
      if (i.code === "unrecognized_keys") for (const k of i.keys) err([...i.path, k].join("."), "未知字段 (unknown field)");
      else err(i.path.map(String).join(".") || "_", i.message);
    }
    return { status };
  }
  return { input: parsed.data, status };
}

/**
 * All or nothing: every row is checked first; one bad row and nothing is written. `progress`
 * hears of each row written (the checks before take a fraction of the time).
 */
export async function importListings(
  db: Db,
  fileName: string,
  text: string,
  progress: (done: number, total: number) => void = () => {},
): Promise<{ imported: number; ids: number[] }> {
  const rows = readRows(fileName, text);
  if (rows.length === 0) throw new AppError("VALIDATION_FAILED", "文件中没有数据行 (no rows)", { file: "no rows" });
  const lk = await lookups(db);
  const errors: RowError[] = [];
  const ready = rows.map((r, i) => normalise(r ?? {}, i + 1, lk, errors));
  if (errors.length) throw new ImportError(errors);
  return db.transaction().execute(async (trx) => {
    const ids: number[] = [];
    for (const [i, r] of ready.entries()) {
      try {
        ids.push(await insertValidated(trx, null, r.input!, r.status));
        progress(ids.length, ready.length);
      } catch (e) {
        const ae = e as AppError;
        const f = ae.fields ? Object.entries(ae.fields) : [["_", ae.message]];
        throw new ImportError(f.map(([field, reason]) => ({ row: i + 1, field, reason })));
      }
    }
    await audit(trx, null, { action: "listing.import", entity: "listings", entityId: null, after: { file: fileName, ids } });
    return { imported: ids.length, ids };
  });
}
