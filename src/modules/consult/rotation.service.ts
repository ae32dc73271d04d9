import type { Db } from "../../platform/db/connect.js";
import { inTransaction } from "../../platform/db/transaction.js";
import { audit } from "../../platform/audit.js";
import type { MaybeActor } from "../../platform/auth.js";
import { invalid, notFound } from "../../platform/errors.js";
import { authorizeAllianceWrite } from "./access.js";
import { todayCn } from "../../platform/dates.js";
import { hostForYear } from "./rotation.js";

export interface RotationHost {
  regionId: number;
  name: string;
}

export interface RotationView {
  allianceId: number;
  /** false until the alliance has members in rotation order and a base year (then years, current and next are empty). */
  configured: boolean;
  baseYear: number | null;
  note: string;
  members: RotationHost[];
  years: Array<{ year: number; host: RotationHost; meetingId: number | null }>;
  /** Who hosts this (Chinese calendar) year. */
  current: { year: number; host: RotationHost; meetingId: number | null } | null;
  /** The first year from this one on without a recorded 轮值会议, and who hosts it. */
  next: { year: number; host: RotationHost } | null;
}

async function rotationMembers(db: Db, allianceId: number): Promise<RotationHost[]> {
  const rows = await db.selectFrom("alliance_regions as ar").innerJoin("regions as r", "r.id", "ar.region_id")
    .select(["r.id", "r.name"]).where("ar.alliance_id", "=", allianceId).where("ar.rotation_order", "is not", null)
    .orderBy("ar.rotation_order").orderBy("r.id").execute();
  return rows.map((r) => ({ regionId: r.id, name: r.name }));
}

/**
 * The rotation of an alliance. An alliance without one is a normal state (most alliances do not
 * rotate), answered with `configured: false` rather than an error.
 */
export async function rotationFor(db: Db, allianceId: number, opts: { from?: number; to?: number; today?: string } = {}): Promise<RotationView> {
  const alliance = await db.selectFrom("alliances").select("id").where("id", "=", allianceId).executeTakeFirst();
  if (!alliance) throw notFound("联盟 (alliance)", allianceId);
  const thisYear = Number((opts.today ?? todayCn()).slice(0, 4));
  const from = opts.from ?? thisYear - 3;
  const to = opts.to ?? thisYear + 3;
  if (to < from) throw invalid("to", "结束年份不能早于开始年份 (to must not be before from)");
  if (to - from > 200) throw invalid("to", "年份范围过大 (range too wide, at most 200 years)");
  const members = await rotationMembers(db, allianceId);
  const rot = await db.selectFrom("rotations").select(["base_year", "note"]).where("alliance_id", "=", allianceId).executeTakeFirst();
  if (members.length === 0 || !rot) {
    return { allianceId, configured: false, baseYear: rot?.base_year ?? null, note: rot?.note ?? "", members, years: [], current: null, next: null };
  }
  const held = await db.selectFrom("meetings").select(["id", "held_on"]).where("alliance_id", "=", allianceId).where("kind", "=", "轮值会议").orderBy("held_on").execute();
  const heldByYear = new Map(held.map((m) => [Number(m.held_on.slice(0, 4)), m.id]));
  const at = (year: number) => ({ year, host: hostForYear(members, rot.base_year, year), meetingId: heldByYear.get(year) ?? null });
  const years = [];
  for (let y = from; y <= to; y++) years.push(at(y));
  let nextYear = thisYear;
  while (heldByYear.has(nextYear)) nextYear++;
  return {
    allianceId, configured: true, baseYear: rot.base_year, note: rot.note, members, years, current: at(thisYear),
    next: { year: nextYear, host: hostForYear(members, rot.base_year, nextYear) },
  };
}

/** Sets the year the first member (lowest rotation_order) hosts. */
export async function setRotationBase(db: Db, actor: MaybeActor, allianceId: number, baseYear: number, note = ""): Promise<void> {
  authorizeAllianceWrite(actor, allianceId, "设置轮值 (set rotation)");
  if (!(await db.selectFrom("alliances").select("id").where("id", "=", allianceId).executeTakeFirst())) throw notFound("联盟 (alliance)", allianceId);
  if (!Number.isInteger(baseYear) || baseYear < 1949 || baseYear > 2200) throw invalid("baseYear", "年份无效 (invalid year)");
  await inTransaction(db, async (trx) => {
    const before = await trx.selectFrom("rotations").selectAll().where("alliance_id", "=", allianceId).executeTakeFirst();
    await trx.insertInto("rotations").values({ alliance_id: allianceId, base_year: baseYear, note })
      .onConflict((oc) => oc.column("alliance_id").doUpdateSet({ base_year: baseYear, note })).execute();
    await audit(trx, actor, { action: "rotation.set", entity: "rotations", entityId: allianceId, before, after: { baseYear, note } });
  });
}
