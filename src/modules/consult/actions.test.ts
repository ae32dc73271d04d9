import { afterAll, beforeAll, expect, it } from "vitest";
import { createTestDb, describeEachBackend, type TestDatabase } from "../../../test/support/db.js";
import { listActionItems } from "./actions.repo.js";
import { addProgressNote, changeStatus, createActionItem, getActionItem, overdueByOwner } from "./actions.service.js";
import { createMeeting } from "./meetings.service.js";
import { createProgramme, getProgramme } from "./programmes.service.js";
import { rotationFor, setRotationBase } from "./rotation.service.js";
import { consultFixture, type ConsultFixture } from "./test-fixtures.js";
import { addFollowUp, createVisit, getVisit } from "./visits.service.js";

const TODAY = "2025-06-01";

describeEachBackend("consult action items", (backend) => {
  let d: TestDatabase;
  let f: ConsultFixture;
  let programme: number;
  beforeAll(async () => {
    d = await createTestDb(backend);
    f = await consultFixture(d.db);
    programme = await createProgramme(d.db, f.admin, { allianceId: f.alliance, name: "科技创新共同体共筑", period: "2024—2026" });
  });
  afterAll(() => d.close());

  const items = async () => Number((await d.db.selectFrom("action_items").select((e) => e.fn.countAll().as("n")).executeTakeFirstOrThrow()).n);
  const item = (title: string, deadline: string, owners: Array<{ regionId?: number; organizationId?: number }>, status?: "done" | "cancelled" | "in_progress") =>
    createActionItem(d.db, f.admin, { programmeId: programme, title, deadline, owners, ...(status ? { status } : {}), ...(status === "done" ? { completedOn: "2025-01-10" } : {}) }, TODAY);

  it("flags overdue items, lists them per owner and computes the completion rate", async () => {
    const late = await item("共建长三角科创走廊孵化器", "2025-03-31", [{ regionId: f.region["310114"] }, { regionId: f.region["320585"] }]);
    await item("联合发布技术需求榜单", "2025-12-31", [{ regionId: f.region["320583"] }], "in_progress");
    await item("共享大型科研仪器", "2024-12-31", [{ regionId: f.region["320585"] }], "done");
    await item("互认科技创新券", "2024-06-30", [{ organizationId: f.org.jiading }], "cancelled");
    const late2 = await item("共建联合实验室", "2025-05-31", [{ regionId: f.region["320585"] }]);

    const overdue = await listActionItems(d.db, { alliance: f.alliance, overdue: true }, TODAY);
    expect(overdue.map((i) => i.id).sort()).toEqual([late, late2].sort());
    const perOwner = await overdueByOwner(d.db, f.alliance, TODAY);
    expect(perOwner.map((g) => [g.owner.name, g.items.length])).toEqual([["太仓市", 2], ["嘉定区", 1]]);

    const p = await getProgramme(d.db, programme);
    expect(p).toMatchObject({ done: 1, total: 4, completionRate: 0.25 });
    expect((await listActionItems(d.db, { owner: "太仓", alliance: f.alliance }, TODAY)).length).toBe(3);
  });

  it("moves status sanely: done gets today's date, done → cancelled is refused", async () => {
    const id = await item("建立联合招商机制", "2026-06-30", [{ regionId: f.region["320583"] }]);
    await changeStatus(d.db, f.admin, id, { status: "done" }, TODAY);
    expect(await getActionItem(d.db, id, TODAY)).toMatchObject({ status: "done", completedOn: TODAY });
    await expect(changeStatus(d.db, f.admin, id, { status: "cancelled" }, TODAY)).rejects.toMatchObject({ code: "INVALID_TRANSITION" });
    await expect(changeStatus(d.db, f.admin, id, { status: "in_progress", completedOn: "2025-01-01" }, TODAY)).rejects.toMatchObject({ code: "VALIDATION_FAILED" });
    await changeStatus(d.db, f.admin, id, { status: "in_progress" }, TODAY);
    expect(await getActionItem(d.db, id, TODAY)).toMatchObject({ status: "in_progress", completedOn: null });
    const actions = await d.db.selectFrom("audit_log").select("action").where("entity", "=", "action_items").where("entity_id", "=", String(id)).orderBy("id").execute();
    expect(actions.map((a) => a.action)).toEqual(["action_item.create", "action_item.status", "action_item.status"]);
  });

  it("lets an owner organisation's admin add progress notes, but not strangers", async () => {
    const id = await item("建设跨区域人才驿站", "2026-03-31", [{ organizationId: f.org.jiading }]);
    const orgAdmin = { userId: 0, email: "o@x", name: "o", grants: [{ role: "org_admin" as const, organizationId: f.org.jiading }] };
    await addProgressNote(d.db, orgAdmin, id, { notedOn: "2025-05-20", text: "完成选址" }, TODAY);
    const stranger = { userId: 0, email: "s@x", name: "s", grants: [{ role: "org_admin" as const, organizationId: f.org.jiading + 999 }] };
    await expect(addProgressNote(d.db, stranger, id, { text: "x" }, TODAY)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(addProgressNote(d.db, orgAdmin, id, { notedOn: "2025-07-01", text: "未来" }, TODAY)).rejects.toMatchObject({ code: "VALIDATION_FAILED" });
    expect((await getActionItem(d.db, id, TODAY)).notes.map((n) => n.text)).toEqual(["完成选址"]);
  });

  it("refuses bad items and stores nothing", async () => {
    const before = await items();
    await expect(item("x", "2025-01-01", [{ regionId: f.region["320585"] }, { regionId: 987654 }])).rejects.toMatchObject({ code: "UNKNOWN_REGION", fields: { "owners[1].regionId": expect.any(String) } });
    await expect(item("x", "2025-01-01", [{ organizationId: 987654 }])).rejects.toMatchObject({ code: "UNKNOWN_REFERENCE", fields: { "owners[0].organizationId": expect.any(String) } });
    await expect(item("x", "1900-01-01", [])).rejects.toMatchObject({ code: "VALIDATION_FAILED", fields: { deadline: expect.any(String) } });
    await expect(createActionItem(d.db, f.admin, { programmeId: 987654, title: "x" }, TODAY)).rejects.toMatchObject({ code: "UNKNOWN_REFERENCE" });
    await expect(createActionItem(d.db, f.admin, { programmeId: programme, title: "x", status: "done", completedOn: "2026-01-01" }, TODAY)).rejects.toMatchObject({ code: "VALIDATION_FAILED", fields: { completedOn: expect.any(String) } });
    expect(await items()).toBe(before);
  });

  it("turns a visit's follow-up into an action item of the alliance", async () => {
    const visit = await createVisit(d.db, f.admin, { allianceId: f.alliance, title: "太仓代表团赴嘉定考察", startOn: "2025-03-03", fromRegionIds: [f.region["320585"]!], toRegionIds: [f.region["310114"]!] });
    const id = await addFollowUp(d.db, f.admin, visit, { title: "建立常态化交流机制", deadline: "2025-04-30", owners: [{ regionId: f.region["320585"] }] }, TODAY);
    const v = await getVisit(d.db, visit, TODAY);
    expect(v.followUps).toEqual([expect.objectContaining({ id, title: "建立常态化交流机制", allianceId: f.alliance, programmeId: null, visitId: visit, overdue: true })]);
    expect((await overdueByOwner(d.db, f.alliance, TODAY)).find((g) => g.owner.name === "太仓市")!.items.map((i) => i.id)).toContain(id);
  });

  it("computes the rotation: 2024 太仓, next host after the recorded 2024 and 2025 meetings", async () => {
    await setRotationBase(d.db, f.admin, f.alliance, 2022, "2024年为太仓轮值年");
    await createMeeting(d.db, f.admin, { allianceId: f.alliance, title: "2024年轮值会议", kind: "轮值会议", heldOn: "2024-04-18", hostRegionId: f.region["320585"] });
    await createMeeting(d.db, f.admin, { allianceId: f.alliance, title: "2025年轮值会议", kind: "轮值会议", heldOn: "2025-04-10", hostRegionId: f.region["310114"] });
    const r = await rotationFor(d.db, f.alliance, { from: 2023, to: 2026, today: TODAY });
    expect(r.years.map((y) => [y.year, y.host.name, y.meetingId != null])).toEqual([[2023, "昆山市", false], [2024, "太仓市", true], [2025, "嘉定区", true], [2026, "昆山市", false]]);
    expect(r.next).toEqual({ year: 2026, host: { regionId: f.region["320583"], name: "昆山市" } });
  });
});
