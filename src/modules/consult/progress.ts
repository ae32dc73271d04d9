import type { ActionStatus } from "./consult.tables.js";

/** Overdue: a deadline already passed and the item neither done nor cancelled. */
export function isOverdue(item: { deadline: string | null; status: ActionStatus }, today: string): boolean {
  return item.deadline != null && item.deadline < today && item.status !== "done" && item.status !== "cancelled";
}

/** done / non-cancelled; null when nothing counts (an empty or fully cancelled programme). */
export function completionRate(statuses: readonly ActionStatus[]): { done: number; total: number; rate: number | null } {
  const total = statuses.filter((s) => s !== "cancelled").length;
  const done = statuses.filter((s) => s === "done").length;
  return { done, total, rate: total === 0 ? null : done / total };
}

const ALLOWED: Record<ActionStatus, ActionStatus[]> = {
  not_started: ["in_progress", "done", "cancelled"],
  in_progress: ["not_started", "done", "cancelled"],
  done: ["in_progress"], // reopening clears the completion date
  cancelled: ["not_started", "in_progress"],
};

export const canTransition = (from: ActionStatus, to: ActionStatus): boolean => ALLOWED[from].includes(to);
