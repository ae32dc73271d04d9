import { describe, expect, it } from "vitest";
import { deriveColumns, formatYuan } from "./derive.js";
import { highlight, snippet } from "./search-text.js";

describe("highlight", () => {
  it("escapes stored markup and marks the query words, longest first, case-insensitively", () => {
    expect(highlight(`<b onclick="x">5g 基站</b>`, ["5G", "基站"])).toBe(`&lt;b onclick=&quot;x&quot;&gt;<mark>5g</mark> <mark>基站</mark>&lt;/b&gt;`);
    expect(highlight("协同创新在线集市", ["协同", "协同创新"])).toBe("<mark>协同创新</mark>在线集市");
    expect(highlight("a&b", ["amp"])).toBe("a&amp;b");
    expect(highlight("价格(万元)", ["("])).toBe("价格<mark>(</mark>万元)");
  });

  it("cuts a window around the first match", () => {
    const text = "甲".repeat(300) + "厂房" + "乙".repeat(300);
    const s = snippet(text, ["厂房"], 100);
    expect(s.startsWith("…") && s.endsWith("…")).toBe(true);
    expect(s).toContain("厂房");
    expect([...s].length).toBeLessThanOrEqual(102);
  });
});

describe("deriveColumns", () => {
  it("pulls typed filter columns out of attrs", () => {
    expect(deriveColumns("space", { areaSqm: 2000, rent: { yuan: 0.9, per: "sqm_day" } })).toEqual({ amount_yuan: null, area_sqm: 2000, price_yuan: 27 });
    expect(deriveColumns("investment", { amountWan: 300_000 }).amount_yuan).toBe(3_000_000_000);
    expect(deriveColumns("procurement", { items: [{ budgetYuan: 1 }, { budgetYuan: 2 }] }).amount_yuan).toBe(3);
    expect(deriveColumns("procurement", { items: [{ budgetYuan: 1 }, {}] }).amount_yuan).toBeNull();
    expect(deriveColumns("tech_need", { budgetMinYuan: 5 }).amount_yuan).toBe(5);
  });

  it("formats amounts as 万元 / 亿元", () => {
    expect([formatYuan(3_040_000_000), formatYuan(1_000_000), formatYuan(800)]).toEqual(["30.4亿元", "100万元", "800元"]);
  });
});
