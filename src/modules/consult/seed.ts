import type { Db } from "../../platform/db/connect.js";
import type { Logger } from "../module.js";
import { ALLIANCES } from "../directory/data/alliances.js";

/**
 * Reference data, every start: the rotation base year of the seeded alliances that rotate
 * (嘉昆太: 嘉定 2022, 昆山 2023, 太仓 2024 — seed 003 calls 2024 太仓's 轮值年). An existing row is
 * kept, so a secretariat's correction survives restarts.
 */
export async function seedConsult(db: Db, _log: Logger): Promise<void> {
  for (const a of ALLIANCES) {
    if (a.rotationBaseYear == null) continue;
    const row = await db.selectFrom("alliances").select("id").where("name", "=", a.name).executeTakeFirst();
    if (!row) continue;
    await db.insertInto("rotations")
      .values({ alliance_id: row.id, base_year: a.rotationBaseYear, note: `${a.rotationBaseYear}年起按成员顺序轮值(来源:名录种子)` })
      .onConflict((oc) => oc.column("alliance_id").doNothing())
      .execute();
  }
}
