import { mkdtempSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lockDataDir } from "./data-dir-lock.js";

describe("data directory lock", () => {
  it("refuses a directory held by another live process", () => {
    const dir = mkdtempSync(join(tmpdir(), "jishi-lock-"));
    writeFileSync(join(dir, "jishi.pid"), String(process.ppid));
    expect(() => lockDataDir(dir)).toThrow(/in use by process/);
  });

  it("takes over a stale lock and removes it on release", () => {
    const dir = mkdtempSync(join(tmpdir(), "jishi-lock-"));
    writeFileSync(join(dir, "jishi.pid"), "999999999");
    const release = lockDataDir(dir);
    expect(readFileSync(join(dir, "jishi.pid"), "utf8")).toBe(String(process.pid));
    release();
    expect(existsSync(join(dir, "jishi.pid"))).toBe(false);
  });
});
