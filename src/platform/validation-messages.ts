import { z } from "zod";

/**
 * zod's own messages, for the checks a schema gives no message of its own ("expected number",
 * "expected one of …"), in Chinese first and English after, as every other error of the platform
 * says it: "无效输入：期望 数字，实际接收 string (Invalid input: expected number, received string)".
 * Without this an API caller, an imported file's row or a form saw English alone for these.
 * zod reads the setting when a value fails, so importing this once, before any request or
 * command is handled, covers every schema.
 */
const zh = z.locales.zhCN().localeError;
const en = z.locales.en().localeError;

const text = (m: ReturnType<NonNullable<typeof zh>>): string | undefined => (typeof m === "string" ? m : m?.message);

z.config({
  localeError: (issue) => {
    const chinese = zh && text(zh(issue));
    const english = en && text(en(issue));
    return chinese && english && chinese !== english ? `${chinese} (${english})` : (chinese ?? english);
  },
});
