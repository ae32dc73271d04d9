import { afterAll, beforeAll, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/support/app.js";
import { signInAs, type SignedIn } from "../../../test/support/auth.js";
import { describeEachBackend } from "../../../test/support/db.js";
import { marketFixture, sampleListing, type MarketFixture } from "./test-fixtures.js";

describeEachBackend("market interests, challenges, joint procurement", (backend) => {
  let t: TestApp;
  let f: MarketFixture;
  let owner: SignedIn, other: SignedIn, third: SignedIn, admin: SignedIn, outsider: SignedIn;

  beforeAll(async () => {
    t = await createTestApp(backend);
    f = await marketFixture(t.database.db);
    owner = await signInAs(t, { grants: [{ role: "org_admin", organizationId: f.org.owner }], name: "苏州王经理" });
    other = await signInAs(t, { grants: [{ role: "org_member", organizationId: f.org.other }], name: "杭州李工" });
    third = await signInAs(t, { grants: [{ role: "org_member", organizationId: f.org.directed }] });
    admin = await signInAs(t, { grants: [{ role: "platform_admin" }] });
    outsider = await signInAs(t);
  });
  afterAll(() => t.close());

  const req = (method: "GET" | "POST", url: string, who?: SignedIn, payload?: unknown) =>
    t.app.inject({ method, url, headers: who?.headers, ...(payload === undefined ? {} : { payload: payload as object }) });
  async function published(body: Record<string, unknown>): Promise<number> {
    const id = (await req("POST", "/api/listings", owner, body)).json().id;
    await req("POST", `/api/listings/${id}/submit`, owner);
    expect((await req("POST", `/api/listings/${id}/moderate`, admin, { decision: "approve" })).statusCode).toBe(200);
    return id;
  }

  it("opens an interest, lets both sides talk, counts it for the owner, and closes it", async () => {
    const id = await published(sampleListing(f, "tech_offer", { title: "高精度MEMS传感器技术" }));
    expect((await req("POST", `/api/listings/${id}/interests`, undefined, { organizationId: f.org.other, message: "x" })).statusCode).toBe(401);
    expect((await req("POST", `/api/listings/${id}/interests`, owner, { organizationId: f.org.owner, message: "自己" })).statusCode).toBe(409);
    expect((await req("POST", `/api/listings/${id}/interests`, other, { organizationId: f.org.owner, message: "冒名" })).statusCode).toBe(403);
    const r = await req("POST", `/api/listings/${id}/interests`, other, { organizationId: f.org.other, message: "我们希望获得<b>许可</b>,请联系" });
    expect(r.statusCode, r.body).toBe(201);
    const interest = r.json();
    expect(interest).toMatchObject({ status: "open", from: { id: f.org.other }, owner: { id: f.org.owner }, messages: [{ body: "我们希望获得<b>许可</b>,请联系" }] });
    expect((await req("POST", `/api/listings/${id}/interests`, other, { organizationId: f.org.other, message: "再来" })).json().error.code).toBe("DUPLICATE");

    const mine = (await req("GET", "/api/listings/mine", owner)).json().items.find((x: { id: number }) => x.id === id);
    expect(mine.interestCount).toEqual({ open: 1, total: 1 });
    expect((await req("GET", `/api/listings/${id}`, owner)).json().interestCount).toEqual({ open: 1, total: 1 });
    expect((await req("GET", `/api/listings/${id}`, other)).json().interestCount).toBeUndefined();

    const received = (await req("GET", "/api/interests?box=received", owner)).json();
    expect(received.map((x: { id: number }) => x.id)).toEqual([interest.id]);
    // The enquirer wrote last: the owner owes a reply, the enquirer waits.
    expect(received[0]).toMatchObject({ direction: "received", messageCount: 1, awaitingReply: true, listing: { id, title: "高精度MEMS传感器技术" }, from: { id: f.org.other } });
    expect((await req("GET", "/api/interests?box=sent", other)).json()).toMatchObject([{ id: interest.id, direction: "sent", awaitingReply: false }]);
    expect((await req("GET", "/api/interests?box=sent", owner)).json()).toEqual([]);
    expect((await req("GET", `/api/interests/${interest.id}`, third)).statusCode).toBe(403);

    const reply = await req("POST", `/api/interests/${interest.id}/messages`, owner, { body: "欢迎,下周可来苏州面谈" });
    expect(reply.statusCode).toBe(201);
    expect(reply.json().messages.map((m: { organization: { id: number }; author: string }) => [m.organization.id, m.author])).toEqual([
      [f.org.other, "杭州李工"],
      [f.org.owner, "苏州王经理"],
    ]);
    expect((await req("GET", "/api/interests", owner)).json()[0]).toMatchObject({ awaitingReply: false, messageCount: 2 });
    expect((await req("GET", "/api/interests", other)).json()[0]).toMatchObject({ awaitingReply: true, messageCount: 2 });
    expect((await req("POST", `/api/interests/${interest.id}/messages`, third, { body: "插话" })).statusCode).toBe(403);
    expect((await req("POST", `/api/interests/${interest.id}/messages`, other, { body: "  " })).statusCode).toBe(400);
    expect((await req("POST", `/api/interests/${interest.id}/close`, other)).json().status).toBe("closed");
    // Closed, nobody owes a reply.
    expect((await req("GET", "/api/interests", other)).json()[0]).toMatchObject({ status: "closed", awaitingReply: false });
    expect((await req("POST", `/api/interests/${interest.id}/messages`, owner, { body: "还在吗" })).json().error.code).toBe("INVALID_TRANSITION");
    expect((await req("GET", `/api/listings/${id}`, owner)).json().interestCount).toEqual({ open: 0, total: 1 });
    // Closed, a new conversation may start.
    expect((await req("POST", `/api/listings/${id}/interests`, other, { organizationId: f.org.other, message: "重新联系" })).statusCode).toBe(201);
  });

  it("takes challenge applications; the owner shortlists and awards one", async () => {
    const id = await published(sampleListing(f, "challenge", { title: "车规级MCU芯片攻关" }));
    expect((await req("POST", `/api/listings/${id}/applications`, outsider, { organizationId: f.org.other, proposal: "我们的揭榜方案如下……" })).statusCode).toBe(403);
    const a1 = await req("POST", `/api/listings/${id}/applications`, other, { organizationId: f.org.other, proposal: "基于RISC-V的车规MCU方案,两年量产" });
    expect(a1.statusCode, a1.body).toBe(201);
    const a2 = await req("POST", `/api/listings/${id}/applications`, third, { organizationId: f.org.directed, proposal: "与高校联合攻关,提供流片验证" });
    expect((await req("POST", `/api/listings/${id}/applications`, other, { organizationId: f.org.other, proposal: "重复申请的方案内容,再提交一次" })).json().error.code).toBe("DUPLICATE");
    expect((await req("GET", `/api/listings/${id}/applications`, owner)).json()).toHaveLength(2);
    expect((await req("GET", `/api/listings/${id}/applications`, other)).json()).toHaveLength(1);
    const dec = (appId: number, status: string, who = owner) => req("POST", `/api/listings/${id}/applications/${appId}/decision`, who, { status });
    expect((await dec(a1.json().id, "awarded", other)).statusCode).toBe(403);
    expect((await dec(a1.json().id, "shortlisted")).json().status).toBe("shortlisted");
    expect((await dec(a1.json().id, "awarded")).json().status).toBe("awarded");
    expect((await dec(a2.json().id, "awarded")).json().error.code).toBe("CONFLICT");
    expect((await dec(a1.json().id, "applied")).statusCode).toBe(400);
    expect((await dec(a1.json().id, "rejected")).json().error.code).toBe("INVALID_TRANSITION");
    const past = await published(sampleListing(f, "challenge", { title: "已截止的榜单", attrs: { rewardYuan: 100000, deadline: "2020-01-01", requirements: ["x"] } }));
    expect((await req("POST", `/api/listings/${past}/applications`, other, { organizationId: f.org.other, proposal: "太晚了的方案内容,截止后提交" })).json().error.code).toBe("CONFLICT");
  });

  it("adds up joint procurement demand per item for the owner", async () => {
    const id = await published(sampleListing(f, "procurement", { title: "长三角九城企业联合采购工业机器人" }));
    const j1 = await req("POST", `/api/listings/${id}/participants`, other, { organizationId: f.org.other, quantities: [5, 0], note: "杭州工厂" });
    expect(j1.statusCode, j1.body).toBe(200);
    await req("POST", `/api/listings/${id}/participants`, third, { organizationId: f.org.directed, quantities: [2, 8] });
    // Joining again replaces the organisation's own quantities.
    await req("POST", `/api/listings/${id}/participants`, other, { organizationId: f.org.other, quantities: [6, 1] });
    const s = (await req("GET", `/api/listings/${id}/procurement`, owner)).json();
    expect(s.items).toEqual([
      { name: "工业机器人", unit: "台", ownerQuantity: 10, joinedQuantity: 8, totalQuantity: 18 },
      { name: "AGV小车", unit: "台", ownerQuantity: 20, joinedQuantity: 9, totalQuantity: 29 },
    ]);
    expect(s.participants).toHaveLength(2);
    expect((await req("GET", `/api/listings/${id}/procurement`, other)).json().participants).toHaveLength(1);
    expect((await req("GET", `/api/listings/${id}/procurement`, outsider)).statusCode).toBe(403);
    expect((await req("POST", `/api/listings/${id}/participants`, other, { organizationId: f.org.other, quantities: [1] })).json().error.fields).toHaveProperty("quantities");
    expect((await req("POST", `/api/listings/${id}/participants`, other, { organizationId: f.org.other, quantities: [-1, 2] })).statusCode).toBe(400);
    expect((await req("POST", `/api/listings/${id}/participants`, owner, { organizationId: f.org.owner, quantities: [1, 1] })).statusCode).toBe(409);
  });
});
