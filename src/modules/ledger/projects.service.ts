import { sql } from "kysely";
import type { z } from "zod";
import type { Db } from "../../platform/db/connect.js";
import { audit } from "../../platform/audit.js";
import type { MaybeActor } from "../../platform/auth.js";
import { AppError, notFound } from "../../platform/errors.js";
import { authorizeWrite } from "./access.js";
import { parseAmount } from "./amount.js";
import { assertPartyOrganization, partyWhere, resolveScope, scopeWhere } from "./filters.js";
import {
  createProjectSchema, milestoneSchema, projectListQuery, statusChangeSchema, updateProjectSchema,
  type CreateProjectInput, type StatusChangeInput,
} from "./ledger.schema.js";
import type { ProjectKind, ProjectStatus } from "./ledger.tables.js";
import { checkIndustries, checkRegions, checkRow, regionColumns, resolveParties } from "./references.js";
import { applyRollup } from "./rollup.js";
import { planTransition, STATUS_LABELS } from "./transitions.js";
import { inTransaction } from "../../platform/db/transaction.js";
import { todayCn } from "../../platform/dates.js";

export const PROJECT_KIND_LABELS: Record<ProjectKind, string> = { investment: "招商", cooperation: "合作", research: "攻关", infrastructure: "基础设施", other: "其他" };

type ProjectInput = z.output<typeof createProjectSchema>;

/** A project's parties, in the order given, each with the name resolveParties found for it. */
async function insertParties(trx: Db, projectId: number, parties: ProjectInput["parties"], names: string[]): Promise<void> {
  await trx.insertInto("project_parties").values(parties.map((x, i) => ({
    project_id: projectId, region_id: x.regionId ?? null, organization_id: x.organizationId ?? null, name: names[i], role: x.role,
  }))).execute();
}

/**
 * Inserts one validated project (caller's transaction). `prefix` names fields inside a larger
 * input, e.g. "projects[3]" for a ceremony's fourth project.
 */
export async function insertProject(trx: Db, actor: MaybeActor, p: ProjectInput, prefix = ""): Promise<number> {
  const f = (name: string) => (prefix ? `${prefix}.${name}` : name);
  const amount = p.amount == null ? null : parseAmount(p.amount, f("amount"));
  let signedOn = p.signedOn;
  if (p.ceremonyId != null) {
    const c = await trx.selectFrom("ceremonies").select(["held_on", "alliance_id"]).where("id", "=", p.ceremonyId).executeTakeFirst();
    if (!c) throw new AppError("UNKNOWN_REFERENCE", `签约活动 ${p.ceremonyId} 不存在 (unknown ceremony)`, { [f("ceremonyId")]: "不存在 (unknown)" });
    signedOn ??= c.held_on;
    p = { ...p, allianceId: p.allianceId ?? c.alliance_id };
  }
  if (!signedOn) throw new AppError("VALIDATION_FAILED", "缺少签约日期 (signedOn required)", { [f("signedOn")]: "必填 (required)" });
  await checkRow(trx, "alliances", f("allianceId"), p.allianceId);
  await checkRegions(trx, [[f("landingRegionId"), p.landingRegionId]]);
  await checkIndustries(trx, [[f("industryId"), p.industryId]]);
  const parties = await resolveParties(trx, p.parties, f("parties"));
  const cols = await regionColumns(trx, [...parties.regionIds, ...(p.landingRegionId != null ? [p.landingRegionId] : [])]);
  const row = await trx
    .insertInto("projects")
    .values({
      name: p.name, ceremony_id: p.ceremonyId ?? null, alliance_id: p.allianceId ?? null, kind: p.kind, industry_id: p.industryId ?? null,
      amount_yuan: amount, landing_region_id: p.landingRegionId ?? null, status: "signed", status_on: signedOn, signed_on: signedOn,
      ...cols, notes: p.notes, source: p.source ? JSON.stringify(p.source) : null, created_by: actor?.userId ?? null,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await insertParties(trx, row.id, p.parties, parties.names);
  await trx.insertInto("project_status_history").values({ project_id: row.id, from_status: null, to_status: "signed", on_date: signedOn, by_user: actor?.userId ?? null }).execute();
  await applyRollup(trx, "projects", row.id, 1);
  await audit(trx, actor, { action: "project.create", entity: "projects", entityId: row.id, after: { ...p, amountYuan: amount, signedOn } });
  return row.id;
}

/** Records a project (optionally inside a ceremony); all or nothing. Returns the id. */
export async function createProject(db: Db, actor: MaybeActor, raw: CreateProjectInput): Promise<number> {
  const input = createProjectSchema.parse(raw);
  let allianceId = input.allianceId;
  if (allianceId == null && input.ceremonyId != null) {
    allianceId = (await db.selectFrom("ceremonies").select("alliance_id").where("id", "=", input.ceremonyId).executeTakeFirst())?.alliance_id;
  }
  authorizeWrite(actor, allianceId, input.parties.map((p) => p.organizationId), "记录项目 (record a project)");
  return inTransaction(db, (trx) => insertProject(trx, actor, input));
}

async function projectForWrite(db: Db, actor: MaybeActor, id: number, what: string) {
  const p = await db.selectFrom("projects").select(["id", "status", "status_on", "signed_on", "alliance_id"]).where("id", "=", id).executeTakeFirst();
  if (!p) throw notFound("项目 (project)", id);
  const orgs = await db.selectFrom("project_parties").select("organization_id").where("project_id", "=", id).execute();
  authorizeWrite(actor, p.alliance_id, orgs.map((o) => o.organization_id), what);
  return p;
}

/**
 * Corrects a project's record (a mistyped amount, a missing party): all or nothing, the
 * dashboards' rollup moved with it, the change audited with what it was before. The signing
 * date may move only while 签约 is the only step and no milestone lies before the new date.
 */
export async function updateProject(db: Db, actor: MaybeActor, id: number, raw: z.input<typeof updateProjectSchema>) {
  const input = updateProjectSchema.parse(raw);
  await inTransaction(db, async (trx) => {
    const before = await trx.selectFrom("projects").selectAll().where("id", "=", id).forUpdate().executeTakeFirst();
    if (!before) throw notFound("项目 (project)", id);
    const partiesBefore = await trx.selectFrom("project_parties as x").leftJoin("organizations as o", "o.id", "x.organization_id")
      .select(["x.region_id", "x.organization_id", "x.name", "x.role", sql<number>`coalesce(x.region_id, o.region_id)`.as("region")])
      .where("x.project_id", "=", id).orderBy("x.id").execute();
    const orgsBefore = partiesBefore.map((x) => x.organization_id);
    // Who may correct it is decided by the record as it stands, not by the parties the edit names.
    authorizeWrite(actor, before.alliance_id, orgsBefore, "修改项目 (edit a project)");
    if (input.signedOn !== undefined && input.signedOn !== before.signed_on) {
      if (before.status !== "signed")
        throw new AppError("VALIDATION_FAILED", "项目已有后续状态,签约日期不可再改 (signing date fixed once a later step is recorded)", { signedOn: "已有后续状态,不可修改 (a later step exists)" });
      const early = await trx.selectFrom("project_milestones").select("on_date").where("project_id", "=", id).where("on_date", "<", input.signedOn).orderBy("on_date").executeTakeFirst();
      if (early) throw new AppError("VALIDATION_FAILED", `节点 ${early.on_date} 早于新的签约日期 (a milestone precedes it)`, { signedOn: `不能晚于节点日期 ${early.on_date}` });
    }
    await checkRegions(trx, [["landingRegionId", input.landingRegionId]]);
    await checkIndustries(trx, [["industryId", input.industryId]]);
    const parties = input.parties ? await resolveParties(trx, input.parties, "parties") : null;
    const landing = input.landingRegionId === undefined ? before.landing_region_id : input.landingRegionId;
    const cols = await regionColumns(trx, [...(parties ? parties.regionIds : partiesBefore.map((x) => x.region)), ...(landing != null ? [landing] : [])]);
    const signedOn = input.signedOn ?? before.signed_on;
    await applyRollup(trx, "projects", id, -1);
    await trx.updateTable("projects").set({
      name: input.name, kind: input.kind, industry_id: input.industryId, notes: input.notes, landing_region_id: input.landingRegionId,
      amount_yuan: input.amount === undefined ? undefined : input.amount == null ? null : parseAmount(input.amount, "amount"),
      ...(signedOn !== before.signed_on ? { signed_on: signedOn, status_on: signedOn } : {}),
      ...cols,
    }).where("id", "=", id).execute();
    if (signedOn !== before.signed_on)
      await trx.updateTable("project_status_history").set({ on_date: signedOn }).where("project_id", "=", id).where("from_status", "is", null).execute();
    if (input.parties && parties) {
      await trx.deleteFrom("project_parties").where("project_id", "=", id).execute();
      await insertParties(trx, id, input.parties, parties.names);
    }
    await applyRollup(trx, "projects", id, 1);
    await audit(trx, actor, { action: "project.update", entity: "projects", entityId: id, before: { ...before, parties: partiesBefore }, after: input });
  });
  return getProject(db, id);
}

/** Moves a project along 签约 → 开工 → 投产/落地 (or 终止); appends history, never rewrites it. */
export async function applyStatusChange(db: Db, actor: MaybeActor, id: number, raw: StatusChangeInput, today = todayCn()): Promise<void> {
  const input = statusChangeSchema.parse(raw);
  const p = await projectForWrite(db, actor, id, "变更项目状态 (change project status)");
  const steps = planTransition({ status: p.status, statusOn: p.status_on, signedOn: p.signed_on }, input, today);
  await inTransaction(db, async (trx) => {
    await trx.insertInto("project_status_history").values(steps.map((s) => ({
      project_id: id, from_status: s.from, to_status: s.to, on_date: s.on, reason: s.reason, by_user: actor?.userId ?? null,
    }))).execute();
    const last = steps[steps.length - 1];
    await applyRollup(trx, "projects", id, -1);
    // Guarded by the status read above: a concurrent change makes this update miss, and we refuse.
    const r = await trx.updateTable("projects").set({ status: last.to, status_on: last.on, status_reason: last.reason })
      .where("id", "=", id).where("status", "=", p.status).executeTakeFirst();
    if (Number(r.numUpdatedRows) !== 1) throw new AppError("CONFLICT", "项目状态已被他人修改,请刷新后重试 (status changed concurrently)");
    await applyRollup(trx, "projects", id, 1);
    await audit(trx, actor, { action: "project.status", entity: "projects", entityId: id, before: { status: p.status, on: p.status_on }, after: { steps } });
  });
}

/** The same, answering with the project as it now is. */
export async function changeStatus(db: Db, actor: MaybeActor, id: number, raw: StatusChangeInput, today = todayCn()) {
  await applyStatusChange(db, actor, id, raw, today);
  return getProject(db, id);
}

/** A dated milestone; a date before the signing is refused. */
export async function addMilestone(db: Db, actor: MaybeActor, id: number, raw: z.input<typeof milestoneSchema>): Promise<number> {
  const input = milestoneSchema.parse(raw);
  const p = await projectForWrite(db, actor, id, "添加项目节点 (add a milestone)");
  if (input.on < p.signed_on) {
    throw new AppError("VALIDATION_FAILED", `节点日期不能早于签约日期 ${p.signed_on} (milestone before signing)`, { on: `不能早于签约日期 ${p.signed_on}` });
  }
  return inTransaction(db, async (trx) => {
    const row = await trx.insertInto("project_milestones").values({ project_id: id, on_date: input.on, title: input.title, note: input.note, created_by: actor?.userId ?? null })
      .returning("id").executeTakeFirstOrThrow();
    await audit(trx, actor, { action: "project.milestone", entity: "projects", entityId: id, after: input });
    return row.id;
  });
}

const listColumns = [
  "p.id", "p.name", "p.kind", "p.amount_yuan as amountYuan", "p.status", "p.status_on as statusOn", "p.status_reason as statusReason",
  "p.signed_on as signedOn", "p.ceremony_id as ceremonyId", "c.title as ceremonyTitle", "p.alliance_id as allianceId", "al.name as allianceName",
  "p.industry_id as industryId", "i.name as industryName", "p.landing_region_id as landingRegionId", "r.name as landingRegionName",
] as const;

function projectQuery(db: Db) {
  return db.selectFrom("projects as p").leftJoin("ceremonies as c", "c.id", "p.ceremony_id").leftJoin("alliances as al", "al.id", "p.alliance_id")
    .leftJoin("industries as i", "i.id", "p.industry_id").leftJoin("regions as r", "r.id", "p.landing_region_id");
}

export async function partiesOfProjects(db: Db, ids: number[]) {
  const m = new Map<number, { regionId: number | null; organizationId: number | null; name: string; role: string }[]>();
  if (!ids.length) return m;
  const rows = await db.selectFrom("project_parties as x").leftJoin("regions as r", "r.id", "x.region_id").leftJoin("organizations as o", "o.id", "x.organization_id")
    .select(["x.project_id", "x.region_id as regionId", "x.organization_id as organizationId", "x.role", sql<string>`coalesce(nullif(x.name, ''), r.name, o.name)`.as("name")])
    .where("x.project_id", "in", ids).orderBy("x.id").execute();
  for (const { project_id, ...p } of rows) m.set(project_id, [...(m.get(project_id) ?? []), p]);
  return m;
}

const view = <T extends { kind: ProjectKind; status: ProjectStatus }>(r: T) => ({ ...r, kindLabel: PROJECT_KIND_LABELS[r.kind], statusLabel: STATUS_LABELS[r.status] });

export async function getProject(db: Db, id: number) {
  const p = await projectQuery(db).select([...listColumns, "p.notes", "p.source"]).where("p.id", "=", id).executeTakeFirst();
  if (!p) throw notFound("项目 (project)", id);
  const [parties, history, milestones] = await Promise.all([
    partiesOfProjects(db, [id]),
    db.selectFrom("project_status_history").select(["id", "from_status as from", "to_status as to", "on_date as on", "reason", "by_user as byUser", "at"])
      .where("project_id", "=", id).orderBy("id").execute(),
    db.selectFrom("project_milestones").select(["id", "on_date as on", "title", "note"]).where("project_id", "=", id).orderBy("on_date").orderBy("id").execute(),
  ]);
  return {
    ...view(p), parties: parties.get(id) ?? [],
    history: history.map((h) => ({ ...h, at: new Date(h.at).toISOString(), toLabel: STATUS_LABELS[h.to] })), milestones,
  };
}

export async function listProjects(db: Db, raw: z.input<typeof projectListQuery>) {
  const q = projectListQuery.parse(raw);
  const scope = await resolveScope(db, q);
  let base = projectQuery(db).where(scopeWhere(scope, "projects", "p"));
  await assertPartyOrganization(db, q.organization);
  if (q.ceremony != null) base = base.where("p.ceremony_id", "=", q.ceremony);
  if (q.organization != null) base = base.where(partyWhere("projects", q.organization));
  if (q.status) base = base.where("p.status", "=", q.status);
  if (q.q) base = base.where("p.name", "like", `%${q.q.replace(/[%_\\]/g, "\\$&")}%`);
  const total = (await base.select(sql<number>`count(*)::int`.as("n")).executeTakeFirstOrThrow()).n;
  const ordered = q.sort === "amount" ? base.orderBy(sql`p.amount_yuan desc nulls last`) : base;
  const rows = await ordered.select(listColumns).orderBy("p.signed_on", "desc").orderBy("p.id", "desc").limit(q.limit).offset(q.offset).execute();
  const parties = await partiesOfProjects(db, rows.map((r) => r.id));
  return { total, items: rows.map((r) => ({ ...view(r), parties: parties.get(r.id) ?? [] })) };
}
