import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { runCli, tempDataDir } from "../../../test/support/cli.js";

// Each call is a fresh process opening the embedded database: slow on a busy 2-core machine.
const CLI_TIMEOUT = 240_000;

describe("jishi ledger CLI", () => {
  const dataDir = tempDataDir();
  const env = { JISHI_DATA_DIR: dataDir };
  const dir = mkdtempSync(join(tmpdir(), "jishi-ledger-"));

  it("imports all or nothing, dashboards an alliance's year and exports", () => {
    const bad = join(dir, "bad.csv");
    writeFileSync(bad, ["项目名称,投资额,落地地区,合作方,签约日期,联盟", "好项目,2亿,镇江市,普陀区,2025-03-01,沿沪宁产业创新带", "坏项目,-3亿,镇江市,上海市普陀区,2025-03-01,沿沪宁产业创新带"].join("\n"));
    const r1 = runCli(["ledger", "import", bad], env);
    expect(r1.code).toBe(2);
    expect(r1.stderr).toContain("row 2  parties: 地名有歧义");
    expect(r1.stderr).toContain("row 3  amount: 金额不能为负");

    const good = join(dir, "good.csv");
    writeFileSync(good, ["项目名称,投资额,落地地区,合作方,签约日期,联盟", "甲,12亿,镇江市,上海市普陀区,2025-03-01,沿沪宁产业创新带", "乙,30亿元,丹阳市,苏州市,2025-05-01,沿沪宁"].join("\n"));
    const r2 = runCli(["ledger", "import", good, "--json"], env);
    expect(r2.code).toBe(0);
    expect(JSON.parse(r2.stdout).projects).toHaveLength(2);

    const d = runCli(["ledger", "dashboard", "--alliance", "沿沪宁产业创新带", "--year", "2025"], env);
    expect(d.code).toBe(0);
    expect(d.stdout).toContain("签约项目2个,总投资42亿元,其中10亿-30亿元项目1个,30亿元以上项目1个");
    expect(runCli(["ledger", "dashboard", "--alliance", "不存在的联盟"], env).code).toBe(2);
  }, CLI_TIMEOUT);

  it("exports xlsx that reads back with amounts in 万元", async () => {
    const out = join(dir, "ledger.xlsx");
    const r = runCli(["ledger", "export", "--format", "xlsx", "--out", out, "--year", "2025"], env);
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const values = (wb.getWorksheet("项目")!.getSheetValues().slice(2) as unknown[][]).map((row) => row[5]);
    expect(values.sort()).toEqual([120_000, 300_000]);
  }, CLI_TIMEOUT);

  it("lists an alliance's projects of a year; an unknown list is refused naming it", () => {
    const list = runCli(["ledger", "list", "projects", "--alliance", "沿沪宁", "--year", "2025"], env);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/乙\s+30亿元\s+丹阳市\s+签约/);
    const bad = runCli(["ledger", "list", "visits"], env);
    expect([bad.code, bad.stderr]).toEqual([2, expect.stringContaining("what")]);
  }, CLI_TIMEOUT);
});
