import { afterAll, beforeAll, expect, it } from "vitest";
import { createTestDb, describeEachBackend, type TestDatabase } from "../../../../test/support/db.js";
import { silentLogger } from "../../../platform/bootstrap.js";
import { seedDirectoryDemo } from "../../directory/demo/demo.js";
import { getCeremony } from "../ceremonies.service.js";
import { dashboard } from "../dashboard.service.js";
import { loadLedgerDemo } from "./demo.js";

describeEachBackend("ledger demo", (backend) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDb(backend);
    await seedDirectoryDemo(t.db, silentLogger);
    await loadLedgerDemo(t.db, silentLogger);
  }, 240_000);
  afterAll(async () => t?.close());

  it("holds seed 002's ceremony with its exact figures and the seed memoranda", async () => {
    const c = await t.db.selectFrom("ceremonies").select("id").where("title", "=", "2024镇江(上海)商务推介暨项目签约会").executeTakeFirstOrThrow();
    const detail = await getCeremony(t.db, c.id);
    expect(detail.summary).toBe("签约项目29个,总投资304亿元,其中10亿-30亿元项目7个,30亿元以上项目5个");
    expect(detail.agreements).toHaveLength(10); // the memorandum and the nine institution agreements
    const titles = (await t.db.selectFrom("agreements").select("title").execute()).map((a) => a.title);
    expect(titles).toEqual(expect.arrayContaining(["沿沪宁协同创新城市联盟合作备忘录", "沿沪宁产业创新带加强协同创新备忘录"]));
    const g60 = await t.db.selectFrom("ceremonies").select(["held_on"]).where("title", "like", "%G60%").executeTakeFirstOrThrow();
    expect(g60.held_on).toBe("2022-11-08");
  });

  it("spreads projects over 2022–2026, every alliance, several statuses", async () => {
    const years = await t.db.selectFrom("projects").select((e) => e.fn<string>("to_char", ["signed_on", e.val("YYYY")]).as("y")).distinct().execute();
    expect(years.map((y) => y.y).sort()).toEqual(["2022", "2023", "2024", "2025", "2026"]);
    const alliances = await t.db.selectFrom("alliances").select("id").execute();
    for (const a of alliances) expect((await dashboard(t.db, { alliance: a.id })).projects).toBeGreaterThan(20);
    const d = await dashboard(t.db, {});
    expect(d.byStatus.every((s) => s.count > 0)).toBe(true);
    expect(d.network.edges.length).toBeGreaterThan(5);
  });

  it("does nothing the second time", async () => {
    const before = await t.db.selectFrom("projects").select((e) => e.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
    await loadLedgerDemo(t.db, silentLogger);
    const after = await t.db.selectFrom("projects").select((e) => e.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });
});
