import type { z } from "zod";
import { AppError } from "../errors.js";
import { fieldsFromIssues, zodIssues } from "./zod-fields.js";

/**
 * Parses a query string with a strict zod object, naming each unknown or bad parameter as its
 * own field, and saying "parameter" where a body's error says "field".
 */
export function parseQuery<S extends z.ZodType>(schema: S, raw: unknown): z.infer<S> {
  const r = schema.safeParse(raw ?? {});
  if (r.success) return r.data;
  const fields = fieldsFromIssues(zodIssues(r.error.issues), "未知的查询参数 (unknown parameter)");
  throw new AppError("VALIDATION_FAILED", `查询参数不合法: ${Object.keys(fields).join(", ")} (invalid query parameters)`, fields);
}
