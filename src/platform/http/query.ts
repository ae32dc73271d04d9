import type { z } from "zod";
import { AppError, type FieldErrors } from "../errors.js";

/**
 * Parses a query string with a strict zod object, naming each unknown or bad parameter as its
 * own field (the generic handler would only say "querystring").
 */
export function parseQuery<S extends z.ZodType>(schema: S, raw: unknown): z.infer<S> {
  const r = schema.safeParse(raw ?? {});
  if (r.success) return r.data;
  const fields: FieldErrors = {};
  for (const i of r.error.issues) {
    if (i.code === "unrecognized_keys") for (const k of i.keys) fields[k] = "未知的查询参数 (unknown parameter)";
    else fields[i.path.map(String).join(".") || "_"] ??= i.message;
  }
  throw new AppError("VALIDATION_FAILED", `查询参数不合法: ${Object.keys(fields).join(", ")} (invalid query parameters)`, fields);
}
