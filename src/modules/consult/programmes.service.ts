import type { z } from "zod";
import type { Db } from "../../platform/db/connect.js";
import { audit } from "../../platform/audit.js";
import type { MaybeActor } from "../../platform/auth.js";
import { AppError, notFound } from "../../platform/errors.js";
import { authorizeAllianceWrite } from "./access.js";
import { programmeStatusCounts } from "./actions.repo.js";
import { createProgrammeSchema, updateProgrammeSchema } from "./actions.schema.js";
import type { ActionStatus } from "./consult.tables.js";
import { completionRate } from "./progress.js";
import { checkReference } from "./references.js";

export interface ProgrammeView {
  id: number;
  allianceId: number;
  name: string;
  period: string;
  description: string;
  counts: Record<ActionStatus, number>;
  done: number;
  total: number;
  /** done / non-cancelled, 0..1; null when the programme has nothing to count. */
  completionRate: number | null;
}

export async function listProgrammes(db: Db, allianceId: number): Promise<ProgrammeView[]> {
  const rows = await programmeStatusCounts(db, allianceId);
  const byId = new Map<number, ProgrammeView>();
  for (const r of rows) {
    let p = byId.get(r.id);
    if (!p) {
      p = { id: r.id, allianceId, name: r.name, period: r.period, description: r.description, counts: { not_started: 0, in_progress: 0, done: 0, cancelled: 0 }, done: 0, total: 0, completionRate: null };
      byId.set(r.id, p);
    }
    if (r.status) p.counts[r.status] += Number(r.n);
  }
  for (const p of byId.values()) {
    const statuses = (Object.entries(p.counts) as [ActionStatus, number][]).flatMap(([s, n]) => Array<ActionStatus>(n).fill(s));
    Object.assign(p, (({ done, total, rate }) => ({ done, total, completionRate: rate }))(completionRate(statuses)));
  }
  return [...byId.values()];
}

export async function getProgramme(db: Db, id: number): Promise<ProgrammeView> {
  const p = await db.selectFrom("programmes").select("alliance_id").where("id", "=", id).executeTakeFirst();
  if (!p) throw notFound("行动计划 (programme)", id);
  return (await listProgrammes(db, p.alliance_id)).find((x) => x.id === id)!;
}

export async function createProgramme(db: Db, actor: MaybeActor, raw: z.input<typeof createProgrammeSchema>): Promise<number> {
  const input = createProgrammeSchema.parse(raw);
  authorizeAllianceWrite(actor, input.allianceId, "创建行动计划 (create a programme)");
  return db.transaction().execute(async (trx) => {
    await checkReference(trx, "alliances", "allianceId", input.allianceId);
    const row = await trx.insertInto("programmes")
      .values({ alliance_id: input.allianceId, name: input.name, period: input.period, description: input.description })
      .returning("id").executeTakeFirstOrThrow();
    await audit(trx, actor, { action: "programme.create", entity: "programmes", entityId: row.id, after: input });
    return row.id;
  });
}

export async function updateProgramme(db: Db, actor: MaybeActor, id: number, raw: z.input<typeof updateProgrammeSchema>): Promise<void> {
  const input = updateProgrammeSchema.parse(raw);
  await db.transaction().execute(async (trx) => {
    const before = await trx.selectFrom("programmes").selectAll().where("id", "=", id).forUpdate().executeTakeFirst();
    if (!before) throw notFound("行动计划 (programme)", id);
    authorizeAllianceWrite(actor, before.alliance_id, "修改行动计划 (edit a programme)");
    await trx.updateTable("programmes").set(input).where("id", "=", id).execute();
    await audit(trx, actor, { action: "programme.update", entity: "programmes", entityId: id, before, after: input });
  });
}

/** Only an empty programme can go: its items are the alliance's record. */
export async function deleteProgramme(db: Db, actor: MaybeActor, id: number): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const before = await trx.selectFrom("programmes").selectAll().where("id", "=", id).forUpdate().executeTakeFirst();
    if (!before) throw notFound("行动计划 (programme)", id);
    authorizeAllianceWrite(actor, before.alliance_id, "删除行动计划 (delete a programme)");
    const used = await trx.selectFrom("action_items").select("id").where("programme_id", "=", id).limit(1).executeTakeFirst();
    if (used) throw new AppError("CONFLICT", "行动计划下仍有合作事项，不能删除 (programme still has action items)");
    await trx.deleteFrom("programmes").where("id", "=", id).execute();
    await audit(trx, actor, { action: "programme.delete", entity: "programmes", entityId: id, before });
  });
}
