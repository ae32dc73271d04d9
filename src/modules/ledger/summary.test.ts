import { describe, expect, it } from "vitest";
import { bucketOf, dashboardParagraph, describePeriod, signingSentence, type SigningFigures } from "./summary.js";

/** Seed 002: 29 projects, 304亿, 7 in 10–30亿, 5 at or above 30亿 (the other 17 below 10亿). */
const seed002: SigningFigures = { projectCount: 29, totalYuan: 30_400_000_000, buckets: { lt1: 6, "1to10": 11, "10to30": 7, ge30: 5 } };

describe("signingSentence", () => {
  it("reads exactly like seed 002", () => {
    expect(signingSentence(seed002)).toBe("签约项目29个,总投资304亿元,其中10亿-30亿元项目7个,30亿元以上项目5个");
  });

  it("leaves out empty large buckets and uses 万元 below 1亿", () => {
    expect(signingSentence({ projectCount: 3, totalYuan: 45_000_000, buckets: { lt1: 3, "1to10": 0, "10to30": 0, ge30: 0 } })).toBe("签约项目3个,总投资4500万元");
    expect(signingSentence({ projectCount: 4, totalYuan: 4_250_000_000, buckets: { lt1: 0, "1to10": 2, "10to30": 0, ge30: 1 } })).toBe(
      "签约项目4个,总投资42.5亿元,其中30亿元以上项目1个",
    );
  });

  it("says when amounts are missing and when nothing was signed", () => {
    expect(signingSentence({ ...seed002, undisclosed: 2 })).toBe("签约项目29个,总投资304亿元(另有2个项目未披露金额),其中10亿-30亿元项目7个,30亿元以上项目5个");
    expect(signingSentence({ projectCount: 0, totalYuan: 0, buckets: { lt1: 0, "1to10": 0, "10to30": 0, ge30: 0 } })).toBe("暂无签约项目");
  });
});

describe("buckets", () => {
  it("are half-open at 1亿, 10亿 and 30亿", () => {
    expect([0, 99_999_999, 1e8, 999_999_999, 1e9, 2_999_999_999, 3e9, 5e10].map(bucketOf)).toEqual(["lt1", "lt1", "1to10", "1to10", "10to30", "10to30", "ge30", "ge30"]);
  });
});

describe("dashboardParagraph", () => {
  it("mentions agreements, the signing sentence, progress, regions, industries and the closest pair", () => {
    const p = dashboardParagraph({
      ...seed002,
      period: "2024年",
      scope: "沿沪宁产业创新带",
      agreementCount: 10,
      byStatus: { signed: 20, started: 6, producing: 2, terminated: 1 },
      topRegions: [{ name: "镇江市", count: 20, amountYuan: 20_000_000_000 }, { name: "苏州市", count: 9, amountYuan: 10_400_000_000 }],
      topIndustries: [{ name: "高端装备", count: 9 }, { name: "生物医药", count: 6 }],
      topPair: { a: "镇江市", b: "普陀区", weight: 12 },
    });
    expect(p).toBe(
      "2024年沿沪宁产业创新带,共签署合作协议10份;签约项目29个,总投资304亿元,其中10亿-30亿元项目7个,30亿元以上项目5个。" +
        "目前已开工6个,已投产(落地)2个,尚未开工20个,终止1个。投资额居前的落地地区为镇江市(200亿元)、苏州市(104亿元)。" +
        "项目主要集中在高端装备(9个)、生物医药(6个)等产业。合作最密切的是镇江市与普陀区(12项)。",
    );
  });
});

describe("describePeriod", () => {
  it("names years and quarters", () => {
    expect(describePeriod("2024-01-01", "2024-12-31")).toBe("2024年");
    expect(describePeriod("2024-07-01", "2024-09-30")).toBe("2024年第3季度");
    expect(describePeriod("2024-02-01", "2024-05-31")).toBe("2024-02-01至2024-05-31");
    expect(describePeriod(undefined, undefined)).toBe("");
  });
});
