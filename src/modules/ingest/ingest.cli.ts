import { openSync, readSync, closeSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Command } from "commander";
import { emit, fail, table } from "../../cli/output.js";
import { progressBar } from "../../cli/progress.js";
import type { Actor } from "../../platform/auth.js";
import { AppError } from "../../platform/errors.js";
import type { OpenContext } from "../module.js";
import { MAX_PAGE_BYTES } from "./decode.js";
import { ingestBatch, type IngestResult, type PageInput } from "./ingest.service.js";
import { sourceUrl } from "./ingest.schema.js";

/** Whoever runs the CLI has the database in hand: they act as the platform operator (user id 0 in the audit log). */
const OPERATOR: Actor = { userId: 0, email: "operator@localhost", name: "CLI operator", grants: [{ role: "platform_admin" }] };

/** Files under the given paths (directories walked, hidden files skipped), in a stable order. */
export function collectFiles(paths: string[]): string[] {
  const out: string[] = [];
  const walk = (p: string) => {
    const st = statSync(p);
    if (st.isDirectory()) {
      for (const n of readdirSync(p).sort()) if (!n.startsWith(".")) walk(join(p, n));
    } else if (st.isFile()) out.push(p);
  };
  for (const p of paths) {
    try {
      walk(p);
    } catch {
      throw new AppError("VALIDATION_FAILED", `路径不存在或不可读: ${p} (path not found or unreadable)`, { path: p });
    }
  }
  return out;
}

/** Reads at most limit+1 bytes: a 50 MB file costs a bounded read, then a per-file refusal. */
function readBounded(path: string): Uint8Array {
  const size = statSync(path).size;
  const n = Math.min(size, MAX_PAGE_BYTES + 1);
  const buf = Buffer.alloc(n);
  const fd = openSync(path, "r");
  try {
    readSync(fd, buf, 0, n, 0);
  } finally {
    closeSync(fd);
  }
  return buf;
}

function describe(r: IngestResult): Record<string, string> {
  if (r.status === "ok") return { file: r.name, result: "ok", article: `#${r.articleId}`, detail: `${r.facts} facts, ${r.repairs} repairs · ${r.title}` };
  if (r.status === "duplicate") return { file: r.name, result: "duplicate", article: `#${r.articleId}`, detail: `${r.match}${r.match === "near" ? ` (${r.distance} bits)` : ""}` };
  return { file: r.name, result: "failed", article: "", detail: r.reason };
}

export function ingestCli(program: Command, open: OpenContext): void {
  program
    .command("ingest <paths...>")
    .description("采集新闻页面 ingest news pages (files or directories; text or HTML; UTF-8 or GB18030). Exit 0 unless every file failed (1) or bad usage (2)")
    .option("--url <address>", "原文网址,记在文章上 (where the page was read; one file only)")
    .option("--json", "JSON output")
    .action(async (paths: string[], o: { json?: boolean; url?: string }) => {
      let files: string[] = [];
      try {
        files = collectFiles(paths);
        if (files.length === 0) throw new AppError("VALIDATION_FAILED", "没有找到文件 (no files found)", { paths: "empty" });
        if (o.url !== undefined) {
          const url = sourceUrl.safeParse(o.url);
          if (!url.success) throw new AppError("VALIDATION_FAILED", `--url: ${url.error.issues[0].message}`, { url: url.error.issues[0].message });
          if (files.length > 1) throw new AppError("VALIDATION_FAILED", `--url 只能用于一个文件,这里有 ${files.length} 个 (--url names one page; ${files.length} files given)`, { url: "one file only" });
        }
      } catch (err) {
        fail(err, o.json);
      }
      const ctx = await open();
      const progress = progressBar("ingest [{bar}] {value}/{total} {file}", o.json, 6);
      progress(0, files.length, { file: "" });
      let results: IngestResult[] = [];
      try {
        // One file in memory at a time: pages are read lazily inside the batch.
        results = [];
        for (const f of files) {
          const page: PageInput = { name: f, bytes: readBounded(f), url: o.url };
          const [r] = await ingestBatch(ctx.db, OPERATOR, [page]);
          results.push(r);
          progress(results.length, files.length, { file: f.slice(-40) });
        }
      } catch (err) {
        progress.stop();
        await ctx.close();
        fail(err, o.json);
      }
      progress.stop();
      await ctx.close();
      const summary = { ok: results.filter((r) => r.status === "ok").length, duplicate: results.filter((r) => r.status === "duplicate").length, failed: results.filter((r) => r.status === "error").length };
      emit(o.json, { results, summary }, (v) => `${table(v.results.map(describe), ["file", "result", "article", "detail"])}\n\nok ${v.summary.ok} · duplicate ${v.summary.duplicate} · failed ${v.summary.failed}`);
      if (summary.failed === results.length) process.exitCode = 1;
    });
}
