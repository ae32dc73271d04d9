import { api } from "../../api.js";
import type { TodoItem } from "../../modules.js";
import type { Session } from "../../session.js";

/**
 * Overdue action items of the alliances whose secretariat the user is (all of them for a
 * platform admin): chasing them is the secretariat's work.
 */
export async function consultTodo(s: Session, signal: AbortSignal): Promise<TodoItem[]> {
  const overdue = (alliance?: number) =>
    api<unknown[]>("GET", "/api/consult/action-items", undefined, { query: { overdue: "true", alliance }, signal }).then((r) => r.length);
  const label = { zh: "逾期的合作事项", en: "Overdue action items" };
  if (s.isAdmin) return [{ key: "consult.overdue", label, count: await overdue(), href: "/consult" }];
  const alliances = [...new Set((s.user?.grants ?? []).filter((g) => g.role === "alliance_secretariat" && g.allianceId).map((g) => g.allianceId as number))];
  if (alliances.length === 0) return [];
  const counts = await Promise.all(alliances.map((a) => overdue(a)));
  return [{ key: "consult.overdue", label, count: counts.reduce((x, y) => x + y, 0), href: alliances.length === 1 ? `/consult/alliances/${alliances[0]}` : "/consult" }];
}
