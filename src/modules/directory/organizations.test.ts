import { afterAll, beforeAll, expect, it } from "vitest";
import { createTestDb, describeEachBackend, type TestDatabase } from "../../../test/support/db.js";
import { createUserWithGrants } from "../accounts/accounts.service.js";
import { silentLogger } from "../../platform/bootstrap.js";
import type { Actor } from "../../platform/auth.js";
import { buildCreditCode } from "./creditCode.js";
import { seedDirectoryDemo } from "./demo/demo.js";
import { exportDirectory } from "./directory.export.js";
import { ImportFailed, importOrganizations, recordsFromCsv } from "./organizations.import.js";
import { createOrganization, listOrganizations, organizationNames, updateOrganization } from "./organizations.service.js";

const code = (division: string, body: string) => buildCreditCode("9", "1", division, body);

describeEachBackend("directory organizations (service)", (backend) => {
  let t: TestDatabase;
  let alice: Actor;
  let bob: Actor;
  let region: Record<string, number>;
  let industry: Record<string, number>;
  let segment: Record<string, number>;
  const countOrgs = async () => Number((await t.db.selectFrom("organizations").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow()).n);

  beforeAll(async () => {
    t = await createTestDb(backend);
    alice = await createUserWithGrants(t.db, { email: "alice@test.jishi", name: "爱丽丝", password: "test-password-1" }, []);
    bob = await createUserWithGrants(t.db, { email: "bob@test.jishi", name: "鲍勃", password: "test-password-1" }, []);
    region = Object.fromEntries((await t.db.selectFrom("regions").select(["code", "id"]).execute()).map((r) => [r.code, r.id]));
    industry = Object.fromEntries((await t.db.selectFrom("industries").select(["code", "id"]).execute()).map((r) => [r.code, r.id]));
    segment = Object.fromEntries((await t.db.selectFrom("industry_segments").select(["code", "id"]).execute()).map((r) => [r.code, r.id]));
  });
  afterAll(async () => t?.close());

  it("creates an organisation, makes its creator org_admin and audits it", async () => {
    const org = await createOrganization(t.db, alice, {
      name: "太仓睿芯微电子有限公司", kind: "enterprise", regionId: region["320585"]!, creditCode: code("320585", "MA1TC001").toLowerCase(),
      contactPhone: "0512-53961234", industries: [{ industryId: industry["ic"]!, segmentId: segment["ic.design"]! }, { industryId: industry["ei"]! }],
    });
    expect(org.region.fullName).toBe("江苏省苏州市太仓市");
    expect(org.creditCode).toBe(code("320585", "MA1TC001"));
    expect(org.industries.map((i) => i.segmentName ?? i.industryName)).toEqual(["电子信息", "芯片设计"]);
    const grants = await t.db.selectFrom("role_grants").select(["role", "organization_id"]).where("user_id", "=", alice.userId).execute();
    expect(grants).toEqual([{ role: "org_admin", organization_id: org.id }]);
    const trail = await t.db.selectFrom("audit_log").select(["action", "actor_user_id"]).where("entity", "=", "organizations").where("entity_id", "=", String(org.id)).execute();
    expect(trail).toEqual([{ action: "organization.create", actor_user_id: alice.userId }]);
  });

  it("refuses bad input naming the field, writing nothing", async () => {
    const before = await countOrgs();
    const base = { name: "昆山测试精密机械有限公司", kind: "enterprise" as const, regionId: region["320583"]! };
    await expect(createOrganization(t.db, alice, { ...base, creditCode: "91350100M000100Y44" })).rejects.toMatchObject({
      code: "INVALID_CREDIT_CODE", fields: { creditCode: expect.stringContaining("校验码") },
    });
    await expect(createOrganization(t.db, alice, { ...base, regionId: 999_999 })).rejects.toMatchObject({ code: "UNKNOWN_REGION", fields: { regionId: expect.any(String) } });
    await expect(createOrganization(t.db, alice, { ...base, industries: [{ industryId: 999_999 }] })).rejects.toMatchObject({ code: "UNKNOWN_INDUSTRY" });
    await expect(createOrganization(t.db, alice, { ...base, industries: [{ industryId: industry["ic"]!, segmentId: segment["biomed.cro"]! }] })).rejects.toMatchObject({
      fields: { "industries.0.segmentId": expect.any(String) },
    });
    await expect(createOrganization(t.db, alice, { ...base, name: "太仓睿芯微电子有限公司" })).rejects.toMatchObject({ code: "DUPLICATE", fields: { name: expect.any(String) } });
    await expect(createOrganization(t.db, alice, { ...base, creditCode: code("320585", "MA1TC001") })).rejects.toMatchObject({ code: "DUPLICATE", fields: { creditCode: expect.any(String) } });
    await expect(createOrganization(t.db, null, base)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    expect(await countOrgs()).toBe(before);
  });

  it("lets only the organisation's admin edit it", async () => {
    const { items } = await listOrganizations(t.db, alice, { q: "太仓睿芯", limit: 10, offset: 0 });
    const id = items[0]!.id;
    const fresh = { ...alice, grants: [{ role: "org_admin" as const, organizationId: id }] };
    await expect(updateOrganization(t.db, bob, id, { description: "改" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const updated = await updateOrganization(t.db, fresh, id, { description: "车规级芯片设计", industries: [{ industryId: industry["nev"]!, segmentId: segment["nev.auto-chips"]! }] });
    expect(updated.description).toBe("车规级芯片设计");
    expect(updated.industries.map((i) => i.segmentName)).toEqual(["车规级芯片"]);
  });

  it("keeps an English name when one is given and lists only the organisations that have one", async () => {
    const base = { name: "苏州英文名测试科技有限公司", kind: "enterprise" as const, regionId: region["320508"]! };
    // (An English name with Chinese characters is refused by the request schema: directory.http.test.ts.)
    const org = await createOrganization(t.db, alice, { ...base, nameEn: "Suzhou Yingwen Test Technology Co., Ltd." });
    expect(org.nameEn).toBe("Suzhou Yingwen Test Technology Co., Ltd.");
    const admin = { ...alice, grants: [{ role: "org_admin" as const, organizationId: org.id }] };
    expect((await updateOrganization(t.db, admin, org.id, { nameEn: "Suzhou Yingwen Tech" })).nameEn).toBe("Suzhou Yingwen Tech");
    const names = await organizationNames(t.db);
    expect(names).toContainEqual({ id: org.id, name: "苏州英文名测试科技有限公司", nameEn: "Suzhou Yingwen Tech" });
    expect(names.every((n) => n.nameEn !== "")).toBe(true);
    // Found by it too, in any case, as a visitor reading the interface in English would type it.
    expect((await listOrganizations(t.db, null, { q: "yingwen tech", limit: 10, offset: 0 })).items.map((o) => o.id)).toEqual([org.id]);
    // Cleared: the interface shows the registered name again.
    expect((await updateOrganization(t.db, admin, org.id, { nameEn: "" })).nameEn).toBe("");
    expect((await organizationNames(t.db)).map((n) => n.id)).not.toContain(org.id);
  });

  it("lists with filters: region subtree, kind, industry, name; hides contacts from the public", async () => {
    await seedDirectoryDemo(t.db, silentLogger);
    const suzhou = await listOrganizations(t.db, alice, { region: region["320500"]!, limit: 500, offset: 0 });
    expect(suzhou.total).toBeGreaterThan(10);
    const suzhouPaths = suzhou.items.map((o) => o.region.path);
    expect(suzhouPaths.every((p) => p.startsWith("320000/320500"))).toBe(true);
    expect(suzhou.items.some((o) => o.region.name === "太仓市")).toBe(true);
    const universities = await listOrganizations(t.db, null, { kind: "university", limit: 500, offset: 0 });
    expect(universities.items.map((o) => o.name)).toEqual(expect.arrayContaining(["苏州大学", "东南大学", "浙江大学", "中国科学技术大学"]));
    expect(universities.items.every((o) => !("contactPhone" in o))).toBe(true);
    const signedIn = await listOrganizations(t.db, alice, { kind: "university", limit: 1, offset: 0 });
    expect(signedIn.items[0]).toHaveProperty("contactPhone");
    const chips = await listOrganizations(t.db, alice, { industry: industry["ic"]!, limit: 500, offset: 0 });
    expect(chips.total).toBeGreaterThan(0);
    const byName = await listOrganizations(t.db, null, { q: "苏州大学", limit: 5, offset: 0 });
    expect(byName.items[0]!.name).toBe("苏州大学");
  });

  it("demo: ~200 organisations of every kind, valid codes, alliance members by region", async () => {
    const orgs = await t.db.selectFrom("organizations").select(["kind", "credit_code"]).execute();
    expect(orgs.length).toBeGreaterThanOrEqual(190);
    expect(new Set(orgs.map((o) => o.kind))).toEqual(new Set(["enterprise", "university", "institute", "park", "government", "finance", "service"]));
    const { checkCreditCode } = await import("./creditCode.js");
    expect(orgs.filter((o) => o.credit_code).every((o) => checkCreditCode(o.credit_code!).ok)).toBe(true);
    const g60 = await t.db.selectFrom("alliances").select("id").where("name", "=", "长三角G60科创走廊").executeTakeFirstOrThrow();
    const members = await listOrganizations(t.db, null, { alliance: g60.id, limit: 500, offset: 0 });
    expect(members.items.map((o) => o.name)).toContain("苏州大学");
    expect(members.items.map((o) => o.name)).not.toContain("东南大学");
    // The institutions' own English names; generated firms have none (a company's is its own).
    const suda = members.items.find((o) => o.name === "苏州大学")!;
    expect(suda.nameEn).toBe("Soochow University");
    const named = await t.db.selectFrom("organizations").select(["kind"]).where("name_en", "<>", "").execute();
    expect(named.length).toBeGreaterThan(20);
    expect(new Set(named.map((o) => o.kind))).toEqual(new Set(["university", "institute"]));
  });

  it("imports all rows or none, reporting row, field and reason", async () => {
    const before = await countOrgs();
    const bad = [
      "name,kind,region,creditCode,industries",
      `嘉善导入测试电子有限公司,enterprise,嘉善,${code("330421", "MA2JQ001")},ic.design`,
      `导入测试二号有限公司,enterprise,普陀,,`,
      `导入测试三号有限公司,企业,太仓,91350100M000100Y44,`,
      `嘉善导入测试电子有限公司,enterprise,苏州工业园区,,nope`,
    ].join("\n");
    const err = await importOrganizations(t.db, null, recordsFromCsv(bad)).catch((e) => e);
    expect(err).toBeInstanceOf(ImportFailed);
    const rows = (err as ImportFailed).rows.map((e) => `${e.row}:${e.field}`);
    expect(rows).toEqual(expect.arrayContaining(["2:region", "3:creditCode", "4:region", "4:name", "4:industries"]));
    expect(rows.some((r) => r.startsWith("1:"))).toBe(false);
    expect(await countOrgs()).toBe(before);

    const good = [
      "名称,英文名称,类型,地区,统一社会信用代码,产业,联系电话",
      `嘉善导入测试电子有限公司,Jiashan Import Test Electronics Co.,企业,嘉善,${code("330421", "MA2JQ001")},ic.design;电子信息,0573-84012345`,
      `导入测试二号有限公司,,service,上海市普陀区,,`,
    ].join("\r\n");
    const r = await importOrganizations(t.db, null, recordsFromCsv(good));
    expect(r.created).toBe(2);
    expect(await countOrgs()).toBe(before + 2);
    const again = await importOrganizations(t.db, null, recordsFromCsv(good)).catch((e) => e);
    expect((again as ImportFailed).rows.map((e) => e.field)).toEqual(["name", "creditCode", "name"]);
  });

  it("exports organizations and alliances as CSV and JSON", async () => {
    const alliances = await exportDirectory(t.db, "alliances", "csv");
    expect(alliances.text).toContain("嘉昆太协同创新核心圈,嘉昆太,circle,");
    expect(alliances.text).toContain("1:嘉定区;2:昆山市;3:太仓市");
    const orgs = await exportDirectory(t.db, "organizations", "json");
    const list = JSON.parse(orgs.text) as { name: string; region: string; industries: string }[];
    expect(list.length).toBe(await countOrgs());
    expect(list.find((o) => o.name === "嘉善导入测试电子有限公司")).toMatchObject({ nameEn: "Jiashan Import Test Electronics Co.", region: "浙江省嘉兴市嘉善县", industries: "ei;ic.design" });
    expect(list.find((o) => o.name === "导入测试二号有限公司")).toMatchObject({ nameEn: "" });
  });
});
