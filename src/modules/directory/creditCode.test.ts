import { describe, expect, it } from "vitest";
import { buildCreditCode, checkCreditCode, creditCodeCheckChar, organizationCodeCheckChar } from "./creditCode.js";

describe("统一社会信用代码 GB 32100-2015", () => {
  it("accepts the standard's own example and codes whose check character the algorithm computes", () => {
    // The example printed in GB 32100-2015.
    expect(checkCreditCode("91350100M000100Y43")).toEqual({ ok: true, code: "91350100M000100Y43" });
    // 事业单位 (authority 1, type 2) code.
    expect(checkCreditCode("12100000400000624D").ok).toBe(true);
    // Built from parts: a 昆山 enterprise (division 320583) and a 普陀 service provider.
    const kunshan = buildCreditCode("9", "1", "320583", "MA1NBH2K");
    expect(kunshan).toBe("91320583MA1NBH2K28");
    expect(checkCreditCode(kunshan).ok).toBe(true);
    expect(checkCreditCode(buildCreditCode("5", "2", "310107", "MA7XQ3PL")).ok).toBe(true);
  });

  it("normalises case and surrounding space", () => {
    expect(checkCreditCode(" 91350100m000100y43 ")).toEqual({ ok: true, code: "91350100M000100Y43" });
  });

  it("computes the check character as 31 − Σ(v·3^i mod 31) mod 31", () => {
    expect(creditCodeCheckChar("91350100M000100Y4")).toBe("3");
    // A check value of 31 maps to 0, not past the alphabet.
    for (const c of "0123456789ABCDEFGHJKLMNPQRTUWXY") {
      const ch = creditCodeCheckChar(`9132058${c}MA1NBH2K2`);
      expect("0123456789ABCDEFGHJKLMNPQRTUWXY").toContain(ch);
    }
  });

  it("refuses a wrong check character and says which one is expected", () => {
    const r = checkCreditCode("91350100M000100Y44");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain("校验码应为 3");
    // Every other last character is wrong too.
    for (const c of "0123456789ABCDEFGHJKLMNPQRTUWXY".replace("3", "")) expect(checkCreditCode(`91350100M000100Y4${c}`).ok).toBe(false);
  });

  it("refuses wrong length, forbidden letters and bad authority codes", () => {
    expect(checkCreditCode("91350100M000100Y4").ok).toBe(false);
    expect(checkCreditCode("91350100M000100Y433").ok).toBe(false);
    const withO = checkCreditCode("91350100MO00100Y43");
    expect(withO.ok).toBe(false);
    if (!withO.ok) expect(withO.reason).toContain("O");
    const h = "H1350100M000100Y4";
    expect(checkCreditCode(h + creditCodeCheckChar(h)).ok).toBe(false);
    const division = "9135A100M000100Y4";
    expect(checkCreditCode(division + creditCodeCheckChar(division)).ok).toBe(false);
  });

  it("computes the GB 11714 organisation code check character", () => {
    // 组织机构代码 D2143569-X is the textbook example of GB 11714.
    expect(organizationCodeCheckChar("D2143569")).toBe("X");
  });
});
