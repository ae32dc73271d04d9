import { sql } from "kysely";
import { z } from "zod";
import type { Db } from "../../platform/db/connect.js";
import { audit } from "../../platform/audit.js";
import { authorize, requireActor, type MaybeActor } from "../../platform/auth.js";
import { AppError, notFound } from "../../platform/errors.js";
import { deriveColumns } from "./derive.js";
import { detectFlags } from "./flags.js";
import { attrsByKind, checkCrossFields, createListingBody, updateListingBody, type CreateListingInput } from "./listing.schema.js";
import { canManage, canModerate, toViews, type ListingView } from "./listing-view.js";
import * as repo from "./listings.repo.js";
import type { ListingKind, ListingStatus } from "./market.tables.js";
import { searchVector } from "./search-text.js";
import { todayCn } from "../../platform/dates.js";
import { viewerOf, visibleTo, type Viewer } from "./visibility.js";

interface Refs {
  region_ids: number[];
  city_ids: number[];
  industry_ids: number[];
  segment_ids: number[];
}

/** Checks every referenced id and derives the facet city of each region (prefecture, else province). */
async function resolveRefs(db: Db, i: { regionIds: number[]; industryIds: number[]; segmentIds: number[] }): Promise<Refs> {
  const regionIds = [...new Set(i.regionIds)];
  const regions = await repo.regionsByIds(db, regionIds);
  const missing = regionIds.filter((id) => !regions.some((r) => r.id === id));
  if (missing.length) throw new AppError("UNKNOWN_REGION", `地区不存在: ${missing.join(", ")} (unknown region)`, { regionIds: `unknown: ${missing.join(", ")}` });
  const ancestors = await repo.regionsByCodes(db, [...new Set(regions.flatMap((r) => r.path.split("/")))]);
  const byCode = new Map(ancestors.map((a) => [a.code, a]));
  const cityIds = regions.map((r) => {
    const chain = r.path.split("/").map((c) => byCode.get(c)).filter((x) => !!x);
    return (chain.find((a) => a!.level === "prefecture") ?? chain[0] ?? r).id;
  });
  const segments = await repo.segmentsByIds(db, [...new Set(i.segmentIds)]);
  const badSeg = i.segmentIds.filter((id) => !segments.some((s) => s.id === id));
  if (badSeg.length) throw new AppError("UNKNOWN_INDUSTRY", `产业链环节不存在: ${badSeg.join(", ")} (unknown segment)`, { segmentIds: `unknown: ${badSeg.join(", ")}` });
  const industryIds = [...new Set([...i.industryIds, ...segments.map((s) => s.industry_id)])];
  const industries = await repo.industriesByIds(db, industryIds);
  const badInd = industryIds.filter((id) => !industries.some((s) => s.id === id));
  if (badInd.length) throw new AppError("UNKNOWN_INDUSTRY", `产业不存在: ${badInd.join(", ")} (unknown industry)`, { industryIds: `unknown: ${badInd.join(", ")}` });
  return { region_ids: regionIds, city_ids: [...new Set(cityIds)], industry_ids: industryIds, segment_ids: [...new Set(i.segmentIds)] };
}

async function checkAudience(db: Db, a: { allianceIds: number[]; organizationIds: number[] } | undefined): Promise<void> {
  if (!a) return;
  const al = await repo.existingIds(db, "alliances", a.allianceIds);
  const bad = a.allianceIds.filter((x) => !al.has(x));
  if (bad.length) throw new AppError("UNKNOWN_REFERENCE", `联盟不存在: ${bad.join(", ")} (unknown alliance)`, { "audience.allianceIds": `unknown: ${bad.join(", ")}` });
  const og = await repo.existingIds(db, "organizations", a.organizationIds);
  const badOrg = a.organizationIds.filter((x) => !og.has(x));
  if (badOrg.length) throw new AppError("UNKNOWN_REFERENCE", `机构不存在: ${badOrg.join(", ")} (unknown organisation)`, { "audience.organizationIds": `unknown: ${badOrg.join(", ")}` });
}

async function checkKindRefs(db: Db, kind: ListingKind, attrs: Record<string, any>): Promise<void> {
  if (kind !== "investment") return;
  const ids: number[] = attrs.targetRegionIds;
  const found = await repo.regionsByIds(db, ids);
  const missing = ids.filter((id) => !found.some((r) => r.id === id));
  if (missing.length) throw new AppError("UNKNOWN_REGION", `目标地区不存在: ${missing.join(", ")} (unknown region)`, { "attrs.targetRegionIds": `unknown: ${missing.join(", ")}` });
}

async function organizationName(db: Db, id: number): Promise<string> {
  const o = await db.selectFrom("organizations").select("name").where("id", "=", id).executeTakeFirst();
  if (!o) throw new AppError("UNKNOWN_REFERENCE", `机构 ${id} 不存在 (unknown organisation)`, { organizationId: "unknown organisation" });
  return o.name;
}

/** Shared by the HTTP route, the importer and the demo: validates everything, writes nothing on error. */
export async function insertValidated(trx: Db, actorId: number | null, input: CreateListingInput, status: ListingStatus = "draft"): Promise<number> {
  const orgName = await organizationName(trx, input.organizationId);
  const refs = await resolveRefs(trx, input);
  await checkAudience(trx, input.audience);
  await checkKindRefs(trx, input.kind, input.attrs);
  const now = new Date();
  const id = await repo.insertListing(trx, {
    kind: input.kind,
    status,
    title: input.title,
    summary: input.summary,
    body: input.body,
    organization_id: input.organizationId,
    created_by: actorId,
    contact: input.contact ? JSON.stringify(input.contact) : null,
    ...refs,
    ...deriveColumns(input.kind, input.attrs),
    attrs: JSON.stringify(input.attrs),
    valid_from: input.validFrom ?? null,
    valid_until: input.validUntil ?? null,
    visibility: input.visibility,
    flags: JSON.stringify(status === "draft" ? [] : detectFlags({ title: input.title, summary: input.summary, body: input.body })),
    published_at: status === "published" ? now : null,
    submitted_at: status === "draft" ? null : now,
  });
  await repo.setSearchText(trx, id, searchVector({ title: input.title, summary: input.summary, body: input.body, organizationName: orgName }));
  if (input.audience) await repo.setAudience(trx, id, input.audience);
  return id;
}

export async function createListing(db: Db, actor: MaybeActor, body: unknown): Promise<ListingView> {
  const a = requireActor(actor);
  const input = createListingBody.parse(body);
  const viewer = await viewerOf(db, a);
  authorize(viewer.admin || viewer.orgIds.includes(input.organizationId), "只能以本机构名义发布 (publish for your own organisation)");
  const id = await db.transaction().execute(async (trx) => {
    const id = await insertValidated(trx, a.userId, input);
    await audit(trx, a, { action: "listing.create", entity: "listings", entityId: id, after: input });
    return id;
  });
  return getListing(db, a, id);
}

export async function getListing(db: Db, actor: MaybeActor, id: number, viewer?: Viewer): Promise<ListingView> {
  const v = viewer ?? (await viewerOf(db, actor));
  const row = await repo.selectListings(db).where("l.id", "=", id).where(visibleTo(v)).executeTakeFirst();
  if (!row) throw notFound("信息", id);
  return (await toViews(db, [row as repo.ListingRow], v))[0];
}

async function loadForWrite(trx: Db, id: number) {
  const row = await repo.lockListing(trx, id);
  if (!row) throw notFound("信息", id);
  return row;
}

const EDITABLE: ListingStatus[] = ["draft", "rejected", "in_review", "published"];

export async function updateListing(db: Db, actor: MaybeActor, id: number, body: unknown): Promise<ListingView> {
  const a = requireActor(actor);
  const viewer = await viewerOf(db, a);
  const parsed = updateListingBody.safeParse(body);
  if (!parsed.success) {
    // The kind's own fields are judged with the common ones, so a form gets every reason in
    // one answer — but only for those who may edit it: a listing's kind is not everyone's business.
    const raw = typeof body === "object" && body !== null ? (body as { attrs?: unknown }).attrs : undefined;
    const stored = raw === undefined ? undefined : await db.selectFrom("listings").select(["kind", "organization_id"]).where("id", "=", id).executeTakeFirst();
    const more = stored && canManage(viewer, stored) ? z.object({ attrs: attrsByKind[stored.kind as ListingKind] }).safeParse({ attrs: raw }) : undefined;
    throw new z.ZodError([...parsed.error.issues, ...(more && !more.success ? more.error.issues : [])]);
  }
  const patch = parsed.data;
  await db.transaction().execute(async (trx) => {
    const row = await loadForWrite(trx, id);
    authorize(canManage(viewer, row), "只能修改本机构的信息 (edit your own organisation's listings)");
    if (!EDITABLE.includes(row.status)) throw new AppError("INVALID_TRANSITION", `状态为 ${row.status} 的信息不能修改 (cannot edit a ${row.status} listing)`);
    const kind = row.kind as ListingKind;
    // Parsed under an "attrs" key so a field error reads "attrs.areaSqm", as on create.
    const attrs = patch.attrs ? z.object({ attrs: attrsByKind[kind] }).parse({ attrs: patch.attrs }).attrs : (row.attrs as unknown as Record<string, unknown>);
    const audience = patch.audience ?? (await repo.audienceOf(trx, id));
    const merged = {
      validFrom: patch.validFrom === undefined ? row.valid_from : patch.validFrom,
      validUntil: patch.validUntil === undefined ? row.valid_until : patch.validUntil,
      visibility: patch.visibility ?? row.visibility,
      audience,
      attrs,
    };
    z.any().superRefine((_, ctx) => checkCrossFields(merged, ctx)).parse(null);
    const refs = await resolveRefs(trx, {
      regionIds: patch.regionIds ?? row.region_ids,
      industryIds: patch.industryIds ?? row.industry_ids,
      segmentIds: patch.segmentIds ?? row.segment_ids,
    });
    if (patch.audience) await checkAudience(trx, patch.audience);
    await checkKindRefs(trx, kind, attrs);
    const title = patch.title ?? row.title;
    const summary = patch.summary ?? row.summary;
    const text = patch.body ?? row.body;
    // A published listing that changes goes back to the moderator.
    const status: ListingStatus = row.status === "published" ? "in_review" : row.status;
    await repo.updateListing(trx, id, {
      title,
      summary,
      body: text,
      contact: patch.contact === undefined ? (row.contact === null ? null : JSON.stringify(row.contact)) : patch.contact ? JSON.stringify(patch.contact) : null,
      ...refs,
      ...deriveColumns(kind, attrs),
      attrs: JSON.stringify(attrs),
      valid_from: merged.validFrom ?? null,
      valid_until: merged.validUntil ?? null,
      visibility: merged.visibility,
      status,
      ...(status === "in_review" ? { flags: JSON.stringify(detectFlags({ title, summary, body: text })), submitted_at: new Date() } : {}),
    });
    await repo.setSearchText(trx, id, searchVector({ title, summary, body: text, organizationName: row.organization_name }));
    if (patch.audience) await repo.setAudience(trx, id, patch.audience);
    await audit(trx, a, { action: "listing.update", entity: "listings", entityId: id, before: { status: row.status, title: row.title }, after: patch });
  });
  return getListing(db, a, id, viewer);
}

export async function submitListing(db: Db, actor: MaybeActor, id: number): Promise<ListingView> {
  const a = requireActor(actor);
  const viewer = await viewerOf(db, a);
  await db.transaction().execute(async (trx) => {
    const row = await loadForWrite(trx, id);
    authorize(canManage(viewer, row), "只能提交本机构的信息 (submit your own organisation's listings)");
    if (row.status !== "draft" && row.status !== "rejected")
      throw new AppError("INVALID_TRANSITION", `状态为 ${row.status} 的信息不能提交审核 (only drafts and rejected listings can be submitted)`);
    const flags = detectFlags({ title: row.title, summary: row.summary, body: row.body });
    await repo.updateListing(trx, id, { status: "in_review", flags: JSON.stringify(flags), submitted_at: new Date(), moderation_reason: null });
    await audit(trx, a, { action: "listing.submit", entity: "listings", entityId: id, before: { status: row.status }, after: { status: "in_review", flags } });
  });
  return getListing(db, a, id, viewer);
}

export const moderateBody = z
  .object({
    decision: z.enum(["approve", "reject"]),
    reason: z.string().trim().max(1000, "理由不能超过 1000 字 (reason too long)").optional(),
  })
  .strict()
  .refine((b) => b.decision === "approve" || !!b.reason, { path: ["reason"], message: "驳回须说明理由 (a rejection needs a reason)" });

export async function moderateListing(db: Db, actor: MaybeActor, id: number, body: unknown): Promise<ListingView> {
  const a = requireActor(actor);
  const input = moderateBody.parse(body);
  const viewer = await viewerOf(db, a);
  await db.transaction().execute(async (trx) => {
    const row = await loadForWrite(trx, id);
    authorize(canModerate(viewer, row, await repo.audienceOf(trx, id)), "审核须由平台管理员或定向联盟秘书处进行 (moderators only)");
    if (row.status !== "in_review") throw new AppError("INVALID_TRANSITION", `状态为 ${row.status} 的信息不在审核中 (listing is not in review)`);
    const now = new Date();
    const status: ListingStatus = input.decision === "approve" ? "published" : "rejected";
    await repo.updateListing(trx, id, {
      status,
      reviewed_by: a.userId,
      reviewed_at: now,
      moderation_reason: input.reason ?? null,
      ...(status === "published" ? { published_at: row.published_at ?? now } : {}),
    });
    await audit(trx, a, { action: `listing.${input.decision}`, entity: "listings", entityId: id, before: { status: row.status }, after: { status, reason: input.reason } });
  });
  return getListing(db, a, id, viewer);
}

export async function closeListing(db: Db, actor: MaybeActor, id: number): Promise<ListingView> {
  const a = requireActor(actor);
  const viewer = await viewerOf(db, a);
  await db.transaction().execute(async (trx) => {
    const row = await loadForWrite(trx, id);
    authorize(canManage(viewer, row), "只能关闭本机构的信息 (close your own organisation's listings)");
    if (row.status === "closed" || row.status === "expired")
      throw new AppError("INVALID_TRANSITION", `信息已${row.status === "closed" ? "关闭" : "过期"} (listing already ${row.status})`);
    await repo.updateListing(trx, id, { status: "closed", closed_at: new Date() });
    await audit(trx, a, { action: "listing.close", entity: "listings", entityId: id, before: { status: row.status }, after: { status: "closed" } });
  });
  return getListing(db, a, id, viewer);
}

export const mineQuery = z
  .object({
    organizationId: z.coerce.number().int().positive().optional(),
    status: z.enum(["draft", "in_review", "published", "rejected", "closed", "expired"]).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict();

/** My organisations' listings in every status, with interest counts. */
export async function listMine(db: Db, actor: MaybeActor, q: z.infer<typeof mineQuery>) {
  const a = requireActor(actor);
  const viewer = await viewerOf(db, a);
  const orgs = q.organizationId ? [q.organizationId] : viewer.orgIds;
  if (q.organizationId) authorize(canManage(viewer, { organization_id: q.organizationId }), "不是该机构成员 (not a member of that organisation)");
  if (orgs.length === 0) return { total: 0, items: [] };
  let query = repo.selectListings(db).where("l.organization_id", "in", orgs);
  if (q.status) query = query.where("l.status", "=", q.status);
  const total = await db
    .selectFrom("listings")
    .select(sql<number>`count(*)::int`.as("n"))
    .where("organization_id", "in", orgs)
    .$if(!!q.status, (w) => w.where("status", "=", q.status!))
    .executeTakeFirstOrThrow();
  const rows = await query.orderBy("l.updated_at", "desc").orderBy("l.id", "desc").limit(q.limit).offset(q.offset).execute();
  return { total: total.n, items: await toViews(db, rows as repo.ListingRow[], viewer) };
}

/** In-review listings this moderator may decide: all for a platform admin, directed ones for a secretariat. */
export async function moderationQueue(db: Db, actor: MaybeActor) {
  const a = requireActor(actor);
  const viewer = await viewerOf(db, a);
  authorize(viewer.admin || viewer.secretariatOf.length > 0, "只有审核人可以查看审核队列 (moderators only)");
  let q = repo.selectListings(db).where("l.status", "=", "in_review");
  if (!viewer.admin)
    q = q.where("l.visibility", "=", "directed").where(({ exists, selectFrom }) =>
      exists(selectFrom("listing_audience as m").select("m.listing_id").whereRef("m.listing_id", "=", "l.id").where("m.alliance_id", "in", viewer.secretariatOf)),
    );
  const rows = await q.orderBy("l.submitted_at", "asc").limit(200).execute();
  return { total: rows.length, items: await toViews(db, rows as repo.ListingRow[], viewer) };
}

/** The expiry sweep: run at start and hourly (see market.module.ts); reads also treat past listings as expired. */
export async function expireListings(db: Db, now = Date.now()): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const ids = await repo.expirePast(trx, todayCn(now));
    if (ids.length) await audit(trx, null, { action: "listing.expire", entity: "listings", entityId: null, after: { ids } });
    return ids.length;
  });
}
