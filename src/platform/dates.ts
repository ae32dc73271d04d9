/** Calendar days as YYYY-MM-DD strings: Chinese calendar days (UTC+8) on every server. */
import { z } from "zod";

const isRealDate = (s: string) => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
};

/** A real calendar day (2024-02-30 is refused), for request bodies and queries. */
export const dateStr = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "日期格式应为 YYYY-MM-DD (date must be YYYY-MM-DD)")
  .refine(isRealDate, "日期无效 (invalid date)");

/** Today in China (UTC+8): deadlines, status and validity dates are Chinese calendar days. */
export function todayCn(now: Date | number = Date.now()): string {
  return new Date(+now + 8 * 3600_000).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
