import { formatYuan } from "./amount.js";

/**
 * Amount buckets as the seeds report them. Half-open intervals in yuan:
 * [0, 1亿), [1亿, 10亿), [10亿, 30亿), [30亿, ∞) — so a 30亿 project counts as "30亿元以上".
 */
export const BUCKETS = [
  { key: "lt1", label: "1亿元以下", min: 0, max: 1e8 },
  { key: "1to10", label: "1亿-10亿元", min: 1e8, max: 1e9 },
  { key: "10to30", label: "10亿-30亿元", min: 1e9, max: 3e9 },
  { key: "ge30", label: "30亿元以上", min: 3e9, max: Infinity },
] as const;
export type BucketKey = (typeof BUCKETS)[number]["key"];

export function bucketOf(yuan: number): BucketKey {
  return BUCKETS.find((b) => yuan >= b.min && yuan < b.max)!.key;
}

export interface SigningFigures {
  projectCount: number;
  totalYuan: number;
  buckets: Record<BucketKey, number>;
  /** Projects recorded without an amount (not in any bucket). */
  undisclosed?: number;
}

/**
 * The seed-002 sentence, from the numbers: "签约项目29个,总投资304亿元,其中10亿-30亿元项目7个,
 * 30亿元以上项目5个". ASCII commas as in the source; only the two large buckets are named,
 * and a bucket with no project is left out.
 */
export function signingSentence(f: SigningFigures): string {
  if (f.projectCount === 0) return "暂无签约项目";
  let s = `签约项目${f.projectCount}个,总投资${formatYuan(f.totalYuan) || "0元"}`;
  if (f.undisclosed) s += `(另有${f.undisclosed}个项目未披露金额)`;
  const big = [
    [BUCKETS[2].label, f.buckets["10to30"]],
    [BUCKETS[3].label, f.buckets.ge30],
  ].filter(([, n]) => (n as number) > 0);
  if (big.length) s += ",其中" + big.map(([label, n]) => `${label}项目${n}个`).join(",");
  return s;
}

export interface Named {
  name: string;
  count: number;
  amountYuan?: number;
}

export interface DashboardFigures extends SigningFigures {
  /** e.g. "2024年", "2024年1月1日至6月30日"; "" for all time. */
  period: string;
  /** e.g. "沿沪宁产业创新带", "苏州市"; "" for the whole platform. */
  scope: string;
  agreementCount: number;
  byStatus: { signed: number; started: number; producing: number; terminated: number };
  topRegions: Named[];
  topIndustries: Named[];
  /** The most frequent pair of cooperating regions. */
  topPair?: { a: string; b: string; weight: number };
}

const list = (xs: Named[], withAmount: boolean) =>
  xs.map((x) => `${x.name}(${withAmount && x.amountYuan ? formatYuan(x.amountYuan) : `${x.count}个`})`).join("、");

/** The whole paragraph a dashboard shows: agreements, the signing sentence, progress, where and what. */
export function dashboardParagraph(f: DashboardFigures): string {
  const who = `${f.period}${f.scope}`;
  const parts: string[] = [];
  parts.push(`${who ? who + "," : ""}共签署合作协议${f.agreementCount}份;${signingSentence(f)}。`);
  if (f.projectCount > 0) {
    const s = f.byStatus;
    parts.push(`目前已开工${s.started}个,已投产(落地)${s.producing}个,尚未开工${s.signed}个${s.terminated ? `,终止${s.terminated}个` : ""}。`);
  }
  if (f.topRegions.length) parts.push(`投资额居前的落地地区为${list(f.topRegions, true)}。`);
  if (f.topIndustries.length) parts.push(`项目主要集中在${list(f.topIndustries, false)}等产业。`);
  if (f.topPair) parts.push(`合作最密切的是${f.topPair.a}与${f.topPair.b}(${f.topPair.weight}项)。`);
  return parts.join("");
}

/** "2024年" for a calendar year, "2024年第3季度" for a quarter, else the two dates. */
export function describePeriod(from?: string, to?: string): string {
  if (!from && !to) return "";
  if (from && to) {
    const [fy, fm, fd] = from.split("-");
    const [ty, tm, td] = to.split("-");
    if (fy === ty && fm === "01" && fd === "01" && tm === "12" && td === "31") return `${fy}年`;
    const q = ["01", "04", "07", "10"].indexOf(fm);
    const qEnd = ["03-31", "06-30", "09-30", "12-31"][q];
    if (fy === ty && fd === "01" && q >= 0 && `${tm}-${td}` === qEnd) return `${fy}年第${q + 1}季度`;
    return `${from}至${to}`;
  }
  return from ? `${from}以来` : `截至${to}`;
}
