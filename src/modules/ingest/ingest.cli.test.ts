import { rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli, tempDataDir } from "../../../test/support/cli.js";
import { FIXTURES_DIR } from "./test-fixtures.js";

// Each case starts the real CLI in a child process (migrations, reference data): slow on a busy machine.
describe("jishi ingest", { timeout: 240_000 }, () => {
  const dir = tempDataDir();
  const env = { JISHI_DATA_DIR: dir };
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("ingests directories, lists failures with reasons, and recognises a re-ingest", () => {
    const r = runCli(["ingest", join(FIXTURES_DIR, "seeds"), join(FIXTURES_DIR, "extra"), "--json"], env);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.summary).toEqual({ ok: 8, duplicate: 0, failed: 4 });
    const failed = out.results.filter((x: { status: string }) => x.status === "error").map((x: { name: string; reason: string }) => [x.name.split("/").pop(), x.reason]);
    expect(failed).toEqual([
      ["103_english.html", expect.stringContaining("no Chinese article")],
      ["104_binary.bin", expect.stringContaining("binary")],
      ["105_empty.txt", expect.stringContaining("empty")],
      ["106_no_article.txt", expect.stringContaining("no article body")],
    ]);
    const again = runCli(["ingest", join(FIXTURES_DIR, "seeds/002_e0a6c29f7289a2c5.txt")], env);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/duplicate\s+#3\s+exact/);
  });

  it("exits 1 when every file failed and 2 on bad usage", () => {
    expect(runCli(["ingest", join(FIXTURES_DIR, "extra/104_binary.bin")], env).code).toBe(1);
    const bad = runCli(["ingest", "/no/such/path"], env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("path not found");
    // A source address is a web address, and it names one page.
    const seed = join(FIXTURES_DIR, "seeds/002_e0a6c29f7289a2c5.txt");
    const script = runCli(["ingest", seed, "--url", "javascript:alert(1)"], env);
    expect(script.code).toBe(2);
    expect(script.stderr).toContain("--url: 须为 http:// 或 https://");
    const two = runCli(["ingest", join(FIXTURES_DIR, "seeds"), "--url", "https://www.example.cn/a.html"], env);
    expect(two.code).toBe(2);
    expect(two.stderr).toContain("--url names one page");
  });
});
