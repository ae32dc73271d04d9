import { readFileSync, writeFileSync } from "node:fs";
import type { Command } from "commander";
import { emit, fail, table } from "../../cli/output.js";
import { withDb } from "../../cli/with-db.js";
import { AppError } from "../../platform/errors.js";
import type { OpenContext } from "../module.js";
import { listAlliances } from "./alliances.service.js";
import { exportDirectory, type ExportFormat, type ExportWhat } from "./directory.export.js";
import type { RegionLevel } from "./directory.tables.js";
import { ImportFailed, importOrganizations, recordsFromCsv, recordsFromJson } from "./organizations.import.js";
import { listRegions, resolveRegionName } from "./regions.service.js";

function reportImportFailure(err: ImportFailed, json: boolean | undefined): never {
  if (json) process.stderr.write(JSON.stringify({ error: { code: err.code, message: err.message, rows: err.rows } }) + "\n");
  else {
    process.stderr.write(`error: ${err.code}: ${err.message}\n`);
    for (const e of err.rows) process.stderr.write(`  row ${e.row}  ${e.field}: ${e.reason}\n`);
  }
  process.exit(2);
}

const LEVELS = ["province", "prefecture", "county"];

export function directoryCli(program: Command, open: OpenContext): void {
  const regions = program.command("regions").description("地区 regions of the Delta");
  regions
    .command("resolve")
    .description("resolve a place name (全称/简称/别名); exit 2 when unknown")
    .argument("<name>", "place name, e.g. 太仓 or 上海市普陀区")
    .option("--context <region>", "region that disambiguates (name, GB code or id)")
    .option("--json", "JSON output")
    .action((name: string, o: { context?: string; json?: boolean }) =>
      withDb(open, o.json, async ({ db }) => {
        const r = await resolveRegionName(db, name, { context: o.context });
        emit(o.json, r, (v) => {
          if (v.status === "unknown")
            return `unknown: ${v.query}${v.suggestions.length ? ` (did you mean ${v.suggestions.map((s) => s.fullName).join(", ")}?)` : ""}`;
          return `${v.status}: ` + v.candidates.map((c) => `${c.fullName} ${c.code} [${c.level}, ${c.matchedBy}]`).join(" | ");
        });
        if (r.status === "unknown") {
          if (!o.json) process.stderr.write(`error: UNKNOWN_REGION: 未知地名「${name}」 (unknown place name)\n`);
          process.exitCode = 2;
        }
      }),
    );
  regions
    .command("list")
    .description("list regions")
    .option("--level <level>", "province | prefecture | county")
    .option("--parent <region>", "only the children of this region (GB code or id)")
    .option("-q, --query <text>", "name, short name or alias")
    .option("--json", "JSON output")
    .action((o: { level?: string; parent?: string; query?: string; json?: boolean }) =>
      withDb(open, o.json, async ({ db }) => {
        if (o.level && !LEVELS.includes(o.level)) throw new AppError("VALIDATION_FAILED", `--level 应为 ${LEVELS.join("/")} (invalid level)`, { level: o.level });
        let parent: number | undefined;
        if (o.parent) {
          const r = await resolveRegionName(db, o.parent);
          const byCode = await db.selectFrom("regions").select("id").where((eb) => eb.or([eb("code", "=", o.parent!), eb("id", "=", Number(o.parent) || 0)])).executeTakeFirst();
          parent = byCode?.id ?? (r.status === "resolved" ? r.candidates[0]!.id : undefined);
          if (parent === undefined) throw new AppError("UNKNOWN_REGION", `未知地区 ${o.parent} (unknown region)`, { parent: o.parent });
        }
        const page = await listRegions(db, { level: o.level as RegionLevel | undefined, parent, q: o.query, limit: 1000, offset: 0 });
        emit(o.json, page, (p) => table(p.items.map((r) => ({ ...r, aliases: r.aliases.join(" ") })), ["code", "name", "level", "kind", "fullName", "aliases"]) + `\n${p.total} regions`);
      }),
    );

  const alliances = program.command("alliances").description("联盟 alliances");
  alliances
    .command("list")
    .description("list alliances with their member regions")
    .option("--json", "JSON output")
    .action((o: { json?: boolean }) =>
      withDb(open, o.json, async ({ db }) => {
        const page = await listAlliances(db, { limit: 500, offset: 0 });
        emit(o.json, page, (p) =>
          table(
            p.items.map((a) => ({
              id: a.id, name: a.name, kind: a.kind, organizations: a.organizationCount,
              regions: a.regions.map((r) => (r.rotationOrder == null ? r.name : `${r.rotationOrder}.${r.name}`)).join(" "),
            })),
            ["id", "name", "kind", "organizations", "regions"],
          ),
        );
      }),
    );

  const directory = program.command("directory").description("名录 directory import and export");
  directory
    .command("export")
    .description("export organizations, alliances or regions as CSV or JSON")
    .option("--format <format>", "csv | json", "csv")
    .option("--what <what>", "organizations | alliances | regions", "organizations")
    .option("--out <file>", "write to a file instead of standard output")
    .action((o: { format: string; what: string; out?: string }) =>
      withDb(open, false, async ({ db }) => {
        if (!["csv", "json"].includes(o.format)) throw new AppError("VALIDATION_FAILED", "--format 应为 csv 或 json (invalid format)", { format: o.format });
        if (!["organizations", "alliances", "regions"].includes(o.what))
          throw new AppError("VALIDATION_FAILED", "--what 应为 organizations、alliances 或 regions (invalid --what)", { what: o.what });
        const { text, count } = await exportDirectory(db, o.what as ExportWhat, o.format as ExportFormat);
        if (o.out) {
          writeFileSync(o.out, text);
          process.stderr.write(`exported ${count} ${o.what} to ${o.out}\n`);
        } else process.stdout.write(text);
      }),
    );
  directory
    .command("import")
    .description("import organizations from CSV or JSON: all rows or none; errors list row, field and reason")
    .argument("<file>", "a .csv or .json file (columns: name, kind, region|regionCode, creditCode, industries, …)")
    .option("--format <format>", "csv | json (default: from the file extension)")
    .option("--dry-run", "check every row, write nothing")
    .option("--json", "JSON output")
    .action((file: string, o: { format?: string; dryRun?: boolean; json?: boolean }) =>
      withDb(open, o.json, async ({ db }) => {
        let content: string;
        try {
          content = readFileSync(file, "utf8");
        } catch {
          throw new AppError("VALIDATION_FAILED", `无法读取文件 ${file} (cannot read file)`, { file });
        }
        const format = o.format ?? (file.toLowerCase().endsWith(".json") ? "json" : "csv");
        const records = format === "json" ? recordsFromJson(content) : recordsFromCsv(content);
        const r = await importOrganizations(db, null, records, { dryRun: o.dryRun });
        emit(o.json, r, (v) => (o.dryRun ? `checked ${v.checked} rows: all valid (nothing written)` : `imported ${v.created} organizations`));
      }, (err, json) => err instanceof ImportFailed && reportImportFailure(err, json)),
    );
}
