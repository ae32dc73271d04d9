import { sql } from "kysely";
import type { Db } from "../../platform/db/connect.js";
import type { ActionStatus } from "./consult.tables.js";
import { todayCn } from "../../platform/dates.js";
import { completionRate } from "./progress.js";
import { listProgrammes } from "./programmes.service.js";
import { rotationFor } from "./rotation.service.js";

/** The few numbers a dashboard shows for an alliance's consult work (counted in SQL, no items loaded). */
export async function consultSummary(db: Db, allianceId: number, today = todayCn()) {
  const rotation = await rotationFor(db, allianceId, { today }); // also 404s an unknown alliance
  const count = async (table: "meetings" | "visits") =>
    Number((await db.selectFrom(table).select((e) => e.fn.countAll().as("n")).where("alliance_id", "=", allianceId).executeTakeFirstOrThrow()).n);
  const rows = await db.selectFrom("action_items").select([
    "status", (e) => e.fn.countAll<number>().as("n"),
    sql<number>`count(*) filter (where deadline < ${today} and status in ('not_started', 'in_progress'))`.as("overdue"),
  ]).where("alliance_id", "=", allianceId).groupBy("status").execute();
  const byStatus: Record<ActionStatus, number> = { not_started: 0, in_progress: 0, done: 0, cancelled: 0 };
  for (const r of rows) byStatus[r.status] = Number(r.n);
  const all = completionRate((Object.entries(byStatus) as [ActionStatus, number][]).flatMap(([s, n]) => Array<ActionStatus>(n).fill(s)));
  const programmes = await listProgrammes(db, allianceId, today);
  return {
    allianceId,
    meetings: await count("meetings"),
    visits: await count("visits"),
    actionItems: Object.values(byStatus).reduce((a, b) => a + b, 0),
    byStatus,
    overdue: rows.reduce((a, r) => a + Number(r.overdue), 0),
    completionRate: all.rate,
    programmes: programmes.map((p) => ({ id: p.id, name: p.name, done: p.done, total: p.total, completionRate: p.completionRate, overdue: p.overdue })),
    currentHost: rotation.current ? { year: rotation.current.year, host: rotation.current.host } : null,
    nextHost: rotation.next,
  };
}
export type ConsultSummary = Awaited<ReturnType<typeof consultSummary>>;
