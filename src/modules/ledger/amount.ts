import { AppError } from "../../platform/errors.js";

const UNITS: Record<string, number> = { 亿: 1e8, 千万: 1e7, 百万: 1e6, 万: 1e4, 千: 1e3, 百: 1e2 };
const CN_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 两: 2, 三: 3, 叁: 3, 四: 4, 肆: 4, 五: 5, 伍: 5, 六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9 };
const CN_SMALL: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const CN_BIG: Record<string, number> = { 万: 1e4, 亿: 1e8 };

const refuse = (field: string, reason: string): AppError =>
  new AppError("VALIDATION_FAILED", `${field}: ${reason}`, { [field]: reason });

/** 三百亿, 一亿五千万, 两千三百万: the way amounts are written out in Chinese. */
function parseChineseNumeral(s: string): number | null {
  let total = 0; // sections closed by 亿
  let section = 0; // closed by 万
  let group = 0; // below 万
  let digit: number | null = null;
  for (const ch of s) {
    if (ch in CN_DIGITS) {
      if (digit !== null) return null; // 三三: two digits in a row is not a numeral
      digit = CN_DIGITS[ch];
    } else if (ch in CN_SMALL) {
      group += (digit ?? 1) * CN_SMALL[ch];
      digit = null;
    } else if (ch in CN_BIG) {
      const v = group + (digit ?? 0);
      if (CN_BIG[ch] === 1e8) {
        total = (total + section + v) * 1e8;
        section = 0;
      } else section = (section + v) * 1e4;
      group = 0;
      digit = null;
    } else return null;
  }
  return total + section + group + (digit ?? 0);
}

/** 304亿 / 1.5亿 / 3亿5000万 / 3000万: Arabic numbers each followed by a descending unit. */
function parseArabicWithUnits(s: string): number | null {
  const re = /(\d+(?:\.\d+)?)(亿|千万|百万|万|千|百)?/gy;
  let value = 0;
  let lastUnit = Infinity;
  let consumed = 0;
  for (let m = re.exec(s); m && m[0] !== ""; m = re.exec(s)) {
    const unit = m[2] ? UNITS[m[2]] : 1;
    if (unit >= lastUnit) return null; // 3万5亿: units must descend
    lastUnit = unit;
    value += Number(m[1]) * unit;
    consumed = re.lastIndex;
    if (unit === 1) break;
  }
  return consumed === s.length && consumed > 0 ? value : null;
}

/**
 * An investment amount in yuan from a number (yuan) or from text as people write it:
 * "304亿", "304亿元", "1.5亿", "3000万元", "12,345元", "三百亿", "约50亿元".
 * Anything it cannot read is refused with the field named — never silently zero.
 */
export function parseAmount(input: number | string, field = "amount"): number {
  let yuan: number | null;
  if (typeof input === "number") {
    if (!Number.isFinite(input)) throw refuse(field, "金额不是有效数字 (amount is not a finite number)");
    yuan = input;
  } else {
    const raw = input.normalize("NFKC"); // full-width digits and punctuation
    if (/美元|欧元|日元|港元|英镑|USD|EUR|\$|€/i.test(raw)) throw refuse(field, `只接受人民币金额: ${input} (only CNY amounts)`);
    const s = raw
      .replace(/[\s,，]/g, "")
      .replace(/^(约|人民币|RMB)+/i, "")
      .replace(/(人民币|元|RMB)$/i, "");
    if (s === "") throw refuse(field, "金额为空 (amount is empty)");
    if (/^-/.test(s)) throw refuse(field, "金额不能为负 (amount must not be negative)");
    if (/[-~～至到]/.test(s.slice(1))) throw refuse(field, `金额区间不能作为金额: ${input} (a range is not an amount)`);
    yuan = /^[\d.]/.test(s) ? parseArabicWithUnits(s) : parseChineseNumeral(s);
    if (yuan === null) throw refuse(field, `无法识别的金额: ${input} (unrecognised amount; e.g. 304亿元, 3000万元, 1500000)`);
  }
  if (yuan < 0) throw refuse(field, "金额不能为负 (amount must not be negative)");
  const rounded = Math.round(yuan);
  if (!Number.isSafeInteger(rounded)) throw refuse(field, "金额过大 (amount too large)");
  return rounded;
}

/** 亿元 at and above 1亿, else 万元; up to two decimals, trailing zeros dropped. */
export function formatYuan(v: number | null | undefined): string {
  if (v == null) return "";
  if (v >= 1e8) return `${trim(v / 1e8)}亿元`;
  if (v >= 1e4) return `${trim(v / 1e4)}万元`;
  return `${v}元`;
}

/** 万元 as a number with at most 2 decimals (exports, tables). */
export const toWan = (v: number | null | undefined): number | null => (v == null ? null : Math.round(v / 100) / 100);

const trim = (n: number): string => String(Math.round(n * 100) / 100);
