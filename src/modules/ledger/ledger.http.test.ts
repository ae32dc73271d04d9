import ExcelJS from "exceljs";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/support/app.js";
import { signInAs } from "../../../test/support/auth.js";
import { describeEachBackend } from "../../../test/support/db.js";
import { ledgerFixture, type LedgerFixture } from "./test-fixtures.js";

describeEachBackend("ledger HTTP", (backend) => {
  let t: TestApp;
  let f: LedgerFixture;
  beforeAll(async () => {
    t = await createTestApp(backend);
    f = await ledgerFixture(t.database.db);
  });
  afterAll(async () => t?.close());

  const memo = () => ({
    title: "《沿沪宁产业创新带加强协同创新备忘录》", kind: "memorandum", signedOn: "2024-09-23", allianceId: f.alliance,
    parties: [{ regionId: f.region["321100"], name: "镇江市政府" }, { regionId: f.region["310107"], name: "上海市普陀区政府" }],
  });
  const ceremony = (over: Record<string, unknown> = {}) => ({
    title: "HTTP 签约会", heldOn: "2024-09-22", allianceId: f.alliance, hostRegionId: f.region["321100"],
    projects: [
      { name: "甲项目", amount: "12亿", landingRegionId: f.region["321181"], parties: [{ organizationId: f.org.danyang }] },
      { name: "乙项目", amount: "30亿元", landingRegionId: f.region["321100"], parties: [{ organizationId: f.org.putuo }] },
    ],
    ...over,
  });

  it("lets the public read dashboards and lists, not write", async () => {
    const d = await t.app.inject({ method: "GET", url: `/api/ledger/dashboard?alliance=${f.alliance}&from=2024-01-01&to=2024-12-31` });
    expect(d.statusCode).toBe(200);
    expect(d.json()).toMatchObject({ projects: 0, sentence: "暂无签约项目" });
    expect((await t.app.inject({ method: "GET", url: "/api/ledger/projects" })).statusCode).toBe(200);
    const w = await t.app.inject({ method: "POST", url: "/api/ledger/agreements", payload: memo() });
    expect([w.statusCode, w.json().error.code]).toEqual([401, "UNAUTHENTICATED"]);
  });

  it("refuses writers outside the alliance and the parties", async () => {
    const member = await signInAs(t, { grants: [{ role: "org_member", organizationId: f.org.danyang }] });
    const r = await t.app.inject({ method: "POST", url: "/api/ledger/ceremonies", headers: member.headers, payload: ceremony() });
    expect([r.statusCode, r.json().error.code]).toEqual([403, "FORBIDDEN"]);
    const orgAdmin = await signInAs(t, { grants: [{ role: "org_admin", organizationId: f.org.danyang }] });
    // 乙项目's party is another organisation: an org admin cannot record the whole ceremony
    expect((await t.app.inject({ method: "POST", url: "/api/ledger/ceremonies", headers: orgAdmin.headers, payload: ceremony() })).statusCode).toBe(403);
    const own = await t.app.inject({ method: "POST", url: "/api/ledger/projects", headers: orgAdmin.headers,
      payload: { name: "本机构项目", signedOn: "2024-05-01", parties: [{ organizationId: f.org.danyang }] } });
    expect(own.statusCode).toBe(201);
  });

  it("records as the alliance secretariat; the dashboard then shows the numbers and the sentence", async () => {
    const sec = await signInAs(t, { grants: [{ role: "alliance_secretariat", allianceId: f.alliance }] });
    expect((await t.app.inject({ method: "POST", url: "/api/ledger/agreements", headers: sec.headers, payload: memo() })).statusCode).toBe(201);
    const c = await t.app.inject({ method: "POST", url: "/api/ledger/ceremonies", headers: sec.headers, payload: ceremony() });
    expect(c.statusCode).toBe(201);
    const detail = (await t.app.inject({ method: "GET", url: `/api/ledger/ceremonies/${c.json().id}` })).json();
    expect(detail.summary).toBe("签约项目2个,总投资42亿元,其中10亿-30亿元项目1个,30亿元以上项目1个");
    const d = (await t.app.inject({ method: "GET", url: `/api/ledger/dashboard?alliance=${f.alliance}&from=2024-01-01&to=2024-12-31` })).json();
    expect([d.projects, d.agreements, d.totalYuan]).toEqual([3, 1, 4_200_000_000]);
  });

  it("lists a ceremony's projects newest first or largest first (reports)", async () => {
    const sec = await signInAs(t, { grants: [{ role: "alliance_secretariat", allianceId: f.alliance }] });
    const c = (await t.app.inject({ method: "POST", url: "/api/ledger/ceremonies", headers: sec.headers, payload: ceremony({ title: "排序签约会" }) })).json().id;
    const amounts = async (sort: string) =>
      (await t.app.inject({ method: "GET", url: `/api/ledger/projects?ceremony=${c}&sort=${sort}` })).json().items.map((p: { amountYuan: number }) => p.amountYuan);
    expect(await amounts("amount")).toEqual([3_000_000_000, 1_200_000_000]);
    expect((await t.app.inject({ method: "GET", url: "/api/ledger/projects?sort=size" })).statusCode).toBe(400);
  });

  it("lists an organisation's projects and agreements: those where it is a party", async () => {
    const get = async (url: string) => (await t.app.inject({ method: "GET", url })).json();
    const names = async (org: number) => (await get(`/api/ledger/projects?organization=${org}&limit=100`)).items.map((p: { name: string }) => p.name).sort();
    expect(await names(f.org.danyang)).toEqual(["本机构项目", "甲项目", "甲项目"]);
    expect(await names(f.org.putuo)).toEqual(["乙项目", "乙项目"]);
    expect((await get(`/api/ledger/agreements?organization=${f.org.danyang}`)).total).toBe(0);
    const sec = await signInAs(t, { grants: [{ role: "alliance_secretariat", allianceId: f.alliance }] });
    const withOrg = { ...memo(), title: "《丹阳—普陀产业合作协议》", parties: [{ organizationId: f.org.danyang }, { regionId: f.region["310107"], name: "上海市普陀区政府" }] };
    const a = await t.app.inject({ method: "POST", url: "/api/ledger/agreements", headers: sec.headers, payload: withOrg });
    expect(a.statusCode, a.body).toBe(201);
    const mine = await get(`/api/ledger/agreements?organization=${f.org.danyang}`);
    expect([mine.total, mine.items.map((x: { title: string }) => x.title)]).toEqual([1, ["丹阳—普陀产业合作协议"]]);
    // The exports take the same filter: the rows are the organisation's.
    const csvRows = async (what: string, org: number) => (await t.app.inject({ method: "GET", url: `/api/ledger/${what}.csv?organization=${org}` })).body.replace(/^\uFEFF/, "").trim().split(/\r?\n/).slice(1);
    expect((await csvRows("projects", f.org.danyang)).map((l) => l.split(",")[1]).sort()).toEqual(["本机构项目", "甲项目", "甲项目"]);
    expect((await csvRows("agreements", f.org.danyang)).map((l) => l.split(",")[1])).toEqual(["《丹阳—普陀产业合作协议》"]);
    for (const list of ["projects", "agreements", "projects.csv", "ledger.xlsx"]) {
      const r = await t.app.inject({ method: "GET", url: `/api/ledger/${list}?organization=999999` });
      expect([r.statusCode, r.json().error.code, r.json().error.fields]).toEqual([400, "UNKNOWN_REFERENCE", { organization: "机构不存在 (unknown organisation)" }]);
    }
  });

  it("names the field of bad input and stores nothing", async () => {
    const sec = await signInAs(t, { grants: [{ role: "alliance_secretariat", allianceId: f.alliance }] });
    const before = (await t.app.inject({ method: "GET", url: "/api/ledger/projects?limit=1" })).json().total;
    const bad = ceremony({ projects: [{ name: "坏", amount: "三百多亿", parties: [{ regionId: f.region["320500"] }] }] });
    const r = await t.app.inject({ method: "POST", url: "/api/ledger/ceremonies", headers: sec.headers, payload: bad });
    expect(r.statusCode).toBe(400);
    expect(r.json().error.fields).toHaveProperty(["projects[0].amount"]);
    const extra = await t.app.inject({ method: "POST", url: "/api/ledger/agreements", headers: sec.headers, payload: { ...memo(), colour: "red" } });
    expect(extra.statusCode).toBe(400);
    const q = await t.app.inject({ method: "GET", url: "/api/ledger/dashboard?year=2024" });
    expect([q.statusCode, q.json().error.fields]).toEqual([400, { year: expect.any(String) }]);
    expect((await t.app.inject({ method: "GET", url: "/api/ledger/projects?limit=1" })).json().total).toBe(before);
  });

  it("corrects a project over HTTP: its own fields only, by its alliance's secretariat", async () => {
    const sec = await signInAs(t, { grants: [{ role: "alliance_secretariat", allianceId: f.alliance }] });
    const id = (await t.app.inject({ method: "POST", url: "/api/ledger/projects", headers: sec.headers,
      payload: { name: "更正项目", allianceId: f.alliance, amount: "2亿", signedOn: "2024-02-01", parties: [{ regionId: f.region["320500"] }] } })).json().id;
    const patch = (payload: Record<string, unknown>, headers: Record<string, string> = sec.headers) => t.app.inject({ method: "PATCH", url: `/api/ledger/projects/${id}`, headers, payload });
    const ok = await patch({ amount: "2.5亿", notes: "金额按签约文本更正" });
    expect([ok.statusCode, ok.json().amountYuan, ok.json().notes]).toEqual([200, 250_000_000, "金额按签约文本更正"]);
    // The status moves only by a status change, which keeps the history.
    const status = await patch({ status: "producing" });
    expect([status.statusCode, status.json().error.code, Object.keys(status.json().error.fields)]).toEqual([400, "VALIDATION_FAILED", ["status"]]);
    expect((await patch({ amount: "两亿多" })).json().error.fields).toHaveProperty("amount");
    const stranger = await signInAs(t, { grants: [{ role: "org_admin", organizationId: f.org.putuo }] });
    expect((await patch({ name: "他人项目" }, stranger.headers)).statusCode).toBe(403);
    expect((await patch({ name: "匿名" }, {})).statusCode).toBe(401);
    expect((await t.app.inject({ method: "GET", url: `/api/ledger/projects/${id}` })).json()).toMatchObject({ name: "更正项目", amountYuan: 250_000_000 });

    const memoId = (await t.app.inject({ method: "POST", url: "/api/ledger/agreements", headers: sec.headers, payload: memo() })).json().id;
    const fix = (payload: Record<string, unknown>, headers: Record<string, string> = sec.headers) => t.app.inject({ method: "PATCH", url: `/api/ledger/agreements/${memoId}`, headers, payload });
    expect((await fix({ place: "镇江" })).json()).toMatchObject({ place: "镇江", title: "沿沪宁产业创新带加强协同创新备忘录" });
    expect((await fix({ allianceId: 1 })).json().error.fields).toEqual({ allianceId: expect.stringContaining("unknown field") });
    expect((await fix({ place: "他处" }, stranger.headers)).statusCode).toBe(403);

    const cId = (await t.app.inject({ method: "POST", url: "/api/ledger/ceremonies", headers: sec.headers, payload: ceremony({ title: "更正签约会" }) })).json().id;
    const fixC = (payload: Record<string, unknown>, headers: Record<string, string> = sec.headers) => t.app.inject({ method: "PATCH", url: `/api/ledger/ceremonies/${cId}`, headers, payload });
    expect((await fixC({ title: "更正后的签约会", place: "镇江" })).json()).toMatchObject({ title: "更正后的签约会", place: "镇江" });
    expect((await fixC({ projects: [] })).json().error.fields).toEqual({ projects: expect.stringContaining("unknown field") });
    expect((await fixC({ endOn: "1999-01-01" })).json().error.fields).toHaveProperty("endOn");
    expect((await fixC({ place: "他处" }, stranger.headers)).statusCode).toBe(403);
    expect((await fixC({ place: "他处" }, {})).statusCode).toBe(401);
    expect((await t.app.inject({ method: "GET", url: `/api/ledger/ceremonies/${cId}` })).json()).toMatchObject({ title: "更正后的签约会", place: "镇江" });
  });

  it("moves a project along and keeps the history; refuses a skip without its date (409)", async () => {
    const sec = await signInAs(t, { grants: [{ role: "alliance_secretariat", allianceId: f.alliance }] });
    const id = (await t.app.inject({ method: "POST", url: "/api/ledger/projects", headers: sec.headers,
      payload: { name: "状态项目", allianceId: f.alliance, signedOn: "2024-01-15", parties: [{ regionId: f.region["320500"] }] } })).json().id;
    const skip = await t.app.inject({ method: "POST", url: `/api/ledger/projects/${id}/status`, headers: sec.headers, payload: { to: "producing", on: "2024-10-01" } });
    expect([skip.statusCode, skip.json().error.code, Object.keys(skip.json().error.fields)]).toEqual([409, "INVALID_TRANSITION", ["startedOn"]]);
    const ok = await t.app.inject({ method: "POST", url: `/api/ledger/projects/${id}/status`, headers: sec.headers, payload: { to: "started", on: "2024-03-01" } });
    expect(ok.json().history.map((h: { to: string }) => h.to)).toEqual(["signed", "started"]);
    const ms = await t.app.inject({ method: "POST", url: `/api/ledger/projects/${id}/milestones`, headers: sec.headers, payload: { on: "2024-01-01", title: "早于签约" } });
    expect([ms.statusCode, Object.keys(ms.json().error.fields)]).toEqual([400, ["on"]]);
  });

  it("exports xlsx and csv with the dashboard filters", async () => {
    const x = await t.app.inject({ method: "GET", url: `/api/ledger/projects.xlsx?alliance=${f.alliance}` });
    expect(x.statusCode).toBe(200);
    expect(x.headers["content-disposition"]).toContain("projects.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.rawPayload as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("项目")!;
    expect(ws.getRow(1).getCell(5).value).toBe("投资额(万元)");
    const amounts = (ws.getSheetValues().slice(2) as unknown[][]).map((r) => r[5]);
    expect(amounts).toEqual(expect.arrayContaining([120_000, 300_000]));
    const c = await t.app.inject({ method: "GET", url: `/api/ledger/agreements.csv?alliance=${f.alliance}` });
    expect(c.headers["content-type"]).toContain("text/csv");
    expect(c.body.startsWith("\uFEFF编号,协议名称")).toBe(true);
  });

  it("stores an agreement's document for signed-in readers", async () => {
    const sec = await signInAs(t, { grants: [{ role: "alliance_secretariat", allianceId: f.alliance }] });
    const id = (await t.app.inject({ method: "POST", url: "/api/ledger/agreements", headers: sec.headers, payload: memo() })).json().id;
    const boundary = "----ledgertest";
    const body = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="memo.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4 test\r\n--${boundary}--\r\n`;
    const up = await t.app.inject({ method: "POST", url: `/api/ledger/agreements/${id}/document`, headers: { ...sec.headers, "content-type": `multipart/form-data; boundary=${boundary}` }, payload: body });
    expect([up.statusCode, up.json().documentName]).toEqual([200, "memo.pdf"]);
    expect((await t.app.inject({ method: "GET", url: `/api/ledger/agreements/${id}/document` })).statusCode).toBe(401);
    const down = await t.app.inject({ method: "GET", url: `/api/ledger/agreements/${id}/document`, headers: sec.headers });
    expect([down.statusCode, down.body]).toEqual([200, "%PDF-1.4 test"]);
  });
});
