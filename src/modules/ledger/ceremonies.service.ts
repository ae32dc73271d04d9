import { sql } from "kysely";
import type { Db } from "../../platform/db/connect.js";
import { audit } from "../../platform/audit.js";
import { authorize, isPlatformAdmin, isOrgAdmin, isSecretariatOf, requireActor, type MaybeActor } from "../../platform/auth.js";
import { invalid, notFound } from "../../platform/errors.js";
import { createCeremonySchema, END_BEFORE_START, updateCeremonySchema, type CreateCeremonyInput, type UpdateCeremonyInput } from "./ledger.schema.js";
import { insertProject, listProjects } from "./projects.service.js";
import { checkRegions, checkRow } from "./references.js";
import { bucketOf, signingSentence, type SigningFigures } from "./summary.js";
import { inTransaction } from "../../platform/db/transaction.js";

/**
 * A ceremony is written by a platform admin or its alliance's secretariat, or by the admin of
 * an organisation that is a party to every one of its projects.
 */
function authorizeCeremony(actor: MaybeActor, allianceId: number | null | undefined, projectOrgs: (number | undefined)[][]): void {
  const a = requireActor(actor);
  const ok = isPlatformAdmin(a) || (allianceId != null && isSecretariatOf(a, allianceId)) ||
    (projectOrgs.length > 0 && projectOrgs.every((orgs) => orgs.some((o) => o != null && isOrgAdmin(a, o))));
  authorize(ok, "记录签约活动 (record a signing ceremony) — 须为平台管理员、联盟秘书处或全部项目的合作方机构管理员");
}

/** Records a ceremony and its projects in one transaction: one bad project and nothing is stored. */
export async function createCeremony(db: Db, actor: MaybeActor, raw: CreateCeremonyInput): Promise<number> {
  const input = createCeremonySchema.parse(raw);
  authorizeCeremony(actor, input.allianceId, input.projects.map((p) => p.parties.map((x) => x.organizationId)));
  return inTransaction(db, async (trx) => {
    await checkRow(trx, "alliances", "allianceId", input.allianceId);
    await checkRegions(trx, [["hostRegionId", input.hostRegionId]]);
    const { projects, ...c } = input;
    const row = await trx
      .insertInto("ceremonies")
      .values({
        title: c.title, held_on: c.heldOn, end_on: c.endOn ?? null, place: c.place, host_region_id: c.hostRegionId ?? null, event_name: c.eventName,
        alliance_id: c.allianceId ?? null, reported: c.reported ? JSON.stringify(c.reported) : null, notes: c.notes,
        source: c.source ? JSON.stringify(c.source) : null, created_by: actor?.userId ?? null,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await audit(trx, actor, { action: "ceremony.create", entity: "ceremonies", entityId: row.id, after: c });
    for (const [i, p] of projects.entries()) {
      await insertProject(trx, actor, { ...p, ceremonyId: row.id, allianceId: c.allianceId ?? null, signedOn: p.signedOn ?? c.heldOn }, `projects[${i}]`);
    }
    return row.id;
  });
}

/**
 * Corrects a ceremony's record. Authorised by the ceremony as it stands: its alliance's
 * secretariat, a platform admin, or the admin of an organisation party to every one of its
 * projects (as for recording it) — and, when the alliance changes, as for recording it under the
 * new one. Its projects and agreements were recorded under the ceremony's alliance; those still
 * under the old one move with it (a project put under another alliance of its own keeps it).
 */
export async function updateCeremony(db: Db, actor: MaybeActor, id: number, raw: UpdateCeremonyInput) {
  const input = updateCeremonySchema.parse(raw);
  await inTransaction(db, async (trx) => {
    const before = await trx.selectFrom("ceremonies").selectAll().where("id", "=", id).forUpdate().executeTakeFirst();
    if (!before) throw notFound("签约活动 (ceremony)", id);
    const parties = await trx.selectFrom("project_parties as pp").innerJoin("projects as p", "p.id", "pp.project_id")
      .select(["pp.project_id", "pp.organization_id"]).where("p.ceremony_id", "=", id).execute();
    const orgsByProject = new Map<number, (number | undefined)[]>();
    for (const x of parties) orgsByProject.set(x.project_id, [...(orgsByProject.get(x.project_id) ?? []), x.organization_id ?? undefined]);
    const projectOrgs = [...orgsByProject.values()];
    authorizeCeremony(actor, before.alliance_id, projectOrgs);
    const moved = input.allianceId !== undefined && input.allianceId !== before.alliance_id;
    if (moved) {
      authorizeCeremony(actor, input.allianceId, projectOrgs);
      await checkRow(trx, "alliances", "allianceId", input.allianceId);
    }
    await checkRegions(trx, [["hostRegionId", input.hostRegionId]]);
    const heldOn = input.heldOn ?? before.held_on;
    const endOn = input.endOn === undefined ? before.end_on : input.endOn;
    if (endOn != null && endOn < heldOn) throw invalid("endOn", END_BEFORE_START);
    await trx.updateTable("ceremonies").set({
      title: input.title, held_on: input.heldOn, end_on: input.endOn, place: input.place, host_region_id: input.hostRegionId,
      event_name: input.eventName, notes: input.notes, alliance_id: input.allianceId,
      reported: input.reported === undefined ? undefined : input.reported && JSON.stringify(input.reported),
    }).where("id", "=", id).execute();
    if (moved)
      for (const table of ["projects", "agreements"] as const)
        await trx.updateTable(table).set({ alliance_id: input.allianceId ?? null }).where("ceremony_id", "=", id)
          .where((e) => (before.alliance_id == null ? e("alliance_id", "is", null) : e("alliance_id", "=", before.alliance_id))).execute();
    await audit(trx, actor, { action: "ceremony.update", entity: "ceremonies", entityId: id, before, after: input });
  });
  return getCeremony(db, id);
}

/** The seed-002 figures over a set of projects: count, total, buckets, undisclosed. */
export function figuresOf(projects: { amountYuan: number | null }[]): SigningFigures {
  const f: SigningFigures = { projectCount: projects.length, totalYuan: 0, buckets: { lt1: 0, "1to10": 0, "10to30": 0, ge30: 0 }, undisclosed: 0 };
  for (const p of projects) {
    if (p.amountYuan == null) f.undisclosed!++;
    else {
      f.totalYuan += p.amountYuan;
      f.buckets[bucketOf(p.amountYuan)]++;
    }
  }
  return f;
}

const columns = [
  "c.id", "c.title", "c.held_on as heldOn", "c.end_on as endOn", "c.place", "c.host_region_id as hostRegionId", "r.name as hostRegionName",
  "c.event_name as eventName", "c.alliance_id as allianceId", "al.name as allianceName",
] as const;

export async function getCeremony(db: Db, id: number) {
  const c = await db.selectFrom("ceremonies as c").leftJoin("regions as r", "r.id", "c.host_region_id").leftJoin("alliances as al", "al.id", "c.alliance_id")
    .select([...columns, "c.reported", "c.notes", "c.source"]).where("c.id", "=", id).executeTakeFirst();
  if (!c) throw notFound("签约活动 (ceremony)", id);
  const projects = await listProjects(db, { ceremony: id, limit: 500 });
  const figures = figuresOf(projects.items);
  const agreements = await db.selectFrom("agreements").select(["id", "title"]).where("ceremony_id", "=", id).orderBy("id").execute();
  return { ...c, projects: projects.items, agreements, figures, summary: signingSentence(figures) };
}

export async function listCeremonies(db: Db, q: { alliance?: number; limit?: number }) {
  let base = db.selectFrom("ceremonies as c").leftJoin("regions as r", "r.id", "c.host_region_id").leftJoin("alliances as al", "al.id", "c.alliance_id");
  if (q.alliance != null) base = base.where("c.alliance_id", "=", q.alliance);
  return base
    .select([...columns, sql<number>`(select count(*)::int from projects p where p.ceremony_id = c.id)`.as("projectCount"),
      sql<number>`(select coalesce(sum(p.amount_yuan), 0)::bigint from projects p where p.ceremony_id = c.id)`.as("totalYuan")])
    .orderBy("c.held_on", "desc").orderBy("c.id", "desc").limit(Math.min(q.limit ?? 200, 1000)).execute();
}
