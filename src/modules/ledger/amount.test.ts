import { describe, expect, it } from "vitest";
import { AppError } from "../../platform/errors.js";
import { formatYuan, parseAmount, toWan } from "./amount.js";

describe("parseAmount", () => {
  it.each([
    [304e8, 30_400_000_000],
    ["304亿", 30_400_000_000],
    ["304亿元", 30_400_000_000],
    ["1.5亿", 150_000_000],
    ["3000万", 30_000_000],
    ["3000万元", 30_000_000],
    ["3亿5000万元", 350_000_000],
    ["12,345元", 12_345],
    ["１２０万元", 1_200_000],
    ["约50亿元", 5_000_000_000],
    ["人民币2000万元", 20_000_000],
    ["三百亿", 30_000_000_000],
    ["一亿五千万", 150_000_000],
    ["两千三百万元", 23_000_000],
    ["十亿", 1_000_000_000],
    ["0", 0],
    [1234.6, 1235],
  ])("%s → %d yuan", (input, yuan) => {
    expect(parseAmount(input as number | string)).toBe(yuan);
  });

  it.each([
    ["-5亿", "负"],
    [-1, "负"],
    ["", "为空"],
    ["5-10亿", "区间"],
    ["3万5亿", "无法识别"],
    ["abc", "无法识别"],
    ["5亿美元", "人民币"],
    ["三三亿", "无法识别"],
    ["304亿xx", "无法识别"],
    [Number.NaN, "有效数字"],
    [1e30, "过大"],
  ])("refuses %s naming the field", (input, reason) => {
    try {
      parseAmount(input as number | string, "projects[2].amount");
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(AppError);
      const err = e as AppError;
      expect(err.code).toBe("VALIDATION_FAILED");
      expect(err.fields?.["projects[2].amount"]).toContain(reason);
    }
  });
});

describe("formatYuan / toWan", () => {
  it("reads as people write amounts", () => {
    expect(formatYuan(30_400_000_000)).toBe("304亿元");
    expect(formatYuan(150_000_000)).toBe("1.5亿元");
    expect(formatYuan(30_000_000)).toBe("3000万元");
    expect(formatYuan(5000)).toBe("5000元");
    expect(formatYuan(null)).toBe("");
    expect(toWan(30_400_000_000)).toBe(3_040_000);
    expect(toWan(12_345)).toBe(1.23);
  });
});
