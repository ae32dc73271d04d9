import { afterAll, beforeAll, expect, it } from "vitest";
import { createTestDb, describeEachBackend, type TestDatabase } from "../../../test/support/db.js";
import { AppError } from "../../platform/errors.js";
import { createAgreement, getAgreement, updateAgreement } from "./agreements.service.js";
import { createCeremony, getCeremony, updateCeremony } from "./ceremonies.service.js";
import { dashboard } from "./dashboard.service.js";
import { addMilestone, changeStatus, createProject, getProject, updateProject } from "./projects.service.js";
import { ledgerFixture, SEED002_AMOUNTS_YI, type LedgerFixture } from "./test-fixtures.js";
import { fixtureAlliance } from "../../../test/support/directory-fixtures.js";

async function refusal(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error("expected a refusal");
}

describeEachBackend("ledger services", (backend) => {
  let t: TestDatabase;
  let f: LedgerFixture;
  const count = async (table: "agreements" | "projects" | "ceremonies" | "project_status_history" | "project_milestones" | "audit_log") =>
    Number((await t.db.selectFrom(table).select((e) => e.fn.countAll().as("n")).executeTakeFirstOrThrow()).n);

  beforeAll(async () => {
    t = await createTestDb(backend);
    f = await ledgerFixture(t.db);
  });
  afterAll(async () => t?.close());

  it("records seed 000's memorandum between two governments, title without 《》", async () => {
    const id = await createAgreement(t.db, f.admin, {
      title: "《沿沪宁协同创新城市联盟合作备忘录》", kind: "memorandum", signedOn: "2025-03-03", place: "苏州", allianceId: f.alliance,
      industryIds: [f.industry.electronics, f.industry.biomed],
      parties: [{ regionId: f.region["320500"], name: "苏州市政府" }, { regionId: f.region["310107"], name: "普陀区政府" }],
      source: { module: "ingest", articleId: 1, factId: 2, sentence: "苏州市政府与普陀区政府签署《沿沪宁协同创新城市联盟合作备忘录》" },
    });
    const a = await getAgreement(t.db, id);
    expect(a.title).toBe("沿沪宁协同创新城市联盟合作备忘录");
    expect(a.parties.map((p) => p.name)).toEqual(["苏州市政府", "普陀区政府"]);
    expect(a.source).toMatchObject({ articleId: 1, sentence: expect.stringContaining("备忘录") });
    const row = await t.db.selectFrom("agreements").select(["region_ids", "city_ids"]).where("id", "=", id).executeTakeFirstOrThrow();
    expect(row.city_ids).toEqual([f.region["310107"], f.region["320500"]].sort((x, y) => x - y));
  });

  it("refuses an agreement with one party, a duplicate party or an unknown organisation; nothing stored", async () => {
    const before = await count("agreements");
    const base = { title: "测试协议", signedOn: "2025-01-01" };
    expect((await refusal(createAgreement(t.db, f.admin, { ...base, parties: [{ regionId: f.region["320500"] }] }))).fields).toHaveProperty("parties");
    expect((await refusal(createAgreement(t.db, f.admin, { ...base, parties: [{ regionId: f.region["320500"] }, { regionId: f.region["320500"] }] }))).fields).toHaveProperty("parties");
    const e = await refusal(createAgreement(t.db, f.admin, { ...base, parties: [{ regionId: f.region["320500"] }, { organizationId: 99_999_999 }] }));
    expect(e.code).toBe("UNKNOWN_REFERENCE");
    expect(e.fields).toHaveProperty("parties[1].organizationId");
    expect(await count("agreements")).toBe(before);
  });

  it("corrects an agreement's record: title, date and parties, the dashboard's count and network with it", async () => {
    const y2018 = { alliance: f.alliance, from: "2018-01-01", to: "2018-12-31" };
    const id = await createAgreement(t.db, f.admin, {
      title: "合作备忘录(草)", signedOn: "2018-03-01", allianceId: f.alliance,
      parties: [{ regionId: f.region["320500"] }, { regionId: f.region["310107"] }],
    });
    const a = await updateAgreement(t.db, f.admin, id, {
      title: "《苏镇协同创新合作备忘录》", signedOn: "2018-11-08", kind: "framework",
      parties: [{ regionId: f.region["320500"], name: "苏州市政府" }, { regionId: f.region["321100"], name: "镇江市政府" }],
    });
    expect([a.title, a.signedOn, a.kind, a.parties.map((p) => p.name)]).toEqual(["苏镇协同创新合作备忘录", "2018-11-08", "framework", ["苏州市政府", "镇江市政府"]]);
    for (const rollup of [true, false]) {
      const count = async (from: string, to: string) => (await dashboard(t.db, { ...y2018, from, to }, { rollup })).agreements;
      expect([await count("2018-01-01", "2018-03-31"), await count("2018-10-01", "2018-12-31")]).toEqual([0, 1]);
    }
    const row = await t.db.selectFrom("agreements").select("city_ids").where("id", "=", id).executeTakeFirstOrThrow();
    expect(row.city_ids).toEqual([f.region["320500"], f.region["321100"]].sort((x, y) => x - y));
    // Refused, naming the field, and stored as it was.
    expect((await refusal(updateAgreement(t.db, f.admin, id, { parties: [{ regionId: f.region["320500"] }] }))).fields).toHaveProperty("parties");
    expect((await refusal(updateAgreement(t.db, f.admin, id, { industryIds: [99_999_999] }))).fields).toHaveProperty(["industryIds[0]"]);
    expect((await getAgreement(t.db, id)).parties.length).toBe(2);
  });

  it("records seed 002's ceremony and reads back its sentence exactly", async () => {
    const id = await createCeremony(t.db, f.admin, {
      title: "2024镇江(上海)商务推介暨项目签约会", heldOn: "2024-09-22", endOn: "2024-09-24", place: "上海", hostRegionId: f.region["321100"],
      eventName: "2024镇江(上海)长三角一体化发展合作恳谈会", allianceId: f.alliance,
      projects: SEED002_AMOUNTS_YI.map((yi, i) => ({
        name: `测试签约项目${i + 1}`, kind: "investment" as const, industryId: f.industry.equipment, amount: `${yi}亿元`,
        landingRegionId: f.region["321181"], parties: [{ organizationId: f.org.putuo }, { regionId: f.region["321100"] }],
      })),
    });
    const c = await getCeremony(t.db, id);
    expect(c.projects).toHaveLength(29);
    expect(c.figures.totalYuan).toBe(30_400_000_000);
    expect(c.summary).toBe("签约项目29个,总投资304亿元,其中10亿-30亿元项目7个,30亿元以上项目5个");
    expect(c.projects.every((p) => p.signedOn === "2024-09-22" && p.allianceId === f.alliance)).toBe(true);
  });

  it("corrects a ceremony's record; its projects keep their own; refusals change nothing", async () => {
    const id = await createCeremony(t.db, f.admin, {
      title: "镇江签约会(草)", heldOn: "2024-09-22", place: "上海", allianceId: f.alliance,
      projects: [{ name: "更正测试项目", amount: "2亿元", parties: [{ organizationId: f.org.danyang }] }],
    });
    const audits = await count("audit_log");
    const c = await updateCeremony(t.db, f.admin, id, {
      title: "2024镇江(上海)商务推介暨项目签约会", heldOn: "2024-09-23", endOn: "2024-09-24", hostRegionId: f.region["321100"],
      reported: { projectCount: 29, totalYuan: 30_400_000_000 },
    });
    expect([c.title, c.heldOn, c.endOn, c.place, c.hostRegionId, c.reported]).toEqual([
      "2024镇江(上海)商务推介暨项目签约会", "2024-09-23", "2024-09-24", "上海", f.region["321100"], { projectCount: 29, totalYuan: 30_400_000_000 },
    ]);
    expect(c.projects.map((p) => p.signedOn)).toEqual(["2024-09-22"]);
    expect(await count("audit_log")).toBe(audits + 1);
    // An end before the start, counting the stored start; an unknown region; an unknown field.
    expect((await refusal(updateCeremony(t.db, f.admin, id, { endOn: "2024-09-01" }))).fields).toHaveProperty("endOn");
    expect((await refusal(updateCeremony(t.db, f.admin, id, { heldOn: "2024-10-01" }))).fields).toHaveProperty("endOn");
    expect((await refusal(updateCeremony(t.db, f.admin, id, { hostRegionId: 99_999_999 }))).fields).toHaveProperty("hostRegionId");
    expect((await refusal(updateCeremony(t.db, f.admin, id, { allianceId: 99_999_999 }))).fields).toHaveProperty("allianceId");
    // The admin of the party to every project may; another organisation's may not; nor may a visitor.
    const admin = (organizationId: number) => ({ userId: 7, email: "o@test", name: "机构管理员", grants: [{ role: "org_admin" as const, organizationId }] });
    expect((await updateCeremony(t.db, admin(f.org.danyang), id, { place: "上海国际会议中心" })).place).toBe("上海国际会议中心");
    expect((await refusal(updateCeremony(t.db, admin(f.org.putuo), id, { place: "别处" }))).code).toBe("FORBIDDEN");
    expect((await refusal(updateCeremony(t.db, null, id, { place: "别处" }))).code).toBe("UNAUTHENTICATED");
    expect((await refusal(updateCeremony(t.db, f.admin, 99_999_999, { place: "别处" }))).code).toBe("NOT_FOUND");
    const after = await getCeremony(t.db, id);
    expect([after.place, after.heldOn, after.endOn]).toEqual(["上海国际会议中心", "2024-09-23", "2024-09-24"]);
    expect(await count("audit_log")).toBe(audits + 2);
  });

  it("moves a ceremony to another alliance with its projects and agreements still under the old one; the secretariat of only one may not", async () => {
    const other = await fixtureAlliance(t.db, { name: "更正联盟", shortName: "更正", kind: "belt", regionIds: [f.region["320500"]] });
    const id = await createCeremony(t.db, f.admin, {
      title: "联盟更正签约会", heldOn: "2024-05-10", allianceId: f.alliance,
      projects: [{ name: "随会项目", amount: "1亿元", parties: [{ organizationId: f.org.danyang }] }, { name: "另属项目", amount: "2亿元", parties: [{ organizationId: f.org.danyang }] }],
    });
    const { projects } = await getCeremony(t.db, id);
    const [stays, follows] = ["另属项目", "随会项目"].map((name) => projects.find((p) => p.name === name)!.id);
    // A project put under no alliance of its own keeps that.
    await t.db.updateTable("projects").set({ alliance_id: null }).where("id", "=", stays).execute();
    const agreement = await createAgreement(t.db, f.admin, {
      title: "随会协议", signedOn: "2024-05-10", allianceId: f.alliance, ceremonyId: id,
      parties: [{ regionId: f.region["320500"] }, { regionId: f.region["310107"] }],
    });
    const alliances = async () => [
      (await getCeremony(t.db, id)).allianceId, (await getProject(t.db, follows)).allianceId, (await getProject(t.db, stays)).allianceId, (await getAgreement(t.db, agreement)).allianceId,
    ];
    const secretariat = { userId: 8, email: "s@test", name: "秘书处", grants: [{ role: "alliance_secretariat" as const, allianceId: f.alliance }] };
    expect((await refusal(updateCeremony(t.db, secretariat, id, { allianceId: other }))).code).toBe("FORBIDDEN");
    expect(await alliances()).toEqual([f.alliance, f.alliance, null, f.alliance]);
    await updateCeremony(t.db, f.admin, id, { allianceId: other });
    expect(await alliances()).toEqual([other, other, null, other]);
    await updateCeremony(t.db, f.admin, id, { allianceId: null });
    expect(await alliances()).toEqual([null, null, null, null]);
  });

  it.each([
    ["garbage amount text", { amount: "三百多亿" }, "projects[1].amount"],
    ["a negative amount", { amount: -5 }, "projects[1].amount"],
    ["an unknown party", { parties: [{ organizationId: 99_999_999 }] }, "projects[1].parties[0].organizationId"],
    ["an unknown landing region", { landingRegionId: 99_999_999 }, "projects[1].landingRegionId"],
  ])("refuses a ceremony with %s in one project; nothing stored", async (_t, bad, field) => {
    const before = [await count("ceremonies"), await count("projects"), await count("project_status_history")];
    const good = { name: "好项目", amount: "1亿", parties: [{ regionId: f.region["320500"] }] };
    const e = await refusal(createCeremony(t.db, f.admin, { title: "坏的签约会", heldOn: "2024-10-01", projects: [good, { ...good, name: "坏项目", ...bad }] }));
    expect(e.fields).toHaveProperty(field);
    expect([await count("ceremonies"), await count("projects"), await count("project_status_history")]).toEqual(before);
  });

  it("keeps every status change as history and refuses a skip without its date", async () => {
    const id = await createProject(t.db, f.admin, {
      name: "丹阳高端装备产业园项目", kind: "investment", amount: "3000万元", signedOn: "2024-03-01", industryId: f.industry.equipment,
      landingRegionId: f.region["321181"], parties: [{ organizationId: f.org.danyang, role: "投资方" }],
    });
    expect((await getProject(t.db, id)).amountYuan).toBe(30_000_000);
    const historyBefore = await count("project_status_history");
    const skip = await refusal(changeStatus(t.db, f.admin, id, { to: "producing", on: "2024-12-01" }, "2025-06-01"));
    expect(skip.code).toBe("INVALID_TRANSITION");
    expect(skip.fields).toHaveProperty("startedOn");
    expect(await count("project_status_history")).toBe(historyBefore);
    expect((await getProject(t.db, id)).status).toBe("signed");

    await changeStatus(t.db, f.admin, id, { to: "producing", on: "2024-12-01", startedOn: "2024-05-10" }, "2025-06-01");
    const p = await changeStatus(t.db, f.admin, id, { to: "terminated", on: "2025-02-01", reason: "企业战略调整" }, "2025-06-01");
    expect(p.status).toBe("terminated");
    expect(p.history.map((h) => [h.from, h.to, h.on])).toEqual([
      [null, "signed", "2024-03-01"], ["signed", "started", "2024-05-10"], ["started", "producing", "2024-12-01"], ["producing", "terminated", "2025-02-01"],
    ]);
    expect((await refusal(changeStatus(t.db, f.admin, id, { to: "started", on: "2025-03-01" }, "2025-06-01"))).code).toBe("INVALID_TRANSITION");
  });

  it("corrects a project's record: the dashboards move with it, the history keeps its steps, refusals change nothing", async () => {
    const y2019 = { alliance: f.alliance, from: "2019-01-01", to: "2019-12-31" };
    const id = await createProject(t.db, f.admin, {
      name: "镇江新材料项目(误录)", amount: "3亿", signedOn: "2019-02-01", allianceId: f.alliance, parties: [{ regionId: f.region["321100"] }],
    });
    // Both ways of answering a dashboard: the quarterly rollup the writes keep, and the records.
    const both = async () => [await dashboard(t.db, y2019, { rollup: true }), await dashboard(t.db, y2019, { rollup: false })];
    for (const d of await both()) expect([d.projects, d.totalYuan, d.byQuarter.find((q) => q.quarter === "2019Q1")?.count]).toEqual([1, 3e8, 1]);

    const p = await updateProject(t.db, f.admin, id, {
      name: "镇江碳纤维新材料项目", amount: "30亿", signedOn: "2019-05-20", industryId: f.industry.equipment,
      parties: [{ regionId: f.region["321100"], role: "签约地" }, { organizationId: f.org.danyang, role: "投资方" }],
    });
    expect([p.name, p.amountYuan, p.signedOn, p.statusOn, p.industryId]).toEqual(["镇江碳纤维新材料项目", 3e9, "2019-05-20", "2019-05-20", f.industry.equipment]);
    expect(p.parties.map((x) => x.role)).toEqual(["签约地", "投资方"]);
    expect(p.history.map((h) => [h.from, h.to, h.on])).toEqual([[null, "signed", "2019-05-20"]]);
    for (const d of await both()) {
      expect([d.projects, d.totalYuan]).toEqual([1, 3e9]);
      expect(d.buckets.find((b) => b.key === "ge30")?.count).toBe(1);
      expect(d.byQuarter.map((q) => [q.quarter, q.count]).filter(([, n]) => n)).toEqual([["2019Q2", 1]]);
    }

    // Refused, each naming its field, and the project as it was.
    const fields = async (patch: Parameters<typeof updateProject>[3]) => (await refusal(updateProject(t.db, f.admin, id, patch))).fields;
    expect(await fields({ amount: "三百多亿" })).toHaveProperty("amount");
    expect(await fields({ amount: -5 })).toHaveProperty("amount");
    expect(await fields({ parties: [{ organizationId: 999999 }] })).toHaveProperty(["parties[0].organizationId"]);
    expect(await fields({ landingRegionId: 999999 })).toHaveProperty("landingRegionId");
    await addMilestone(t.db, f.admin, id, { on: "2019-06-01", title: "开工奠基" });
    expect(await fields({ signedOn: "2019-07-01" })).toHaveProperty("signedOn");
    await changeStatus(t.db, f.admin, id, { to: "started", on: "2019-08-01" }, "2020-01-01");
    expect(await fields({ signedOn: "2019-05-01" })).toHaveProperty("signedOn");
    const now = await getProject(t.db, id);
    expect([now.name, now.amountYuan, now.signedOn, now.parties.length]).toEqual(["镇江碳纤维新材料项目", 3e9, "2019-05-20", 2]);

    // Who may correct it is decided by the record as it stands: naming one's own organisation
    // as a party gives an organisation admin no hold on another's project.
    const orgAdmin = { userId: 8, email: "o2@test", name: "机构管理员", grants: [{ role: "org_admin" as const, organizationId: f.org.putuo }] };
    expect((await refusal(updateProject(t.db, orgAdmin, id, { parties: [{ organizationId: f.org.putuo }] }))).code).toBe("FORBIDDEN");
    expect((await getProject(t.db, id)).parties.length).toBe(2);
  });

  it("refuses a milestone dated before the signing; nothing stored", async () => {
    const id = await createProject(t.db, f.admin, { name: "里程碑项目", signedOn: "2024-06-01", parties: [{ regionId: f.region["320500"] }] });
    const before = await count("project_milestones");
    const e = await refusal(addMilestone(t.db, f.admin, id, { on: "2024-05-31", title: "奠基" }));
    expect(e.fields).toHaveProperty("on");
    expect(await count("project_milestones")).toBe(before);
    await addMilestone(t.db, f.admin, id, { on: "2024-06-01", title: "奠基", note: "当天" });
    expect((await getProject(t.db, id)).milestones.map((m) => m.title)).toEqual(["奠基"]);
  });

  it("writes an audit entry in the same transaction as each write", async () => {
    const before = await count("audit_log");
    await createProject(t.db, f.admin, { name: "审计项目", signedOn: "2024-06-01", parties: [{ regionId: f.region["320500"] }] });
    expect(await count("audit_log")).toBe(before + 1);
  });

  it("lets an organisation admin write for its own organisation only", async () => {
    const orgAdmin = { userId: 7, email: "o@test", name: "机构管理员", grants: [{ role: "org_admin" as const, organizationId: f.org.danyang }] };
    await createProject(t.db, orgAdmin, { name: "本机构项目", signedOn: "2024-06-01", parties: [{ organizationId: f.org.danyang }] });
    const e = await refusal(createProject(t.db, orgAdmin, { name: "他机构项目", signedOn: "2024-06-01", parties: [{ organizationId: f.org.putuo }] }));
    expect(e.code).toBe("FORBIDDEN");
    expect((await refusal(createProject(t.db, null, { name: "匿名", signedOn: "2024-06-01", parties: [{ organizationId: f.org.putuo }] }))).code).toBe("UNAUTHENTICATED");
  });
});
