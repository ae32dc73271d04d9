import type { T } from "../../i18n.js";
import type { Kind } from "./api.js";
import { ENUM_VALUES } from "./labels.js";

export type FieldType = "number" | "wan" | "text" | "textarea" | "date" | "enum" | "multi" | "lines" | "region" | "bool" | "items";
/** A kind-specific form field; `key` is its path inside attrs ("rent.yuan"). */
export interface FieldDef {
  key: string;
  type: FieldType;
  /** Enum values, translated by "market.enum.<enumOf>.<value>". */
  enumOf?: string;
  required?: boolean;
  wide?: boolean;
}

/** The kind-specific fields of the publish form, in the order a person fills them in. */
export const KIND_FIELDS: Record<Kind, FieldDef[]> = {
  tech_offer: [
    { key: "trl", type: "number", required: true },
    { key: "ipStatus", type: "enum", enumOf: "ipStatus", required: true },
    { key: "cooperationModes", type: "multi", enumOf: "cooperationModes", required: true, wide: true },
    { key: "priceYuan", type: "wan" },
  ],
  tech_need: [
    { key: "problem", type: "textarea", required: true, wide: true },
    { key: "budgetMinYuan", type: "wan" },
    { key: "budgetMaxYuan", type: "wan" },
    { key: "deadline", type: "date" },
  ],
  challenge: [
    { key: "rewardYuan", type: "wan", required: true },
    { key: "deadline", type: "date", required: true },
    { key: "requirements", type: "lines", required: true, wide: true },
  ],
  space: [
    { key: "spaceKind", type: "enum", enumOf: "spaceKind", required: true },
    { key: "areaSqm", type: "number", required: true },
    { key: "rent.yuan", type: "number" },
    { key: "rent.per", type: "enum", enumOf: "per" },
    { key: "salePriceYuan", type: "wan" },
    { key: "floorLoadKgPerSqm", type: "number" },
    { key: "clearHeightM", type: "number" },
    { key: "landUse", type: "enum", enumOf: "landUse", required: true },
    { key: "availableFrom", type: "date" },
    { key: "address", type: "text", required: true },
  ],
  investment: [
    { key: "amountWan", type: "number", required: true },
    { key: "targetRegionIds", type: "region", required: true },
    { key: "stage", type: "enum", enumOf: "stage" },
  ],
  procurement: [
    { key: "items", type: "items", required: true, wide: true },
    { key: "budgetYuan", type: "wan" },
    { key: "deadline", type: "date", required: true },
    { key: "joinable", type: "bool" },
  ],
  service: [
    { key: "category", type: "enum", enumOf: "category", required: true },
    { key: "priceYuan", type: "wan" },
  ],
  finance: [
    { key: "financeType", type: "enum", enumOf: "financeType", required: true },
    { key: "amountMinYuan", type: "wan" },
    { key: "amountMaxYuan", type: "wan" },
    { key: "termMonths", type: "number" },
  ],
};

export const enumValues = (f: FieldDef) => (f.enumOf ? ENUM_VALUES[f.enumOf] : []);

/** The form label: "market.field.<key>" (with its unit) or the attribute's plain name. */
export function fieldLabel(t: T, f: FieldDef): string {
  const k = `market.field.${f.key}`;
  const s = t(k);
  return s === k ? t(`market.attr.${f.key}`) : s;
}

export type FormValues = Record<string, string | boolean | string[]>;

const lines = (s: string) => s.split("\n").map((x) => x.trim()).filter(Boolean);
const num = (s: string) => (s.trim() === "" ? NaN : Number(s));

/** Form strings → the attrs object the API validates; empty fields are left out for the server to judge. */
export function toAttrs(kind: Kind, v: FormValues): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of KIND_FIELDS[kind]) {
    const raw = v[f.key];
    if (raw === undefined || raw === "" || (Array.isArray(raw) && raw.length === 0 && f.type !== "multi")) continue;
    let val: unknown = raw;
    if (f.type === "number") val = num(String(raw));
    if (f.type === "wan") val = Math.round(num(String(raw)) * 10_000);
    if (f.type === "lines") val = lines(String(raw));
    if (f.type === "region") val = (raw as string[]).map(Number);
    if (f.type === "items")
      val = lines(String(raw)).map((line) => {
        const [name = "", quantity = "", unit = "", budgetWan] = line.split(/[,,、\t]/).map((x) => x.trim());
        return { name, quantity: num(quantity), unit, ...(budgetWan ? { budgetYuan: Math.round(num(budgetWan) * 10_000) } : {}) };
      });
    if (f.key.includes(".")) {
      const [a, b] = f.key.split(".");
      out[a] = { ...(out[a] as object), [b]: val };
    } else out[f.key] = val;
  }
  // The rent unit has a default; without an amount there is no rent to send.
  if (out.rent && (out.rent as { yuan?: number }).yuan === undefined) delete out.rent;
  return out;
}

/** attrs → form strings, for editing. */
export function fromAttrs(kind: Kind, a: Record<string, unknown>): FormValues {
  const v: FormValues = {};
  for (const f of KIND_FIELDS[kind]) {
    const [k, sub] = f.key.split(".");
    const raw = sub ? (a[k] as Record<string, unknown> | undefined)?.[sub] : a[k];
    if (raw === null || raw === undefined) continue;
    if (f.type === "wan") v[f.key] = String(Number(raw) / 10_000);
    else if (f.type === "lines") v[f.key] = (raw as string[]).join("\n");
    else if (f.type === "region") v[f.key] = (raw as number[]).map(String);
    else if (f.type === "items")
      v[f.key] = (raw as { name: string; quantity: number; unit: string; budgetYuan?: number }[])
        .map((i) => [i.name, i.quantity, i.unit, ...(i.budgetYuan != null ? [i.budgetYuan / 10_000] : [])].join(","))
        .join("\n");
    else if (f.type === "multi") v[f.key] = raw as string[];
    else if (f.type === "bool") v[f.key] = !!raw;
    else v[f.key] = String(raw);
  }
  return v;
}

/** New forms start with the defaults a person would pick anyway. */
export function defaultAttrs(kind: Kind): FormValues {
  if (kind === "procurement") return { joinable: true };
  if (kind === "space") return { "rent.per": "sqm_month" };
  return {};
}
