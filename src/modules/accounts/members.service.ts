import { sql } from "kysely";
import { z } from "zod";
import { audit } from "../../platform/audit.js";
import { authorize, isOrgAdmin, isOrgMember, isPlatformAdmin, requireActor, type MaybeActor } from "../../platform/auth.js";
import type { Db } from "../../platform/db/connect.js";
import { AppError, notFound } from "../../platform/errors.js";
import * as repo from "./accounts.repo.js";
import { organizationExists } from "../directory/organizations.repo.js";

/**
 * An organisation's members: who speaks for it in the marketplace and the ledger. Its admins add
 * people who have registered (by the email they registered with), make them admins or members,
 * and remove them; an organisation keeps at least one admin unless a platform admin says
 * otherwise. Every change is audited.
 */
export const memberRole = z.enum(["org_admin", "org_member"], { error: "角色须为 org_admin 或 org_member (role must be org_admin or org_member)" });
export type MemberRole = z.infer<typeof memberRole>;
export const addMemberBody = z
  .object({
    email: z.string().trim().toLowerCase().email("邮箱格式不正确 (invalid email)").max(200),
    role: memberRole.default("org_member"),
  })
  .strict();

export interface Member {
  userId: number;
  name: string;
  email: string;
  role: MemberRole;
}

async function assertOrganization(db: Db, organizationId: number): Promise<void> {
  if (!(await organizationExists(db, organizationId))) throw notFound("机构 (organisation)", organizationId);
}

async function membersOf(db: Db, organizationId: number): Promise<Member[]> {
  const rows = await db
    .selectFrom("role_grants as g")
    .innerJoin("users as u", "u.id", "g.user_id")
    .select(["u.id", "u.name", "u.email", sql<boolean>`bool_or(g.role = 'org_admin')`.as("admin")])
    .where("g.organization_id", "=", organizationId)
    .where("g.role", "in", ["org_admin", "org_member"])
    .where("u.disabled", "=", false)
    .groupBy(["u.id", "u.name", "u.email"])
    .orderBy(sql`bool_or(g.role = 'org_admin')`, "desc")
    .orderBy("u.name")
    .orderBy("u.id")
    .execute();
  return rows.map((r) => ({ userId: r.id, name: r.name, email: r.email, role: r.admin ? "org_admin" : "org_member" }));
}

/** Members see each other; platform admins see every organisation's. */
export async function listMembers(db: Db, actorIn: MaybeActor, organizationId: number): Promise<Member[]> {
  const actor = requireActor(actorIn);
  await assertOrganization(db, organizationId);
  authorize(isOrgMember(actor, organizationId), "查看机构成员 (members of the organisation only)");
  return membersOf(db, organizationId);
}

/** Refuses taking away the last admin, unless a platform admin does it. */
function keepAnAdmin(actorIn: MaybeActor, members: Member[], userId: number): void {
  const admins = members.filter((m) => m.role === "org_admin");
  if (!isPlatformAdmin(actorIn) && admins.length === 1 && admins[0].userId === userId)
    throw new AppError("CONFLICT", "机构至少保留一名管理员 (an organisation keeps at least one admin)", { userId: "最后一名管理员 (the last admin)" });
}

/** Adds a registered user, or changes a member's role (one role per organisation). */
export async function addMember(db: Db, actorIn: MaybeActor, organizationId: number, body: unknown): Promise<Member[]> {
  const actor = requireActor(actorIn);
  const input = addMemberBody.parse(body);
  await assertOrganization(db, organizationId);
  authorize(isOrgAdmin(actor, organizationId), "管理机构成员 (organisation admins only)");
  const user = await repo.findUserByEmail(db, input.email);
  if (!user || user.disabled)
    throw new AppError("UNKNOWN_REFERENCE", `没有以 ${input.email} 注册的账号 (no account with this email)`, { email: "该邮箱尚未注册:请对方先注册账号 (no account with this email: ask them to register first)" });
  return db.transaction().execute(async (trx) => {
    const before = await membersOf(trx, organizationId);
    const was = before.find((m) => m.userId === user.id);
    if (was?.role === input.role) return before;
    if (was?.role === "org_admin") keepAnAdmin(actor, before, user.id);
    const other: MemberRole = input.role === "org_admin" ? "org_member" : "org_admin";
    await repo.deleteGrant(trx, user.id, { role: other, organizationId });
    await repo.insertGrant(trx, user.id, { role: input.role, organizationId });
    await audit(trx, actor, { action: was ? "organization.member.role" : "organization.member.add", entity: "organizations", entityId: organizationId, before: was ?? null, after: { userId: user.id, email: user.email, role: input.role } });
    return membersOf(trx, organizationId);
  });
}

export async function removeMember(db: Db, actorIn: MaybeActor, organizationId: number, userId: number): Promise<Member[]> {
  const actor = requireActor(actorIn);
  await assertOrganization(db, organizationId);
  authorize(isOrgAdmin(actor, organizationId), "管理机构成员 (organisation admins only)");
  return db.transaction().execute(async (trx) => {
    const before = await membersOf(trx, organizationId);
    const was = before.find((m) => m.userId === userId);
    if (!was) throw notFound("机构成员 (member)", userId);
    if (was.role === "org_admin") keepAnAdmin(actor, before, userId);
    for (const role of ["org_admin", "org_member"] as const) await repo.deleteGrant(trx, userId, { role, organizationId });
    await audit(trx, actor, { action: "organization.member.remove", entity: "organizations", entityId: organizationId, before: was, after: null });
    return membersOf(trx, organizationId);
  });
}
