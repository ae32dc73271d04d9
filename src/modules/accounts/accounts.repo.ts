import { sql } from "kysely";
import type { Db } from "../../platform/db/connect.js";
import type { Actor, RoleGrant } from "../../platform/auth.js";

export async function findUserByEmail(db: Db, email: string) {
  return db
    .selectFrom("users")
    .selectAll()
    .where(sql`lower(email)`, "=", email.toLowerCase())
    .executeTakeFirst();
}

export async function insertUser(db: Db, u: { email: string; name: string; passwordHash: string }): Promise<number> {
  const row = await db
    .insertInto("users")
    .values({ email: u.email.toLowerCase(), name: u.name, password_hash: u.passwordHash })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function grantsOf(db: Db, userId: number): Promise<RoleGrant[]> {
  const rows = await db
    .selectFrom("role_grants")
    .select(["role", "organization_id", "alliance_id"])
    .where("user_id", "=", userId)
    .orderBy("id")
    .execute();
  return rows.map((r) => ({ role: r.role, organizationId: r.organization_id, allianceId: r.alliance_id }));
}

export async function loadActor(db: Db, userId: number): Promise<Actor | null> {
  const u = await db
    .selectFrom("users")
    .select(["id", "email", "name", "disabled"])
    .where("id", "=", userId)
    .executeTakeFirst();
  if (!u || u.disabled) return null;
  return { userId: u.id, email: u.email, name: u.name, grants: await grantsOf(db, u.id) };
}

export async function insertGrant(db: Db, userId: number, g: RoleGrant): Promise<void> {
  await db
    .insertInto("role_grants")
    .values({ user_id: userId, role: g.role, organization_id: g.organizationId ?? null, alliance_id: g.allianceId ?? null })
    .execute();
}

export async function deleteGrant(db: Db, userId: number, g: RoleGrant): Promise<number> {
  const r = await db
    .deleteFrom("role_grants")
    .where("user_id", "=", userId)
    .where("role", "=", g.role)
    .where(sql<boolean>`coalesce(organization_id, 0) = ${g.organizationId ?? 0}`)
    .where(sql<boolean>`coalesce(alliance_id, 0) = ${g.allianceId ?? 0}`)
    .executeTakeFirst();
  return Number(r.numDeletedRows);
}

export async function insertSession(db: Db, s: { id: string; userId: number; csrf: string; expiresAt: Date }) {
  await db.insertInto("sessions").values({ id: s.id, user_id: s.userId, csrf_token: s.csrf, expires_at: s.expiresAt }).execute();
}

export async function findLiveSession(db: Db, id: string) {
  return db
    .selectFrom("sessions")
    .select(["user_id", "csrf_token", "expires_at"])
    .where("id", "=", id)
    .where("expires_at", ">", new Date())
    .executeTakeFirst();
}

export async function deleteSession(db: Db, id: string): Promise<void> {
  await db.deleteFrom("sessions").where("id", "=", id).execute();
}

export async function countRecentAttempts(db: Db, key: string, since: Date): Promise<number> {
  const r = await db
    .selectFrom("login_attempts")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("key", "=", key)
    .where("at", ">", since)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function recordAttempt(db: Db, key: string): Promise<void> {
  await db.insertInto("login_attempts").values({ key }).execute();
}

export async function listUsers(db: Db, opts: { limit: number; offset: number }) {
  return db
    .selectFrom("users")
    .select(["id", "email", "name", "disabled", "created_at"])
    .orderBy("id")
    .limit(opts.limit)
    .offset(opts.offset)
    .execute();
}
