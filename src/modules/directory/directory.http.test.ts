import { afterAll, beforeAll, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/support/app.js";
import { signInAs } from "../../../test/support/auth.js";
import { describeEachBackend } from "../../../test/support/db.js";
import { buildCreditCode } from "./creditCode.js";

describeEachBackend("directory HTTP", (backend) => {
  let t: TestApp;
  let region: Record<string, number>;
  const get = (url: string, headers?: Record<string, string>) => t.app.inject({ method: "GET", url, headers });
  const countOrgs = async () => Number((await t.database.db.selectFrom("organizations").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow()).n);

  beforeAll(async () => {
    t = await createTestApp(backend);
    region = Object.fromEntries((await t.database.db.selectFrom("regions").select(["code", "id"]).execute()).map((r) => [r.code, r.id]));
  });
  afterAll(async () => t?.close());

  it("GET /api/regions searches and filters; /api/regions/:id has children", async () => {
    const r = await get("/api/regions?q=%E5%A4%AA%E4%BB%93"); // 太仓
    expect(r.statusCode).toBe(200);
    expect(r.json().items[0]).toMatchObject({ name: "太仓市", nameEn: "Taicang", shortName: "太仓", code: "320585", fullName: "江苏省苏州市太仓市", fullNameEn: "Taicang, Suzhou, Jiangsu" });
    const districts = await get(`/api/regions?parent=${region["310000"]}&limit=100`);
    expect(districts.json().total).toBe(16);
    const detail = await get(`/api/regions/${region["320500"]}`);
    expect(detail.json().children).toHaveLength(9);
    expect((await get("/api/regions/999999")).json().error.code).toBe("NOT_FOUND");
    expect((await get("/api/regions?level=city")).json().error).toMatchObject({ code: "VALIDATION_FAILED", fields: { "querystring.level": expect.any(String) } });
  });

  it("GET /api/regions/names gives every region's English name, short and full", async () => {
    const r = await get("/api/regions/names");
    expect(r.statusCode).toBe(200);
    expect(r.headers["cache-control"]).toBe("public, max-age=3600");
    const items: { id: number; name: string; nameEn: string; fullName: string; fullNameEn: string }[] = r.json().items;
    expect(items).toHaveLength(349);
    expect(items.filter((x) => !x.nameEn || !x.fullNameEn)).toEqual([]);
    expect(items.find((x) => x.id === region["310115"])).toEqual({ id: region["310115"], name: "浦东新区", nameEn: "Pudong New Area", fullName: "上海市浦东新区", fullNameEn: "Pudong New Area, Shanghai" });
    expect(items.find((x) => x.id === region["320685"])).toMatchObject({ nameEn: "Hai'an", fullNameEn: "Hai'an, Nantong, Jiangsu" });
  });

  it("GET /api/regions/resolve answers resolved, ambiguous and unknown", async () => {
    const q = (name: string, context?: string) =>
      get(`/api/regions/resolve?name=${encodeURIComponent(name)}${context ? `&context=${encodeURIComponent(context)}` : ""}`).then((r) => r.json());
    expect(await q("嘉定")).toMatchObject({ status: "resolved", candidates: [{ name: "嘉定区", fullName: "上海市嘉定区" }] });
    expect((await q("普陀")).status).toBe("ambiguous");
    expect(await q("普陀", "上海市")).toMatchObject({ status: "resolved", context: region["310000"], candidates: [{ code: "310107" }] });
    expect(await q("苏州工业园区")).toMatchObject({ status: "unknown", suggestions: [{ code: "320500" }] });
    expect((await get("/api/regions/resolve")).statusCode).toBe(400);
  });

  it("GET /api/industries lists chains with segments", async () => {
    const list = (await get("/api/industries")).json();
    expect(list.find((i: { code: string }) => i.code === "low-alt")).toMatchObject({ name: "低空经济", nameEn: "Low-altitude economy" });
  });

  it("POST /api/organizations: signed-in user creates and becomes its admin; errors name the field", async () => {
    const alice = await signInAs(t);
    const body = { name: "昆山鼎澜精密机械有限公司", kind: "enterprise", regionId: region["320583"], creditCode: buildCreditCode("9", "1", "320583", "MA1KQ123"), contactPhone: "0512-57001234" };
    const before = await countOrgs();
    const post = (payload: unknown, headers: Record<string, string> = alice.headers) => t.app.inject({ method: "POST", url: "/api/organizations", headers, payload: payload as object });

    expect((await post(body, {})).json().error.code).toBe("UNAUTHENTICATED");
    const badCode = await post({ ...body, creditCode: "91350100M000100Y44" });
    expect(badCode.statusCode).toBe(400);
    expect(badCode.json().error).toMatchObject({ code: "INVALID_CREDIT_CODE", fields: { creditCode: expect.any(String) } });
    const badRegion = await post({ ...body, regionId: 999999 });
    expect(badRegion.json().error).toMatchObject({ code: "UNKNOWN_REGION", fields: { regionId: expect.any(String) } });
    const badKind = await post({ ...body, kind: "company" });
    expect(badKind.json().error).toMatchObject({ code: "VALIDATION_FAILED", fields: { kind: expect.any(String) } });
    const extra = await post({ ...body, owner: 1 });
    expect(extra.json().error.code).toBe("VALIDATION_FAILED");
    const chineseEnglish = await post({ ...body, nameEn: "昆山 Dinglan Precision" });
    expect(chineseEnglish.json().error).toEqual(expect.objectContaining({ code: "VALIDATION_FAILED", fields: { nameEn: "英文名称不能含汉字 (the English name must not contain Chinese characters)" } }));
    expect(await countOrgs()).toBe(before);

    const created = await post(body);
    expect(created.statusCode).toBe(201);
    const org = created.json();
    expect(org).toMatchObject({ name: body.name, region: { fullName: "江苏省苏州市昆山市" }, contactPhone: "0512-57001234" });
    const dup = await post({ ...body, creditCode: null });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error).toMatchObject({ code: "DUPLICATE", fields: { name: expect.any(String) } });

    // Alice's session now carries org_admin of the new organisation: she may edit it.
    const patch = await t.app.inject({ method: "PATCH", url: `/api/organizations/${org.id}`, headers: alice.headers, payload: { description: "精密零部件", contactPhone: "" } });
    expect(patch.statusCode).toBe(200);
    expect(patch.json()).toMatchObject({ description: "精密零部件", contactPhone: null });

    const bob = await signInAs(t);
    const forbidden = await t.app.inject({ method: "PATCH", url: `/api/organizations/${org.id}`, headers: bob.headers, payload: { description: "x" } });
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json().error.code).toBe("FORBIDDEN");

    // Contacts: members see them, the public does not.
    expect((await get(`/api/organizations/${org.id}`, bob.headers)).json()).toHaveProperty("contactName");
    const pub = (await get(`/api/organizations/${org.id}`)).json();
    expect(pub).not.toHaveProperty("contactName");
    expect(pub).not.toHaveProperty("contactPhone");

    const list = (await get(`/api/organizations?region=${region["320500"]}&kind=enterprise`)).json();
    expect(list.items.map((o: { name: string }) => o.name)).toContain(body.name);
    // Its English name, once given, is in the list the interface in English reads.
    await t.app.inject({ method: "PATCH", url: `/api/organizations/${org.id}`, headers: alice.headers, payload: { nameEn: "Kunshan Dinglan Precision Machinery Co., Ltd." } });
    const names = await get("/api/organizations/names");
    expect(names.statusCode).toBe(200);
    expect(names.json().items).toContainEqual({ id: org.id, name: body.name, nameEn: "Kunshan Dinglan Precision Machinery Co., Ltd." });
    const cleared = await t.app.inject({ method: "PATCH", url: `/api/organizations/${org.id}`, headers: alice.headers, payload: { nameEn: null } });
    expect(cleared.json()).toMatchObject({ nameEn: "" });
    expect((await get(`/api/organizations?region=${region["330000"]}`)).json().items.map((o: { name: string }) => o.name)).not.toContain(body.name);
  });

  it("refuses a cookie write without the CSRF header", async () => {
    const u = await signInAs(t);
    const r = await t.app.inject({ method: "POST", url: "/api/organizations", headers: { cookie: u.headers.cookie! }, payload: { name: "无令牌测试有限公司", kind: "service", regionId: region["310107"] } });
    expect(r.statusCode).toBe(403);
    expect(r.json().error.code).toBe("CSRF_FAILED");
  });

  it("alliances: platform admin creates, secretariat edits, org admins may not", async () => {
    const admin = await signInAs(t, { grants: [{ role: "platform_admin" }] });
    const orgAdmin = await signInAs(t);
    const org = (await t.app.inject({ method: "POST", url: "/api/organizations", headers: orgAdmin.headers, payload: { name: "海安联盟测试有限公司", kind: "enterprise", regionId: region["320685"] } })).json();
    const body = {
      name: "海安—嘉善县域协作联盟", shortName: "海嘉", kind: "alliance", foundedOn: "2024-03-07",
      regions: [{ regionId: region["320685"], rotationOrder: 1 }, { regionId: region["330421"], rotationOrder: 2 }],
      organizations: [{ organizationId: org.id }],
    };
    const denied = await t.app.inject({ method: "POST", url: "/api/alliances", headers: orgAdmin.headers, payload: body });
    expect(denied.statusCode).toBe(403);
    const unknown = await t.app.inject({ method: "POST", url: "/api/alliances", headers: admin.headers, payload: { ...body, regions: [{ regionId: 999999 }] } });
    expect(unknown.json().error).toMatchObject({ code: "UNKNOWN_REGION", fields: { "regions.0.regionId": expect.any(String) } });
    const created = await t.app.inject({ method: "POST", url: "/api/alliances", headers: admin.headers, payload: body });
    expect(created.statusCode).toBe(201);
    const a = created.json();
    expect(a.regions.map((r: { name: string; rotationOrder: number }) => `${r.rotationOrder}${r.name}`)).toEqual(["1海安市", "2嘉善县"]);
    expect(a.organizations).toMatchObject([{ organizationId: org.id, role: "member" }]);
    // No English name given: none is shown (the interface falls back to the Chinese).
    expect(a).toMatchObject({ nameEn: "", shortNameEn: "" });
    expect((await t.app.inject({ method: "POST", url: "/api/alliances", headers: admin.headers, payload: body })).json().error.code).toBe("DUPLICATE");

    const secretariat = await signInAs(t, { grants: [{ role: "alliance_secretariat", allianceId: a.id }] });
    const orgPatch = await t.app.inject({ method: "PATCH", url: `/api/alliances/${a.id}`, headers: orgAdmin.headers, payload: { description: "x" } });
    expect(orgPatch.statusCode).toBe(403);
    const patched = await t.app.inject({
      method: "PATCH", url: `/api/alliances/${a.id}`, headers: secretariat.headers,
      payload: { description: "县域常态化交流机制", regions: [{ regionId: region["330421"], rotationOrder: 1 }, { regionId: region["320685"], rotationOrder: 2 }] },
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.json().regions.map((r: { name: string }) => r.name)).toEqual(["嘉善县", "海安市"]);
    const named = await t.app.inject({ method: "PATCH", url: `/api/alliances/${a.id}`, headers: secretariat.headers, payload: { nameEn: "Hai'an–Jiashan County Alliance" } });
    expect(named.json()).toMatchObject({ nameEn: "Hai'an–Jiashan County Alliance", shortNameEn: "", name: body.name });
    const otherSecretariat = await signInAs(t, { grants: [{ role: "alliance_secretariat", allianceId: 1 }] });
    expect((await t.app.inject({ method: "PATCH", url: `/api/alliances/${a.id}`, headers: otherSecretariat.headers, payload: { description: "y" } })).statusCode).toBe(403);

    const trail = await t.database.db.selectFrom("audit_log").select("action").where("entity", "=", "alliances").where("entity_id", "=", String(a.id)).orderBy("id").execute();
    expect(trail.map((x) => x.action)).toEqual(["alliance.create", "alliance.update", "alliance.update"]);

    const list = (await get(`/api/alliances?region=${region["320585"]}`)).json();
    expect(list.items.map((x: { name: string }) => x.name).sort()).toEqual(["嘉昆太协同创新核心圈", "沿沪宁产业创新带", "长三角G60科创走廊"].sort());
    // The seeded alliances carry English names, written by the reference seed.
    expect(list.items.find((x: { name: string }) => x.name === "长三角G60科创走廊")).toMatchObject({ nameEn: "Yangtze River Delta G60 Science and Innovation Corridor", shortNameEn: "G60" });
    // 太仓 lies in 苏州 (a G60 and 沿沪宁 member) and is itself a 嘉昆太 member; 杭州 is only in G60.
    expect((await get(`/api/alliances?region=${region["330100"]}`)).json().items.map((x: { name: string }) => x.name)).toEqual(["长三角G60科创走廊"]);
    expect((await get(`/api/alliances/${a.id}`)).json().description).toBe("县域常态化交流机制");
  });

  it("documents every directory route in OpenAPI", async () => {
    const doc = t.app.swagger() as { paths: Record<string, Record<string, { tags?: string[] }>> };
    for (const p of ["/api/regions", "/api/regions/resolve", "/api/regions/{id}", "/api/industries", "/api/alliances", "/api/alliances/{id}", "/api/organizations", "/api/organizations/{id}"])
      expect(Object.values(doc.paths[p] ?? {}).every((op) => op.tags?.includes("directory")), p).toBe(true);
    expect(Object.keys(doc.paths["/api/organizations/{id}"]!)).toEqual(expect.arrayContaining(["get", "patch"]));
  });
});
