import type { ListingKind } from "./market.tables.js";

export interface Derived {
  amount_yuan: number | null;
  area_sqm: number | null;
  price_yuan: number | null;
}

type Attrs = Record<string, any>;

/**
 * Typed columns pulled out of the per-kind attrs so that range filters use plain
 * indexes: amount = budget / reward / investment / price; price = rent per ㎡ per month.
 */
export function deriveColumns(kind: ListingKind, a: Attrs): Derived {
  const d: Derived = { amount_yuan: null, area_sqm: null, price_yuan: null };
  switch (kind) {
    case "tech_offer":
    case "service":
      d.amount_yuan = a.priceYuan ?? null;
      break;
    case "tech_need":
      d.amount_yuan = a.budgetMaxYuan ?? a.budgetMinYuan ?? null;
      break;
    case "finance":
      d.amount_yuan = a.amountMaxYuan ?? a.amountMinYuan ?? null;
      break;
    case "challenge":
      d.amount_yuan = a.rewardYuan;
      break;
    case "investment":
      d.amount_yuan = Math.round(a.amountWan * 10_000);
      break;
    case "procurement": {
      const items = (a.items ?? []) as { budgetYuan?: number }[];
      const sum = items.every((i) => i.budgetYuan != null) ? items.reduce((s, i) => s + (i.budgetYuan ?? 0), 0) : null;
      d.amount_yuan = a.budgetYuan ?? sum;
      break;
    }
    case "space":
      d.area_sqm = a.areaSqm;
      d.amount_yuan = a.salePriceYuan ?? null;
      if (a.rent) d.price_yuan = Math.round((a.rent.per === "sqm_day" ? a.rent.yuan * 30 : a.rent.yuan) * 100) / 100;
      break;
  }
  return d;
}

/** 万元 / 亿元 as people read amounts. */
export function formatYuan(v: number | null | undefined): string {
  if (v == null) return "";
  if (v >= 100_000_000) return `${+(v / 100_000_000).toFixed(2)}亿元`;
  if (v >= 10_000) return `${+(v / 10_000).toFixed(2)}万元`;
  return `${v}元`;
}
