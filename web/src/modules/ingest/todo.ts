import { api } from "../../api.js";
import type { TodoItem } from "../../modules.js";
import type { Session } from "../../session.js";

/** Draft facts waiting for review: ingest is for platform admins and alliance secretariats. */
export async function ingestTodo(s: Session, signal: AbortSignal): Promise<TodoItem[]> {
  if (!(s.isAdmin || s.hasRole("alliance_secretariat"))) return [];
  const r = await api<{ total: number }>("GET", "/api/ingest/facts", undefined, { query: { status: "draft", limit: 1 }, signal });
  return [{ key: "ingest.drafts", label: { zh: "待审核的采集事实", en: "Extracted facts to review" }, count: r.total, href: "/ingest/review" }];
}
