/**
 * Alliances every installation starts with, as the seed pages describe them. Members are
 * GB/T 2260 region codes in rotation order (null = member outside the rotation).
 *
 * 嘉昆太 rotation: order 嘉定区 1, 昆山市 2, 太仓市 3; the consult module computes the host
 * of a year as members[(year - baseYear) mod n] with base year 2022 (嘉定 2022, 昆山 2023,
 * 太仓 2024 — seed 003: 2024 is 太仓's "轮值年").
 */
import type { AllianceKind } from "../directory.tables.js";

export interface AllianceSeed {
  name: string;
  shortName: string;
  nameEn: string;
  shortNameEn: string;
  kind: AllianceKind;
  description: string;
  foundedOn: string | null;
  members: readonly { code: string; rotationOrder: number | null }[];
  /** The year the member with rotation order 1 hosts (for the consult module's rotation). */
  rotationBaseYear?: number;
}

const inOrder = (codes: string[]) => codes.map((code, i) => ({ code, rotationOrder: i + 1 }));
const unordered = (codes: string[]) => codes.map((code) => ({ code, rotationOrder: null }));

export const JIAKUNTAI_BASE_YEAR = 2022;

export const ALLIANCES: readonly AllianceSeed[] = [
  {
    name: "长三角G60科创走廊",
    shortName: "G60",
    nameEn: "Yangtze River Delta G60 Science and Innovation Corridor",
    shortNameEn: "G60",
    kind: "corridor",
    description:
      "沿G60高速公路的九城市科创走廊:上海松江、浙江嘉兴、杭州、金华、湖州,江苏苏州,安徽宣城、芜湖、合肥。要素对接大会、九城市企业联合采购、跨区域合作重点项目集中签约、科技与产业创新大赛。",
    foundedOn: null,
    // 松江, 嘉兴, 杭州, 金华, 苏州, 湖州, 宣城, 芜湖, 合肥 — the order seed 001 names them in
    members: unordered(["310117", "330400", "330100", "330700", "320500", "330500", "341800", "340200", "340100"]),
  },
  {
    name: "嘉昆太协同创新核心圈",
    shortName: "嘉昆太",
    nameEn: "Jiading–Kunshan–Taicang Innovation Core Circle",
    shortNameEn: "Jia-Kun-Tai",
    kind: "circle",
    description: "上海嘉定、江苏昆山、太仓三地协同创新核心圈,2018年建立,三地轮值举办年度会议,推进五大行动与百项合作事项。",
    foundedOn: null,
    members: inOrder(["310114", "320583", "320585"]),
    rotationBaseYear: JIAKUNTAI_BASE_YEAR,
  },
  {
    name: "沿沪宁产业创新带",
    shortName: "沿沪宁",
    nameEn: "Shanghai–Nanjing Industrial Innovation Belt",
    shortNameEn: "Hu-Ning Belt",
    kind: "belt",
    description:
      "沿沪宁通道的产业创新带,上海普陀区与南京、镇江、常州、无锡、苏州等节点城市协同创新:协同创新会商制度、在线集市、强链延链合作、要素对接活动。",
    foundedOn: null,
    // 上海市普陀区 (seeds 000/002), 苏州 (000), 镇江 (002); 南京, 常州, 无锡 lie on the same corridor
    members: unordered(["310107", "320500", "321100", "320100", "320400", "320200"]),
  },
];
