import type { z } from "zod";
import type { Db } from "../../platform/db/connect.js";
import { inTransaction } from "../../platform/db/transaction.js";
import { audit } from "../../platform/audit.js";
import type { MaybeActor } from "../../platform/auth.js";
import { AppError, notFound } from "../../platform/errors.js";
import { authorizeAllianceWrite } from "./access.js";
import { programmeStatusCounts } from "./actions.repo.js";
import { createProgrammeSchema, updateProgrammeSchema } from "./actions.schema.js";
import type { ActionStatus } from "./consult.tables.js";
import { todayCn } from "../../platform/dates.js";
import { completionRate } from "./progress.js";
import { checkReference } from "./references.js";

type Counts = Record<ActionStatus, number>;
const zero = (): Counts => ({ not_started: 0, in_progress: 0, done: 0, cancelled: 0 });

export interface StrandView {
  /** "" for items without a strand. */
  name: string;
  counts: Counts;
  done: number;
  total: number;
  completionRate: number | null;
  overdue: number;
}

export interface ProgrammeView extends StrandView {
  id: number;
  allianceId: number;
  period: string;
  description: string;
  /** Per strand, in order of first appearance (item id order); empty when no item names a strand. */
  strands: StrandView[];
}

/** done / non-cancelled, 0..1; null when nothing counts. */
function rate(v: StrandView): void {
  const statuses = (Object.entries(v.counts) as [ActionStatus, number][]).flatMap(([s, n]) => Array<ActionStatus>(n).fill(s));
  const r = completionRate(statuses);
  v.done = r.done;
  v.total = r.total;
  v.completionRate = r.rate;
}

export async function listProgrammes(db: Db, allianceId: number, today = todayCn()): Promise<ProgrammeView[]> {
  const rows = await programmeStatusCounts(db, allianceId, today);
  const byId = new Map<number, ProgrammeView>();
  const strandOrder = await db.selectFrom("action_items as i").innerJoin("programmes as p", "p.id", "i.programme_id")
    .select(["i.programme_id", "i.strand", (e) => e.fn.min("i.id").as("first")]).where("p.alliance_id", "=", allianceId)
    .groupBy(["i.programme_id", "i.strand"]).execute();
  const firstId = new Map(strandOrder.map((r) => [`${r.programme_id}/${r.strand}`, Number(r.first)]));
  for (const r of rows) {
    let p = byId.get(r.id);
    if (!p) {
      p = { id: r.id, allianceId, name: r.name, period: r.period, description: r.description, counts: zero(), done: 0, total: 0, completionRate: null, overdue: 0, strands: [] };
      byId.set(r.id, p);
    }
    if (!r.status) continue;
    const n = Number(r.n);
    p.counts[r.status] += n;
    p.overdue += Number(r.overdue);
    let st = p.strands.find((x) => x.name === (r.strand ?? ""));
    if (!st) p.strands.push((st = { name: r.strand ?? "", counts: zero(), done: 0, total: 0, completionRate: null, overdue: 0 }));
    st.counts[r.status] += n;
    st.overdue += Number(r.overdue);
  }
  for (const p of byId.values()) {
    rate(p);
    p.strands.forEach(rate);
    p.strands.sort((a, b) => (firstId.get(`${p.id}/${a.name}`) ?? 0) - (firstId.get(`${p.id}/${b.name}`) ?? 0));
    if (p.strands.length === 1 && p.strands[0].name === "") p.strands = [];
  }
  return [...byId.values()];
}

export async function getProgramme(db: Db, id: number, today = todayCn()): Promise<ProgrammeView> {
  const p = await db.selectFrom("programmes").select("alliance_id").where("id", "=", id).executeTakeFirst();
  if (!p) throw notFound("行动计划 (programme)", id);
  return (await listProgrammes(db, p.alliance_id, today)).find((x) => x.id === id)!;
}

export async function createProgramme(db: Db, actor: MaybeActor, raw: z.input<typeof createProgrammeSchema>): Promise<number> {
  const input = createProgrammeSchema.parse(raw);
  authorizeAllianceWrite(actor, input.allianceId, "创建行动计划 (create a programme)");
  return inTransaction(db, async (trx) => {
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
  await inTransaction(db, async (trx) => {
    const before = await trx.selectFrom("programmes").selectAll().where("id", "=", id).forUpdate().executeTakeFirst();
    if (!before) throw notFound("行动计划 (programme)", id);
    authorizeAllianceWrite(actor, before.alliance_id, "修改行动计划 (edit a programme)");
    await trx.updateTable("programmes").set(input).where("id", "=", id).execute();
    await audit(trx, actor, { action: "programme.update", entity: "programmes", entityId: id, before, after: input });
  });
}

/** Only an empty programme can go: its items are the alliance's record. */
export async function deleteProgramme(db: Db, actor: MaybeActor, id: number): Promise<void> {
  await inTransaction(db, async (trx) => {
    const before = await trx.selectFrom("programmes").selectAll().where("id", "=", id).forUpdate().executeTakeFirst();
    if (!before) throw notFound("行动计划 (programme)", id);
    authorizeAllianceWrite(actor, before.alliance_id, "删除行动计划 (delete a programme)");
    const used = await trx.selectFrom("action_items").select("id").where("programme_id", "=", id).limit(1).executeTakeFirst();
    if (used) throw new AppError("CONFLICT", "行动计划下仍有合作事项，不能删除 (programme still has action items)");
    await trx.deleteFrom("programmes").where("id", "=", id).execute();
    await audit(trx, actor, { action: "programme.delete", entity: "programmes", entityId: id, before });
  });
}
