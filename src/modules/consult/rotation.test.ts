import { describe, expect, it } from "vitest";
import { baseYearFor, hostForYear } from "./rotation.js";

const jkt = ["嘉定区", "昆山市", "太仓市"];

describe("hostForYear", () => {
  it("2024 is 太仓's year in 嘉昆太 when the rotation is anchored on that fact", () => {
    const base = baseYearFor(jkt, "太仓市", 2024);
    expect(base).toBe(2022);
    expect(hostForYear(jkt, base, 2024)).toBe("太仓市");
    expect(hostForYear(jkt, base, 2025)).toBe("嘉定区");
    expect(hostForYear(jkt, base, 2026)).toBe("昆山市");
  });
  it("works for years before the base year", () => {
    expect(hostForYear(jkt, 2022, 2018)).toBe("太仓市");
    expect(hostForYear(jkt, 2022, 2020)).toBe("昆山市");
    expect(hostForYear(jkt, 2022, 2021)).toBe("太仓市");
  });
  it("refuses an empty rotation", () => {
    expect(() => hostForYear([], 2022, 2024)).toThrow(RangeError);
  });
});
