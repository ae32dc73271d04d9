import { createHash, randomBytes } from "node:crypto";
import type { Db } from "../../platform/db/connect.js";
import { AppError } from "../../platform/errors.js";
import { audit } from "../../platform/audit.js";
import {
  authorize,
  isOrgAdmin,
  isPlatformAdmin,
  isSecretariatOf,
  requireActor,
  type Actor,
  type MaybeActor,
  type RoleGrant,
} from "../../platform/auth.js";
import { hashPassword, verifyPassword } from "./password.js";
import * as repo from "./accounts.repo.js";
import { registerBody, type RegisterInput } from "./accounts.schema.js";

export const SESSION_DAYS = 14;
/** Failed sign-ins allowed per (email, address) and per address within the window. */
export const LOGIN_LIMIT = { window: 15 * 60 * 1000, perAccount: 5, perAddress: 30 };

const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");

export async function registerUser(db: Db, input: RegisterInput): Promise<Actor> {
  const data = registerBody.parse(input);
  if (await repo.findUserByEmail(db, data.email))
    throw new AppError("DUPLICATE", "该邮箱已注册 (email already registered)", { email: "该邮箱已注册 (already registered)" });
  const passwordHash = await hashPassword(data.password);
  return db.transaction().execute(async (trx) => {
    const id = await repo.insertUser(trx, { email: data.email, name: data.name, passwordHash });
    const actor: Actor = { userId: id, email: data.email, name: data.name, grants: [] };
    await audit(trx, actor, { action: "user.register", entity: "users", entityId: id, after: { email: data.email, name: data.name } });
    return actor;
  });
}

/** Bootstrap and CLI path: creates a user with grants, no actor needed. */
export async function createUserWithGrants(db: Db, input: RegisterInput, grants: RoleGrant[] = []): Promise<Actor> {
  const actor = await registerUser(db, input);
  await db.transaction().execute(async (trx) => {
    for (const g of grants) await repo.insertGrant(trx, actor.userId, g);
    if (grants.length) await audit(trx, null, { action: "user.grant", entity: "users", entityId: actor.userId, after: { grants } });
  });
  return { ...actor, grants: await repo.grantsOf(db, actor.userId) };
}

export interface SessionTicket {
  token: string;
  csrf: string;
  expiresAt: Date;
  actor: Actor;
}

export async function signIn(db: Db, email: string, password: string, address: string): Promise<SessionTicket> {
  const since = new Date(Date.now() - LOGIN_LIMIT.window);
  const accountKey = `acct:${email.toLowerCase()}|${address}`;
  const addressKey = `addr:${address}`;
  if (
    (await repo.countRecentAttempts(db, accountKey, since)) >= LOGIN_LIMIT.perAccount ||
    (await repo.countRecentAttempts(db, addressKey, since)) >= LOGIN_LIMIT.perAddress
  )
    throw new AppError("RATE_LIMITED", "登录尝试过于频繁,请 15 分钟后再试 (too many sign-in attempts)");
  const user = await repo.findUserByEmail(db, email);
  const ok = user && !user.disabled && (await verifyPassword(password, user.password_hash));
  if (!ok || !user) {
    await repo.recordAttempt(db, accountKey);
    await repo.recordAttempt(db, addressKey);
    throw new AppError("INVALID_CREDENTIALS", "邮箱或密码不正确 (wrong email or password)");
  }
  const token = randomBytes(32).toString("base64url");
  const csrf = randomBytes(24).toString("base64url");
  const expiresAt = new Date(Date.now() + SESSION_DAYS * 86400_000);
  const actor = (await repo.loadActor(db, user.id))!;
  await db.transaction().execute(async (trx) => {
    await repo.insertSession(trx, { id: sha256(token), userId: user.id, csrf, expiresAt });
    await audit(trx, actor, { action: "session.create", entity: "sessions", entityId: user.id });
  });
  return { token, csrf, expiresAt, actor };
}

export async function signOut(db: Db, token: string): Promise<void> {
  await repo.deleteSession(db, sha256(token));
}

/** The session behind a cookie token: the actor and the CSRF token writes must carry. */
export async function resolveSession(db: Db, token: string): Promise<{ actor: Actor; csrf: string } | null> {
  const s = await repo.findLiveSession(db, sha256(token));
  if (!s) return null;
  const actor = await repo.loadActor(db, s.user_id);
  return actor ? { actor, csrf: s.csrf_token } : null;
}

/** Who may hand out a role: admins anything; secretariats their alliance; org admins their organisation. */
function mayGrant(actor: MaybeActor, g: RoleGrant): boolean {
  if (isPlatformAdmin(actor)) return true;
  if (g.role === "alliance_secretariat") return g.allianceId != null && isSecretariatOf(actor, g.allianceId);
  if (g.role === "org_admin" || g.role === "org_member") return g.organizationId != null && isOrgAdmin(actor, g.organizationId);
  return false;
}

export async function grantRole(db: Db, actorIn: MaybeActor, userId: number, g: RoleGrant): Promise<RoleGrant[]> {
  const actor = requireActor(actorIn);
  authorize(mayGrant(actor, g), `授予角色 ${g.role}`);
  if (!(await repo.loadActor(db, userId))) throw new AppError("NOT_FOUND", `用户 ${userId} 不存在 (user not found)`);
  await db.transaction().execute(async (trx) => {
    await repo.insertGrant(trx, userId, g);
    await audit(trx, actor, { action: "user.grant", entity: "users", entityId: userId, after: g });
  });
  return repo.grantsOf(db, userId);
}

export async function revokeRole(db: Db, actorIn: MaybeActor, userId: number, g: RoleGrant): Promise<RoleGrant[]> {
  const actor = requireActor(actorIn);
  authorize(mayGrant(actor, g), `撤销角色 ${g.role}`);
  await db.transaction().execute(async (trx) => {
    const n = await repo.deleteGrant(trx, userId, g);
    if (n === 0) throw new AppError("NOT_FOUND", "该用户没有这个角色 (grant not found)");
    await audit(trx, actor, { action: "user.revoke", entity: "users", entityId: userId, before: g });
  });
  return repo.grantsOf(db, userId);
}

export async function listUsers(db: Db, actor: MaybeActor, page: { limit: number; offset: number }) {
  authorize(isPlatformAdmin(requireActor(actor)), "查看用户列表");
  return repo.listUsers(db, page);
}

export async function auditTrail(db: Db, actor: MaybeActor, q: { entity?: string; entityId?: string; limit: number }) {
  authorize(isPlatformAdmin(requireActor(actor)), "查看审计日志");
  let query = db.selectFrom("audit_log").selectAll().orderBy("id", "desc").limit(q.limit);
  if (q.entity) query = query.where("entity", "=", q.entity);
  if (q.entityId) query = query.where("entity_id", "=", q.entityId);
  return query.execute();
}
