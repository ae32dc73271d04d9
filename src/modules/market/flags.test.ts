import { describe, expect, it } from "vitest";
import { detectFlags } from "./flags.js";

const types = (text: string) => [...new Set(detectFlags({ body: text }).map((f) => f.type))].sort();

describe("detectFlags", () => {
  it("flags the phone numbers of the seed ads in every spelling", () => {
    expect(types("欢迎来访考察 400-0123-021 或 133-91219-793")).toContain("phone");
    expect(detectFlags({ body: "产业招商/厂房土地租售:400 0123 021" })[0]).toMatchObject({ type: "phone", match: "400 0123 021" });
    expect(types("或微信/手机:13524678515; 13564686846")).toEqual(["phone", "wechat"]);
    expect(types("请联系 0512-53961234")).toEqual(["phone"]);
    expect(types("135246785151356468684613391219793")).toEqual(["phone"]);
  });

  it("flags WeChat, QQ, URLs, e-mail and ad phrases", () => {
    expect(types("长按/扫一扫加葛毅明的微信号")).toEqual(["ad_phrase", "wechat"]);
    expect(types("本文链接:http://suzhou.021cf.cn/index.php/post/532.html")).toEqual(["url"]);
    expect(types("在中国建设招标网 www.fordpalmbay.com 发布")).toEqual(["url"]);
    expect(types("QQ:12345678 咨询")).toEqual(["qq"]);
    expect(types("邮箱 zhang@example.com")).toEqual(["email"]);
    expect(detectFlags({ title: "厂房土地租售" })).toEqual([{ type: "ad_phrase", field: "title", match: "厂房土地租售" }]);
  });

  it("leaves ordinary listing text alone: areas, years, amounts, model numbers", () => {
    expect(detectFlags({ title: "太仓标准厂房2000平方米出租", body: "2024年竣工,层高8米,承重1.5吨/㎡,租金0.9元/㎡·天,总投资30亿元,5G 基站" })).toEqual([]);
    expect(detectFlags({ body: "统一社会信用代码 91320585MA1NXXXX0X,GB/T 2260-2007" })).toEqual([]);
  });

  it("names the field where the flag was found", () => {
    const f = detectFlags({ title: "好项目", summary: "加微信详谈", body: "" });
    expect(f.map((x) => x.field)).toEqual(["summary", "summary"]);
  });
});
