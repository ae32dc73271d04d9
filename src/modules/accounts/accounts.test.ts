import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/support/app.js";
import { signInAs } from "../../../test/support/auth.js";
import { describeEachBackend } from "../../../test/support/db.js";
import { hashPassword, verifyPassword } from "./password.js";
import { LOGIN_LIMIT } from "./accounts.service.js";

describe("password hashing", () => {
  it("verifies the right password and refuses a wrong one", async () => {
    const h = await hashPassword("correct horse");
    expect(h.startsWith("scrypt$")).toBe(true);
    expect(await verifyPassword("correct horse", h)).toBe(true);
    expect(await verifyPassword("correct horsf", h)).toBe(false);
  });
  it("salts: the same password hashes differently", async () => {
    expect(await hashPassword("x-password")).not.toBe(await hashPassword("x-password"));
  });
});

describeEachBackend("accounts", (backend) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(backend);
  });
  afterAll(() => t.close());

  const register = (payload: unknown) => t.app.inject({ method: "POST", url: "/api/auth/register", payload: payload as object });
  const login = (email: string, password: string) =>
    t.app.inject({ method: "POST", url: "/api/auth/login", payload: { email, password } });

  it("registers, signs in with an httpOnly cookie, answers /me, signs out", async () => {
    const r = await register({ email: "Zhang@Example.cn", name: "张三", password: "s3cret-pass" });
    expect(r.statusCode).toBe(201);
    expect(r.json()).toMatchObject({ email: "zhang@example.cn", name: "张三", grants: [] });

    const l = await login("zhang@example.cn", "s3cret-pass");
    expect(l.statusCode).toBe(200);
    const cookie = l.cookies.find((c) => c.name === "jishi_session")!;
    expect(cookie.httpOnly).toBe(true);
    const csrf = l.json().csrfToken as string;
    expect(csrf.length).toBeGreaterThan(20);

    const me = await t.app.inject({ method: "GET", url: "/api/auth/me", headers: { cookie: `jishi_session=${cookie.value}` } });
    expect(me.json().user).toMatchObject({ email: "zhang@example.cn" });

    const out = await t.app.inject({
      method: "POST",
      url: "/api/auth/logout",
      headers: { cookie: `jishi_session=${cookie.value}`, "x-csrf-token": csrf },
    });
    expect(out.statusCode).toBe(204);
    const after = await t.app.inject({ method: "GET", url: "/api/auth/me", headers: { cookie: `jishi_session=${cookie.value}` } });
    expect(after.json().user).toBeNull();
  });

  it("refuses a duplicate email naming the field, and stores nothing twice", async () => {
    await register({ email: "dup@example.cn", name: "甲", password: "password-1" });
    const r = await register({ email: "DUP@example.cn", name: "乙", password: "password-2" });
    expect(r.statusCode).toBe(409);
    expect(r.json().error).toMatchObject({ code: "DUPLICATE", fields: { email: expect.any(String) } });
    const n = await t.database.db.selectFrom("users").select((e) => e.fn.countAll<number>().as("n")).where("email", "=", "dup@example.cn").executeTakeFirstOrThrow();
    expect(Number(n.n)).toBe(1);
  });

  it("names each invalid field on registration", async () => {
    const r = await register({ email: "not-an-email", name: "", password: "short" });
    expect(r.statusCode).toBe(400);
    expect(r.json().error.code).toBe("VALIDATION_FAILED");
    expect(Object.keys(r.json().error.fields).sort()).toEqual(["email", "name", "password"]);
  });

  it("refuses unknown body fields", async () => {
    const r = await register({ email: "x@example.cn", name: "x", password: "password-1", role: "platform_admin" });
    expect(r.statusCode).toBe(400);
  });

  it("answers malformed JSON and oversized bodies with the error shape", async () => {
    const bad = await t.app.inject({
      method: "POST",
      url: "/api/auth/register",
      headers: { "content-type": "application/json" },
      payload: '{"email": "a@b.cn", ',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe("MALFORMED_JSON");
    const big = await t.app.inject({
      method: "POST",
      url: "/api/auth/register",
      headers: { "content-type": "application/json" },
      payload: JSON.stringify({ email: "a@b.cn", name: "x".repeat(3 * 1024 * 1024), password: "password-1" }),
    });
    expect(big.statusCode).toBe(413);
    expect(big.json().error.code).toBe("PAYLOAD_TOO_LARGE");
  });

  it("rejects a wrong password, then rate-limits repeated failures", async () => {
    await register({ email: "limit@example.cn", name: "限", password: "right-password" });
    for (let i = 0; i < LOGIN_LIMIT.perAccount; i++) {
      const r = await login("limit@example.cn", "wrong-password");
      expect(r.statusCode).toBe(401);
      expect(r.json().error.code).toBe("INVALID_CREDENTIALS");
    }
    const blocked = await login("limit@example.cn", "right-password");
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().error.code).toBe("RATE_LIMITED");
  });

  it("requires the CSRF header on cookie-authenticated writes", async () => {
    const admin = await signInAs(t, { grants: [{ role: "platform_admin" }] });
    const target = await signInAs(t);
    const noCsrf = await t.app.inject({
      method: "POST",
      url: `/api/users/${target.userId}/grants`,
      headers: { cookie: admin.headers.cookie },
      payload: { role: "platform_admin" },
    });
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json().error.code).toBe("CSRF_FAILED");
    const ok = await t.app.inject({
      method: "POST",
      url: `/api/users/${target.userId}/grants`,
      headers: admin.headers,
      payload: { role: "platform_admin" },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toEqual([{ role: "platform_admin", organizationId: null, allianceId: null }]);
  });

  it("refuses role grants without a session or with the wrong role, and audits the allowed ones", async () => {
    const plain = await signInAs(t);
    const anon = await t.app.inject({ method: "POST", url: `/api/users/${plain.userId}/grants`, payload: { role: "platform_admin" } });
    expect(anon.statusCode).toBe(401);
    expect(anon.json().error.code).toBe("UNAUTHENTICATED");
    const self = await t.app.inject({
      method: "POST",
      url: `/api/users/${plain.userId}/grants`,
      headers: plain.headers,
      payload: { role: "platform_admin" },
    });
    expect(self.statusCode).toBe(403);
    expect(self.json().error.code).toBe("FORBIDDEN");
    const grants = await t.database.db.selectFrom("role_grants").selectAll().where("user_id", "=", plain.userId).execute();
    expect(grants).toHaveLength(0);

    const admin = await signInAs(t, { grants: [{ role: "platform_admin" }] });
    const log = await t.app.inject({ method: "GET", url: `/api/audit?entity=users&entityId=${plain.userId}`, headers: admin.headers });
    expect(log.statusCode).toBe(200);
    expect(log.json().map((e: { action: string }) => e.action)).toContain("user.register");
    const denied = await t.app.inject({ method: "GET", url: "/api/audit", headers: plain.headers });
    expect(denied.statusCode).toBe(403);
  });
});
