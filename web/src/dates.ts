/**
 * Dates as the platform's users read them: in China (UTC+8, one zone, no daylight saving),
 * whatever the browser's zone. An instant's UTC day is the previous day in China until 08:00,
 * so slicing an ISO timestamp showed a listing published at 01:00 as published the day before.
 */
const CN_OFFSET_MS = 8 * 3600_000;
const cnIso = (ms: number) => new Date(ms + CN_OFFSET_MS).toISOString();

/** Today in China as YYYY-MM-DD: the default of date inputs. */
export const todayCn = (): string => cnIso(Date.now()).slice(0, 10);

/** A calendar date (YYYY-MM-DD, kept as it is) or an instant, as its day in China; "" for none. */
export function dateCn(v: string | null | undefined): string {
  if (!v) return "";
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return v;
  const ms = new Date(v).getTime();
  return Number.isNaN(ms) ? v : cnIso(ms).slice(0, 10);
}

/** An instant as YYYY-MM-DD HH:mm in China. */
export function dateTimeCn(v: string): string {
  const ms = new Date(v).getTime();
  return Number.isNaN(ms) ? v : cnIso(ms).slice(0, 16).replace("T", " ");
}
