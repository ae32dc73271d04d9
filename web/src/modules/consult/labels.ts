import type { Status } from "./http.js";

export const STATUSES: Status[] = ["not_started", "in_progress", "done", "cancelled"];
export const STATUS_TONE: Record<Status, "gray" | "blue" | "green" | "orange"> = { not_started: "gray", in_progress: "blue", done: "green", cancelled: "orange" };

/** The server's lifecycle (src/modules/consult/progress.ts), so the page offers only moves it accepts. */
export const NEXT: Record<Status, Status[]> = {
  not_started: ["in_progress", "done", "cancelled"],
  in_progress: ["done", "not_started", "cancelled"],
  done: ["in_progress"],
  cancelled: ["not_started", "in_progress"],
};

export const pct = (rate: number | null | undefined) => (rate == null ? "—" : `${Math.round(rate * 100)}%`);
