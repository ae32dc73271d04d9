/**
 * How a demo action item has fared by DEMO_TODAY: its status, completion date and dated
 * progress notes, drawn from a seeded PRNG so every installation gets the same history.
 * Past deadlines are mostly met; about one in six is still open — those are the overdue ones.
 */
import { addDays } from "../../../platform/dates.js";
import { randomDate, type Rng } from "../../../platform/random.js";
import type { ActionStatus } from "../consult.tables.js";

/** Dates in the demo stop here (as in the ledger demo), so the data is the same whatever day it is loaded. */
export const DEMO_TODAY = "2026-11-01";

export interface ItemPlan {
  status: ActionStatus;
  completedOn?: string;
  notes: { notedOn: string; text: string }[];
}

const ISSUES = ["资金分担", "用地指标", "跨省审批流程", "数据共享接口", "标准规范不一致", "项目选址", "牵头单位人员调整"];
const START = [
  "牵头单位召开对接会,明确任务分工和时间节点",
  "完成前期调研,形成工作方案初稿并征求各方意见",
  "工作方案经{office}审议通过,进入实施阶段",
  "成立工作专班,建立按月报送进展制度",
];
const MIDDLE = [
  "完成阶段性目标,已完成年度任务的{pct}%",
  "联合调度会协调解决{issue}问题",
  "召开推进会,梳理形成第二阶段任务清单",
  "纳入{year}年度重点工作清单和联合督查范围",
  "组织对接活动{n}场,收集企业需求{m}项",
];
const LAGGING = [
  "受{issue}影响,进度滞后于计划,已提请{office}协调",
  "原定节点未能完成,牵头单位提出延期申请,待会商确定",
  "{issue}问题尚未解决,推进暂缓",
];
const DONE = ["任务完成,形成工作总结报送{office}", "已完成并通过联合验收", "完成既定目标,成果在{office}会商上通报"];
const CANCELLED = ["经会商,该事项并入其他合作事项推进,本项取消", "因政策调整,经各方协商不再单独推进"];

function fill(r: Rng, text: string, office: string, on: string): string {
  return text
    .replace("{office}", office)
    .replace("{issue}", r.pick(ISSUES))
    .replace("{pct}", String(r.int(4, 9) * 10))
    .replace("{year}", on.slice(0, 4))
    .replace("{n}", String(r.int(2, 6)))
    .replace("{m}", String(r.int(12, 80)));
}

/** `count` sorted distinct-ish dates in [from, to]. */
function dates(r: Rng, count: number, from: string, to: string): string[] {
  if (to < from) return [];
  return Array.from({ length: count }, () => randomDate(r, from, to)).sort();
}

/** The fate of an item started on `start` and due on `deadline`, seen from DEMO_TODAY. */
export function planItem(r: Rng, start: string, deadline: string, office: string): ItemPlan {
  const last = DEMO_TODAY;
  const x = r.next();
  let status: ActionStatus;
  if (deadline < addDays(last, -30)) status = x < 0.78 ? "done" : x < 0.82 ? "cancelled" : x < 0.95 ? "in_progress" : "not_started";
  else status = x < 0.22 ? "done" : x < 0.82 ? "in_progress" : "not_started";
  const first = addDays(start, 7) > last ? last : addDays(start, 7);
  if (status === "done") {
    const lo = addDays(deadline, -150) > first ? addDays(deadline, -150) : first;
    const hi = addDays(deadline, 20) < last ? addDays(deadline, 20) : last;
    const completedOn = randomDate(r, lo < hi ? lo : hi, hi);
    const mid = dates(r, r.int(1, 2), first, completedOn);
    const notes = [
      ...mid.map((d, k) => ({ notedOn: d, text: fill(r, k === 0 ? r.pick(START) : r.pick(MIDDLE), office, d) })),
      { notedOn: completedOn, text: fill(r, r.pick(DONE), office, completedOn) },
    ];
    return { status, completedOn, notes };
  }
  if (status === "cancelled") {
    const [a, b] = dates(r, 2, first, deadline < last ? deadline : last);
    return { status, notes: a ? [{ notedOn: a, text: fill(r, r.pick(START), office, a) }, { notedOn: b ?? a, text: r.pick(CANCELLED) }] : [] };
  }
  if (status === "not_started") {
    return { status, notes: r.chance(0.5) && first < last ? [{ notedOn: first, text: "已列入合作事项清单,待牵头单位启动" }] : [] };
  }
  const overdue = deadline < last;
  const ds = dates(r, r.int(1, 3), first, last);
  const notes = ds.map((d, k) => ({ notedOn: d, text: fill(r, k === 0 ? r.pick(START) : r.pick(MIDDLE), office, d) }));
  if (overdue && ds.length) {
    const d = randomDate(r, deadline < ds[ds.length - 1] ? ds[ds.length - 1] : deadline, last);
    notes.push({ notedOn: d, text: fill(r, r.pick(LAGGING), office, d) });
  }
  return { status, notes };
}

/** Announced done at a meeting: done that day, one note saying so. */
export function announcedPlan(on: string, where: string): ItemPlan {
  return { status: "done", completedOn: on, notes: [{ notedOn: on, text: `于${where}现场完成并发布` }] };
}

const QUARTER_ENDS = ["03-31", "06-30", "09-30", "12-31"];

/** A quarter-end deadline between two dates. */
export function quarterDeadline(r: Rng, from: string, to: string): string {
  const d = randomDate(r, from, to);
  const y = d.slice(0, 4);
  const q = QUARTER_ENDS.find((e) => d.slice(5) <= e)!;
  return `${y}-${q}`;
}
