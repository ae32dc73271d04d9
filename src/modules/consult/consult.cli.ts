import { writeFileSync } from "node:fs";
import { extname } from "node:path";
import type { Command } from "commander";
import { emit, fail, table } from "../../cli/output.js";
import { withDb } from "../../cli/with-db.js";
import type { Db } from "../../platform/db/connect.js";
import { AppError } from "../../platform/errors.js";
import type { OpenContext } from "../module.js";
import { overdueByOwner } from "./actions.service.js";
import { todayCn } from "../../platform/dates.js";
import { exportConsult, type ExportFormat, type ExportWhat } from "./export.js";
import { hostForYear } from "./rotation.js";
import { rotationFor } from "./rotation.service.js";

/** Checks arguments before the database is opened: a bad flag costs no start-up. */
function checked<T>(json: boolean | undefined, fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    fail(err, json);
  }
}

/** An alliance by id, name or short name (嘉昆太). */
export async function findAlliance(db: Db, v: string): Promise<{ id: number; name: string }> {
  const q = db.selectFrom("alliances").select(["id", "name"]);
  const rows = /^\d+$/.test(v) ? await q.where("id", "=", Number(v)).execute() : await q.where((e) => e.or([e("name", "=", v), e("short_name", "=", v)])).execute();
  if (rows.length === 1) return rows[0];
  const like = await db.selectFrom("alliances").select(["id", "name"]).where("name", "like", `%${v}%`).execute();
  if (like.length === 1) return like[0];
  throw new AppError("UNKNOWN_REFERENCE", like.length > 1 ? `联盟名称有歧义: ${v} (${like.map((a) => a.name).join("、")})` : `联盟不存在: ${v} (unknown alliance)`,
    { alliance: like.length > 1 ? "ambiguous" : "unknown" });
}

function parseYear(y: string | undefined): number | undefined {
  if (y === undefined) return undefined;
  if (!/^\d{4}$/.test(y) || +y < 1949 || +y > 2200) throw new AppError("VALIDATION_FAILED", `年份应为 1949–2200 的四位数字: ${y} (year must be YYYY)`, { year: "YYYY" });
  return Number(y);
}

function oneOf<T extends string>(field: string, v: string | undefined, allowed: readonly T[]): T {
  if (v === undefined || !allowed.includes(v as T)) throw new AppError("VALIDATION_FAILED", `--${field} 应为 ${allowed.join(" | ")}: ${v ?? "(missing)"}`, { [field]: allowed.join(" | ") });
  return v as T;
}

export function consultCli(program: Command, open: OpenContext): void {
  const consult = program.command("consult").description("会商与行动 consultation: rotation, overdue action items, exports");

  consult
    .command("rotation")
    .description("who hosts an alliance's rotation this year (or --year), and the next host")
    .argument("<alliance>", "alliance name, short name (嘉昆太) or id")
    .option("--year <yyyy>", "the year to ask about")
    .option("--json", "JSON output")
    .action((alliance: string, o: { year?: string; json?: boolean }) => {
      const year = checked(o.json, () => parseYear(o.year));
      return withDb(open, o.json, async ({ db }) => {
        const a = await findAlliance(db, alliance);
        const r = await rotationFor(db, a.id);
        if (!r.configured) throw new AppError("NOT_FOUND", `${a.name} 没有轮值安排 (alliance has no rotation)`, { alliance: "no rotation" });
        const asked = year ?? Number(todayCn().slice(0, 4));
        const host = hostForYear(r.members, r.baseYear!, asked);
        emit(o.json, { alliance: a.name, baseYear: r.baseYear, order: r.members, year: asked, host, next: r.next }, (v) => [
          `${v.alliance} 轮值顺序: ${v.order.map((m) => m.name).join(" → ")} (${v.baseYear}年起)`,
          `${v.year}年 轮值: ${v.host.name}`,
          `下一次轮值会议: ${v.next!.year}年 ${v.next!.host.name}`,
        ].join("\n"));
      });
    });

  consult
    .command("overdue")
    .description("overdue action items, listed per owner")
    .option("--alliance <name>", "alliance name, short name or id")
    .option("--json", "JSON output")
    .action((o: { alliance?: string; json?: boolean }) =>
      withDb(open, o.json, async ({ db }) => {
        const a = o.alliance ? await findAlliance(db, o.alliance) : undefined;
        const today = todayCn();
        const groups = await overdueByOwner(db, a?.id, today);
        const days = (d: string) => Math.round((Date.parse(today) - Date.parse(d)) / 86_400_000);
        emit(o.json, groups, (gs) => gs.length === 0 ? "没有逾期事项 (no overdue items)" : gs.map((g) =>
          `${g.owner.name} (${g.items.length})\n` + table(g.items.map((i) => ({ 编号: i.id, 截止日期: i.deadline, 逾期天数: days(i.deadline!), 事项: i.title })), ["编号", "截止日期", "逾期天数", "事项"])
            .split("\n").map((l) => `  ${l}`).join("\n")).join("\n\n"));
      }));

  consult
    .command("export")
    .description("export action items or meetings to .xlsx or .csv (Chinese headers)")
    .requiredOption("--what <what>", "items | meetings")
    .requiredOption("--out <file>", "output file")
    .option("--format <fmt>", "xlsx | csv (default: from the file extension, else xlsx)")
    .option("--alliance <name>", "alliance name, short name or id")
    .option("--json", "JSON output")
    .action((o: { what: string; out: string; format?: string; alliance?: string; json?: boolean }) => {
      const [what, format] = checked(o.json, () => [
        oneOf<ExportWhat>("what", o.what, ["items", "meetings"]),
        oneOf<ExportFormat>("format", o.format ?? (extname(o.out).toLowerCase() === ".csv" ? "csv" : "xlsx"), ["xlsx", "csv"]),
      ] as const);
      return withDb(open, o.json, async ({ db }) => {
        const a = o.alliance ? await findAlliance(db, o.alliance) : undefined;
        const body = await exportConsult(db, what, format, { alliance: a?.id });
        try {
          writeFileSync(o.out, body);
        } catch (e) {
          throw new AppError("VALIDATION_FAILED", `无法写入 ${o.out} (cannot write file): ${(e as Error).message}`, { out: "cannot write" });
        }
        emit(o.json, { file: o.out, what, format, bytes: Buffer.byteLength(body) }, (v) => `wrote ${v.file} (${v.what}, ${v.format}, ${v.bytes} bytes)`);
      });
    });
}
