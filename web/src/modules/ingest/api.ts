/** The ingest pages' calls, through the shell's api(); types mirror the server's answers. */
import { api, upload } from "../../api.js";

export interface Repair { kind: string; from: string; to: string; at: number; rule: string }
export interface RemovedLine { text: string; reason: "header" | "footer" | "related" | "noise" | "origin" | "fragment" | "repeated" }
export type FactType = "region" | "delegation" | "agreement" | "alliance" | "signing" | "meeting";
export const FACT_TYPES: FactType[] = ["agreement", "signing", "delegation", "meeting", "alliance", "region"];
export type FactStatus = "draft" | "confirmed" | "rejected";

export interface Fact {
  id: number;
  article_id: number;
  type: FactType;
  data: Record<string, unknown>;
  edited_data: Record<string, unknown> | null;
  effective: Record<string, any>;
  sentence: string;
  confidence: number;
  status: FactStatus;
  record_module: string | null;
  record_type: string | null;
  record_id: number | null;
  reject_reason: string | null;
  article_title?: string;
}

export interface ArticleRow { id: number; title: string; published_on: string | null; origin: string | null; status: "new" | "reviewed"; sources: number; drafts: number; created_at: string }
export interface ArticleDetail {
  id: number; title: string; url: string | null; published_on: string | null; origin: string | null; status: string;
  body: string; encoding: string; repairs: { title: Repair[]; body: Repair[] }; removed: RemovedLine[]; facts: Fact[];
  sources: { id: number; file_name: string; size_bytes: number; match: "original" | "exact" | "same_body" | "near"; distance: number | null; received_at: string }[];
}
export type IngestResult =
  | { name: string; status: "ok"; articleId: number; title: string; facts: number; repairs: number }
  | { name: string; status: "duplicate"; articleId: number; match: "exact" | "same_body" | "near"; distance: number }
  | { name: string; status: "error"; reason: string };

export const ingest = {
  /** One file per request, so the page can show progress and each file's answer as it arrives. */
  uploadOne(file: File): Promise<{ results: IngestResult[] }> {
    const form = new FormData();
    form.append("files", file, file.name);
    return upload("/api/ingest", form);
  },
  /** Text pasted in the browser, with the address it was read at. */
  uploadText: (page: { name: string; content: string; url?: string }): Promise<{ results: IngestResult[] }> => api("POST", "/api/ingest", page),
  articles: (q: { limit: number; offset: number }, signal?: AbortSignal) => api<{ total: number; items: ArticleRow[] }>("GET", "/api/ingest/articles", undefined, { query: q, signal }),
  article: (id: number, signal?: AbortSignal) => api<ArticleDetail>("GET", `/api/ingest/articles/${id}`, undefined, { signal }),
  facts: (q: { status?: string; type?: string; limit: number; offset: number }, signal?: AbortSignal) =>
    api<{ total: number; items: Fact[] }>("GET", "/api/ingest/facts", undefined, { query: q, signal }),
  edit: (id: number, data: Record<string, unknown>) => api<Fact>("PATCH", `/api/ingest/facts/${id}`, { data }),
  confirm: (id: number, data?: Record<string, unknown>) => api<Fact>("POST", `/api/ingest/facts/${id}/confirm`, data ? { data } : {}),
  reject: (id: number, reason?: string) => api<Fact>("POST", `/api/ingest/facts/${id}/reject`, reason ? { reason } : {}),
  alliances: (signal?: AbortSignal) => api<{ items: { id: number; name: string }[] }>("GET", "/api/alliances", undefined, { query: { limit: 500 }, signal }).then((r) => r.items),
};

/** The address if it is a web page's (http or https): only those are offered as links. */
export function webAddress(s: string | null | undefined): URL | null {
  if (!s) return null;
  try {
    const u = new URL(s);
    return /^https?:$/.test(u.protocol) ? u : null;
  } catch {
    return null;
  }
}

/** Where the record a confirmation created lives in the UI. */
export function recordHref(f: Pick<Fact, "record_type" | "record_id">): string | null {
  if (f.record_id == null) return null;
  switch (f.record_type) {
    case "agreement": return `/ledger/agreements/${f.record_id}`;
    case "ceremony": return `/ledger/ceremonies/${f.record_id}`;
    case "visit": return `/consult/visits/${f.record_id}`;
    case "meeting": return `/consult/meetings/${f.record_id}`;
    case "alliance": return `/alliances/${f.record_id}`;
    case "region": return `/regions?id=${f.record_id}`;
    default: return null;
  }
}
