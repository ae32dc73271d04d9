import { describe, expect, it } from "vitest";
import { runCli, tempDataDir } from "../../../test/support/cli.js";

describe("jishi user create", () => {
  it("bootstraps an admin, then refuses the same email with one line and exit 2", () => {
    const dir = tempDataDir();
    const args = ["user", "create", "--admin", "--email", "boss@example.cn", "--name", "管理员", "--password", "long-password-1", "--json"];
    const first = runCli(args, { JISHI_DATA_DIR: dir });
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({ email: "boss@example.cn", grants: [{ role: "platform_admin" }] });

    const again = runCli(args.slice(0, -1), { JISHI_DATA_DIR: dir });
    expect(again.code).toBe(2);
    expect(again.stderr.trim().split("\n")).toHaveLength(1);
    expect(again.stderr).toMatch(/^error: DUPLICATE: .*\[email: /);
  });

  it("refuses a short password naming the field", () => {
    const r = runCli(["user", "create", "--email", "a@example.cn", "--name", "甲", "--password", "short"], { JISHI_DATA_DIR: tempDataDir() });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/VALIDATION_FAILED.*password/);
  });
});
