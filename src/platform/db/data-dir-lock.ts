import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { AppError } from "../errors.js";

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * PGlite is one process's database: two processes writing the same data directory corrupt it.
 * A pid file refuses the second opener (a stale file from a crashed process is taken over).
 */
export function lockDataDir(dir: string): () => void {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, "jishi.pid");
  let holder: number | undefined;
  try {
    holder = Number(readFileSync(file, "utf8").trim()) || undefined;
  } catch {
    holder = undefined;
  }
  if (holder && holder !== process.pid && alive(holder))
    throw new AppError(
      "CONFLICT",
      `数据目录 ${dir} 正被进程 ${holder} 使用 (data directory in use by process ${holder}; stop it, or use DATABASE_URL for several processes)`,
    );
  writeFileSync(file, String(process.pid));
  return () => {
    try {
      if (readFileSync(file, "utf8").trim() === String(process.pid)) rmSync(file);
    } catch {
      /* already gone */
    }
  };
}
