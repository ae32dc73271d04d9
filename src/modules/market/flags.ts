import type { ListingFlag } from "./market.tables.js";

/**
 * Ad text as it appears around the seed pages (厂房 ads, 公众号 footers). A flag is a
 * hint for the moderator, not a refusal: a listing may legitimately mention 二维码.
 */
export const AD_PHRASES = [
  "厂房土地租售",
  "扫一扫",
  "长按",
  "加微信",
  "微信号",
  "扫码",
  "二维码",
  "关注公众号",
  "售楼处",
  "欢迎来访",
  "招商热线",
  "免费咨询",
  "如需转载",
  "独家指定",
  "点击",
] as const;

// Digits broken up by spaces or dashes ("400 0123 021", "133-91219-793") still dial.
const DIGIT_RUN = /\d[\d\s\-–—]{5,}\d/g;
const MOBILE = /1[3-9]\d{9}/;
const SERVICE_NUMBER = /^(400|800)\d{7}$/;
const LANDLINE = /^0\d{2,3}\d{7,8}$/;
const WECHAT = /微信|weixin|wechat|\bvx\b|v信|加v/i;
const QQ = /\bqq\b|qq[号群:：\s]*\d{5,11}/i;
const URL = /https?:\/\/\S+|www\.[\w-]+\.\S+|\b[\w-]+\.(?:com|cn|net|org|cc|top|xyz)\b(?:\/\S*)?/i;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;

function phoneIn(text: string): string | undefined {
  for (const m of text.matchAll(DIGIT_RUN)) {
    const digits = m[0].replace(/\D/g, "");
    if (MOBILE.test(digits) || SERVICE_NUMBER.test(digits) || LANDLINE.test(digits)) return m[0].trim();
  }
  const compact = text.match(/(?<!\d)(?:1[3-9]\d{9}|400\d{7}|800\d{7})(?!\d)/);
  return compact?.[0];
}

/** Contact details and ad text inside free-text fields, for the moderation queue. */
export function detectFlags(fields: Record<string, string | null | undefined>): ListingFlag[] {
  const flags: ListingFlag[] = [];
  for (const [field, raw] of Object.entries(fields)) {
    const text = raw ?? "";
    if (!text) continue;
    const phone = phoneIn(text);
    if (phone) flags.push({ type: "phone", field, match: phone });
    const email = text.match(EMAIL)?.[0];
    if (email) flags.push({ type: "email", field, match: email });
    const url = text.replace(EMAIL, " ").match(URL)?.[0];
    if (url) flags.push({ type: "url", field, match: url });
    const wechat = text.match(WECHAT)?.[0];
    if (wechat) flags.push({ type: "wechat", field, match: wechat });
    const qq = text.match(QQ)?.[0];
    if (qq) flags.push({ type: "qq", field, match: qq });
    for (const p of AD_PHRASES) if (text.includes(p)) flags.push({ type: "ad_phrase", field, match: p });
  }
  return flags;
}
