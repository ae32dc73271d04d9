/** "3月6日至7日" / "9月22日至24日" / "11月8日" / "2024年3月6日", year from the page when absent. */
export interface DateSpan {
  text: string;
  start: string | null;
  end: string | null;
}

const pad = (n: number) => String(n).padStart(2, "0");

export function findDateSpan(sentence: string, publishedOn: string | null): DateSpan | null {
  const m = /(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日(?:[至到\-—~](?:(\d{1,2})月)?(\d{1,2})日)?/.exec(sentence);
  if (!m) return null;
  const year = m[1] ? Number(m[1]) : publishedOn ? Number(publishedOn.slice(0, 4)) : null;
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (year == null) return { text: m[0], start: null, end: null };
  const start = `${year}-${pad(mo)}-${pad(d)}`;
  const end = m[5] ? `${year}-${pad(m[4] ? Number(m[4]) : mo)}-${pad(Number(m[5]))}` : start;
  return { text: m[0], start, end };
}
