import { afterAll, beforeAll, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/support/app.js";
import { signInAs, type SignedIn } from "../../../test/support/auth.js";
import { describeEachBackend } from "../../../test/support/db.js";
import { fixtureOrganization, fixtureRegions } from "../../../test/support/directory-fixtures.js";

describeEachBackend("organisation members", (backend) => {
  let t: TestApp;
  let org: number;
  let admin: SignedIn;
  let member: SignedIn;
  let outsider: SignedIn;
  beforeAll(async () => {
    t = await createTestApp(backend);
    org = await fixtureOrganization(t.database.db, "苏州成员管理测试有限公司", (await fixtureRegions(t.database.db))["320500"]);
    admin = await signInAs(t, { name: "王管理", grants: [{ role: "org_admin", organizationId: org }] });
    member = await signInAs(t, { name: "李成员", grants: [{ role: "org_member", organizationId: org }] });
    outsider = await signInAs(t, { name: "外人", email: "newcomer@test.jishi" });
  });
  afterAll(() => t.close());

  const call = (method: "GET" | "POST" | "DELETE", url: string, who: SignedIn | null, payload?: object) =>
    t.app.inject({ method, url: `/api/organizations/${org}/members${url}`, headers: who?.headers ?? {}, payload });
  const roles = (r: { json(): { name: string; role: string }[] }) => r.json().map((m) => `${m.name}:${m.role}`);
  const audited = async () => (await t.database.db.selectFrom("audit_log").select("action").where("entity", "=", "organizations").where("entity_id", "=", String(org)).execute()).map((a) => a.action);

  it("lists the members, admins first, to members only", async () => {
    expect(roles(await call("GET", "", member))).toEqual(["王管理:org_admin", "李成员:org_member"]);
    expect((await call("GET", "", null)).statusCode).toBe(401);
    expect((await call("GET", "", outsider)).statusCode).toBe(403);
    expect((await t.app.inject({ method: "GET", url: "/api/organizations/999999/members", headers: admin.headers })).statusCode).toBe(404);
  });

  it("lets its admin add a registered user by email; refuses members, unknown emails and bad roles, changing nothing", async () => {
    expect((await call("POST", "", member, { email: "newcomer@test.jishi" })).statusCode).toBe(403);
    const unknown = await call("POST", "", admin, { email: "nobody@test.jishi" });
    expect([unknown.statusCode, unknown.json().error.code]).toEqual([400, "UNKNOWN_REFERENCE"]);
    expect(unknown.json().error.fields.email).toContain("尚未注册");
    const badRole = await call("POST", "", admin, { email: "newcomer@test.jishi", role: "platform_admin" });
    expect(badRole.statusCode).toBe(400);
    expect(badRole.json().error.fields).toHaveProperty("role");
    expect((await call("POST", "", admin, { email: "not-an-email" })).json().error.fields).toHaveProperty("email");
    expect(roles(await call("GET", "", admin))).toEqual(["王管理:org_admin", "李成员:org_member"]);

    const added = await call("POST", "", admin, { email: " NewComer@Test.jishi " });
    expect(added.statusCode, added.body).toBe(200);
    expect(roles(added)).toEqual(["王管理:org_admin", "外人:org_member", "李成员:org_member"]);
    // The newcomer acts for the organisation at once: it is among their grants.
    const me = (await t.app.inject({ method: "GET", url: "/api/auth/me", headers: outsider.headers })).json();
    expect(me.user.grants).toContainEqual({ role: "org_member", organizationId: org, allianceId: null });
    expect(await audited()).toEqual(["organization.member.add"]);
  });

  it("changes a role in place and keeps at least one admin", async () => {
    expect(roles(await call("POST", "", admin, { email: member.email, role: "org_admin" }))).toEqual(["李成员:org_admin", "王管理:org_admin", "外人:org_member"]);
    const grants = await t.database.db.selectFrom("role_grants").select("role").where("user_id", "=", member.userId).where("organization_id", "=", org).execute();
    expect(grants.map((g) => g.role)).toEqual(["org_admin"]);
    // Two admins: one may step down; the last may not.
    expect((await call("POST", "", admin, { email: admin.email, role: "org_member" })).statusCode).toBe(200);
    const last = await call("DELETE", `/${member.userId}`, member);
    expect([last.statusCode, last.json().error.code]).toEqual([409, "CONFLICT"]);
    expect((await call("POST", "", member, { email: member.email, role: "org_member" })).statusCode).toBe(409);
    const platform = await signInAs(t, { grants: [{ role: "platform_admin" }] });
    expect((await call("GET", "", platform)).statusCode).toBe(200);
  });

  it("removes a member, who then no longer acts for it", async () => {
    const after = await call("DELETE", `/${outsider.userId}`, member);
    expect(after.statusCode, after.body).toBe(200);
    expect(roles(after)).toEqual(["李成员:org_admin", "王管理:org_member"]);
    expect((await call("GET", "", outsider)).statusCode).toBe(403);
    expect((await call("DELETE", `/${outsider.userId}`, member)).statusCode).toBe(404);
    expect(await audited()).toEqual(["organization.member.add", "organization.member.role", "organization.member.role", "organization.member.remove"]);
  });
});
