import { afterAll, beforeAll, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/support/app.js";
import { signInAs, type SignedIn } from "../../../test/support/auth.js";
import { describeEachBackend } from "../../../test/support/db.js";
import { expireListings } from "./listings.service.js";
import { marketFixture, sampleListing, type MarketFixture } from "./test-fixtures.js";

describeEachBackend("market listings", (backend) => {
  let t: TestApp;
  let f: MarketFixture;
  let owner: SignedIn, other: SignedIn, directed: SignedIn, member: SignedIn, admin: SignedIn, secretariat: SignedIn;

  beforeAll(async () => {
    t = await createTestApp(backend);
    f = await marketFixture(t.database.db);
    owner = await signInAs(t, { grants: [{ role: "org_admin", organizationId: f.org.owner }] });
    other = await signInAs(t, { grants: [{ role: "org_member", organizationId: f.org.other }] });
    directed = await signInAs(t, { grants: [{ role: "org_member", organizationId: f.org.directed }] });
    member = await signInAs(t, { grants: [{ role: "org_member", organizationId: f.org.allianceMember }] });
    admin = await signInAs(t, { grants: [{ role: "platform_admin" }] });
    secretariat = await signInAs(t, { grants: [{ role: "alliance_secretariat", allianceId: f.alliance }] });
  });
  afterAll(() => t.close());

  const req = (method: "GET" | "POST" | "PATCH", url: string, who?: SignedIn, payload?: unknown) =>
    t.app.inject({ method, url, headers: who?.headers, ...(payload === undefined ? {} : { payload: payload as object }) });
  const count = async () => Number((await t.database.db.selectFrom("listings").select((e) => e.fn.countAll().as("n")).executeTakeFirstOrThrow()).n);

  async function published(body: Record<string, unknown>, moderator: SignedIn = admin): Promise<number> {
    const c = await req("POST", "/api/listings", owner, body);
    expect(c.statusCode, c.body).toBe(201);
    const id = c.json().id;
    expect((await req("POST", `/api/listings/${id}/submit`, owner)).statusCode).toBe(200);
    const m = await req("POST", `/api/listings/${id}/moderate`, moderator, { decision: "approve" });
    expect(m.statusCode, m.body).toBe(200);
    return id;
  }

  it("documents its routes in the OpenAPI document", async () => {
    const r = await req("GET", "/api/docs/json");
    expect(r.statusCode).toBe(200);
    const paths = r.json().paths;
    for (const p of ["/api/listings", "/api/listings/search", "/api/listings/{id}/moderate", "/api/listings/{id}/interests", "/api/interests/{id}/messages"])
      expect(paths[p], p).toBeDefined();
    expect(paths["/api/listings/search"].get.parameters.map((x: { name: string }) => x.name)).toEqual(expect.arrayContaining(["q", "kind", "region", "alliance", "amountMin"]));
  });

  it("offers regions, industries and the caller's organisations for forms", async () => {
    const r = (await req("GET", "/api/listings/options", owner)).json();
    expect(r.kinds).toHaveLength(8);
    expect(r.myOrganizations).toEqual([{ id: f.org.owner, name: "苏州示范智能制造有限公司" }]);
    expect(r.regions.map((x: { name: string }) => x.name)).toContain("太仓市");
    expect(r.industries.find((i: { id: number }) => i.id === f.industry.electronics).segments).toContainEqual({ id: f.segment.chip, name: "芯片设计", nameEn: "Chip design", stage: "upstream" });
    expect(r.canModerate).toBe(false);
    expect((await req("GET", "/api/listings/options")).json()).toMatchObject({ myOrganizations: [], canModerate: false, signedIn: false });
    expect((await req("GET", "/api/listings/options", secretariat)).json().canModerate).toBe(true);
  });

  it("creates a draft of every kind with typed columns derived from attrs", async () => {
    for (const kind of ["tech_offer", "tech_need", "challenge", "space", "investment", "procurement", "service", "finance"]) {
      const r = await req("POST", "/api/listings", owner, sampleListing(f, kind, { title: `样例 ${kind}` }));
      expect(r.statusCode, r.body).toBe(201);
      expect(r.json()).toMatchObject({ kind, status: "draft", canEdit: true });
    }
    const space = await req("POST", "/api/listings", owner, sampleListing(f, "space"));
    expect(space.json()).toMatchObject({ areaSqm: 2000, priceYuan: 27, regions: [{ name: "太仓市" }] });
    const inv = await req("POST", "/api/listings", owner, sampleListing(f, "investment"));
    expect(inv.json().amountYuan).toBe(3_000_000_000);
  });

  it("refuses bad kind-specific input naming the field, and writes nothing", async () => {
    const before = await count();
    const cases: [Record<string, unknown>, string][] = [
      [sampleListing(f, "space", { attrs: { spaceKind: "factory", areaSqm: 100, landUse: "industrial", address: "x", rewardYuan: 5 } }), "attrs"],
      [sampleListing(f, "challenge", { attrs: { rewardYuan: -5, deadline: "2099-01-01", requirements: ["a"] } }), "attrs.rewardYuan"],
      [sampleListing(f, "tech_offer", { attrs: { trl: 12, ipStatus: "none", cooperationModes: ["licence"] } }), "attrs.trl"],
      [sampleListing(f, "finance", { attrs: { financeType: "equity", amountMaxYuan: 1e15 } }), "attrs.amountMaxYuan"],
      [sampleListing(f, "space", { attrs: { spaceKind: "factory", areaSqm: -20, landUse: "industrial", address: "x" } }), "attrs.areaSqm"],
      [sampleListing(f, "service", { validFrom: "2026-12-01", validUntil: "2026-11-01" }), "validUntil"],
      [sampleListing(f, "service", { validUntil: "2026-02-30" }), "validUntil"],
      [sampleListing(f, "finance", { attrs: { financeType: "debt", amountMinYuan: 9, amountMaxYuan: 1 } }), "attrs.amountMinYuan"],
      [sampleListing(f, "service", { visibility: "directed" }), "audience"],
      [sampleListing(f, "service", { body: "a".repeat(1_000_000) }), "body"],
      [sampleListing(f, "service", { colour: "red" }), ""],
    ];
    for (const [body, field] of cases) {
      const r = await req("POST", "/api/listings", owner, body);
      expect(r.statusCode, `${field}: ${r.body.slice(0, 300)}`).toBe(400);
      expect(r.json().error.code).toBe("VALIDATION_FAILED");
      if (field) expect(Object.keys(r.json().error.fields ?? {}).join(","), r.body.slice(0, 300)).toContain(field);
    }
    const unknownKind = await req("POST", "/api/listings", owner, sampleListing(f, "rumour"));
    expect(unknownKind.statusCode).toBe(400);
    const badRegion = await req("POST", "/api/listings", owner, sampleListing(f, "service", { regionIds: [999999] }));
    expect(badRegion.json().error).toMatchObject({ code: "UNKNOWN_REGION", fields: { regionIds: expect.any(String) } });
    // No organisation (a form left on its empty choice): the reason says what to do, not "greater than 0".
    for (const organizationId of [undefined, 0]) {
      const noOrg = await req("POST", "/api/listings", owner, { ...sampleListing(f, "service"), organizationId });
      expect(noOrg.json().error.fields, noOrg.body).toEqual({ organizationId: "请选择发布机构 (choose the publishing organisation)" });
    }
    const huge = await req("POST", "/api/listings", owner, sampleListing(f, "service", { body: "厂".repeat(1_000_000) }));
    expect(huge.statusCode).toBe(413);
    expect(huge.json().error.code).toBe("PAYLOAD_TOO_LARGE");
    expect(await count()).toBe(before);
  });

  it("refuses publishing for another organisation and anonymous writes", async () => {
    expect((await req("POST", "/api/listings", other, sampleListing(f, "service"))).statusCode).toBe(403);
    expect((await req("POST", "/api/listings", undefined, sampleListing(f, "service"))).statusCode).toBe(401);
  });

  it("stores script tags as text and returns them unchanged", async () => {
    const title = `<script>alert("x")</script>智能工厂`;
    const id = await published(sampleListing(f, "service", { title, body: "<img src=x onerror=alert(1)>检测服务" }));
    const r = await req("GET", `/api/listings/${id}`);
    expect(r.json()).toMatchObject({ title, body: "<img src=x onerror=alert(1)>检测服务" });
    const s = await req("GET", `/api/listings/search?q=${encodeURIComponent("智能工厂")}`);
    const hit = s.json().items.find((i: { id: number }) => i.id === id);
    expect(hit.highlight.title).toBe("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;<mark>智能</mark><mark>工厂</mark>");
  });

  it("runs draft → in review (flagged) → rejected with reason → resubmitted → published → closed", async () => {
    const c = await req("POST", "/api/listings", owner, sampleListing(f, "space", {
      title: "太仓标准厂房出租",
      body: "欢迎来访考察 400-0123-021 或 133-91219-793,长按/扫一扫加微信",
    }));
    const id = c.json().id;
    expect((await req("GET", `/api/listings/${id}`)).statusCode).toBe(404);
    const s = await req("POST", `/api/listings/${id}/submit`, owner);
    expect(s.json().status).toBe("in_review");
    expect(s.json().flags.map((x: { type: string }) => x.type)).toEqual(expect.arrayContaining(["phone", "wechat", "ad_phrase"]));
    expect((await req("POST", `/api/listings/${id}/submit`, owner)).json().error.code).toBe("INVALID_TRANSITION");
    expect((await req("POST", `/api/listings/${id}/moderate`, other, { decision: "approve" })).statusCode).toBe(403);
    expect((await req("POST", `/api/listings/${id}/moderate`, secretariat, { decision: "approve" })).statusCode).toBe(403);
    const noReason = await req("POST", `/api/listings/${id}/moderate`, admin, { decision: "reject" });
    expect(noReason.json().error.fields).toHaveProperty("reason");
    const queue = await req("GET", "/api/listings/moderation", admin);
    expect(queue.json().items.map((x: { id: number }) => x.id)).toContain(id);
    const rej = await req("POST", `/api/listings/${id}/moderate`, admin, { decision: "reject", reason: "正文含联系方式和广告,请删除" });
    expect(rej.json()).toMatchObject({ status: "rejected" });
    const seen = await req("GET", `/api/listings/${id}`, owner);
    expect(seen.json()).toMatchObject({ status: "rejected", moderationReason: "正文含联系方式和广告,请删除" });
    const edit = await req("PATCH", `/api/listings/${id}`, owner, { body: "标准厂房2000平方米,层高8米" });
    expect(edit.statusCode, edit.body).toBe(200);
    const again = await req("POST", `/api/listings/${id}/submit`, owner);
    expect(again.json()).toMatchObject({ status: "in_review", flags: [], moderationReason: null });
    const ok = await req("POST", `/api/listings/${id}/moderate`, admin, { decision: "approve" });
    expect(ok.json()).toMatchObject({ status: "published", publishedAt: expect.any(String) });
    const anon = await req("GET", `/api/listings/${id}`);
    expect(anon.statusCode).toBe(200);
    expect(anon.json()).toMatchObject({ contact: null, canEdit: false });
    expect(anon.json().flags).toBeUndefined();
    expect((await req("GET", `/api/listings/${id}`, other)).json().contact).toMatchObject({ phone: "0512-53961234" });
    expect((await req("POST", `/api/listings/${id}/close`, other)).statusCode).toBe(403);
    expect((await req("POST", `/api/listings/${id}/close`, owner)).json().status).toBe("closed");
    expect((await req("POST", `/api/listings/${id}/close`, owner)).json().error.code).toBe("INVALID_TRANSITION");
    const audit = await t.database.db.selectFrom("audit_log").select("action").where("entity", "=", "listings").where("entity_id", "=", String(id)).orderBy("id").execute();
    expect(audit.map((a) => a.action)).toEqual(["listing.create", "listing.submit", "listing.reject", "listing.update", "listing.submit", "listing.approve", "listing.close"]);
  });

  it("sends an edited published listing back to review", async () => {
    const id = await published(sampleListing(f, "tech_offer", { title: "高效光伏电池技术" }));
    const r = await req("PATCH", `/api/listings/${id}`, owner, { summary: "转换效率26%", attrs: { trl: 7, ipStatus: "patent_granted", cooperationModes: ["licence"] } });
    expect(r.json()).toMatchObject({ status: "in_review", summary: "转换效率26%", attrs: { trl: 7 } });
    const bad = await req("PATCH", `/api/listings/${id}`, owner, { attrs: { trl: 0 } });
    expect(bad.statusCode).toBe(400);
    // Field paths as on create, and the kind's reasons arrive with the common ones (one round trip for the form).
    expect(Object.keys(bad.json().error.fields)).toEqual(expect.arrayContaining(["attrs.trl", "attrs.ipStatus"]));
    const both = await req("PATCH", `/api/listings/${id}`, owner, { contact: { email: "nope" }, attrs: { trl: 0, ipStatus: "none", cooperationModes: ["licence"] } });
    expect(Object.keys(both.json().error.fields).sort()).toEqual(["attrs.trl", "contact.email"]);
    // Someone who may not edit it learns nothing about its kind.
    const stranger = await req("PATCH", `/api/listings/${id}`, other, { contact: { email: "nope" }, attrs: { trl: 0 } });
    expect(Object.keys(stranger.json().error.fields)).toEqual(["contact.email"]);
  });

  it("treats a listing past valid_until as expired, and the sweep stores it", async () => {
    const id = await published(sampleListing(f, "service", { title: "过期的检测服务", validUntil: "2020-01-31" }));
    expect((await req("GET", `/api/listings/${id}`)).json().status).toBe("expired");
    const s = await req("GET", `/api/listings/search?q=${encodeURIComponent("过期的检测服务")}`);
    expect(s.json().items.map((i: { id: number }) => i.id)).not.toContain(id);
    const e = await req("GET", `/api/listings/search?status=expired&q=${encodeURIComponent("过期")}`);
    expect(e.json().items.map((i: { id: number }) => i.id)).toContain(id);
    expect(await expireListings(t.database.db)).toBeGreaterThanOrEqual(1);
    const row = await t.database.db.selectFrom("listings").select("status").where("id", "=", id).executeTakeFirstOrThrow();
    expect(row.status).toBe("expired");
    expect((await req("POST", "/api/listings/expire", owner)).statusCode).toBe(403);
    expect((await req("POST", "/api/listings/expire", admin)).json()).toEqual({ expired: 0 });
  });

  it("respects directed release and members-only visibility everywhere", async () => {
    const body = sampleListing(f, "tech_need", {
      title: "定向发布的车规芯片需求",
      visibility: "directed",
      audience: { allianceIds: [f.alliance], organizationIds: [f.org.directed] },
    });
    const c = await req("POST", "/api/listings", owner, body);
    const id = c.json().id;
    await req("POST", `/api/listings/${id}/submit`, owner);
    // The alliance's secretariat moderates what is directed to its alliance.
    const q = await req("GET", "/api/listings/moderation", secretariat);
    expect(q.json().items.map((x: { id: number }) => x.id)).toEqual([id]);
    expect((await req("POST", `/api/listings/${id}/moderate`, secretariat, { decision: "approve" })).json().status).toBe("published");

    const status = async (who?: SignedIn) => (await req("GET", `/api/listings/${id}`, who)).statusCode;
    expect(await status()).toBe(404);
    expect(await status(other)).toBe(404);
    expect(await status(member)).toBe(200);
    expect(await status(directed)).toBe(200);
    expect(await status(owner)).toBe(200);
    const found = async (who?: SignedIn) =>
      (await req("GET", `/api/listings/search?q=${encodeURIComponent("车规芯片")}`, who)).json().items.map((i: { id: number }) => i.id).includes(id);
    expect([await found(), await found(other), await found(member), await found(directed)]).toEqual([false, false, true, true]);
    expect((await req("POST", `/api/listings/${id}/interests`, other, { organizationId: f.org.other, message: "我们有兴趣" })).statusCode).toBe(404);

    const m = await published(sampleListing(f, "finance", { title: "会员可见的股权融资", visibility: "members" }));
    expect((await req("GET", `/api/listings/${m}`)).statusCode).toBe(404);
    expect((await req("GET", `/api/listings/${m}`, other)).statusCode).toBe(200);
  });

  it("lists my organisation's listings with interest counts", async () => {
    const r = await req("GET", "/api/listings/mine", owner);
    expect(r.statusCode).toBe(200);
    expect(r.json().total).toBeGreaterThan(5);
    expect(r.json().items[0].interestCount).toEqual({ open: 0, total: 0 });
    expect((await req("GET", "/api/listings/mine?bogus=1", owner)).json().error.fields).toEqual({ bogus: expect.any(String) });
    expect((await req("GET", `/api/listings/mine?organizationId=${f.org.owner}`, other)).statusCode).toBe(403);
  });
});
