import { toAppError } from "../platform/http/error-handler.js";

/** Prints a result as JSON (for scripts) or via a human formatter. */
export function emit<T>(json: boolean | undefined, value: T, human: (v: T) => string): void {
  process.stdout.write(json ? JSON.stringify(value, null, 2) + "\n" : human(value) + "\n");
}

/** A one-line reason and a non-zero exit: never a stack trace to a user. */
export function fail(err: unknown, json?: boolean): never {
  const e = toAppError(err);
  const message = e.code === "INTERNAL" ? (err as Error)?.message ?? String(err) : e.message;
  if (json) process.stderr.write(JSON.stringify({ error: { code: e.code, message, fields: e.fields } }) + "\n");
  else {
    const fields = e.fields ? " " + Object.entries(e.fields).map(([k, v]) => `[${k}: ${v}]`).join(" ") : "";
    process.stderr.write(`error: ${e.code}: ${message}${fields}\n`);
  }
  process.exit(e.code === "INTERNAL" ? 1 : 2);
}

export function table(rows: Record<string, unknown>[], columns: string[]): string {
  if (rows.length === 0) return "(none)";
  const width = (s: string) => [...s].reduce((w, ch) => w + (/[\u1100-\uffff]/.test(ch) ? 2 : 1), 0);
  const cells = rows.map((r) => columns.map((c) => String(r[c] ?? "")));
  const widths = columns.map((c, i) => Math.max(width(c), ...cells.map((row) => width(row[i]))));
  const pad = (s: string, w: number) => s + " ".repeat(Math.max(0, w - width(s)));
  const line = (vals: string[]) => vals.map((v, i) => pad(v, widths[i])).join("  ").trimEnd();
  return [line(columns), ...cells.map(line)].join("\n");
}
