import { readFileSync } from "node:fs";
import type { Command } from "commander";
import { emit, fail, table } from "../../cli/output.js";
import { progressBar } from "../../cli/progress.js";
import type { OpenContext } from "../module.js";
import { AppError } from "../../platform/errors.js";
import { formatYuan } from "./derive.js";
import { ImportError, importListings } from "./import.js";
import { expireListings } from "./listings.service.js";
import { searchListings } from "./search.service.js";
import { ANONYMOUS } from "./visibility.js";

/** Per-row import errors: one line each, so a person can fix the file row by row. */
function failImport(err: unknown, json?: boolean): never {
  if (err instanceof ImportError) {
    if (json) process.stderr.write(JSON.stringify({ error: { code: err.code, message: err.message, rows: err.rows } }) + "\n");
    else {
      process.stderr.write(`error: ${err.code}: ${err.message}\n`);
      for (const r of err.rows) process.stderr.write(`  row ${r.row}  ${r.field}: ${r.reason}\n`);
    }
    process.exit(2);
  }
  fail(err, json);
}

export function marketCli(program: Command, open: OpenContext): void {
  const listings = program.command("listings").description("集市信息 marketplace listings");
  listings
    .command("import <file>")
    .description("import listings from CSV or JSON (all or nothing; per-row errors, exit 2)")
    .option("--json", "JSON output")
    .action(async (file: string, o: { json?: boolean }) => {
      let text: string;
      try {
        text = readFileSync(file, "utf8");
      } catch (e) {
        fail(new AppError("VALIDATION_FAILED", `无法读取文件 ${file} (cannot read file): ${(e as Error).message}`, { file: "cannot read" }), o.json);
      }
      const ctx = await open();
      const progress = progressBar("import [{bar}] {value}/{total} listings", o.json, 100);
      try {
        const r = await importListings(ctx.db, file, text!, progress);
        progress.stop();
        emit(o.json, r, (v) => `imported ${v.imported} listings (ids ${v.ids[0]}–${v.ids[v.ids.length - 1]})`);
      } catch (err) {
        progress.stop();
        await ctx.close();
        failImport(err, o.json);
      }
      await ctx.close();
    });

  listings
    .command("expire")
    .description("mark published listings past their valid-until date as expired")
    .option("--json", "JSON output")
    .action(async (o: { json?: boolean }) => {
      const ctx = await open();
      try {
        const n = await expireListings(ctx.db);
        emit(o.json, { expired: n }, (v) => `expired ${v.expired} listings`);
      } catch (err) {
        fail(err, o.json);
      } finally {
        await ctx.close();
      }
    });

  program
    .command("search <query>")
    .description("search published public listings (Chinese full text)")
    .option("--kind <kind>", "tech_offer|tech_need|challenge|space|investment|procurement|service|finance")
    .option("--region <id>", "region id (includes its districts)")
    .option("--alliance <id>", "alliance id (listings in its member regions)")
    .option("--organization <id>", "publishing organisation id")
    .option("--industry <id>", "industry id")
    .option("--amount-min <yuan>", "amount at least (元)")
    .option("--amount-max <yuan>", "amount at most (元)")
    .option("--area-min <sqm>", "area at least (㎡)")
    .option("--area-max <sqm>", "area at most (㎡)")
    .option("--price-min <yuan>", "rent at least (元/㎡/月)")
    .option("--price-max <yuan>", "rent at most (元/㎡/月)")
    .option("--limit <n>", "results", "20")
    .option("--offset <n>", "skip this many results", "0")
    .option("--json", "JSON output")
    .action(async (query: string, o: Record<string, string | boolean | undefined>) => {
      const ctx = await open();
      try {
        // The options are the API's query parameters (--area-min → areaMin), validated by the same schema.
        const params: Record<string, string> = { q: query };
        for (const [k, v] of Object.entries(o)) if (k !== "json" && typeof v === "string") params[k] = v;
        const r = await searchListings(ctx.db, null, params, ANONYMOUS);
        emit(o.json === true, r, (v) =>
          `${v.total}${v.totalIsExact ? "" : "+"} results\n` +
          table(
            v.items.map((i) => ({
              id: i.id, kind: i.kindLabel, title: i.title, org: i.organization.name, amount: formatYuan(i.amountYuan),
              area: i.areaSqm ? `${i.areaSqm}㎡` : "", rent: i.priceYuan ? `${i.priceYuan}元/㎡·月` : "",
            })),
            ["id", "kind", "title", "org", "amount", "area", "rent"],
          ),
        );
      } catch (err) {
        fail(err, o.json === true);
      } finally {
        await ctx.close();
      }
    });
}
