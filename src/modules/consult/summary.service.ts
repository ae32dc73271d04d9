import type { Db } from "../../platform/db/connect.js";
import { listActionItems } from "./actions.repo.js";
import { todayCn } from "./dates.js";
import { listProgrammes } from "./programmes.service.js";
import { rotationFor } from "./rotation.service.js";

/** The few numbers a dashboard shows for an alliance's consult work. */
export async function consultSummary(db: Db, allianceId: number, today = todayCn()) {
  const count = async (table: "meetings" | "visits") =>
    Number((await db.selectFrom(table).select((e) => e.fn.countAll().as("n")).where("alliance_id", "=", allianceId).executeTakeFirstOrThrow()).n);
  const items = await listActionItems(db, { alliance: allianceId }, today);
  const programmes = await listProgrammes(db, allianceId);
  const nextHost = await rotationFor(db, allianceId, { today }).then((r) => r.next, () => null);
  const byStatus = { not_started: 0, in_progress: 0, done: 0, cancelled: 0 };
  for (const i of items) byStatus[i.status]++;
  return {
    allianceId,
    meetings: await count("meetings"),
    visits: await count("visits"),
    actionItems: items.length,
    byStatus,
    overdue: items.filter((i) => i.overdue).length,
    programmes: programmes.map((p) => ({ id: p.id, name: p.name, done: p.done, total: p.total, completionRate: p.completionRate })),
    nextHost,
  };
}
