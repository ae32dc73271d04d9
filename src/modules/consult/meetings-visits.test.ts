import { afterAll, beforeAll, expect, it } from "vitest";
import { createTestDb, describeEachBackend, type TestDatabase } from "../../../test/support/db.js";
import { AppError } from "../../platform/errors.js";
import { createMeeting, createVisit } from "./consult.service.js";
import { decisionToActionItem, getMeeting, removeDecision, updateDecision } from "./meetings.service.js";
import { consultFixture, type ConsultFixture } from "./test-fixtures.js";

describeEachBackend("consult meetings and visits", (backend) => {
  let d: TestDatabase;
  let f: ConsultFixture;
  beforeAll(async () => {
    d = await createTestDb(backend);
    f = await consultFixture(d.db);
  });
  afterAll(() => d.close());

  const count = async (table: "meetings" | "visits" | "meeting_attendees") =>
    Number((await d.db.selectFrom(table).select((e) => e.fn.countAll().as("n")).executeTakeFirstOrThrow()).n);

  it("records a rotation meeting with attendees, decisions, provenance and an audit row", async () => {
    const id = await createMeeting(d.db, f.admin, {
      allianceId: f.alliance, title: "2024年嘉昆太协同创新核心圈轮值会议", kind: "轮值会议", heldOn: "2024-04-18",
      hostRegionId: f.region["320585"], place: "太仓", theme: "因地制宜加快发展新质生产力 携手打造科创产业协同示范区",
      attendees: [{ regionId: f.region["310114"], personName: "张三", personTitle: "区长" }, { organizationId: f.org.jiading }],
      decisions: ["发布五大行动"], source: { articleId: 7, sentence: "2024年嘉昆太协同创新核心圈轮值会议在太仓召开" },
    });
    const m = await d.db.selectFrom("meetings").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
    expect(m).toMatchObject({ held_on: "2024-04-18", kind: "轮值会议", host_region_id: f.region["320585"], source: { articleId: 7 } });
    expect(await d.db.selectFrom("meeting_attendees").select("person_name").where("meeting_id", "=", id).execute()).toHaveLength(2);
    expect(await d.db.selectFrom("meeting_decisions").select("text").where("meeting_id", "=", id).execute()).toEqual([{ text: "发布五大行动" }]);
    const a = await d.db.selectFrom("audit_log").selectAll().where("entity", "=", "meetings").where("entity_id", "=", String(id)).execute();
    expect(a.map((r) => r.action)).toEqual(["meeting.create"]);
  });

  it("rewords and removes a decision; the action item made from it stays, unlinked", async () => {
    const id = await createMeeting(d.db, f.admin, {
      allianceId: f.alliance, title: "决定修改测试会商", kind: "会商", heldOn: "2024-05-10", decisions: ["共建创新联合体(草)", "误录的决定"],
    });
    const [first, wrong] = (await getMeeting(d.db, id)).decisions;
    const item = await decisionToActionItem(d.db, f.admin, id, wrong.id, { title: "由误录决定形成的事项", strand: "" });
    await updateDecision(d.db, f.admin, id, first.id, { text: "共建长三角创新联合体" });
    await removeDecision(d.db, f.admin, id, wrong.id);
    const m = await getMeeting(d.db, id);
    expect(m.decisions.map((x) => x.text)).toEqual(["共建长三角创新联合体"]);
    const kept = await d.db.selectFrom("action_items").select(["meeting_id", "decision_id"]).where("id", "=", item).executeTakeFirstOrThrow();
    expect(kept).toEqual({ meeting_id: id, decision_id: null });
    // Another meeting's decision, an empty text, a stranger: refused, nothing changed.
    const other = await createMeeting(d.db, f.admin, { allianceId: f.alliance, title: "另一会商", kind: "会商", heldOn: "2024-05-11", decisions: ["别的决定"] });
    const theirs = (await getMeeting(d.db, other)).decisions[0];
    expect(((await updateDecision(d.db, f.admin, id, theirs.id, { text: "篡改" }).catch((e) => e)) as AppError).code).toBe("NOT_FOUND");
    await expect(updateDecision(d.db, f.admin, id, first.id, { text: " " })).rejects.toThrow(/text required/);
    expect(((await removeDecision(d.db, null, id, first.id).catch((e) => e)) as AppError).code).toBe("UNAUTHENTICATED");
    expect((await getMeeting(d.db, other)).decisions[0].text).toBe("别的决定");
    expect((await getMeeting(d.db, id)).decisions.map((x) => x.text)).toEqual(["共建长三角创新联合体"]);
  });

  it("refuses an unknown attendee region naming the field, and stores nothing", async () => {
    const before = [await count("meetings"), await count("meeting_attendees")];
    const err = await createMeeting(d.db, f.admin, {
      allianceId: f.alliance, title: "坏会议", heldOn: "2024-05-01", attendees: [{ regionId: f.region["320585"] }, { regionId: 999999 }],
    }).catch((e) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err.code).toBe("UNKNOWN_REGION");
    expect(err.fields).toEqual({ "attendees[1].regionId": expect.any(String) });
    expect([await count("meetings"), await count("meeting_attendees")]).toEqual(before);
  });

  it("refuses a meeting without sign-in or by a secretariat of another alliance", async () => {
    await expect(createMeeting(d.db, null, { title: "x", heldOn: "2024-01-01", allianceId: f.alliance })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    const other = { userId: 0, email: "s@x", name: "s", grants: [{ role: "alliance_secretariat" as const, allianceId: f.alliance + 1000 }] };
    await expect(createMeeting(d.db, other, { title: "x", heldOn: "2024-01-01", allianceId: f.alliance })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("records seed 004's 海安 delegation visit over two days", async () => {
    const id = await createVisit(d.db, f.admin, {
      title: "海安市党政代表团赴嘉善、吴江考察学习", startOn: "2024-03-06", endOn: "2024-03-07",
      fromRegionIds: [f.region["320585"]!], toRegionIds: [f.region["310114"]!, f.region["320583"]!],
      leaders: [{ name: "某某", title: "市委书记" }], sites: ["祥符荡科创绿谷"], purpose: "学习一体化示范区建设经验",
      source: { articleId: 4, sentence: "3月6日至7日，海安市党政代表团赴嘉善县、吴江区考察学习" },
    });
    const v = await d.db.selectFrom("visits").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
    expect(v).toMatchObject({ start_on: "2024-03-06", end_on: "2024-03-07", sites: ["祥符荡科创绿谷"], leaders: [{ name: "某某", title: "市委书记" }] });
  });

  it("refuses a visit ending before it starts, or to an unknown region, storing nothing", async () => {
    const before = await count("visits");
    const bad1 = await createVisit(d.db, f.admin, { title: "x", startOn: "2024-03-07", endOn: "2024-03-06", fromRegionIds: [f.region["320585"]!], toRegionIds: [f.region["310114"]!] }).catch((e) => e);
    expect(bad1.name).toBe("ZodError");
    const bad2 = await createVisit(d.db, f.admin, { title: "x", startOn: "2024-03-06", fromRegionIds: [f.region["320585"]!], toRegionIds: [424242] }).catch((e) => e);
    expect(bad2).toMatchObject({ code: "UNKNOWN_REGION", fields: { "toRegionIds[0]": expect.any(String) } });
    expect(await count("visits")).toBe(before);
  });

  it("composes with a caller's transaction, as the ingest module confirms facts inside its own", async () => {
    const before = await count("meetings");
    const input = { allianceId: f.alliance, title: "联席会商", heldOn: "2025-02-20", source: { module: "ingest", articleId: 3, factId: 11, sentence: "三地召开联席会商" } };
    await expect(d.db.transaction().execute(async (trx) => {
      await createMeeting(trx, f.admin, input);
      throw new Error("reviewer's transaction fails later");
    })).rejects.toThrow("later");
    expect(await count("meetings")).toBe(before);
    const id = await d.db.transaction().execute((trx) => createMeeting(trx, f.admin, input));
    expect((await d.db.selectFrom("meetings").select("source").where("id", "=", id).executeTakeFirstOrThrow()).source).toEqual(input.source);
  });
});
