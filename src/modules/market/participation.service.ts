import { sql } from "kysely";
import { z } from "zod";
import type { Db } from "../../platform/db/connect.js";
import { audit } from "../../platform/audit.js";
import { authorize, requireActor, type MaybeActor } from "../../platform/auth.js";
import { AppError, notFound } from "../../platform/errors.js";
import { canManage, effectiveStatus } from "./listing-view.js";
import * as repo from "./listings.repo.js";
import { todayCn } from "../../platform/dates.js";
import { viewerOf, visibleTo, type Viewer } from "./visibility.js";

/** A listing the viewer may see, or 404 (a hidden listing is indistinguishable from none). */
export async function visibleListing(db: Db, v: Viewer, id: number) {
  const row = await repo.selectListings(db).where("l.id", "=", id).where(visibleTo(v)).executeTakeFirst();
  if (!row) throw notFound("信息", id);
  return row as repo.ListingRow;
}

function requireOpen(row: repo.ListingRow, kind: string, what: string) {
  if (row.kind !== kind) throw new AppError("CONFLICT", `该信息不是${what} (listing is not a ${kind})`);
  if (effectiveStatus(row) !== "published") throw new AppError("CONFLICT", `信息未在发布状态 (listing is ${effectiveStatus(row)})`);
  const deadline = (row.attrs as any)?.deadline as string | undefined;
  if (deadline && deadline < todayCn()) throw new AppError("CONFLICT", `已过截止日期 ${deadline} (deadline passed)`);
}

function asMemberOf(v: Viewer, organizationId: number, row: repo.ListingRow) {
  authorize(v.orgIds.includes(organizationId) || v.admin, "只能以本机构名义参与 (act for your own organisation)");
  if (organizationId === row.organization_id) throw new AppError("CONFLICT", "不能参与本机构发布的信息 (cannot respond to your own listing)");
}

export const applyBody = z
  .object({
    organizationId: z.number().int().positive(),
    proposal: z.string().trim().min(10, "揭榜方案至少 10 字 (proposal too short)").max(20_000, "揭榜方案不能超过 20000 字 (proposal too long)"),
  })
  .strict();

export async function applyToChallenge(db: Db, actor: MaybeActor, listingId: number, body: unknown) {
  const a = requireActor(actor);
  const input = applyBody.parse(body);
  const v = await viewerOf(db, a);
  const row = await visibleListing(db, v, listingId);
  requireOpen(row, "challenge", "揭榜挂帅榜单");
  asMemberOf(v, input.organizationId, row);
  return db.transaction().execute(async (trx) => {
    const r = await trx
      .insertInto("challenge_applications")
      .values({ listing_id: listingId, organization_id: input.organizationId, applied_by: a.userId, proposal: input.proposal })
      .returning(["id", "status", "created_at"])
      .executeTakeFirstOrThrow();
    await audit(trx, a, { action: "challenge.apply", entity: "challenge_applications", entityId: r.id, after: { listingId, ...input } });
    return { id: r.id, listingId, organizationId: input.organizationId, status: r.status, proposal: input.proposal, createdAt: new Date(r.created_at).toISOString() };
  });
}

export async function listApplications(db: Db, actor: MaybeActor, listingId: number) {
  const a = requireActor(actor);
  const v = await viewerOf(db, a);
  const row = await visibleListing(db, v, listingId);
  const owner = canManage(v, row);
  const rows = await db
    .selectFrom("challenge_applications as c")
    .innerJoin("organizations as o", "o.id", "c.organization_id")
    .select(["c.id", "c.organization_id", "o.name as organization_name", "c.proposal", "c.status", "c.created_at", "c.decided_at"])
    .where("c.listing_id", "=", listingId)
    .$if(!owner, (q) => q.where("c.organization_id", "in", v.orgIds.length ? v.orgIds : [0]))
    .orderBy("c.id")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    organization: { id: r.organization_id, name: r.organization_name },
    proposal: r.proposal,
    status: r.status,
    createdAt: new Date(r.created_at).toISOString(),
    decidedAt: r.decided_at ? new Date(r.decided_at).toISOString() : null,
  }));
}

export const decisionBody = z.object({ status: z.enum(["shortlisted", "awarded", "rejected"]) }).strict();
const NEXT: Record<string, string[]> = { applied: ["shortlisted", "awarded", "rejected"], shortlisted: ["awarded", "rejected"], awarded: [], rejected: [] };

export async function decideApplication(db: Db, actor: MaybeActor, listingId: number, applicationId: number, body: unknown) {
  const a = requireActor(actor);
  const { status } = decisionBody.parse(body);
  const v = await viewerOf(db, a);
  const row = await visibleListing(db, v, listingId);
  authorize(canManage(v, row), "只有发榜方可以遴选 (only the challenge owner decides)");
  await db.transaction().execute(async (trx) => {
    const app = await trx.selectFrom("challenge_applications").selectAll().where("id", "=", applicationId).where("listing_id", "=", listingId).forUpdate().executeTakeFirst();
    if (!app) throw notFound("揭榜申请", applicationId);
    if (!NEXT[app.status].includes(status)) throw new AppError("INVALID_TRANSITION", `申请状态 ${app.status} 不能改为 ${status} (invalid transition)`);
    if (status === "awarded") {
      const other = await trx.selectFrom("challenge_applications").select("id").where("listing_id", "=", listingId).where("status", "=", "awarded").executeTakeFirst();
      if (other) throw new AppError("CONFLICT", `本榜单已由申请 ${other.id} 揭榜 (already awarded)`);
    }
    await trx.updateTable("challenge_applications").set({ status, decided_by: a.userId, decided_at: new Date() }).where("id", "=", applicationId).execute();
    await audit(trx, a, { action: `challenge.${status}`, entity: "challenge_applications", entityId: applicationId, before: { status: app.status }, after: { status } });
  });
  return (await listApplications(db, a, listingId)).find((x) => x.id === applicationId)!;
}

export const joinBody = z
  .object({
    organizationId: z.number().int().positive(),
    quantities: z.array(z.number().min(0, "数量不能为负 (quantity must not be negative)").max(1_000_000_000)).min(1),
    note: z.string().trim().max(1000).default(""),
  })
  .strict();

export async function joinProcurement(db: Db, actor: MaybeActor, listingId: number, body: unknown) {
  const a = requireActor(actor);
  const input = joinBody.parse(body);
  const v = await viewerOf(db, a);
  const row = await visibleListing(db, v, listingId);
  requireOpen(row, "procurement", "采购需求");
  const attrs = row.attrs as any;
  if (attrs.joinable === false) throw new AppError("CONFLICT", "该采购不接受联合采购 (not open to joint procurement)");
  asMemberOf(v, input.organizationId, row);
  const items = attrs.items as unknown[];
  if (input.quantities.length !== items.length)
    throw new AppError("VALIDATION_FAILED", `数量须与 ${items.length} 个品目一一对应 (one quantity per item)`, { quantities: `expected ${items.length} numbers` });
  if (!input.quantities.some((q) => q > 0)) throw new AppError("VALIDATION_FAILED", "至少一个品目数量大于 0 (at least one quantity > 0)", { quantities: "all zero" });
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto("procurement_participants")
      .values({ listing_id: listingId, organization_id: input.organizationId, joined_by: a.userId, quantities: JSON.stringify(input.quantities), note: input.note })
      .onConflict((oc) => oc.columns(["listing_id", "organization_id"]).doUpdateSet({ quantities: JSON.stringify(input.quantities), note: input.note, updated_at: sql`now()` as any }))
      .execute();
    await audit(trx, a, { action: "procurement.join", entity: "procurement_participants", entityId: listingId, after: input });
  });
  return procurementSummary(db, a, listingId);
}

/** Combined demand: the owner's own quantities plus every participant's, per item. */
export async function procurementSummary(db: Db, actor: MaybeActor, listingId: number) {
  const a = requireActor(actor);
  const v = await viewerOf(db, a);
  const row = await visibleListing(db, v, listingId);
  if (row.kind !== "procurement") throw new AppError("CONFLICT", "该信息不是采购需求 (listing is not a procurement)");
  const owner = canManage(v, row);
  const parts = await db
    .selectFrom("procurement_participants as p")
    .innerJoin("organizations as o", "o.id", "p.organization_id")
    .innerJoin("regions as r", "r.id", "o.region_id")
    .select(["p.organization_id", "o.name", "r.name as region_name", "p.quantities", "p.note", "p.updated_at"])
    .where("p.listing_id", "=", listingId)
    .orderBy("p.id")
    .execute();
  const mine = parts.filter((p) => v.orgIds.includes(p.organization_id));
  authorize(owner || mine.length > 0, "只有发起方和参与方可以查看汇总 (owner and participants only)");
  const items = (row.attrs as any).items as { name: string; quantity: number; unit: string }[];
  const qty = (p: (typeof parts)[number]) => (typeof p.quantities === "string" ? JSON.parse(p.quantities) : p.quantities) as number[];
  return {
    listingId,
    items: items.map((it, i) => {
      const joined = parts.reduce((s, p) => s + (qty(p)[i] ?? 0), 0);
      return { name: it.name, unit: it.unit, ownerQuantity: it.quantity, joinedQuantity: joined, totalQuantity: it.quantity + joined };
    }),
    participants: (owner ? parts : mine).map((p) => ({
      organization: { id: p.organization_id, name: p.name, region: p.region_name },
      quantities: qty(p),
      note: p.note,
      updatedAt: new Date(p.updated_at).toISOString(),
    })),
    participantCount: parts.length,
  };
}
