import { ENUMS } from "./labels.js";

export type FieldType = "number" | "wan" | "text" | "textarea" | "date" | "enum" | "multi" | "lines" | "region" | "bool" | "items";
export interface FieldDef { key: string; label: string; type: FieldType; options?: Record<string, string> }

const e = (k: string) => ENUMS[k];
/** The kind-specific fields of the publish form, in the order a person fills them in. */
export const KIND_FIELDS: Record<string, FieldDef[]> = {
  tech_offer: [
    { key: "trl", label: "技术成熟度 TRL (1–9)", type: "number" },
    { key: "ipStatus", label: "知识产权", type: "enum", options: e("ipStatus") },
    { key: "cooperationModes", label: "合作方式", type: "multi", options: e("cooperationModes") },
    { key: "priceYuan", label: "价格(万元)", type: "wan" },
  ],
  tech_need: [
    { key: "problem", label: "要解决的问题", type: "textarea" },
    { key: "budgetMinYuan", label: "预算下限(万元)", type: "wan" },
    { key: "budgetMaxYuan", label: "预算上限(万元)", type: "wan" },
    { key: "deadline", label: "截止日期", type: "date" },
  ],
  challenge: [
    { key: "rewardYuan", label: "榜单金额(万元)", type: "wan" },
    { key: "deadline", label: "揭榜截止日期", type: "date" },
    { key: "requirements", label: "揭榜要求(每行一条)", type: "lines" },
  ],
  space: [
    { key: "spaceKind", label: "类型", type: "enum", options: e("spaceKind") },
    { key: "areaSqm", label: "面积(㎡)", type: "number" },
    { key: "rent.yuan", label: "租金", type: "number" },
    { key: "rent.per", label: "租金单位", type: "enum", options: e("per") },
    { key: "salePriceYuan", label: "售价(万元)", type: "wan" },
    { key: "floorLoadKgPerSqm", label: "楼面承重(kg/㎡)", type: "number" },
    { key: "clearHeightM", label: "层高(米)", type: "number" },
    { key: "landUse", label: "用途", type: "enum", options: e("landUse") },
    { key: "availableFrom", label: "可入驻日期", type: "date" },
    { key: "address", label: "地址", type: "text" },
  ],
  investment: [
    { key: "amountWan", label: "投资额(万元)", type: "number" },
    { key: "targetRegionIds", label: "目标地区", type: "region" },
    { key: "stage", label: "阶段", type: "enum", options: e("stage") },
  ],
  procurement: [
    { key: "items", label: "采购品目(每行:名称,数量,单位)", type: "items" },
    { key: "budgetYuan", label: "总预算(万元)", type: "wan" },
    { key: "deadline", label: "截止日期", type: "date" },
    { key: "joinable", label: "接受其他城市企业联合采购", type: "bool" },
  ],
  service: [
    { key: "category", label: "服务类别", type: "enum", options: e("category") },
    { key: "priceYuan", label: "价格(万元)", type: "wan" },
  ],
  finance: [
    { key: "financeType", label: "资金类型", type: "enum", options: e("financeType") },
    { key: "amountMinYuan", label: "金额下限(万元)", type: "wan" },
    { key: "amountMaxYuan", label: "金额上限(万元)", type: "wan" },
    { key: "termMonths", label: "期限(月)", type: "number" },
  ],
};

export type FormValues = Record<string, string | boolean | string[]>;

/** Form strings → the attrs object the API validates (empty fields left out). */
export function toAttrs(kind: string, v: FormValues): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of KIND_FIELDS[kind] ?? []) {
    const raw = v[f.key];
    if (raw === undefined || raw === "" || (Array.isArray(raw) && raw.length === 0)) continue;
    let val: unknown = raw;
    if (f.type === "number") val = Number(raw);
    if (f.type === "wan") val = Math.round(Number(raw) * 10_000);
    if (f.type === "lines") val = String(raw).split("\n").map((s) => s.trim()).filter(Boolean);
    if (f.type === "region") val = [Number(raw)];
    if (f.type === "items")
      val = String(raw).split("\n").map((s) => s.trim()).filter(Boolean).map((line) => {
        const [name, quantity, unit] = line.split(/[,,]/).map((x) => x.trim());
        return { name, quantity: Number(quantity), unit: unit ?? "" };
      });
    if (f.key.includes(".")) {
      const [a, b] = f.key.split(".");
      out[a] = { ...(out[a] as object), [b]: val };
    } else out[f.key] = val;
  }
  return out;
}

/** attrs → form strings, for editing. */
export function fromAttrs(kind: string, a: Record<string, unknown>): FormValues {
  const v: FormValues = {};
  for (const f of KIND_FIELDS[kind] ?? []) {
    const [k, sub] = f.key.split(".");
    const raw = sub ? (a[k] as Record<string, unknown> | undefined)?.[sub] : a[k];
    if (raw == null) continue;
    if (f.type === "wan") v[f.key] = String(Number(raw) / 10_000);
    else if (f.type === "lines") v[f.key] = (raw as string[]).join("\n");
    else if (f.type === "region") v[f.key] = String((raw as number[])[0]);
    else if (f.type === "items") v[f.key] = (raw as { name: string; quantity: number; unit: string }[]).map((i) => `${i.name},${i.quantity},${i.unit}`).join("\n");
    else if (f.type === "multi") v[f.key] = raw as string[];
    else if (f.type === "bool") v[f.key] = !!raw;
    else v[f.key] = String(raw);
  }
  return v;
}
