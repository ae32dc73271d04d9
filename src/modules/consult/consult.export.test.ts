import { afterAll, beforeAll, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/support/app.js";
import { signInAs, type SignedIn } from "../../../test/support/auth.js";
import { describeEachBackend } from "../../../test/support/db.js";
import { parseCsv, readXlsx } from "../../platform/tabular.js";
import { ITEM_HEADER, MEETING_HEADER } from "./export.js";
import { consultFixture, type ConsultFixture } from "./test-fixtures.js";

describeEachBackend("consult exports and documented responses", (backend) => {
  let t: TestApp;
  let f: ConsultFixture;
  let admin: SignedIn;
  beforeAll(async () => {
    t = await createTestApp(backend);
    f = await consultFixture(t.database.db);
    admin = await signInAs(t, { grants: [{ role: "platform_admin" }] });
    const post = (url: string, payload: object) => t.app.inject({ method: "POST", url, headers: admin.headers, payload }).then((r) => r.json());
    await post("/api/consult/meetings", {
      allianceId: f.alliance, title: "2025年轮值会议", kind: "轮值会议", heldOn: "2025-04-10", hostRegionId: f.region["310114"],
      agenda: "1. 通报进展", attendees: [{ regionId: f.region["320585"], personTitle: "市长", personName: "某某" }], decisions: ["共建孵化器", "互认创新券"],
    });
    const p = await post("/api/consult/programmes", { allianceId: f.alliance, name: "五大行动", period: "2024—2026" });
    const item = await post("/api/consult/action-items", {
      programmeId: p.id, strand: "科技创新共同体共筑", title: "共建孵化器, \"联合\"运营", deadline: "2020-06-30", owners: [{ regionId: f.region["320585"] }, { organizationId: f.org.jiading }],
    });
    await post(`/api/consult/action-items/${item.id}/notes`, { notedOn: "2020-05-01", text: "完成选址" });
    await post("/api/consult/action-items", { programmeId: p.id, strand: "基础设施共建", title: "道路对接", deadline: "2099-12-31", owners: [{ regionId: f.region["320583"] }] });
  });
  afterAll(() => t.close());

  it("exports action items to .xlsx with Chinese headers, and reads back", async () => {
    const r = await t.app.inject({ method: "GET", url: `/api/consult/action-items.xlsx?alliance=${f.alliance}` });
    expect(r.statusCode).toBe(200);
    expect(r.headers["content-type"]).toContain("spreadsheetml");
    expect(r.headers["content-disposition"]).toContain(encodeURIComponent("合作事项.xlsx"));
    const [sheet] = await readXlsx(r.rawPayload);
    expect(sheet.name).toBe("合作事项");
    expect(sheet.rows[0]).toEqual(ITEM_HEADER);
    const row = sheet.rows.find((x) => x[4] === "共建孵化器, \"联合\"运营")!;
    const col = (h: string) => row[ITEM_HEADER.indexOf(h)];
    expect([col("行动计划"), col("所属行动"), col("截止日期"), col("状态"), col("是否逾期"), col("最新进展"), col("进展条数")])
      .toEqual(["五大行动", "科技创新共同体共筑", "2020-06-30", "未开始", "逾期", "完成选址", "1"]);
    expect(col("责任方")).toMatch(/^太仓市;嘉定区科学技术委员会/);
    expect(sheet.rows).toHaveLength(3);
  });

  it("exports overdue items only as CSV (BOM, quoted fields), and meetings with attendees and decisions", async () => {
    const csv = await t.app.inject({ method: "GET", url: `/api/consult/action-items.csv?alliance=${f.alliance}&overdue=true` });
    expect(csv.headers["content-type"]).toContain("text/csv");
    expect(csv.body.startsWith("\uFEFF")).toBe(true);
    const rows = parseCsv(csv.body);
    expect(rows[0]).toEqual(ITEM_HEADER);
    expect(rows.slice(1).map((r) => r[4])).toEqual(["共建孵化器, \"联合\"运营"]);

    const m = await t.app.inject({ method: "GET", url: `/api/consult/meetings.xlsx?alliance=${f.alliance}&from=2025-01-01` });
    const [sheet] = await readXlsx(m.rawPayload);
    expect(sheet.rows[0]).toEqual(MEETING_HEADER);
    expect(sheet.rows[1]).toEqual(expect.arrayContaining(["2025年轮值会议", "轮值会议", "2025-04-10", "嘉定区", "太仓市 市长 某某", "共建孵化器;互认创新券"]));
    const none = await t.app.inject({ method: "GET", url: `/api/consult/meetings.csv?alliance=${f.alliance}&to=2024-12-31` });
    expect(parseCsv(none.body)).toEqual([MEETING_HEADER]);
  });

  it("refuses bad export filters naming the field", async () => {
    const r = await t.app.inject({ method: "GET", url: "/api/consult/meetings.csv?from=2025-13-01" });
    expect(r.statusCode).toBe(400);
    expect(JSON.stringify(r.json().error)).toContain("from");
    const s = await t.app.inject({ method: "GET", url: "/api/consult/action-items.xlsx?status=finished" });
    expect(s.statusCode).toBe(400);
  });

  it("documents consult responses in OpenAPI (no untyped bodies)", async () => {
    const doc = t.app.swagger() as unknown as { paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: Record<string, unknown> }> }> }>> };
    const consultPaths = Object.entries(doc.paths).filter(([p]) => p.startsWith("/api/consult") || p.endsWith("/rotation"));
    expect(consultPaths.length).toBeGreaterThan(15);
    for (const [path, ops] of consultPaths) {
      for (const [method, op] of Object.entries(ops)) {
        const ok = op.responses["200"] ?? op.responses["201"];
        if (!ok || path.match(/\.(xlsx|csv)$/)) continue;
        const schema = ok.content?.["application/json"]?.schema;
        expect(schema && Object.keys(schema).length, `${method} ${path}`).toBeGreaterThan(0);
      }
    }
    const item = doc.paths["/api/consult/action-items/{id}"].get.responses["200"].content!["application/json"].schema as { properties: Record<string, unknown> };
    expect(Object.keys(item.properties)).toEqual(expect.arrayContaining(["title", "deadline", "status", "overdue", "owners", "notes", "strand"]));
  });

  it("answers the rotation of a seeded alliance without setup, and says when an alliance has none", async () => {
    const jkt = await t.database.db.selectFrom("alliances").select("id").where("short_name", "=", "嘉昆太").executeTakeFirstOrThrow();
    const r = await t.app.inject({ method: "GET", url: `/api/alliances/${jkt.id}/rotation?from=2024&to=2026` });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ configured: true, baseYear: 2022, years: [{ year: 2024, host: { name: "太仓市" } }, { year: 2025, host: { name: "嘉定区" } }, { year: 2026, host: { name: "昆山市" } }] });
    const g60 = await t.database.db.selectFrom("alliances").select("id").where("short_name", "=", "G60").executeTakeFirstOrThrow();
    expect((await t.app.inject({ method: "GET", url: `/api/alliances/${g60.id}/rotation` })).json()).toMatchObject({ configured: false, next: null, years: [] });
    expect((await t.app.inject({ method: "GET", url: "/api/alliances/999999/rotation" })).statusCode).toBe(404);
  });
});
