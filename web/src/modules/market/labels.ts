import { formatAmount } from "../../components/index.js";
import type { T } from "../../i18n.js";

/** Enum-valued attributes: their values are translated by "market.enum.<attr>.<value>". */
export const ENUM_VALUES: Record<string, string[]> = {
  ipStatus: ["patent_granted", "patent_pending", "software_copyright", "know_how", "none"],
  cooperationModes: ["licence", "transfer", "joint_development", "equity", "service"],
  spaceKind: ["factory", "land", "office", "warehouse"],
  landUse: ["industrial", "rnd", "warehouse", "commercial"],
  per: ["sqm_day", "sqm_month"],
  stage: ["planning", "approved", "seeking_partner", "under_construction"],
  category: ["testing", "ip", "legal", "consulting", "incubation", "talent", "design", "other"],
  financeType: ["equity", "debt", "grant", "guarantee", "leasing"],
};

/** The order attributes are shown in on a listing page (and the form). */
export const ATTR_ORDER = [
  "spaceKind", "areaSqm", "rent", "salePriceYuan", "floorLoadKgPerSqm", "clearHeightM", "landUse", "availableFrom", "address",
  "trl", "ipStatus", "patentNumbers", "cooperationModes", "priceYuan",
  "problem", "budgetMinYuan", "budgetMaxYuan", "rewardYuan", "requirements",
  "amountWan", "targetRegionIds", "stage", "items", "budgetYuan", "joinable",
  "category", "financeType", "amountMinYuan", "amountMaxYuan", "termMonths", "deadline",
];

export const STATUS_TONE = { draft: "gray", in_review: "orange", published: "green", rejected: "red", closed: "gray", expired: "gray" } as const;

export const enumLabel = (t: T, attr: string, value: string) => {
  const key = `market.enum.${attr}.${value}`;
  const s = t(key);
  return s === key ? value : s;
};

export const fmtNumber = (n: number, t: T) => n.toLocaleString(t.lang === "en" ? "en" : "zh-CN", { maximumFractionDigits: 2 });
export { dateCn as fmtDate, dateTimeCn as fmtDateTime } from "../../dates.js";

/** A rent per ㎡ per month (the search API's priceYuan). */
export const fmtMonthlyRent = (yuan: number, t: T) => t("market.unit.perMonth", { n: fmtNumber(yuan, t) });

/** One attribute's value as text: amounts in 万元/亿元, enums translated, units attached. */
export function attrText(t: T, key: string, v: unknown, regionName: (id: number) => string = String): string {
  if (v === null || v === undefined || v === "") return "";
  if (key.endsWith("Yuan")) return formatAmount(v as number, t.lang);
  switch (key) {
    case "amountWan":
      return formatAmount((v as number) * 10_000, t.lang);
    case "areaSqm":
      return t("market.unit.sqm", { n: fmtNumber(v as number, t) });
    case "floorLoadKgPerSqm":
      return t("market.unit.kgPerSqm", { n: fmtNumber(v as number, t) });
    case "clearHeightM":
      return t("market.unit.metre", { n: fmtNumber(v as number, t) });
    case "termMonths":
      return t("market.unit.months", { n: v as number });
    case "rent": {
      const r = v as { yuan: number; per: string };
      return `${fmtNumber(r.yuan, t)} ${enumLabel(t, "per", r.per)}`;
    }
    case "targetRegionIds":
      return (v as number[]).map(regionName).join(t.sep);
    case "joinable":
      return t(v ? "market.yes" : "market.no");
    case "items":
      return (v as { name: string; quantity: number; unit: string }[]).map((i) => `${i.name} ${fmtNumber(i.quantity, t)}${i.unit}`).join(";");
    case "requirements":
    case "patentNumbers":
      return (v as string[]).join(";");
  }
  if (Array.isArray(v)) return v.map((x) => (ENUM_VALUES[key] ? enumLabel(t, key, String(x)) : String(x))).join(t.sep);
  if (ENUM_VALUES[key]) return enumLabel(t, key, String(v));
  return String(v);
}
