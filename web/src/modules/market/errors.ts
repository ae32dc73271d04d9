import { ApiError } from "../../api.js";
import type { T } from "../../i18n.js";

const CJK = /[\u3400-\u9fff]/;

/**
 * The server writes reasons as "中文 (English)". Show the half that matches the interface
 * language; a bare library message (English only, e.g. a missing number) gets a short
 * Chinese reason so English never leaks into the zh-CN interface.
 */
export function localMessage(msg: string, t: T): string {
  const m = /^(.*[\u3400-\u9fff].*?)\s*\(([^()]*)\)\s*$/s.exec(msg);
  if (m) return t.lang === "en" ? m[2] : m[1];
  if (t.lang === "en" || CJK.test(msg)) return msg;
  if (/received undefined|required/i.test(msg)) return t("market.err.required");
  if (/expected number|NaN/i.test(msg)) return t("market.err.number");
  if (/option|enum/i.test(msg)) return t("market.err.option");
  return t("market.err.invalid");
}

/**
 * An ApiError with its message and every field reason in the interface's language. With
 * `form`, a validation failure's banner points at the fields (whose reasons sit under
 * them) instead of listing their internal names ("输入不合法: attrs.areaSqm").
 */
export function localizeError(err: unknown, t: T, opts: { form?: boolean } = {}): unknown {
  if (!(err instanceof ApiError)) return err;
  const fields = err.fields ? Object.fromEntries(Object.entries(err.fields).map(([k, v]) => [k, localMessage(v, t)])) : undefined;
  const message = opts.form && fields && Object.keys(fields).length ? t("market.err.fields") : localMessage(err.message, t);
  return new ApiError(err.status, err.code, message, fields);
}
