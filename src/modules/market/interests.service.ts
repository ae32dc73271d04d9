import { sql } from "kysely";
import { z } from "zod";
import type { Db } from "../../platform/db/connect.js";
import { audit } from "../../platform/audit.js";
import { authorize, requireActor, type MaybeActor } from "../../platform/auth.js";
import { AppError, notFound } from "../../platform/errors.js";
import { effectiveStatus } from "./listing-view.js";
import { visibleListing } from "./participation.service.js";
import { viewerOf, type Viewer } from "./visibility.js";

const message = z.string().trim().min(1, "消息不能为空 (message required)").max(5000, "消息不能超过 5000 字 (message too long)");
export const interestBody = z.object({ organizationId: z.number().int().positive(), message }).strict();
export const messageBody = z.object({ body: message }).strict();
export const interestsQuery = z
  .object({ box: z.enum(["all", "sent", "received"]).default("all"), status: z.enum(["open", "closed"]).optional() })
  .strict();

/** An interest with its listing and both organisations' names, as `view` shows it. */
function interestRows(db: Db) {
  return db
    .selectFrom("interests as i")
    .innerJoin("listings as l", "l.id", "i.listing_id")
    .innerJoin("organizations as fo", "fo.id", "i.organization_id")
    .innerJoin("organizations as lo", "lo.id", "l.organization_id")
    .select([
      "i.id", "i.listing_id", "i.organization_id", "i.status", "i.created_at", "i.closed_at", "i.last_message_at",
      "l.title as listing_title", "l.kind as listing_kind", "l.organization_id as owner_id", "fo.name as from_name", "lo.name as owner_name",
    ]);
}

async function loadInterest(db: Db, id: number) {
  const r = await interestRows(db).where("i.id", "=", id).executeTakeFirst();
  if (!r) throw notFound("意向", id);
  return r;
}

/** The side of the conversation the viewer speaks for (the enquirer first if both). */
function sideOf(v: Viewer, i: { organization_id: number; owner_id: number }): number | undefined {
  if (v.orgIds.includes(i.organization_id)) return i.organization_id;
  if (v.orgIds.includes(i.owner_id)) return i.owner_id;
  return v.admin ? i.owner_id : undefined;
}

function view(i: Awaited<ReturnType<typeof loadInterest>>, extra: Record<string, unknown> = {}) {
  return {
    id: i.id,
    status: i.status,
    listing: { id: i.listing_id, title: i.listing_title, kind: i.listing_kind },
    from: { id: i.organization_id, name: i.from_name },
    owner: { id: i.owner_id, name: i.owner_name },
    createdAt: new Date(i.created_at).toISOString(),
    closedAt: i.closed_at ? new Date(i.closed_at).toISOString() : null,
    lastMessageAt: new Date(i.last_message_at).toISOString(),
    ...extra,
  };
}

export async function expressInterest(db: Db, actor: MaybeActor, listingId: number, body: unknown) {
  const a = requireActor(actor);
  const input = interestBody.parse(body);
  const v = await viewerOf(db, a);
  const row = await visibleListing(db, v, listingId);
  if (effectiveStatus(row) !== "published") throw new AppError("CONFLICT", `信息未在发布状态 (listing is ${effectiveStatus(row)})`);
  authorize(v.orgIds.includes(input.organizationId), "只能以本机构名义表达意向 (act for your own organisation)");
  if (input.organizationId === row.organization_id) throw new AppError("CONFLICT", "不能对本机构的信息表达意向 (cannot express interest in your own listing)");
  const open = await db.selectFrom("interests").select("id").where("listing_id", "=", listingId).where("organization_id", "=", input.organizationId).where("status", "=", "open").executeTakeFirst();
  if (open) throw new AppError("DUPLICATE", `本机构已有进行中的意向 #${open.id} (an open interest already exists)`, { organizationId: `open interest ${open.id}` });
  const id = await db.transaction().execute(async (trx) => {
    const r = await trx.insertInto("interests").values({ listing_id: listingId, organization_id: input.organizationId, created_by: a.userId }).returning("id").executeTakeFirstOrThrow();
    await trx.insertInto("interest_messages").values({ interest_id: r.id, organization_id: input.organizationId, author_id: a.userId, body: input.message }).execute();
    await audit(trx, a, { action: "interest.create", entity: "interests", entityId: r.id, after: { listingId, ...input } });
    return r.id;
  });
  return getInterest(db, a, id);
}

export async function getInterest(db: Db, actor: MaybeActor, id: number) {
  const a = requireActor(actor);
  const v = await viewerOf(db, a);
  const i = await loadInterest(db, id);
  authorize(sideOf(v, i) !== undefined, "只有意向双方可以查看 (participants only)");
  const messages = await db
    .selectFrom("interest_messages as m")
    .innerJoin("organizations as o", "o.id", "m.organization_id")
    .leftJoin("users as u", "u.id", "m.author_id")
    .select(["m.id", "m.organization_id", "o.name as organization_name", "u.name as author_name", "m.body", "m.created_at"])
    .where("m.interest_id", "=", id)
    .orderBy("m.id")
    .execute();
  return view(i, {
    messages: messages.map((m) => ({
      id: m.id,
      organization: { id: m.organization_id, name: m.organization_name },
      author: m.author_name ?? "",
      body: m.body,
      createdAt: new Date(m.created_at).toISOString(),
    })),
  });
}

export async function postMessage(db: Db, actor: MaybeActor, id: number, body: unknown) {
  const a = requireActor(actor);
  const input = messageBody.parse(body);
  const v = await viewerOf(db, a);
  const i = await loadInterest(db, id);
  const side = sideOf(v, i);
  authorize(side !== undefined, "只有意向双方可以留言 (participants only)");
  if (i.status !== "open") throw new AppError("INVALID_TRANSITION", "意向已关闭,不能再留言 (interest is closed)");
  await db.transaction().execute(async (trx) => {
    const m = await trx.insertInto("interest_messages").values({ interest_id: id, organization_id: side!, author_id: a.userId, body: input.body }).returning("id").executeTakeFirstOrThrow();
    await trx.updateTable("interests").set({ last_message_at: sql`now()` as any }).where("id", "=", id).execute();
    await audit(trx, a, { action: "interest.message", entity: "interest_messages", entityId: m.id, after: { interestId: id } });
  });
  return getInterest(db, a, id);
}

export async function closeInterest(db: Db, actor: MaybeActor, id: number) {
  const a = requireActor(actor);
  const v = await viewerOf(db, a);
  const i = await loadInterest(db, id);
  authorize(sideOf(v, i) !== undefined, "只有意向双方可以关闭 (participants only)");
  if (i.status !== "open") throw new AppError("INVALID_TRANSITION", "意向已关闭 (interest already closed)");
  await db.transaction().execute(async (trx) => {
    await trx.updateTable("interests").set({ status: "closed", closed_by: a.userId, closed_at: new Date() }).where("id", "=", id).execute();
    await audit(trx, a, { action: "interest.close", entity: "interests", entityId: id, before: { status: "open" }, after: { status: "closed" } });
  });
  return getInterest(db, a, id);
}

/** My organisations' interests: those we sent and those received on our listings. */
export async function listInterests(db: Db, actor: MaybeActor, q: z.infer<typeof interestsQuery>) {
  const a = requireActor(actor);
  const v = await viewerOf(db, a);
  if (v.orgIds.length === 0) return [];
  const rows = await interestRows(db)
    .select([
      sql<number>`(select count(*)::int from interest_messages m where m.interest_id = i.id)`.as("message_count"),
      sql<number>`(select m.organization_id from interest_messages m where m.interest_id = i.id order by m.id desc limit 1)`.as("last_from"),
    ])
    .where((w) => {
      const sent = w("i.organization_id", "in", v.orgIds);
      const received = w("l.organization_id", "in", v.orgIds);
      return q.box === "sent" ? sent : q.box === "received" ? received : w.or([sent, received]);
    })
    .$if(!!q.status, (w) => w.where("i.status", "=", q.status!))
    .orderBy("i.last_message_at", "desc")
    .orderBy("i.id", "desc")
    .limit(200)
    .execute();
  return rows.map((i) => {
    const direction = v.orgIds.includes(i.organization_id) ? "sent" : "received";
    const mine = direction === "sent" ? i.organization_id : i.owner_id;
    // The other side wrote last in an open thread: the viewer's organisation owes a reply.
    return view(i, { messageCount: i.message_count, direction, awaitingReply: i.status === "open" && i.last_from != null && i.last_from !== mine });
  });
}
