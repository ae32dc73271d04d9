import type { Db } from "../../platform/db/connect.js";
import { audit } from "../../platform/audit.js";
import type { MaybeActor } from "../../platform/auth.js";
import { AppError, invalid, notFound } from "../../platform/errors.js";
import { authorizeAllianceWrite } from "./access.js";
import { todayCn } from "./dates.js";
import { hostForYear } from "./rotation.js";

export interface RotationHost {
  regionId: number;
  name: string;
}

export interface RotationView {
  allianceId: number;
  baseYear: number;
  members: RotationHost[];
  years: Array<{ year: number; host: RotationHost; meetingId: number | null }>;
  /** The first year from this one on without a recorded 轮值会议, and who hosts it. */
  next: { year: number; host: RotationHost };
}

async function rotationMembers(db: Db, allianceId: number): Promise<RotationHost[]> {
  const rows = await db.selectFrom("alliance_regions as ar").innerJoin("regions as r", "r.id", "ar.region_id")
    .select(["r.id", "r.name"]).where("ar.alliance_id", "=", allianceId).where("ar.rotation_order", "is not", null)
    .orderBy("ar.rotation_order").orderBy("r.id").execute();
  return rows.map((r) => ({ regionId: r.id, name: r.name }));
}

export async function rotationFor(db: Db, allianceId: number, opts: { from?: number; to?: number; today?: string } = {}): Promise<RotationView> {
  const alliance = await db.selectFrom("alliances").select("id").where("id", "=", allianceId).executeTakeFirst();
  if (!alliance) throw notFound("联盟 (alliance)", allianceId);
  const members = await rotationMembers(db, allianceId);
  const rot = await db.selectFrom("rotations").select("base_year").where("alliance_id", "=", allianceId).executeTakeFirst();
  if (members.length === 0 || !rot) throw new AppError("NOT_FOUND", "该联盟没有轮值安排 (alliance has no rotation)");
  const thisYear = Number((opts.today ?? todayCn()).slice(0, 4));
  const from = opts.from ?? thisYear - 3;
  const to = opts.to ?? thisYear + 3;
  if (to < from) throw invalid("to", "结束年份不能早于开始年份 (to must not be before from)");
  if (to - from > 200) throw invalid("to", "年份范围过大 (range too wide, at most 200 years)");
  const held = await db.selectFrom("meetings").select(["id", "held_on"]).where("alliance_id", "=", allianceId).where("kind", "=", "轮值会议").orderBy("held_on").execute();
  const heldByYear = new Map(held.map((m) => [Number(m.held_on.slice(0, 4)), m.id]));
  const years = [];
  for (let y = from; y <= to; y++) years.push({ year: y, host: hostForYear(members, rot.base_year, y), meetingId: heldByYear.get(y) ?? null });
  let nextYear = thisYear;
  while (heldByYear.has(nextYear)) nextYear++;
  return { allianceId, baseYear: rot.base_year, members, years, next: { year: nextYear, host: hostForYear(members, rot.base_year, nextYear) } };
}

/** Sets the year the first member (lowest rotation_order) hosts. */
export async function setRotationBase(db: Db, actor: MaybeActor, allianceId: number, baseYear: number, note = ""): Promise<void> {
  authorizeAllianceWrite(actor, allianceId, "设置轮值 (set rotation)");
  if (!Number.isInteger(baseYear) || baseYear < 1949 || baseYear > 2200) throw invalid("baseYear", "年份无效 (invalid year)");
  await db.transaction().execute(async (trx) => {
    const before = await trx.selectFrom("rotations").selectAll().where("alliance_id", "=", allianceId).executeTakeFirst();
    await trx.insertInto("rotations").values({ alliance_id: allianceId, base_year: baseYear, note })
      .onConflict((oc) => oc.column("alliance_id").doUpdateSet({ base_year: baseYear, note })).execute();
    await audit(trx, actor, { action: "rotation.set", entity: "rotations", entityId: allianceId, before, after: { baseYear, note } });
  });
}
