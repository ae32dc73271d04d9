import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** A fresh embedded data directory for CLI tests. */
export const tempDataDir = () => mkdtempSync(join(tmpdir(), "jishi-cli-"));

/** Runs the real `jishi` CLI in a child process against the given data directory. */
export function runCli(args: string[], env: Record<string, string> = {}): CliResult {
  const r = spawnSync(process.execPath, ["--import", "tsx", "src/cli/main.ts", ...args], {
    encoding: "utf8",
    env: { ...process.env, JISHI_DEMO: "0", LOG_LEVEL: "silent", DATABASE_URL: "", ...env },
    timeout: 120_000,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
