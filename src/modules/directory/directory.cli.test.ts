import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli, tempDataDir } from "../../../test/support/cli.js";
import { buildCreditCode } from "./creditCode.js";

describe("jishi regions / alliances / directory", () => {
  let dir: string;
  let env: Record<string, string>;
  beforeAll(() => {
    dir = tempDataDir();
    env = { JISHI_DATA_DIR: dir };
  });

  it("regions resolve --json answers the resolver's result; unknown names exit 2", () => {
    const r = runCli(["regions", "resolve", "太仓", "--json"], env);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ status: "resolved", candidates: [{ name: "太仓市", code: "320585" }] });
    const unknown = runCli(["regions", "resolve", "苏州工业园区"], env);
    expect(unknown.code).toBe(2);
    expect(unknown.stdout).toContain("did you mean 江苏省苏州市");
    expect(unknown.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("regions list and alliances list", () => {
    const list = runCli(["regions", "list", "--level", "prefecture", "--json"], env);
    expect(JSON.parse(list.stdout).total).toBe(40);
    const alliances = runCli(["alliances", "list"], env);
    expect(alliances.code).toBe(0);
    expect(alliances.stdout).toContain("嘉昆太协同创新核心圈");
    expect(alliances.stdout).toContain("1.嘉定区 2.昆山市 3.太仓市");
  });

  it("directory import is all-or-nothing: a bad file exits 2 listing rows and writes nothing; a good one imports", () => {
    const good = buildCreditCode("9", "1", "310114", "MA1JD777");
    const badFile = join(dir, "bad.csv");
    writeFileSync(
      badFile,
      ["name,kind,region,creditCode,industries", `嘉定导入一号汽车电子有限公司,enterprise,嘉定,${good},nev.motors`, "导入二号有限公司,enterprise,火星,91350100M000100Y44,"].join("\n"),
    );
    const bad = runCli(["directory", "import", badFile], env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^error: VALIDATION_FAILED: 导入失败: 1 行有错误/);
    expect(bad.stderr).toMatch(/row 2 {2}region: 未知地区「火星」/);
    expect(bad.stderr).toMatch(/row 2 {2}creditCode: /);
    const none = runCli(["directory", "export", "--format", "json"], env);
    expect(JSON.parse(none.stdout)).toEqual([]);

    const goodFile = join(dir, "good.json");
    writeFileSync(goodFile, JSON.stringify([{ name: "嘉定导入一号汽车电子有限公司", kind: "enterprise", region: "上海市嘉定区", creditCode: good, industries: ["nev.motors"] }]));
    const ok = runCli(["directory", "import", goodFile, "--json"], env);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ created: 1 });

    const out = join(dir, "orgs.csv");
    const exp = runCli(["directory", "export", "--format", "csv", "--out", out], env);
    expect(exp.code).toBe(0);
    const csv = readFileSync(out, "utf8");
    expect(csv.split("\r\n")[0]).toBe("\ufeffname,nameEn,kind,region,regionCode,creditCode,description,website,contactName,contactPhone,contactEmail,industries");
    expect(csv).toContain(`嘉定导入一号汽车电子有限公司,,enterprise,上海市嘉定区,310114,${good}`);
  });

  it("directory export of regions; a wrong --what exits 2", () => {
    const regions = runCli(["directory", "export", "--what", "regions", "--format", "json"], env);
    const list = JSON.parse(regions.stdout) as { code: string; parentCode: string }[];
    expect(list).toHaveLength(349);
    expect(list.find((r) => r.code === "320585")!.parentCode).toBe("320500");
    const wrong = runCli(["directory", "export", "--what", "people"], env);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/^error: VALIDATION_FAILED: .*\[what: people\]/);
  });
});
