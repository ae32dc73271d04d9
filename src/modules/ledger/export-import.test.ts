import ExcelJS from "exceljs";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createTestDb, describeEachBackend, type TestDatabase } from "../../../test/support/db.js";
import { createAgreement } from "./agreements.service.js";
import { createCeremony } from "./ceremonies.service.js";
import { exportCsv, exportXlsx, PROJECT_HEADER } from "./export.js";
import { importLedger, ImportError } from "./import.js";
import { changeStatus } from "./projects.service.js";
import { parseCsv } from "../../platform/tabular.js";
import { ledgerFixture, type LedgerFixture } from "./test-fixtures.js";

describeEachBackend("ledger export and import", (backend) => {
  let t: TestDatabase;
  let f: LedgerFixture;
  let orgName: string;
  const count = async (table: "projects" | "agreements") => Number((await t.db.selectFrom(table).select((e) => e.fn.countAll().as("n")).executeTakeFirstOrThrow()).n);

  beforeAll(async () => {
    t = await createTestDb(backend);
    f = await ledgerFixture(t.db);
    orgName = (await t.db.selectFrom("organizations").select("name").where("id", "=", f.org.putuo).executeTakeFirstOrThrow()).name;
    const c = await createCeremony(t.db, f.admin, {
      title: "镇江测试签约会", heldOn: "2024-09-22", hostRegionId: f.region["321100"], allianceId: f.alliance,
      projects: [
        { name: "船舶动力项目", amount: "30.5亿元", industryId: f.industry.equipment, landingRegionId: f.region["321181"], parties: [{ organizationId: f.org.putuo }, { regionId: f.region["321100"], name: "镇江市政府" }] },
        { name: "生物医药合作", kind: "cooperation", amount: 12_345_678, industryId: f.industry.biomed, landingRegionId: f.region["321100"], parties: [{ regionId: f.region["310107"] }] },
      ],
    });
    const first = (await t.db.selectFrom("projects").select("id").where("ceremony_id", "=", c).orderBy("id").executeTakeFirstOrThrow()).id;
    await changeStatus(t.db, f.admin, first, { to: "producing", on: "2025-05-01", startedOn: "2024-12-01" });
    await createAgreement(t.db, f.admin, { title: "《测试合作备忘录》", signedOn: "2024-09-23", parties: [{ regionId: f.region["321100"], name: "镇江市政府" }, { regionId: f.region["310107"] }] });
  });
  afterAll(async () => t?.close());

  it("writes xlsx with Chinese headers and amounts in 万元, read back with exceljs", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await exportXlsx(t.db, "all", { alliance: f.alliance })) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("项目")!;
    expect(ws.getRow(1).values).toEqual([undefined, ...PROJECT_HEADER]);
    const rows = ws.getSheetValues().slice(2) as unknown[][];
    const ship = rows.find((r) => r[2] === "船舶动力项目")!;
    expect(ship[5]).toBe(305_000); // 30.5亿元 = 305000 万元
    expect([ship[3], ship[6], ship[11], ship[13]]).toEqual(["招商", "丹阳市", "投产/落地", "2024-12-01"]);
    expect(rows.find((r) => r[2] === "生物医药合作")![5]).toBe(1234.57);
    const ag = wb.getWorksheet("协议")!;
    expect(ag.getRow(1).getCell(2).value).toBe("协议名称");
    expect(ag.getRow(2).getCell(2).value).toBe("《测试合作备忘录》");
  });

  it("writes CSV as UTF-8 with a BOM", async () => {
    const csv = await exportCsv(t.db, "projects", {});
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const [header, ...rows] = parseCsv(csv);
    expect(header).toEqual(PROJECT_HEADER);
    expect(rows.find((r) => r[1] === "船舶动力项目")?.[4]).toBe("305000");
  });

  it("imports an exported workbook back (round trip), status history included", async () => {
    const before = [await count("projects"), await count("agreements")];
    const r = await importLedger(t.db, f.admin, "ledger.xlsx", await exportXlsx(t.db, "all", {})).catch((e) => {
      throw new Error(JSON.stringify((e as ImportError).rows ?? e.message));
    });
    expect([r.projects.length, r.agreements.length]).toEqual(before);
    const copy = await t.db.selectFrom("projects").select(["amount_yuan", "status", "status_on"]).where("id", "=", r.projects[0]).executeTakeFirstOrThrow();
    expect(copy).toEqual({ amount_yuan: 3_050_000_000, status: "producing", status_on: "2025-05-01" });
    const steps = await t.db.selectFrom("project_status_history").select(["to_status", "on_date"]).where("project_id", "=", r.projects[0]).orderBy("id").execute();
    expect(steps.map((s) => `${s.to_status}@${s.on_date}`)).toEqual(["signed@2024-09-22", "started@2024-12-01", "producing@2025-05-01"]);
  });

  it("imports CSV with amounts in units and names for parties, regions and industries", async () => {
    const csv = [
      "项目名称,项目类型,产业,投资额,落地地区,合作方,签约日期",
      `苏州芯片项目,招商,电子信息,1.5亿元,太仓市,${orgName};苏州市政府,2025/3/3`,
      "镇江合作项目,合作,生物医药,3000万,丹阳,镇江市,2025年4月1日",
    ].join("\n");
    const heard: [number, number][] = [];
    const r = await importLedger(t.db, f.admin, "p.csv", Buffer.from(csv), (done, total) => heard.push([done, total]));
    expect(heard).toEqual([[1, 2], [2, 2]]);
    const rows = await t.db.selectFrom("projects").select(["amount_yuan", "signed_on", "kind"]).where("id", "in", r.projects).orderBy("id").execute();
    expect(rows).toEqual([{ amount_yuan: 150_000_000, signed_on: "2025-03-03", kind: "investment" }, { amount_yuan: 30_000_000, signed_on: "2025-04-01", kind: "cooperation" }]);
  });

  it("refuses a file with bad rows, listing each row and field, and writes nothing", async () => {
    const before = [await count("projects"), await count("agreements")];
    const csv = [
      "项目名称,投资额(万元),落地地区,合作方,签约日期,状态,状态日期",
      "好项目,100,苏州市,苏州市,2025-01-01,,",
      "乱码金额,三百多亿,苏州市,苏州市,2025-01-01,,",
      "负数金额,-5,苏州市,苏州市,2025-01-01,,",
      "未知合作方,100,苏州市,不存在的公司,2025-01-01,,",
      "跳过开工,100,苏州市,苏州市,2025-01-01,投产,2025-06-01",
      "普陀歧义,100,普陀区,苏州市,2025-01-01,,",
    ].join("\n");
    let err: ImportError | undefined;
    try {
      await importLedger(t.db, f.admin, "bad.csv", Buffer.from(csv));
    } catch (e) {
      err = e as ImportError;
    }
    expect(err).toBeInstanceOf(ImportError);
    expect(err!.rows.map((r) => [r.row, r.field])).toEqual([[3, "amountWan"], [4, "amountWan"], [5, "parties"], [6, "startedOn"], [7, "landing"]]);
    expect([await count("projects"), await count("agreements")]).toEqual(before);
  });

  it("reads a number in the 万元 column as 万元 and text with its own unit as written", async () => {
    const csv = ["项目名称,投资额(万元),合作方,签约日期", "单位混写,304亿,苏州市,2025-01-01"].join("\n");
    const r = await importLedger(t.db, f.admin, "units.csv", Buffer.from(csv));
    expect((await t.db.selectFrom("projects").select("amount_yuan").where("id", "=", r.projects[0]).executeTakeFirstOrThrow()).amount_yuan).toBe(30_400_000_000);
  });
});
