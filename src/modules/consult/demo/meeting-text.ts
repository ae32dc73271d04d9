/**
 * Agenda, minutes and decisions for the demo meetings that are not from a seed page, written
 * from the meeting's topic in the register of the seeds' own reports.
 */
import { pickN } from "./pick.js";
import type { Rng } from "../../../platform/random.js";
import type { DemoMeeting } from "./meetings-data.js";

export interface Decision {
  text: string;
  /** The decision asks for work: the demo turns it into an action item. */
  act?: boolean;
}

const cn = (d: string) => `${Number(d.slice(0, 4))}年${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`;

export function meetingTitle(m: DemoMeeting, allianceName: string, short: string): string {
  const y = m.heldOn.slice(0, 4);
  if (m.kind === "轮值会议") return `${y}年${allianceName}轮值会议`;
  // "嘉昆太" reads as a name on its own; "G60" does not.
  return m.topic.includes("第") || /^[A-Za-z0-9]+$/.test(short) ? `${m.topic.includes("第") ? "" : `${y}年`}${allianceName}${m.topic}` : `${y}年${short}${m.topic}`;
}

export function agendaFor(m: DemoMeeting, hostName: string): string[] {
  if (m.kind === "轮值会议") {
    return [`${hostName}通报核心圈年度合作进展`, "三地主要领导致辞", "发布年度合作成果与重点合作事项清单", "重点平台与项目签约", "确定下一年度轮值承办方"];
  }
  if (m.topic.includes("年度")) return ["通报年度合作事项完成情况", "逐项对账逾期与滞后事项", "研究下一年度重点工作安排"];
  if (m.topic.includes("季度")) return ["通报本季度合作事项进展", "协调解决跨区域推进难点", "部署下一阶段重点任务"];
  if (m.topic.includes("专题")) return [`听取${m.topic.replace("专题会商", "")}推进情况汇报`, "研究跨区域协调事项", "明确责任分工与时间节点"];
  return ["通报上次会商以来工作进展", "研究协同创新重点任务", "确定下一次会商承办方"];
}

const POOLS: Array<[test: (m: DemoMeeting) => boolean, decisions: Decision[]]> = [
  [(m) => m.kind === "轮值会议", [
    { text: "发布年度重点合作事项清单,由各牵头单位按季度报送进展", act: true },
    { text: "三地共同签署年度合作备忘录" },
    { text: "深化科创产业协同,联合举办产业链对接活动", act: true },
  ]],
  [(m) => m.topic.includes("道路"), [
    { text: "年底前完成第一批跨省界对接道路工程可行性研究", act: true },
    { text: "建立对接道路建设月度调度机制" },
  ]],
  [(m) => m.topic.includes("低空"), [
    { text: "共同编制低空经济应用场景清单", act: true },
    { text: "推动低空飞行服务跨区域协同" },
  ]],
  [(m) => m.topic.includes("成果转化"), [
    { text: "建立九城市技术转移机构协作网络", act: true },
    { text: "联合发布科技成果转化典型案例" },
  ]],
  [(m) => m.topic.includes("九城市"), [
    { text: "更新九城市科技成果转化需求清单", act: true },
    { text: "筹备年度科技与产业创新大赛" },
    { text: "研究扩大科技创新券通用通兑范围" },
  ]],
  [(m) => m.topic.includes("协同创新会商"), [
    { text: "推动节点城市企业入驻协同创新在线集市", act: true },
    { text: "联合发布协同创新攻关需求清单", act: true },
    { text: "按轮流顺序确定下一次会商承办城市" },
  ]],
  [(m) => m.topic.includes("年度"), [
    { text: "对逾期合作事项实行挂牌督办,明确整改时限", act: true },
    { text: "形成下一年度合作事项清单,提交轮值会议审议" },
    { text: "建立合作事项季度通报制度" },
  ]],
  [() => true, [
    { text: "滞后事项由牵头单位提交专项推进计划", act: true },
    { text: "下季度召开专题会商,协调跨省审批事项" },
    { text: "组织一次联合调研,形成调研报告" },
  ]],
];

export function decisionsFor(r: Rng, m: DemoMeeting): Decision[] {
  const pool = POOLS.find(([test]) => test(m))![1];
  return pickN(r, pool, Math.min(pool.length, r.int(2, 3)));
}

export function minutesFor(m: DemoMeeting, title: string, hostName: string, memberNames: string[], decisions: Decision[]): string {
  const members = memberNames.length > 4 ? `${memberNames.slice(0, 4).join("、")}等${memberNames.length}地` : memberNames.join("、");
  const theme = m.theme ? `会议以“${m.theme}”为主题。` : "";
  return `${cn(m.heldOn)},${title}在${hostName}召开,${members}有关部门负责同志参加。${theme}会议逐项梳理了合作事项推进情况,对滞后事项明确了整改时限。会议议定:${decisions.map((d, k) => `${k + 1}. ${d.text}`).join(";")}。`;
}
