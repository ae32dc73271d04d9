import type { Db } from "../../platform/db/connect.js";
import { audit } from "../../platform/audit.js";
import { authorize, isOrgAdmin, requireActor, type MaybeActor } from "../../platform/auth.js";
import { notFound } from "../../platform/errors.js";
import { insertGrant } from "../accounts/accounts.repo.js";
import type { OrganizationCreate, OrganizationPatch, OrganizationQuery } from "./directory.schema.js";
import { checkOrganization, loadRefs, problemsToError, type FieldProblem } from "./organization-rules.js";
import * as repo from "./organizations.repo.js";
import type { OrganizationRow } from "./organizations.repo.js";
import { loadGazetteer } from "./regions.service.js";

type IndustryRow = Awaited<ReturnType<typeof repo.industriesOf>>[number];

/** Contact details are for signed-in members only: the public gets the keys omitted. */
function organizationView(o: OrganizationRow, industries: IndustryRow[], fullName: string, signedIn: boolean) {
  return {
    id: o.id,
    name: o.name,
    nameEn: o.name_en,
    kind: o.kind,
    regionId: o.region_id,
    region: { id: o.region_id, name: o.region_name, fullName, path: o.region_path, level: o.region_level },
    creditCode: o.credit_code,
    description: o.description,
    website: o.website,
    ...(signedIn ? { contactName: o.contact_name, contactPhone: o.contact_phone, contactEmail: o.contact_email } : {}),
    industries: industries
      .filter((i) => i.organization_id === o.id)
      .map((i) => ({ industryId: i.industry_id, industryName: i.industry_name, segmentId: i.segment_id, segmentName: i.segment_name })),
    createdAt: new Date(o.created_at).toISOString(),
    updatedAt: new Date(o.updated_at).toISOString(),
  };
}

/** Registered and English names of the organisations that have one (only those: most have none). */
export async function organizationNames(db: Db): Promise<{ id: number; name: string; nameEn: string }[]> {
  const rows = await db.selectFrom("organizations").select(["id", "name", "name_en"]).where("name_en", "<>", "").orderBy("id").execute();
  return rows.map((r) => ({ id: r.id, name: r.name, nameEn: r.name_en }));
}

export async function getOrganization(db: Db, actor: MaybeActor, id: number) {
  const o = await repo.findOrganization(db, id);
  if (!o) throw notFound("组织 (organization)", id);
  const [industries, alliances, gaz] = await Promise.all([repo.industriesOf(db, [id]), repo.alliancesOfOrganization(db, id), loadGazetteer(db)]);
  return {
    ...organizationView(o, industries, gaz.fullName(o.region_id), !!actor),
    alliances: alliances.map((a) => ({ id: a.id, name: a.name, shortName: a.short_name, role: a.role })),
  };
}

export async function listOrganizations(db: Db, actor: MaybeActor, q: OrganizationQuery) {
  const { total, rows } = await repo.listOrganizations(db, q);
  const [industries, gaz] = await Promise.all([repo.industriesOf(db, rows.map((r) => r.id)), loadGazetteer(db)]);
  return { total, items: rows.map((o) => organizationView(o, industries, gaz.fullName(o.region_id), !!actor)) };
}

async function duplicateProblems(db: Db, name: string | undefined, creditCode: string | null | undefined, exceptId?: number): Promise<FieldProblem[]> {
  const out: FieldProblem[] = [];
  if (name && (await repo.findIdByName(db, name, exceptId)))
    out.push({ code: "DUPLICATE", field: "name", reason: `已有同名组织「${name}」 (an organization with this name exists)` });
  if (creditCode && (await repo.findIdByCreditCode(db, creditCode, exceptId)))
    out.push({ code: "DUPLICATE", field: "creditCode", reason: `统一社会信用代码 ${creditCode} 已被使用 (credit code already registered)` });
  return out;
}

/** Any signed-in user may register an organisation and becomes its org_admin. */
export async function createOrganization(db: Db, actorIn: MaybeActor, input: OrganizationCreate) {
  const actor = requireActor(actorIn);
  const checked = checkOrganization(input, await loadRefs(db));
  if (checked.problems.length) throw problemsToError(checked.problems);
  const id = await db.transaction().execute(async (trx) => {
    const dups = await duplicateProblems(trx, input.name, checked.creditCode);
    if (dups.length) throw problemsToError(dups);
    const values = {
      name: input.name, name_en: input.nameEn ?? "", kind: input.kind, region_id: input.regionId, credit_code: checked.creditCode ?? null, description: input.description ?? "",
      website: input.website ?? null, contact_name: input.contactName ?? null, contact_phone: input.contactPhone ?? null,
      contact_email: input.contactEmail ?? null, created_by: actor.userId,
    };
    const id = await repo.insertOrganization(trx, values);
    await repo.replaceIndustries(trx, id, input.industries ?? []);
    await insertGrant(trx, actor.userId, { role: "org_admin", organizationId: id });
    await audit(trx, actor, { action: "organization.create", entity: "organizations", entityId: id, after: { ...values, industries: input.industries ?? [] } });
    return id;
  });
  return getOrganization(db, actor, id);
}

/** Only the organisation's admins (or a platform admin) may edit it. */
export async function updateOrganization(db: Db, actorIn: MaybeActor, id: number, patch: OrganizationPatch) {
  const actor = requireActor(actorIn);
  const before = await repo.findOrganization(db, id);
  if (!before) throw notFound("组织 (organization)", id);
  authorize(isOrgAdmin(actor, id), "编辑该组织 (edit this organization)");
  const checked = checkOrganization(patch, await loadRefs(db));
  if (checked.problems.length) throw problemsToError(checked.problems);
  await db.transaction().execute(async (trx) => {
    const dups = await duplicateProblems(trx, patch.name, checked.creditCode, id);
    if (dups.length) throw problemsToError(dups);
    const set = {
      ...(patch.name !== undefined && { name: patch.name }),
      ...(patch.nameEn !== undefined && { name_en: patch.nameEn }),
      ...(patch.kind !== undefined && { kind: patch.kind }),
      ...(patch.regionId !== undefined && { region_id: patch.regionId }),
      ...(patch.creditCode !== undefined && { credit_code: checked.creditCode ?? null }),
      ...(patch.description !== undefined && { description: patch.description }),
      ...(patch.website !== undefined && { website: patch.website ?? null }),
      ...(patch.contactName !== undefined && { contact_name: patch.contactName ?? null }),
      ...(patch.contactPhone !== undefined && { contact_phone: patch.contactPhone ?? null }),
      ...(patch.contactEmail !== undefined && { contact_email: patch.contactEmail ?? null }),
    };
    const beforeIndustries = await repo.industriesOf(trx, [id]);
    if (Object.keys(set).length) await repo.updateOrganization(trx, id, set);
    if (patch.industries) await repo.replaceIndustries(trx, id, patch.industries);
    await audit(trx, actor, {
      action: "organization.update", entity: "organizations", entityId: id,
      before: { ...before, industries: beforeIndustries.map((i) => ({ industryId: i.industry_id, segmentId: i.segment_id })) },
      after: { ...set, ...(patch.industries && { industries: patch.industries }) },
    });
  });
  return getOrganization(db, actor, id);
}

