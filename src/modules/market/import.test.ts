import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli, tempDataDir } from "../../../test/support/cli.js";
import { createTestDb, describeEachBackend, type TestDatabase } from "../../../test/support/db.js";
import { modules } from "../registry.js";
import { connect } from "../../platform/db/connect.js";
import { migrateToLatest } from "../../platform/db/migrate.js";
import { ImportError, importListings } from "./import.js";
import { marketFixture, type MarketFixture } from "./test-fixtures.js";

const CSV = (rows: string[]) =>
  ["kind,title,summary,organization,regions,industries,status,validUntil,contactPhone,attrs", ...rows].join("\n");
const spaceAttrs = `"{""spaceKind"":""factory"",""areaSqm"":2000,""landUse"":""industrial"",""address"":""太仓市经济开发区"",""rent"":{""yuan"":0.8,""per"":""sqm_day""}}"`;
const GOOD = `space,太仓GMP标准厂房出租,"GMP厂房2000平方米,层高8米",苏州示范智能制造有限公司,太仓;苏州市,生物医药,published,2099-12-31,0512-53961234,${spaceAttrs}`;

describeEachBackend("market import", (backend) => {
  let d: TestDatabase;
  let f: MarketFixture;
  beforeAll(async () => {
    d = await createTestDb(backend);
    f = await marketFixture(d.db);
  });
  afterAll(() => d.close());
  const count = async () => Number((await d.db.selectFrom("listings").select((e) => e.fn.countAll().as("n")).executeTakeFirstOrThrow()).n);

  it("imports nothing when any row is bad, and names row, field and reason", async () => {
    const file = CSV([
      GOOD,
      `challenge,揭榜项目,,苏州示范智能制造有限公司,镇江,,published,,,"{""rewardYuan"":-5,""deadline"":""2099-01-01"",""requirements"":[""a""]}"`,
      `space,厂房,,不存在的公司,火星,,published,,,${spaceAttrs}`,
      `tech_need,需求,,苏州示范智能制造有限公司,苏州,,archived,,,{not json`,
    ]);
    const err = await importListings(d.db, "listings.csv", file).catch((e) => e);
    expect(err).toBeInstanceOf(ImportError);
    expect((err as ImportError).rows).toEqual(expect.arrayContaining([
      { row: 2, field: "attrs.rewardYuan", reason: expect.stringContaining("不能为负") },
      { row: 3, field: "organization", reason: expect.stringContaining("不存在的公司") },
      { row: 3, field: "regions", reason: expect.stringContaining("火星") },
      { row: 4, field: "status", reason: expect.any(String) },
      { row: 4, field: "attrs", reason: expect.stringContaining("JSON") },
    ]));
    expect((err as ImportError).rows.some((r) => r.row === 1)).toBe(false);
    expect(await count()).toBe(0);
  });

  it("imports CSV and JSON; the imported listings are searchable at once", async () => {
    const r = await importListings(d.db, "ok.csv", CSV([GOOD]));
    expect(r.imported).toBe(1);
    const row = await d.db.selectFrom("listings").selectAll().where("id", "=", r.ids[0]).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: "published", area_sqm: 2000, price_yuan: 24, region_ids: [f.region["320585"], f.region["320500"]] });
    const json = JSON.stringify([
      { kind: "service", title: "检测认证服务", organizationId: f.org.other, regionIds: [f.region["330100"]], attrs: { category: "testing" } },
      { kind: "service", title: "知识产权服务", organization: "杭州其他科技有限公司", regions: ["杭州"], attrs: { category: "ip" }, status: "in_review" },
    ]);
    const heard: [number, number][] = [];
    expect((await importListings(d.db, "ok.json", json, (done, total) => heard.push([done, total]))).imported).toBe(2);
    expect(heard).toEqual([[1, 2], [2, 2]]);
    const bad = JSON.stringify([{ kind: "service", title: "好", organizationId: f.org.other, regionIds: [f.region["330100"]], attrs: { category: "ip" }, extra: 1 }]);
    const e = await importListings(d.db, "bad.json", bad).catch((x) => x);
    expect((e as ImportError).rows).toEqual(expect.arrayContaining([{ row: 1, field: "title", reason: expect.any(String) }, { row: 1, field: "extra", reason: expect.any(String) }]));
    expect(await count()).toBe(3);
  });
});

describe("jishi listings import / jishi search (CLI)", () => {
  let dir: string;
  beforeAll(async () => {
    dir = tempDataDir();
    const database = await connect({ dataDir: dir });
    await migrateToLatest(database.db, modules);
    await marketFixture(database.db);
    await database.close();
  });

  it("exits 2 with one line per bad row, then imports and finds by a Chinese query", () => {
    const bad = join(dir, "bad.csv");
    writeFileSync(bad, CSV([GOOD, `space,厂房,,不存在的公司,太仓,,published,,,${spaceAttrs}`]));
    const r1 = runCli(["listings", "import", bad], { JISHI_DATA_DIR: dir });
    expect(r1.code).toBe(2);
    expect(r1.stderr).toMatch(/^error: VALIDATION_FAILED: /);
    expect(r1.stderr).toContain("row 2  organization: 机构不存在: 不存在的公司");

    const good = join(dir, "good.csv");
    writeFileSync(good, CSV([GOOD]));
    const r2 = runCli(["listings", "import", good, "--json"], { JISHI_DATA_DIR: dir });
    expect(r2.stderr).toBe("");
    expect(JSON.parse(r2.stdout)).toMatchObject({ imported: 1 });

    const s = runCli(["search", "GMP 厂房", "--kind", "space", "--json"], { JISHI_DATA_DIR: dir });
    expect(s.code, s.stderr).toBe(0);
    const out = JSON.parse(s.stdout);
    expect(out.total).toBe(1);
    expect(out.items[0]).toMatchObject({ title: "太仓GMP标准厂房出租", highlight: { title: "太仓<mark>GMP</mark>标准<mark>厂房</mark>出租" } });
    const human = runCli(["search", "GMP 厂房"], { JISHI_DATA_DIR: dir });
    expect(human.stdout).toMatch(/^1 results\n/);
    expect(human.stdout).toContain("太仓GMP标准厂房出租");
    expect(human.stdout).toContain("2000㎡");
    expect(human.stdout).toContain("24元/㎡·月");
    // The API's filters as options: the space (2 000 ㎡ at 0.8 元 a day, 24 a month) is within these ranges, not those.
    const within = runCli(["search", "厂房", "--area-min", "1000", "--price-max", "30", "--json"], { JISHI_DATA_DIR: dir });
    expect(JSON.parse(within.stdout)).toMatchObject({ total: 1, items: [{ areaSqm: 2000, priceYuan: 24 }] });
    const beyond = runCli(["search", "厂房", "--area-min", "2001", "--json"], { JISHI_DATA_DIR: dir });
    expect(JSON.parse(beyond.stdout)).toMatchObject({ total: 0 });
    const badArea = runCli(["search", "厂房", "--area-min", "很大"], { JISHI_DATA_DIR: dir });
    expect(badArea.code).toBe(2);
    expect(badArea.stderr).toMatch(/^error: VALIDATION_FAILED: .*areaMin/);
    const badKind = runCli(["search", "厂房", "--kind", "rumour"], { JISHI_DATA_DIR: dir });
    expect(badKind.code).toBe(2);
    expect(badKind.stderr).toMatch(/^error: VALIDATION_FAILED: .*\[kind: 无效选项：期望以下之一 .* \(Invalid option: expected one of /);
    const publisher = String(out.items[0].organization.id);
    expect(JSON.parse(runCli(["search", "厂房", "--organization", publisher, "--json"], { JISHI_DATA_DIR: dir }).stdout)).toMatchObject({ total: 1 });
    const nobody = runCli(["search", "厂房", "--organization", "999999"], { JISHI_DATA_DIR: dir });
    expect([nobody.code, nobody.stderr]).toEqual([2, expect.stringMatching(/^error: UNKNOWN_REFERENCE: .*unknown organisation/)]);
    const none = runCli(["search", "。。。", "--json"], { JISHI_DATA_DIR: dir });
    expect(JSON.parse(none.stdout)).toMatchObject({ total: 0 });
    const missing = runCli(["listings", "import", join(dir, "missing.csv")], { JISHI_DATA_DIR: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^error: VALIDATION_FAILED: 无法读取文件/);
    const e = runCli(["listings", "expire", "--json"], { JISHI_DATA_DIR: dir });
    expect(JSON.parse(e.stdout)).toEqual({ expired: 0 });
  });
});
