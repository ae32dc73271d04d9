import { afterAll, beforeAll, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/support/app.js";
import { signInAs, type SignedIn } from "../../../test/support/auth.js";
import { describeEachBackend } from "../../../test/support/db.js";
import { getMeeting } from "../consult/meetings.service.js";
import { getVisit } from "../consult/visits.service.js";
import { getAlliance } from "../directory/alliances.service.js";
import { getAgreement } from "../ledger/agreements.service.js";
import { getCeremony } from "../ledger/ceremonies.service.js";
import { seed } from "./test-fixtures.js";

type Fact = { id: number; type: string; status: string; sentence: string; effective: Record<string, any>; edited_data: unknown; record_module: string | null; record_type: string | null; record_id: number | null };

/** Confirming each kind of fact creates the other module's record, linked both ways; bad input stores nothing. */
describeEachBackend("ingest confirm", (backend) => {
  let t: TestApp;
  let admin: SignedIn;
  const articles: Record<string, number> = {};

  beforeAll(async () => {
    t = await createTestApp(backend);
    admin = await signInAs(t, { grants: [{ role: "platform_admin" }] });
    for (const p of ["000", "002", "003", "004"]) {
      const r = await t.app.inject({ method: "POST", url: "/api/ingest", headers: admin.headers, payload: { name: `${p}.txt`, content: new TextDecoder().decode(seed(p)) } });
      articles[p] = r.json().results[0].articleId;
    }
  });
  afterAll(() => t.close());

  const db = () => t.database.db;
  const factsOf = async (p: string, type: string): Promise<Fact[]> =>
    (await t.app.inject({ method: "GET", url: `/api/ingest/facts?articleId=${articles[p]}&type=${type}`, headers: admin.headers })).json().items;
  const confirm = (id: number, who: SignedIn = admin, data?: Record<string, unknown>) =>
    t.app.inject({ method: "POST", url: `/api/ingest/facts/${id}/confirm`, headers: who.headers, payload: data ? { data } : {} });
  const regionId = async (code: string) => (await db().selectFrom("regions").select("id").where("code", "=", code).executeTakeFirstOrThrow()).id;
  const allianceId = async (name: string) => (await db().selectFrom("alliances").select("id").where("name", "=", name).executeTakeFirstOrThrow()).id;
  /** Rows of every table a confirmation may write: unchanged after a refusal. */
  const written = async () => {
    const n = async (table: "agreements" | "ceremonies" | "visits" | "meetings" | "alliances" | "audit_log") =>
      Number((await db().selectFrom(table).select((e) => e.fn.countAll<number>().as("n")).executeTakeFirstOrThrow()).n);
    return { agreements: await n("agreements"), ceremonies: await n("ceremonies"), visits: await n("visits"), meetings: await n("meetings"), alliances: await n("alliances"), audit: await n("audit_log") };
  };
  /** A refused confirmation leaves the fact a draft, without the edit it carried, and writes nothing. */
  async function refused(fact: Fact, data: Record<string, unknown> | undefined, status: number, code: string, field: string, who: SignedIn = admin) {
    const before = await written();
    const r = await confirm(fact.id, who, data);
    expect(r.statusCode, r.body).toBe(status);
    expect(r.json().error.code).toBe(code);
    if (field) expect(Object.keys(r.json().error.fields ?? {})).toContain(field);
    expect(await written()).toEqual(before);
    const after = (await db().selectFrom("facts").select(["status", "edited_data", "record_id"]).where("id", "=", fact.id).executeTakeFirstOrThrow());
    expect(after).toEqual({ status: "draft", edited_data: fact.edited_data ?? null, record_id: null });
    return r.json().error;
  }

  it("agreement → ledger agreement between the resolved parties, in the alliance its title names, linked back", async () => {
    const [fact] = await factsOf("002", "agreement");
    const r = await confirm(fact.id);
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({ status: "confirmed", record_module: "ledger", record_type: "agreement", record_id: expect.any(Number), sentence: fact.sentence });
    const a = await getAgreement(db(), r.json().record_id);
    expect(a).toMatchObject({ title: "沿沪宁产业创新带加强协同创新备忘录", kind: "memorandum", signedOn: "2024-09-25", allianceId: await allianceId("沿沪宁产业创新带") });
    expect(a.parties.map((p) => p.regionId)).toEqual([await regionId("321100"), await regionId("310107")]);
    expect(a.parties.map((p) => p.name)).toEqual(["镇江市政府", "上海市普陀区政府"]);
    expect(a.source).toEqual({ module: "ingest", articleId: articles["002"], factId: fact.id, sentence: fact.sentence });
    expect((await confirm(fact.id)).statusCode).toBe(409);
  });

  it("agreement with an unknown or missing party is refused by field; the ambiguous 普陀区 is settled by the page", async () => {
    const [fact] = await factsOf("000", "agreement");
    const err = await refused(fact, { ...fact.effective, parties: ["苏州市政府", "火星市政府"] }, 400, "UNKNOWN_REFERENCE", "data.parties.1");
    expect(err.message).toContain("火星市政府");
    await refused(fact, { ...fact.effective, parties: ["苏州市政府"] }, 400, "VALIDATION_FAILED", "data.parties");
    const ok = await confirm(fact.id);
    expect(ok.statusCode, ok.body).toBe(200);
    const a = await getAgreement(db(), ok.json().record_id);
    // 普陀区 names districts of Shanghai and of Zhoushan; the page's 上海市普陀区 decides.
    expect(a.parties.map((p) => p.regionId)).toEqual([await regionId("320500"), await regionId("310107")]);
    expect(a.signedOn).toBe("2025-03-04");
  });

  it("signing statistics → a statistics-only ledger ceremony with the reported figures, named after the event of the sentence", async () => {
    const facts = await factsOf("002", "signing");
    const projects = facts.find((f) => f.effective.projectCount === 29)!;
    const r = await confirm(projects.id);
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({ record_module: "ledger", record_type: "ceremony" });
    const c = await getCeremony(db(), r.json().record_id);
    expect(c).toMatchObject({ title: "2024镇江(上海)商务推介暨项目签约会", heldOn: "2024-09-22", endOn: "2024-09-24", projects: [] });
    expect(c.reported).toEqual({
      projectCount: 29, totalYuan: 30_400_000_000,
      buckets: [{ minYuan: 1_000_000_000, maxYuan: 3_000_000_000, count: 7 }, { minYuan: 3_000_000_000, maxYuan: null, count: 5 }],
    });
    expect(c.source).toMatchObject({ module: "ingest", factId: projects.id, sentence: projects.sentence });

    const agreements = facts.find((f) => f.effective.agreementCount === 9)!;
    await refused(agreements, { buckets: [] }, 400, "VALIDATION_FAILED", "data");
    await refused(agreements, { ...agreements.effective, hostRegion: { name: "火星" } }, 400, "UNKNOWN_REGION", "data.hostRegion.name");
    const ok = await confirm(agreements.id);
    expect((await getCeremony(db(), ok.json().record_id)).reported).toEqual({ agreementCount: 9 });
  });

  it("delegation → consult visit from its region to the places visited, with the dates of the sentence", async () => {
    const [fact] = await factsOf("004", "delegation");
    const r = await confirm(fact.id);
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({ record_module: "consult", record_type: "visit" });
    const v = await getVisit(db(), r.json().record_id);
    expect(v).toMatchObject({ title: "海安党政代表团赴嘉善县、吴江区考察", startOn: "2024-03-06", endOn: "2024-03-07" });
    expect(v.from.map((x) => x.name)).toEqual(["海安市"]);
    expect(v.to.map((x) => x.name)).toEqual(["嘉善县", "吴江区"]);
    expect(v.source).toMatchObject({ articleId: articles["004"], sentence: fact.sentence });

    const [other] = await factsOf("000", "delegation");
    await refused(other, { ...other.effective, from: { name: "普陀区", code: "999999" } }, 400, "UNKNOWN_REGION", "data.from.code");
    await refused(other, { ...other.effective, from: null }, 400, "VALIDATION_FAILED", "data.from");
    const amb = await refused(other, { ...other.effective, from: { name: "普陀区" } }, 400, "VALIDATION_FAILED", "data.from.name");
    expect(amb.message).toContain("上海市普陀区");
    expect((await confirm(other.id, admin, { ...other.effective, from: { name: "上海市普陀区" } })).statusCode).toBe(200);
  });

  it("meeting → consult meeting of the alliance it names; without any date the reviewer is asked for one", async () => {
    const fact = (await factsOf("003", "meeting")).find((f) => f.effective.rotating)!;
    await refused(fact, undefined, 400, "VALIDATION_FAILED", "data.heldOn");
    const g60 = await signInAs(t, { grants: [{ role: "alliance_secretariat", allianceId: await allianceId("长三角G60科创走廊") }] });
    await refused(fact, { ...fact.effective, heldOn: "2024-05-16" }, 403, "FORBIDDEN", "", g60);
    const r = await confirm(fact.id, admin, { ...fact.effective, heldOn: "2024-05-16" });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({ record_module: "consult", record_type: "meeting", edited_data: { heldOn: "2024-05-16" } });
    const m = await getMeeting(db(), r.json().record_id);
    expect(m).toMatchObject({ title: "2024年嘉昆太协同创新核心圈轮值会议", kind: "轮值会议", heldOn: "2024-05-16", hostRegionName: "太仓市", allianceId: await allianceId("嘉昆太协同创新核心圈") });
    expect(m.theme).toContain("新质生产力");
  });

  it("alliance founded → directory alliance (platform admins only); a name taken or an unknown member region is refused", async () => {
    const facts = await factsOf("003", "alliance");
    const first = facts.find((f) => f.effective.name === "嘉昆太低空经济产业发展联盟")!;
    const sec = await signInAs(t, { grants: [{ role: "alliance_secretariat", allianceId: await allianceId("嘉昆太协同创新核心圈") }] });
    await refused(first, undefined, 403, "FORBIDDEN", "", sec);
    const r = await confirm(first.id, admin, { ...first.effective, regions: [{ name: "嘉定区" }, { name: "昆山" }, { name: "太仓市" }] });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({ record_module: "directory", record_type: "alliance" });
    const a = await getAlliance(db(), r.json().record_id);
    expect(a).toMatchObject({ name: "嘉昆太低空经济产业发展联盟", kind: "alliance" });
    expect(a.regions.map((x) => x.name).sort()).toEqual(["嘉定区", "太仓市", "昆山市"].sort());

    const second = facts.find((f) => f.effective.name === "嘉昆太国家级科技企业孵化器发展联盟")!;
    await refused(second, { ...second.effective, name: "嘉昆太低空经济产业发展联盟" }, 409, "DUPLICATE", "data.name");
    await refused(second, { ...second.effective, regions: [{ name: "火星" }] }, 400, "UNKNOWN_REGION", "data.regions.0.name");
  });

  it("region → the directory region it names", async () => {
    const fact = (await factsOf("004", "region")).find((f) => f.effective.name === "海安市")!;
    const r = await confirm(fact.id);
    expect(r.json()).toMatchObject({ record_module: "directory", record_type: "region", record_id: await regionId("320685") });
    const audit = await db().selectFrom("audit_log").select(["action", "entity"]).where("action", "in", ["agreement.create", "ceremony.create", "visit.create", "meeting.create", "alliance.create"]).execute();
    expect(new Set(audit.map((a) => a.action))).toEqual(new Set(["agreement.create", "ceremony.create", "visit.create", "meeting.create", "alliance.create"]));
  });
});
