import { readFileSync, writeFileSync } from "node:fs";
import type { Command } from "commander";
import { progressBar } from "../../cli/progress.js";
import { emit, fail, table } from "../../cli/output.js";
import type { Db } from "../../platform/db/connect.js";
import type { Actor } from "../../platform/auth.js";
import { AppError } from "../../platform/errors.js";
import type { OpenContext } from "../module.js";
import { formatYuan } from "./amount.js";
import { listAgreements } from "./agreements.service.js";
import { listCeremonies } from "./ceremonies.service.js";
import { dashboard } from "./dashboard.service.js";
import { exportCsv, exportXlsx } from "./export.js";
import { importLedger, ImportError } from "./import.js";
import type { LedgerFilter } from "./ledger.schema.js";
import { listProjects } from "./projects.service.js";

/** The CLI acts as the platform operator (audit actor 0), as the other modules' CLIs do. */
export const OPERATOR: Actor = { userId: 0, email: "operator@localhost", name: "命令行操作员", grants: [{ role: "platform_admin" }] };

function failImport(err: unknown, json?: boolean): never {
  if (err instanceof ImportError) {
    if (json) process.stderr.write(JSON.stringify({ error: { code: err.code, message: err.message, rows: err.rows } }) + "\n");
    else {
      process.stderr.write(`error: ${err.code}: ${err.message}\n`);
      for (const r of err.rows) process.stderr.write(`  ${r.sheet} row ${r.row}  ${r.field}: ${r.reason}\n`);
    }
    process.exit(2);
  }
  fail(err, json);
}

interface FilterOptions {
  alliance?: string;
  region?: string;
  industry?: string;
  year?: string;
  from?: string;
  to?: string;
}

/** --alliance/--region/--industry take a name or an id; --year is shorthand for from/to. */
async function toFilter(db: Db, o: FilterOptions): Promise<LedgerFilter> {
  const f: LedgerFilter = {};
  const byName = async (table: "alliances" | "regions" | "industries", v: string, field: string) => {
    if (/^\d+$/.test(v) && table !== "regions") return Number(v);
    const rows = table === "alliances"
      ? await db.selectFrom("alliances").select("id").where((e) => e.or([e("name", "=", v), e("short_name", "=", v)])).execute()
      : table === "regions"
        ? await db.selectFrom("regions").select("id").where((e) => e.or([e("name", "=", v), e("code", "=", v)])).execute()
        : await db.selectFrom("industries").select("id").where((e) => e.or([e("name", "=", v), e("code", "=", v)])).execute();
    if (rows.length !== 1) {
      throw new AppError(rows.length ? "VALIDATION_FAILED" : table === "regions" ? "UNKNOWN_REGION" : "UNKNOWN_REFERENCE",
        `${rows.length ? "名称有歧义" : "不存在"}: ${v} (${rows.length ? "ambiguous" : "unknown"} ${field})`, { [field]: rows.length ? "ambiguous" : "unknown" });
    }
    return rows[0].id;
  };
  if (o.alliance) f.alliance = await byName("alliances", o.alliance, "alliance");
  if (o.region) f.region = await byName("regions", o.region, "region");
  if (o.industry) f.industry = await byName("industries", o.industry, "industry");
  if (o.year) {
    if (!/^\d{4}$/.test(o.year)) throw new AppError("VALIDATION_FAILED", `年份应为四位数字: ${o.year} (year must be YYYY)`, { year: "YYYY" });
    f.from = `${o.year}-01-01`;
    f.to = `${o.year}-12-31`;
  }
  if (o.from) f.from = o.from;
  if (o.to) f.to = o.to;
  return f;
}

const filterOptions = (c: Command) =>
  c.option("--alliance <name>", "alliance name, short name or id").option("--region <name>", "region name or code (includes its districts)")
    .option("--industry <name>", "industry name or code").option("--year <yyyy>", "calendar year").option("--from <date>", "YYYY-MM-DD").option("--to <date>", "YYYY-MM-DD");

export function ledgerCli(program: Command, open: OpenContext): void {
  const ledger = program.command("ledger").description("合作项目库 cooperation ledger: agreements, ceremonies, projects");

  ledger
    .command("import <file>")
    .description("import projects and/or agreements from .csv or .xlsx (all or nothing; per-row errors, exit 2)")
    .option("--json", "JSON output")
    .action(async (file: string, o: { json?: boolean }) => {
      let bytes: Buffer;
      try {
        bytes = readFileSync(file);
      } catch (e) {
        fail(new AppError("VALIDATION_FAILED", `无法读取文件 ${file} (cannot read file): ${(e as Error).message}`, { file: "cannot read" }), o.json);
      }
      const ctx = await open();
      const progress = progressBar("import [{bar}] {value}/{total} rows", o.json, 100);
      try {
        const r = await importLedger(ctx.db, OPERATOR, file, bytes!, progress);
        progress.stop();
        emit(o.json, r, (v) => `imported ${v.projects.length} projects, ${v.agreements.length} agreements`);
      } catch (err) {
        progress.stop();
        await ctx.close();
        failImport(err, o.json);
      }
      await ctx.close();
    });

  filterOptions(ledger.command("dashboard").description("numbers and the summary paragraph for an alliance / region / period"))
    .option("--json", "JSON output")
    .action(async (o: FilterOptions & { json?: boolean }) => {
      const ctx = await open();
      try {
        const d = await dashboard(ctx.db, await toFilter(ctx.db, o));
        emit(o.json, d, (v) => [
          v.paragraph,
          "",
          `协议 ${v.agreements} 份  项目 ${v.projects} 个  总投资 ${formatYuan(v.totalYuan) || "0元"}`,
          table(v.buckets.map((b) => ({ 档位: b.label, 项目数: b.count, 投资额: formatYuan(b.totalYuan) })), ["档位", "项目数", "投资额"]),
          table(v.byStatus.map((s) => ({ 状态: s.label, 项目数: s.count })), ["状态", "项目数"]),
        ].join("\n"));
      } catch (err) {
        fail(err, o.json);
      } finally {
        await ctx.close();
      }
    });

  filterOptions(ledger.command("list <what>").description("list projects | agreements | ceremonies (newest first; amounts as 万元/亿元)"))
    .option("--limit <n>", "rows (1–500)", "50")
    .option("--json", "JSON output")
    .action(async (what: string, o: FilterOptions & { limit: string; json?: boolean }) => {
      const ctx = await open();
      try {
        if (!["projects", "agreements", "ceremonies"].includes(what)) {
          throw new AppError("VALIDATION_FAILED", `应为 projects、agreements 或 ceremonies: ${what}`, { what: "projects | agreements | ceremonies" });
        }
        const filter = await toFilter(ctx.db, o);
        const limit = Number(o.limit);
        if (what === "projects") {
          const r = await listProjects(ctx.db, { ...filter, limit });
          emit(o.json, r, (v) => `${v.total} projects\n` + table(v.items.map((p) => ({
            编号: p.id, 签约日期: p.signedOn, 项目名称: p.name, 投资额: formatYuan(p.amountYuan) || "—", 落地地区: p.landingRegionName ?? "", 状态: p.statusLabel,
          })), ["编号", "签约日期", "项目名称", "投资额", "落地地区", "状态"]));
        } else if (what === "agreements") {
          const r = await listAgreements(ctx.db, { ...filter, limit });
          emit(o.json, r, (v) => `${v.total} agreements\n` + table(v.items.map((a) => ({
            编号: a.id, 签署日期: a.signedOn, 协议名称: `《${a.title}》`, 签署方: a.parties.map((p) => p.name).join("、"),
          })), ["编号", "签署日期", "协议名称", "签署方"]));
        } else {
          if (!Number.isInteger(limit) || limit < 1 || limit > 500) throw new AppError("VALIDATION_FAILED", `--limit 应为 1–500: ${o.limit}`, { limit: "1–500" });
          const rows = (await listCeremonies(ctx.db, { alliance: filter.alliance, limit: 1000 }))
            .filter((c) => (!filter.from || c.heldOn >= filter.from) && (!filter.to || c.heldOn <= filter.to)).slice(0, limit);
          emit(o.json, rows, (v) => table(v.map((c) => ({
            编号: c.id, 日期: c.heldOn, 活动名称: c.title, 项目数: c.projectCount, 总投资: formatYuan(Number(c.totalYuan)) || "—",
          })), ["编号", "日期", "活动名称", "项目数", "总投资"]));
        }
      } catch (err) {
        fail(err, o.json);
      } finally {
        await ctx.close();
      }
    });

  filterOptions(ledger.command("export").description("export projects and agreements to .xlsx (both sheets) or .csv (one table); amounts in 万元"))
    .requiredOption("--out <file>", "output file")
    .option("--format <fmt>", "xlsx | csv", "xlsx")
    .option("--what <what>", "projects | agreements (csv: one of them; xlsx: default both)")
    .option("--json", "JSON output")
    .action(async (o: FilterOptions & { out: string; format: string; what?: string; json?: boolean }) => {
      const ctx = await open();
      try {
        if (!["xlsx", "csv"].includes(o.format)) throw new AppError("VALIDATION_FAILED", `格式应为 xlsx 或 csv: ${o.format}`, { format: "xlsx | csv" });
        if (o.what && !["projects", "agreements"].includes(o.what)) throw new AppError("VALIDATION_FAILED", `--what 应为 projects 或 agreements: ${o.what}`, { what: "projects | agreements" });
        const filter = await toFilter(ctx.db, o);
        const what = (o.what ?? (o.format === "csv" ? "projects" : "all")) as "projects" | "agreements" | "all";
        const body = o.format === "xlsx" ? await exportXlsx(ctx.db, what, filter) : await exportCsv(ctx.db, what === "all" ? "projects" : what, filter);
        writeFileSync(o.out, body);
        emit(o.json, { file: o.out, format: o.format, what, bytes: Buffer.byteLength(body) }, (v) => `wrote ${v.file} (${v.what}, ${v.bytes} bytes)`);
      } catch (err) {
        fail(err, o.json);
      } finally {
        await ctx.close();
      }
    });
}
