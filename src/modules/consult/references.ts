import type { Db } from "../../platform/db/connect.js";
import { AppError } from "../../platform/errors.js";

/** Refuses ids that name no region, naming the field (e.g. `toRegionIds[1]`). */
export async function checkRegions(db: Db, refs: Array<[field: string, id: number | null | undefined]>): Promise<void> {
  const ids = [...new Set(refs.map(([, id]) => id).filter((id): id is number => id != null))];
  if (ids.length === 0) return;
  const found = new Set((await db.selectFrom("regions").select("id").where("id", "in", ids).execute()).map((r) => r.id));
  const bad = refs.filter(([, id]) => id != null && !found.has(id));
  if (bad.length) {
    throw new AppError("UNKNOWN_REGION", `地区不存在 (unknown region): ${bad.map(([f, id]) => `${f}=${id}`).join(", ")}`,
      Object.fromEntries(bad.map(([f]) => [f, "地区不存在 (unknown region)"])));
  }
}

export async function checkReference(db: Db, table: "alliances" | "organizations" | "visits" | "meetings" | "programmes" | "meeting_decisions", field: string, id: number | null | undefined): Promise<void> {
  if (id == null) return;
  const row = await db.selectFrom(table).select("id").where("id", "=", id).executeTakeFirst();
  if (!row) throw new AppError("UNKNOWN_REFERENCE", `${field}=${id} 不存在 (unknown reference)`, { [field]: "不存在 (unknown reference)" });
}
