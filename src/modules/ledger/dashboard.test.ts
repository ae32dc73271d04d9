import { afterAll, beforeAll, expect, it } from "vitest";
import { createTestDb, describeEachBackend, type TestDatabase } from "../../../test/support/db.js";
import { createAgreement } from "./agreements.service.js";
import { dashboard } from "./dashboard.service.js";
import { changeStatus, createProject } from "./projects.service.js";
import { ledgerFixture, type LedgerFixture } from "./test-fixtures.js";

/**
 * A fixture whose figures are known by hand. Alliance members: 普陀区, 苏州市, 镇江市.
 *   P1 2024Q1 5000万  lands 丹阳 (镇江), party 普陀 org   equipment   signed
 *   P2 2024Q2 5亿     lands 太仓 (苏州), party 嘉定       electronics started
 *   P3 2024Q2 10亿    lands 镇江, party 杭州 org          biomed      terminated
 *   P4 2024Q4 30亿    lands 杭州, party 杭州 org, alliance_id set; electronics producing
 *   P5 2024Q3 no amount, 杭州 + 嘉定 — outside the alliance
 *   P6 2023-12-31 2亿 lands 苏州 — outside 2024
 * Agreements: A1 2024 苏州–普陀; A2 2024 杭州–嘉定 (outside); A3 2023 苏州–镇江 (outside 2024).
 */
describeEachBackend("ledger dashboard", (backend) => {
  let t: TestDatabase;
  let f: LedgerFixture;
  const year = { from: "2024-01-01", to: "2024-12-31" };

  beforeAll(async () => {
    t = await createTestDb(backend);
    f = await ledgerFixture(t.db);
    const R = f.region;
    const p = (name: string, signedOn: string, amount: string | null, landing: string, parties: object[], industryId: number, extra = {}) =>
      createProject(t.db, f.admin, { name, signedOn, amount, landingRegionId: R[landing], parties: parties as never, industryId, ...extra });
    await p("P1", "2024-02-10", "5000万", "321181", [{ organizationId: f.org.putuo }], f.industry.equipment);
    const p2 = await p("P2", "2024-05-01", "5亿", "320585", [{ regionId: R["310114"] }], f.industry.electronics);
    const p3 = await p("P3", "2024-05-20", "10亿", "321100", [{ organizationId: f.org.hangzhou }], f.industry.biomed);
    const p4 = await p("P4", "2024-11-11", "30亿", "330100", [{ organizationId: f.org.hangzhou }], f.industry.electronics, { allianceId: f.alliance });
    await p("P5", "2024-07-01", null, "330100", [{ regionId: R["330100"] }, { regionId: R["310114"] }], f.industry.biomed);
    await p("P6", "2023-12-31", "2亿", "320500", [{ regionId: R["320500"] }], f.industry.biomed);
    await changeStatus(t.db, f.admin, p2, { to: "started", on: "2024-08-01" });
    await changeStatus(t.db, f.admin, p3, { to: "terminated", on: "2024-09-01", reason: "投资方战略调整" });
    await changeStatus(t.db, f.admin, p4, { to: "producing", on: "2025-06-01", startedOn: "2025-01-05" });
    const a = (title: string, signedOn: string, x: string, y: string) =>
      createAgreement(t.db, f.admin, { title, signedOn, parties: [{ regionId: R[x] }, { regionId: R[y] }] });
    await a("A1", "2024-03-03", "320500", "310107");
    await a("A2", "2024-06-01", "330100", "310114");
    await a("A3", "2023-05-01", "320500", "321100");
  });
  afterAll(async () => t?.close());

  it("counts an alliance's year: totals, buckets, statuses, quarters and the sentence", async () => {
    const d = await dashboard(t.db, { alliance: f.alliance, ...year });
    expect([d.projects, d.agreements, d.totalYuan, d.undisclosed]).toEqual([4, 1, 4_550_000_000, 0]);
    expect(d.buckets.map((b) => [b.key, b.count])).toEqual([["lt1", 1], ["1to10", 1], ["10to30", 1], ["ge30", 1]]);
    expect(Object.fromEntries(d.byStatus.map((s) => [s.status, s.count]))).toEqual({ signed: 1, started: 1, producing: 1, terminated: 1 });
    expect(d.byQuarter.map((q) => [q.quarter, q.count])).toEqual([["2024Q1", 1], ["2024Q2", 2], ["2024Q3", 0], ["2024Q4", 1]]);
    expect(d.sentence).toBe("签约项目4个,总投资45.5亿元,其中10亿-30亿元项目1个,30亿元以上项目1个");
    expect(d.paragraph.startsWith(`2024年${d.scope.alliance!.name},共签署合作协议1份;签约项目4个`)).toBe(true);
    expect(d.byCity.map((c) => [c.name, c.totalYuan])).toEqual([["杭州市", 3e9], ["镇江市", 1.05e9], ["苏州市", 5e8]]);
    expect(d.byIndustry.find((i) => i.industryId === f.industry.electronics)?.count).toBe(2);
  });

  it("takes a region with its subtree: 苏州 holds 太仓, 江苏 holds 丹阳 and 镇江", async () => {
    const suzhou = await dashboard(t.db, { region: f.region["320500"], ...year });
    expect([suzhou.projects, suzhou.agreements]).toEqual([1, 1]);
    expect((await dashboard(t.db, { region: f.region["320000"], ...year })).projects).toBe(3);
    expect((await dashboard(t.db, { region: f.region["320500"] })).projects).toBe(2); // all time: P6 too
  });

  it("filters by industry and date", async () => {
    expect((await dashboard(t.db, { industry: f.industry.electronics, ...year })).projects).toBe(2);
    const all2024 = await dashboard(t.db, year);
    expect([all2024.projects, all2024.undisclosed, all2024.agreements]).toEqual([5, 1, 2]);
  });

  it("draws the network between cities, weighted by agreements and projects", async () => {
    const d = await dashboard(t.db, { alliance: f.alliance, ...year });
    const name = new Map(d.network.nodes.map((n) => [n.id, n.name]));
    const edges = d.network.edges.map((e) => [[name.get(e.source), name.get(e.target)].sort().join("–"), e.agreements, e.projects]).sort();
    expect(edges).toEqual([["嘉定区–苏州市", 0, 1], ["普陀区–苏州市", 1, 0], ["普陀区–镇江市", 0, 1], ["杭州市–镇江市", 0, 1]]);
    const regionLevel = await dashboard(t.db, { alliance: f.alliance, ...year, level: "region" });
    expect(regionLevel.network.nodes.map((n) => n.name)).toContain("丹阳市");
  });

  it("answers the same from the monthly rollup as from the projects, also after membership changes", async () => {
    const norm = (d: Awaited<ReturnType<typeof dashboard>>) => ({
      ...d,
      byRegion: [...d.byRegion].sort((a, b) => a.regionId - b.regionId),
      byCity: [...d.byCity].sort((a, b) => a.regionId - b.regionId),
      byIndustry: [...d.byIndustry].sort((a, b) => a.industryId - b.industryId),
      network: { ...d.network, nodes: [...d.network.nodes].sort((a, b) => a.id - b.id), edges: [...d.network.edges].sort((a, b) => a.source - b.source || a.target - b.target) },
      paragraph: "", // names ties differently when two cities have the same total
    });
    const filters = [{ alliance: f.alliance, ...year }, {}, year, { alliance: f.alliance }, { alliance: f.alliance, ...year, level: "region" as const }, { from: "2024-04-01", to: "2024-06-30" }];
    for (const q of filters) expect(norm(await dashboard(t.db, q, { rollup: true }))).toEqual(norm(await dashboard(t.db, q, { rollup: false })));
    // 杭州 joins the alliance: P3, P4, P5 and A2 now belong to it; the rollup must notice.
    await t.db.insertInto("alliance_regions").values({ alliance_id: f.alliance, region_id: f.region["330100"], rotation_order: null }).execute();
    const after = await dashboard(t.db, { alliance: f.alliance, ...year }, { rollup: true });
    expect(after.projects).toBe(5);
    expect(norm(after)).toEqual(norm(await dashboard(t.db, { alliance: f.alliance, ...year }, { rollup: false })));
    await t.db.deleteFrom("alliance_regions").where("alliance_id", "=", f.alliance).where("region_id", "=", f.region["330100"]).execute();
    expect((await dashboard(t.db, { alliance: f.alliance, ...year })).projects).toBe(4);
  });

  it("refuses an unknown alliance or region, and from after to", async () => {
    await expect(dashboard(t.db, { alliance: 99_999_999 })).rejects.toMatchObject({ code: "UNKNOWN_REFERENCE", fields: { alliance: expect.any(String) } });
    await expect(dashboard(t.db, { region: 99_999_999 })).rejects.toMatchObject({ code: "UNKNOWN_REGION" });
    await expect(dashboard(t.db, { from: "2025-01-01", to: "2024-01-01" })).rejects.toMatchObject({ fields: { from: expect.any(String) } });
  });
});
