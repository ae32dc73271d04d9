import { AppError } from "../../platform/errors.js";
import type { ProjectStatus } from "./ledger.tables.js";

export const STATUS_LABELS: Record<ProjectStatus, string> = { signed: "签约", started: "开工", producing: "投产/落地", terminated: "终止" };
const ORDER: ProjectStatus[] = ["signed", "started", "producing"];

export interface StatusRequest {
  to: ProjectStatus;
  on: string;
  reason?: string;
  /** Required when jumping signed → producing: the date the skipped 开工 happened. */
  startedOn?: string;
}

export interface Step {
  from: ProjectStatus;
  to: ProjectStatus;
  on: string;
  reason: string;
}

const refuse = (message: string, fields: Record<string, string>) => new AppError("INVALID_TRANSITION", message, fields);

/**
 * The history rows a status change writes. signed → started → producing, one step at a time;
 * a jump over 开工 is accepted only with the date it started (it then writes both steps);
 * any open status → terminated with a reason; nothing after terminated, nothing backwards.
 */
export function planTransition(
  current: { status: ProjectStatus; statusOn: string; signedOn: string },
  req: StatusRequest,
  today: string,
): Step[] {
  const { status } = current;
  const reason = (req.reason ?? "").trim();
  if (status === "terminated") throw refuse("项目已终止,不能再变更状态 (project is terminated)", { to: "项目已终止 (terminated)" });
  if (req.to === status) throw refuse(`项目已处于“${STATUS_LABELS[status]}”状态 (already in this status)`, { to: "状态未变化 (unchanged)" });
  if (req.on > today) throw refuse("状态变更日期不能晚于今天 (date is in the future)", { on: "不能晚于今天 (in the future)" });
  if (req.on < current.statusOn) {
    throw refuse(`日期早于上一次状态变更 ${current.statusOn} (date before the previous change)`, { on: `不能早于 ${current.statusOn}` });
  }
  if (req.to === "terminated") {
    if (!reason) throw refuse("终止项目须说明原因 (a reason is required to terminate)", { reason: "必填 (required)" });
    return [{ from: status, to: "terminated", on: req.on, reason }];
  }
  const from = ORDER.indexOf(status);
  const to = ORDER.indexOf(req.to);
  if (to < from) {
    throw refuse(`不能从“${STATUS_LABELS[status]}”退回“${STATUS_LABELS[req.to]}” (no backwards transition)`, { to: "不能倒退 (backwards)" });
  }
  if (to - from === 1) return [{ from: status, to: req.to, on: req.on, reason }];
  // signed → producing: the skipped 开工 needs its own date, or the history would invent one.
  if (!req.startedOn) {
    throw refuse("从“签约”直接到“投产/落地”须填写开工日期 (skipping 开工 needs startedOn)", { startedOn: "跳过开工须填写开工日期 (required when skipping 开工)" });
  }
  if (req.startedOn < current.statusOn) throw refuse(`开工日期不能早于 ${current.statusOn}`, { startedOn: `不能早于 ${current.statusOn}` });
  if (req.startedOn > req.on) throw refuse("开工日期不能晚于投产日期 (startedOn after on)", { startedOn: "不能晚于投产日期" });
  return [
    { from: "signed", to: "started", on: req.startedOn, reason: "" },
    { from: "started", to: "producing", on: req.on, reason },
  ];
}
