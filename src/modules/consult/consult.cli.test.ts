import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli, tempDataDir } from "../../../test/support/cli.js";
import { modules } from "../registry.js";
import { seedReference, silentLogger } from "../../platform/bootstrap.js";
import type { Actor } from "../../platform/auth.js";
import { connect } from "../../platform/db/connect.js";
import { migrateToLatest } from "../../platform/db/migrate.js";
import { readXlsx } from "../../platform/tabular.js";
import { createActionItem } from "./actions.service.js";
import { todayCn } from "../../platform/dates.js";
import { ITEM_HEADER } from "./export.js";
import { createMeeting } from "./meetings.service.js";
import { hostForYear } from "./rotation.js";

const admin: Actor = { userId: 0, email: "t@test", name: "测试", grants: [{ role: "platform_admin" }] };

describe("jishi consult", () => {
  const dir = tempDataDir();
  const env = { JISHI_DATA_DIR: dir };
  beforeAll(async () => {
    // Data written in-process into the CLI's embedded database, then closed so the CLI can open it.
    const database = await connect({ dataDir: dir });
    await migrateToLatest(database.db, modules);
    await seedReference(database.db, silentLogger);
    const jkt = await database.db.selectFrom("alliances").select("id").where("short_name", "=", "嘉昆太").executeTakeFirstOrThrow();
    const region = async (name: string) => (await database.db.selectFrom("regions").select("id").where("name", "=", name).executeTakeFirstOrThrow()).id;
    await createActionItem(database.db, admin, { allianceId: jkt.id, title: "共建跨区域概念验证中心", deadline: "2021-03-31", owners: [{ regionId: await region("太仓市") }] });
    await createActionItem(database.db, admin, { allianceId: jkt.id, title: "开通毗邻公交", deadline: "2021-06-30", owners: [{ regionId: await region("太仓市") }, { regionId: await region("昆山市") }] });
    await createActionItem(database.db, admin, { allianceId: jkt.id, title: "未到期事项", deadline: "2099-12-31", owners: [{ regionId: await region("嘉定区") }] });
    await createMeeting(database.db, admin, { allianceId: jkt.id, title: "2021年轮值会议", kind: "轮值会议", heldOn: "2021-09-01", hostRegionId: await region("太仓市") });
    await database.close();
  }, 120_000);

  it("tells this year's host of 嘉昆太 and the host of a given year", () => {
    const year = Number(todayCn().slice(0, 4));
    const order = ["嘉定区", "昆山市", "太仓市"];
    const now = runCli(["consult", "rotation", "嘉昆太"], env);
    expect(now.stderr).toBe("");
    expect(now.stdout).toContain("嘉定区 → 昆山市 → 太仓市");
    expect(now.stdout).toContain(`${year}年 轮值: ${hostForYear(order, 2022, year)}`);
    const y2024 = runCli(["consult", "rotation", "嘉昆太协同创新核心圈", "--year", "2024", "--json"], env);
    expect(JSON.parse(y2024.stdout)).toMatchObject({ year: 2024, host: { name: "太仓市" }, baseYear: 2022 });
  });

  it("refuses a bad year, an unknown alliance and an alliance without rotation, in one line with exit 2", () => {
    for (const [args, pattern] of [
      [["consult", "rotation", "嘉昆太", "--year", "24"], /VALIDATION_FAILED.*year/],
      [["consult", "rotation", "不存在的联盟"], /UNKNOWN_REFERENCE.*alliance/],
      [["consult", "rotation", "G60"], /NOT_FOUND.*rotation/],
    ] as const) {
      const r = runCli([...args], env);
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
      expect(r.stderr).toMatch(pattern);
    }
  });

  it("lists overdue items per owner", () => {
    const r = runCli(["consult", "overdue", "--alliance", "嘉昆太", "--json"], env);
    expect(r.code).toBe(0);
    const groups = JSON.parse(r.stdout) as Array<{ owner: { name: string }; items: Array<{ title: string }> }>;
    expect(groups.map((g) => [g.owner.name, g.items.map((i) => i.title)])).toEqual([
      ["太仓市", ["共建跨区域概念验证中心", "开通毗邻公交"]],
      ["昆山市", ["开通毗邻公交"]],
    ]);
    const human = runCli(["consult", "overdue"], env);
    expect(human.stdout).toMatch(/太仓市 \(2\)/);
  });

  it("exports items to xlsx and refuses an unknown --what", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "jishi-consult-")), "items.xlsx");
    const r = runCli(["consult", "export", "--what", "items", "--out", out, "--alliance", "嘉昆太"], env);
    expect(r.stderr).toBe("");
    const [sheet] = await readXlsx(await import("node:fs").then((fs) => fs.readFileSync(out)));
    expect(sheet.rows[0]).toEqual(ITEM_HEADER);
    expect(sheet.rows.slice(1).map((x) => x[4])).toEqual(["共建跨区域概念验证中心", "开通毗邻公交", "未到期事项"]);
    const bad = runCli(["consult", "export", "--what", "projects", "--out", `${out}.csv`], env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^error: VALIDATION_FAILED: .*\[what: items \| meetings\]\n$/);
    expect(existsSync(`${out}.csv`)).toBe(false);
  });
});
