/** The ingest pages' calls to the API, in one place. */
export class IngestApiError extends Error {
  constructor(readonly code: string, message: string, readonly fields?: Record<string, string>) {
    super(message);
  }
}

let csrf: string | undefined;
async function csrfToken(): Promise<string | undefined> {
  if (csrf) return csrf;
  const r = await fetch("/api/auth/me", { credentials: "same-origin" });
  csrf = r.ok ? (await r.json()).csrfToken : undefined;
  return csrf;
}

async function send<T>(method: string, path: string, body?: BodyInit, json = true): Promise<T> {
  const headers: Record<string, string> = {};
  if (method !== "GET") {
    const t = await csrfToken();
    if (t) headers["x-csrf-token"] = t;
  }
  if (body !== undefined && json) headers["content-type"] = "application/json";
  const r = await fetch(path, { method, headers, credentials: "same-origin", body });
  const data = await r.json().catch(() => null);
  if (!r.ok) {
    const e = data?.error ?? {};
    throw new IngestApiError(e.code ?? "INTERNAL", e.message ?? `HTTP ${r.status}`, e.fields);
  }
  return data as T;
}

export interface Repair { kind: string; from: string; to: string; at: number; rule: string }
export interface Fact {
  id: number; article_id: number; type: string; data: Record<string, unknown>; edited_data: Record<string, unknown> | null;
  effective: Record<string, unknown>; sentence: string; confidence: number; status: string;
  record_module: string | null; record_id: number | null; article_title?: string;
}
export interface ArticleRow { id: number; title: string; published_on: string | null; origin: string | null; status: string; sources: number; drafts: number }
export interface ArticleDetail {
  id: number; title: string; published_on: string | null; origin: string | null; status: string;
  body: string; encoding: string; repairs: { title: Repair[]; body: Repair[] }; facts: Fact[];
  sources: { id: number; file_name: string; size_bytes: number; match: string; distance: number | null }[];
}
export type IngestResult = { name: string; status: "ok" | "duplicate" | "error"; articleId?: number; title?: string; facts?: number; match?: string; distance?: number; reason?: string };

export const ingest = {
  upload(files: File[]) {
    const form = new FormData();
    for (const f of files) form.append("files", f, f.name);
    return send<{ results: IngestResult[]; summary: { ok: number; duplicate: number; error: number } }>("POST", "/api/ingest", form, false);
  },
  articles: (offset = 0) => send<{ total: number; items: ArticleRow[] }>("GET", `/api/ingest/articles?limit=50&offset=${offset}`),
  article: (id: number) => send<ArticleDetail>("GET", `/api/ingest/articles/${id}`),
  facts: (status: string, type?: string) => send<{ total: number; items: Fact[] }>("GET", `/api/ingest/facts?status=${status}&limit=200${type ? `&type=${type}` : ""}`),
  edit: (id: number, data: Record<string, unknown>) => send<Fact>("PATCH", `/api/ingest/facts/${id}`, JSON.stringify({ data })),
  confirm: (id: number) => send<Fact>("POST", `/api/ingest/facts/${id}/confirm`),
  reject: (id: number, reason?: string) => send<Fact>("POST", `/api/ingest/facts/${id}/reject`, JSON.stringify(reason ? { reason } : {})),
};

export const TYPE_LABEL: Record<string, string> = { region: "地区", delegation: "代表团考察", agreement: "协议签署", alliance: "联盟/平台成立", signing: "签约统计", meeting: "会议" };
export const STATUS_LABEL: Record<string, string> = { draft: "待审", confirmed: "已确认", rejected: "已驳回", new: "待审", reviewed: "已审" };

const yi = (y: number) => (y >= 1e8 ? `${+(y / 1e8).toFixed(2)}亿元` : `${+(y / 1e4).toFixed(2)}万元`);
type Ref = { name: string } | null | undefined;

/** One line a reviewer reads at a glance. */
export function summarize(type: string, d: Record<string, any>): string {
  switch (type) {
    case "region": return `${d.name}${d.alternatives ? `(另有同名:${d.alternatives.map((a: { code: string }) => a.code).join("、")})` : ""}`;
    case "delegation": return `${(d.from as Ref)?.name ?? "?"} → ${(d.to as { name: string }[]).map((t) => t.name).join("、")}${d.startDate ? ` · ${d.startDate}${d.endDate && d.endDate !== d.startDate ? ` 至 ${d.endDate}` : ""}` : ""}`;
    case "agreement": return `《${d.title}》${d.parties?.length ? ` · ${d.parties.join(" / ")}` : ""}`;
    case "alliance": return `${d.name}`;
    case "signing": return [d.projectCount != null && `项目${d.projectCount}个`, d.totalYuan != null && `总投资${yi(d.totalYuan)}`, ...(d.buckets ?? []).map((b: any) => `${b.minYuan != null ? yi(b.minYuan) : ""}${b.maxYuan != null ? `–${yi(b.maxYuan)}` : "以上"}:${b.count}个`), d.agreementCount != null && `协议${d.agreementCount}个`].filter(Boolean).join(" · ");
    case "meeting": return `${d.name}${d.host ? ` · 主办 ${d.host.name}` : ""}${d.theme ? ` · 主题“${d.theme}”` : ""}`;
    default: return JSON.stringify(d);
  }
}
