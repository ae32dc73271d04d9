import type { OpenContext } from "../modules/module.js";
import { fail } from "./output.js";

export type CliContext = Awaited<ReturnType<OpenContext>>;

/**
 * Opens the database, runs the command, closes; any refusal becomes a one-line reason and
 * exit 2. `report` may print a richer account of an error first (and exit itself).
 */
export async function withDb(
  open: OpenContext,
  json: boolean | undefined,
  fn: (ctx: CliContext) => Promise<void>,
  report?: (err: unknown, json: boolean | undefined) => void,
): Promise<void> {
  let ctx: CliContext | undefined;
  try {
    ctx = await open();
    await fn(ctx);
  } catch (err) {
    // fail() exits the process, so `finally` would never close the database: close it here.
    await ctx?.close().catch(() => {});
    ctx = undefined;
    report?.(err, json);
    fail(err, json);
  } finally {
    await ctx?.close();
  }
}
