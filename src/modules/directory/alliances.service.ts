import type { Db } from "../../platform/db/connect.js";
import { audit } from "../../platform/audit.js";
import { authorize, isPlatformAdmin, isSecretariatOf, requireActor, type MaybeActor } from "../../platform/auth.js";
import { AppError, notFound, type ErrorCode, type FieldErrors } from "../../platform/errors.js";
import * as repo from "./alliances.repo.js";
import type { AllianceRow } from "./alliances.repo.js";
import type { AllianceCreate, AlliancePatch, AllianceQuery } from "./directory.schema.js";
import type { Gazetteer } from "./gazetteer.js";
import { loadGazetteer } from "./regions.service.js";

type MemberRegionRow = Awaited<ReturnType<typeof repo.memberRegions>>[number];

function allianceView(a: AllianceRow, regions: MemberRegionRow[], organizationCount: number, gaz: Gazetteer) {
  const mine = regions.filter((r) => r.alliance_id === a.id);
  return {
    id: a.id,
    name: a.name,
    shortName: a.short_name,
    nameEn: a.name_en,
    shortNameEn: a.short_name_en,
    kind: a.kind,
    description: a.description,
    foundedOn: a.founded_on,
    regions: mine.map((r) => ({
      regionId: r.region_id, name: r.name, fullName: gaz.fullName(r.region_id), level: r.level, path: r.path, lng: r.lng, lat: r.lat,
      rotationOrder: r.rotation_order,
    })),
    regionCount: mine.length,
    organizationCount,
    createdAt: new Date(a.created_at).toISOString(),
    updatedAt: new Date(a.updated_at).toISOString(),
  };
}

export async function listAlliances(db: Db, q: AllianceQuery) {
  const { total, rows } = await repo.listAlliances(db, q);
  const ids = rows.map((r) => r.id);
  const [regions, counts, gaz] = await Promise.all([repo.memberRegions(db, ids), repo.organizationCounts(db, ids), loadGazetteer(db)]);
  return { total, items: rows.map((a) => allianceView(a, regions, counts.get(a.id) ?? 0, gaz)) };
}

export async function getAlliance(db: Db, id: number) {
  const a = await repo.findAlliance(db, id);
  if (!a) throw notFound("联盟 (alliance)", id);
  const [regions, orgs, gaz] = await Promise.all([repo.memberRegions(db, [id]), repo.memberOrganizations(db, id), loadGazetteer(db)]);
  return {
    ...allianceView(a, regions, orgs.length, gaz),
    organizations: orgs.map((o) => ({
      organizationId: o.organization_id, name: o.name, kind: o.kind, role: o.role, regionId: o.region_id, regionName: o.region_name,
    })),
  };
}

/** Unknown, repeated or badly ordered members, named by their position in the body. */
async function checkMembers(db: Db, body: Pick<AllianceCreate, "regions" | "organizations">): Promise<void> {
  const fields: FieldErrors = {};
  let code: ErrorCode | undefined;
  const problem = (c: ErrorCode, field: string, reason: string) => {
    code ??= c;
    fields[field] ??= reason;
  };
  const regions = body.regions ?? [];
  const knownRegions = await repo.existingRegionIds(db, regions.map((r) => r.regionId));
  const seenRegions = new Set<number>();
  const seenOrders = new Set<number>();
  regions.forEach((r, i) => {
    if (!knownRegions.has(r.regionId)) problem("UNKNOWN_REGION", `regions.${i}.regionId`, `地区 ${r.regionId} 不存在 (unknown region)`);
    if (seenRegions.has(r.regionId)) problem("VALIDATION_FAILED", `regions.${i}.regionId`, "成员地区重复 (region listed twice)");
    if (r.rotationOrder != null && seenOrders.has(r.rotationOrder))
      problem("VALIDATION_FAILED", `regions.${i}.rotationOrder`, `轮值顺序 ${r.rotationOrder} 重复 (rotation order used twice)`);
    seenRegions.add(r.regionId);
    if (r.rotationOrder != null) seenOrders.add(r.rotationOrder);
  });
  const orgs = body.organizations ?? [];
  const knownOrgs = await repo.existingOrganizationIds(db, orgs.map((o) => o.organizationId));
  const seenOrgs = new Set<number>();
  orgs.forEach((o, i) => {
    if (!knownOrgs.has(o.organizationId)) problem("UNKNOWN_REFERENCE", `organizations.${i}.organizationId`, `组织 ${o.organizationId} 不存在 (unknown organization)`);
    if (seenOrgs.has(o.organizationId)) problem("VALIDATION_FAILED", `organizations.${i}.organizationId`, "成员组织重复 (organization listed twice)");
    seenOrgs.add(o.organizationId);
  });
  if (code) {
    const first = Object.values(fields)[0]!;
    throw new AppError(code, `联盟成员有误: ${first}`, fields);
  }
}

async function checkName(db: Db, name: string | undefined, exceptId?: number): Promise<void> {
  if (name && (await repo.findAllianceIdByName(db, name, exceptId)))
    throw new AppError("DUPLICATE", `已有同名联盟「${name}」 (an alliance with this name exists)`, { name: "duplicate" });
}

/** Only a platform admin founds an alliance. */
export async function createAlliance(db: Db, actorIn: MaybeActor, body: AllianceCreate) {
  const actor = requireActor(actorIn);
  authorize(isPlatformAdmin(actor), "创建联盟需要平台管理员 (creating an alliance needs a platform admin)");
  await checkMembers(db, body);
  const id = await db.transaction().execute(async (trx) => {
    await checkName(trx, body.name);
    const values = {
      name: body.name, short_name: body.shortName ?? body.name, name_en: body.nameEn ?? "", short_name_en: body.shortNameEn ?? body.nameEn ?? "", kind: body.kind, description: body.description ?? "",
      founded_on: body.foundedOn ?? null, created_by: actor.userId,
    };
    const id = await repo.insertAlliance(trx, values);
    await repo.replaceMemberRegions(trx, id, body.regions ?? []);
    await repo.replaceMemberOrganizations(trx, id, body.organizations ?? []);
    await audit(trx, actor, { action: "alliance.create", entity: "alliances", entityId: id, after: { ...values, regions: body.regions ?? [], organizations: body.organizations ?? [] } });
    return id;
  });
  return getAlliance(db, id);
}

/** The alliance's secretariat (or a platform admin) edits it; member lists given are replaced whole. */
export async function updateAlliance(db: Db, actorIn: MaybeActor, id: number, patch: AlliancePatch) {
  const actor = requireActor(actorIn);
  const before = await getAlliance(db, id);
  authorize(isSecretariatOf(actor, id), "编辑联盟需要该联盟秘书处 (editing needs this alliance's secretariat)");
  await checkMembers(db, patch);
  await db.transaction().execute(async (trx) => {
    await checkName(trx, patch.name, id);
    const set = {
      ...(patch.name !== undefined && { name: patch.name }),
      ...(patch.shortName !== undefined && { short_name: patch.shortName }),
      ...(patch.nameEn !== undefined && { name_en: patch.nameEn }),
      ...(patch.shortNameEn !== undefined && { short_name_en: patch.shortNameEn }),
      ...(patch.kind !== undefined && { kind: patch.kind }),
      ...(patch.description !== undefined && { description: patch.description }),
      ...(patch.foundedOn !== undefined && { founded_on: patch.foundedOn ?? null }),
    };
    await repo.updateAlliance(trx, id, set);
    if (patch.regions) await repo.replaceMemberRegions(trx, id, patch.regions);
    if (patch.organizations) await repo.replaceMemberOrganizations(trx, id, patch.organizations);
    await audit(trx, actor, {
      action: "alliance.update", entity: "alliances", entityId: id,
      before: {
        ...before,
        regions: before.regions.map((r) => ({ regionId: r.regionId, rotationOrder: r.rotationOrder })),
        organizations: before.organizations.map((o) => ({ organizationId: o.organizationId, role: o.role })),
      },
      after: { ...set, ...(patch.regions && { regions: patch.regions }), ...(patch.organizations && { organizations: patch.organizations }) },
    });
  });
  return getAlliance(db, id);
}
