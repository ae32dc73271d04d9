import { afterAll, beforeAll, expect, it } from "vitest";
import { createTestDb, describeEachBackend, type TestDatabase } from "../../../../test/support/db.js";
import { silentLogger } from "../../../platform/bootstrap.js";
import { seedDirectoryDemo } from "../../directory/demo/demo.js";
import { listActionItems } from "../actions.repo.js";
import { overdueByOwner } from "../actions.service.js";
import { getMeeting, listMeetings } from "../meetings.service.js";
import { listProgrammes } from "../programmes.service.js";
import { rotationFor } from "../rotation.service.js";
import { getVisit, listVisits } from "../visits.service.js";
import { DEMO_TODAY, loadConsultDemo } from "./demo.js";

describeEachBackend("consult demo", (backend) => {
  let t: TestDatabase;
  const alliance: Record<string, number> = {};
  beforeAll(async () => {
    t = await createTestDb(backend);
    await seedDirectoryDemo(t.db, silentLogger);
    await loadConsultDemo(t.db, silentLogger);
    for (const a of await t.db.selectFrom("alliances").select(["id", "short_name"]).execute()) alliance[a.short_name] = a.id;
  }, 240_000);
  afterAll(async () => t?.close());

  it("has the 嘉昆太 rotation of seed 003 with its recorded rotating meetings", async () => {
    const r = await rotationFor(t.db, alliance["嘉昆太"], { from: 2022, to: 2026, today: DEMO_TODAY });
    expect(r.members.map((m) => m.name)).toEqual(["嘉定区", "昆山市", "太仓市"]);
    expect(r.years.map((y) => [y.year, y.host.name, y.meetingId != null])).toEqual([
      [2022, "嘉定区", true], [2023, "昆山市", true], [2024, "太仓市", true], [2025, "嘉定区", true], [2026, "昆山市", false],
    ]);
    expect(r.next).toMatchObject({ year: 2026, host: { name: "昆山市" } });
    const m2024 = await getMeeting(t.db, r.years[2].meetingId!, DEMO_TODAY);
    expect(m2024).toMatchObject({ heldOn: "2024-08-30", hostRegionName: "太仓市", theme: "因地制宜加快发展新质生产力 携手打造科创产业协同示范区" });
    expect(m2024.attendees.map((a) => a.personName)).toContain("汪香元");
    expect(m2024.decisions.find((d) => d.text === "建立嘉昆太跨区域对接道路联合推进机制")!.actionItemIds).toHaveLength(1);
  });

  it("holds the 五大行动 with a hundred items over five strands, some done, some overdue, with dated notes", async () => {
    const [p] = await listProgrammes(t.db, alliance["嘉昆太"], DEMO_TODAY);
    expect(p.name).toContain("五大行动");
    expect(p.strands.map((s) => s.name)).toEqual(["党建引领共促", "产业链供应链共融", "科技创新共同体共筑", "基础设施共建", "公共服务共享"]);
    expect(p.strands.map((s) => s.counts.not_started + s.counts.in_progress + s.counts.done + s.counts.cancelled)).toEqual([20, 20, 20, 20, 20]);
    expect(p.completionRate).toBeGreaterThan(0.3);
    expect(p.completionRate).toBeLessThan(0.9);
    expect(p.overdue).toBeGreaterThanOrEqual(5);
    const items = await listActionItems(t.db, { programme: p.id }, DEMO_TODAY);
    expect(new Set(items.map((i) => i.status))).toEqual(new Set(["not_started", "in_progress", "done", "cancelled"]));
    expect(items.filter((i) => i.owners.some((o) => o.kind === "organization")).length).toBeGreaterThan(5);
    expect(items.every((i) => i.owners.length > 0 && i.deadline)).toBe(true);
    const notes = await t.db.selectFrom("action_progress_notes").select(["noted_on"]).execute();
    expect(notes.length).toBeGreaterThan(150);
    expect(notes.every((n) => n.noted_on <= DEMO_TODAY)).toBe(true);
    const perOwner = await overdueByOwner(t.db, alliance["嘉昆太"], DEMO_TODAY);
    expect(perOwner.length).toBeGreaterThan(1);
  });

  it("gives every seeded alliance meetings, a programme and visits with follow-ups", async () => {
    for (const short of ["G60", "嘉昆太", "沿沪宁"]) {
      expect((await listMeetings(t.db, { allianceId: alliance[short] })).length).toBeGreaterThanOrEqual(4);
      expect((await listProgrammes(t.db, alliance[short], DEMO_TODAY)).length).toBe(1);
      expect((await listVisits(t.db, { allianceId: alliance[short] })).length).toBeGreaterThanOrEqual(2);
    }
    const seed000 = (await listVisits(t.db, { allianceId: alliance["沿沪宁"] })).find((v) => v.startOn === "2025-03-03")!;
    const v = await getVisit(t.db, seed000.id, DEMO_TODAY);
    expect(v.from.map((r) => r.name)).toEqual(["普陀区"]);
    expect(v.sites).toContain("ESG产业创新中心");
    expect(v.followUps).toHaveLength(3);
    expect(v.followUps.every((f) => f.programmeName === "沿沪宁协同创新城市联盟合作举措" && f.strand)).toBe(true);
  });

  it("does nothing the second time", async () => {
    const count = async () => Number((await t.db.selectFrom("action_items").select((e) => e.fn.countAll().as("n")).executeTakeFirstOrThrow()).n);
    const before = await count();
    await loadConsultDemo(t.db, silentLogger);
    expect(await count()).toBe(before);
  });
});
