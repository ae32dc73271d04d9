/**
 * 统一社会信用代码 (unified social credit code), GB 32100-2015: 18 characters —
 * registration authority (1), organisation type (1), administrative division (6),
 * organisation code (9, GB 11714), check character (1). The alphabet has 31 characters:
 * digits and capital letters without I, O, S, V, Z. The check character is
 * 31 − (Σ value(cᵢ) · 3ⁱ mod 31) mod 31, i = 0…16, mapped back through the alphabet.
 */
export const CREDIT_CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const WEIGHTS = Array.from({ length: 17 }, (_, i) => 3 ** i % 31);
/** 1 机构编制, 5 民政, 9 工商 (市场监管), … Y 其他 (GB 32100-2015 table 1). */
const AUTHORITIES = "123456789ABCDEFGNY";

export type CreditCodeCheck = { ok: true; code: string } | { ok: false; reason: string };

/** The check character for the first 17 characters (which must be in the alphabet). */
export function creditCodeCheckChar(first17: string): string {
  if (first17.length !== 17) throw new RangeError("need 17 characters");
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = CREDIT_CODE_ALPHABET.indexOf(first17[i]!);
    if (v < 0) throw new RangeError(`character ${first17[i]} not allowed`);
    sum += v * WEIGHTS[i]!;
  }
  return CREDIT_CODE_ALPHABET[(31 - (sum % 31)) % 31]!;
}

/** Trims and upper-cases, then checks length, alphabet, authority and check character. */
export function checkCreditCode(input: string): CreditCodeCheck {
  const code = input.trim().toUpperCase();
  if (code.length !== 18) return { ok: false, reason: `应为18位,实为${code.length}位 (must be 18 characters)` };
  const bad = [...code].find((c) => !CREDIT_CODE_ALPHABET.includes(c));
  if (bad) return { ok: false, reason: `含非法字符 ${bad} (character not allowed; I, O, S, V, Z are never used)` };
  if (!AUTHORITIES.includes(code[0]!)) return { ok: false, reason: `登记管理部门代码 ${code[0]} 无效 (invalid registration authority)` };
  if (!/^\d{6}$/.test(code.slice(2, 8))) return { ok: false, reason: "第3-8位应为行政区划代码 (positions 3-8 must be a division code)" };
  const expected = creditCodeCheckChar(code.slice(0, 17));
  if (code[17] !== expected) return { ok: false, reason: `校验码应为 ${expected} (check character mismatch)` };
  return { ok: true, code };
}

const GB11714_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/** GB 11714 organisation code check character for 8 characters (digits or capitals). */
export function organizationCodeCheckChar(first8: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += parseInt(first8[i]!, 36) * GB11714_WEIGHTS[i]!;
  const c = 11 - (sum % 11);
  return c === 10 ? "X" : c === 11 ? "0" : String(c);
}

/** A syntactically valid code from its parts (demo data and tests). */
export function buildCreditCode(authority: string, type: string, division: string, orgBody8: string): string {
  const first17 = `${authority}${type}${division}${orgBody8}${organizationCodeCheckChar(orgBody8)}`;
  return first17 + creditCodeCheckChar(first17);
}
