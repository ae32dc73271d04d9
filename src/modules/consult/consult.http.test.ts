import { afterAll, beforeAll, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/support/app.js";
import { signInAs } from "../../../test/support/auth.js";
import { describeEachBackend } from "../../../test/support/db.js";
import { consultFixture, type ConsultFixture } from "./test-fixtures.js";

describeEachBackend("consult http", (backend) => {
  let t: TestApp;
  let f: ConsultFixture;
  beforeAll(async () => {
    t = await createTestApp(backend);
    f = await consultFixture(t.database.db);
  });
  afterAll(() => t.close());

  const meeting = () => ({ allianceId: f.alliance, title: "2024年轮值会议", kind: "轮值会议", heldOn: "2024-04-18", hostRegionId: f.region["320585"] });

  it("lets the public read but not write; the alliance secretariat writes", async () => {
    const anon = await t.app.inject({ method: "POST", url: "/api/consult/meetings", payload: meeting() });
    expect(anon.statusCode).toBe(401);
    const otherAlliance = (await t.database.db.insertInto("alliances").values({ name: `另一联盟${f.alliance}`, short_name: "另一", kind: "alliance" }).returning("id").executeTakeFirstOrThrow()).id;
    const other = await signInAs(t, { grants: [{ role: "alliance_secretariat", allianceId: otherAlliance }] });
    expect((await t.app.inject({ method: "POST", url: "/api/consult/meetings", payload: meeting(), headers: other.headers })).statusCode).toBe(403);
    const sec = await signInAs(t, { grants: [{ role: "alliance_secretariat", allianceId: f.alliance }] });
    const r = await t.app.inject({ method: "POST", url: "/api/consult/meetings", payload: meeting(), headers: sec.headers });
    expect(r.statusCode).toBe(201);
    const list = await t.app.inject({ method: "GET", url: `/api/consult/meetings?alliance=${f.alliance}` });
    expect(list.json()).toEqual([expect.objectContaining({ id: r.json().id, hostRegionName: "太仓市", heldOn: "2024-04-18" })]);
  });

  it("answers bad input with field-named errors", async () => {
    const sec = await signInAs(t, { grants: [{ role: "alliance_secretariat", allianceId: f.alliance }] });
    const bad = await t.app.inject({ method: "POST", url: "/api/consult/visits", headers: sec.headers,
      payload: { allianceId: f.alliance, title: "x", startOn: "2024-03-07", endOn: "2024-03-06", fromRegionIds: [f.region["320585"]], toRegionIds: [f.region["310114"]] } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatchObject({ code: "VALIDATION_FAILED", fields: { endOn: expect.any(String) } });
    const unknown = await t.app.inject({ method: "POST", url: "/api/consult/action-items", headers: sec.headers,
      payload: { allianceId: f.alliance, title: "x", owners: [{ regionId: 999999 }] } });
    expect(unknown.json().error).toMatchObject({ code: "UNKNOWN_REGION", fields: { "owners[0].regionId": expect.any(String) } });
  });

  it("serves the summary with overdue count and next host", async () => {
    const admin = await signInAs(t, { grants: [{ role: "platform_admin" }] });
    await t.app.inject({ method: "PUT", url: `/api/alliances/${f.alliance}/rotation`, headers: admin.headers, payload: { baseYear: 2022 } });
    const p = await t.app.inject({ method: "POST", url: "/api/consult/programmes", headers: admin.headers, payload: { allianceId: f.alliance, name: "五大行动" } });
    await t.app.inject({ method: "POST", url: "/api/consult/action-items", headers: admin.headers, payload: { programmeId: p.json().id, title: "过期事项", deadline: "2020-01-01", owners: [{ regionId: f.region["320583"] }] } });
    const s = await t.app.inject({ method: "GET", url: `/api/consult/summary?alliance=${f.alliance}` });
    expect(s.statusCode).toBe(200);
    expect(s.json()).toMatchObject({ actionItems: 1, overdue: 1, programmes: [{ name: "五大行动", done: 0, total: 1, completionRate: 0 }], nextHost: { host: { name: expect.any(String) } } });
    const od = await t.app.inject({ method: "GET", url: `/api/consult/overdue?alliance=${f.alliance}` });
    expect(od.json()).toEqual([expect.objectContaining({ owner: expect.objectContaining({ name: "昆山市" }) })]);
  });

  it("serves meeting, item, programme and visit details in their documented shapes", async () => {
    const admin = await signInAs(t, { grants: [{ role: "platform_admin" }] });
    const post = async (url: string, payload: object) => {
      const r = await t.app.inject({ method: "POST", url, headers: admin.headers, payload });
      expect(r.statusCode, r.body).toBeLessThan(300);
      return r.json();
    };
    const m = await post("/api/consult/meetings", { ...meeting(), title: "2023年轮值会议", heldOn: "2023-05-01", decisions: ["共建联合实验室"], attendees: [{ organizationId: f.org.jiading, personTitle: "主任" }] });
    const detail = (await t.app.inject({ method: "GET", url: `/api/consult/meetings/${m.id}` })).json();
    const fromDecision = await post(`/api/consult/meetings/${m.id}/decisions/${detail.decisions[0].id}/action-items`, { title: "共建联合实验室", deadline: "2024-06-30", owners: [{ regionId: f.region["310114"] }] });
    const after = (await t.app.inject({ method: "GET", url: `/api/consult/meetings/${m.id}` })).json();
    expect(after).toMatchObject({ kind: "轮值会议", attendees: [{ organizationId: f.org.jiading, personTitle: "主任" }], decisions: [{ text: "共建联合实验室", actionItemIds: [fromDecision.id] }], actionItems: [{ id: fromDecision.id, overdue: true }] });

    const p = await post("/api/consult/programmes", { allianceId: f.alliance, name: "三大行动", period: "2025" });
    const item = await post("/api/consult/action-items", { programmeId: p.id, strand: "产业链供应链共融", title: "供应链对接", deadline: "2099-01-01", owners: [{ regionId: f.region["320585"] }] });
    await post(`/api/consult/action-items/${item.id}/notes`, { notedOn: "2025-01-02", text: "召开对接会" });
    const done = await post(`/api/consult/action-items/${item.id}/status`, { status: "done" });
    expect(done).toMatchObject({ status: "done", latestNote: { notedOn: "2025-01-02", text: "召开对接会" }, noteCount: 1, notes: [{ text: "召开对接会" }] });
    const prog = (await t.app.inject({ method: "GET", url: `/api/consult/programmes/${p.id}` })).json();
    expect(prog).toMatchObject({ done: 1, total: 1, completionRate: 1, strands: [{ name: "产业链供应链共融", done: 1, total: 1 }] });

    const v = await post("/api/consult/visits", { allianceId: f.alliance, title: "嘉定代表团赴太仓考察", startOn: "2025-03-01", fromRegionIds: [f.region["310114"]], toRegionIds: [f.region["320585"]], leaders: [{ name: "某某", title: "区长" }], sites: ["太仓港"] });
    await post(`/api/consult/visits/${v.id}/follow-ups`, { title: "港口物流合作", programmeId: p.id, strand: "基础设施共建", owners: [{ regionId: f.region["320585"] }] });
    const visit = (await t.app.inject({ method: "GET", url: `/api/consult/visits/${v.id}` })).json();
    expect(visit).toMatchObject({ from: [{ name: "嘉定区" }], to: [{ name: "太仓市" }], leaders: [{ name: "某某" }], followUps: [{ title: "港口物流合作", strand: "基础设施共建", visitId: v.id }] });
    const list = (await t.app.inject({ method: "GET", url: `/api/consult/visits?alliance=${f.alliance}` })).json();
    expect(list.find((x: { id: number }) => x.id === v.id)).toMatchObject({ followUpCount: 1 });
    const gone = await t.app.inject({ method: "DELETE", url: `/api/consult/visits/${v.id}`, headers: admin.headers });
    expect(gone.statusCode).toBe(204);
    const kept = (await t.app.inject({ method: "GET", url: `/api/consult/action-items?programme=${p.id}&strand=${encodeURIComponent("基础设施共建")}` })).json();
    expect(kept).toEqual([expect.objectContaining({ title: "港口物流合作", visitId: null })]);
  });
});
