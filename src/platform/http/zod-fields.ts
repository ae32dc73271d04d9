import type { FieldErrors } from "../errors.js";

/** A zod issue as both zod and fastify-type-provider-zod (in `params`) report it. */
export interface ZodIssueLike {
  /** Dotted path to the value ("" for the object itself). */
  at: string;
  code: string | undefined;
  message: string;
  /** The unknown keys of an "unrecognized_keys" issue. */
  keys?: unknown;
}

/**
 * One field error per bad value, keyed by its dotted path. An unknown key is named itself
 * ("status", not "body") with `unknownMessage`; an issue on the whole object falls back to
 * `fallback`.
 */
export function fieldsFromIssues(issues: ZodIssueLike[], unknownMessage: string, fallback = "_"): FieldErrors {
  const fields: FieldErrors = {};
  for (const i of issues) {
    if (i.code === "unrecognized_keys" && Array.isArray(i.keys) && i.keys.length) {
      for (const k of i.keys) fields[i.at ? `${i.at}.${String(k)}` : String(k)] ??= unknownMessage;
    } else fields[i.at || fallback] ??= i.message;
  }
  return fields;
}

/** zod's own issues in that shape. */
export const zodIssues = (issues: readonly { path: readonly PropertyKey[]; message: string; code?: string; keys?: unknown }[]): ZodIssueLike[] =>
  issues.map((i) => ({ at: i.path.map(String).join("."), code: i.code, message: i.message, keys: i.keys }));
