import { describe, expect, it } from "vitest";
import { AppError } from "./errors.js";
import { csvObjects, parseCsv, readXlsx, toCsv, toXlsx } from "./tabular.js";

describe("tabular", () => {
  it("writes CSV with a BOM and quotes, and reads it back (BOM ignored, blank lines dropped)", () => {
    const csv = toCsv(["名称", "备注"], [["甲,乙", 'say "hi"'], ["多\n行", null]]);
    expect(csv.startsWith("\uFEFF名称,备注\r\n")).toBe(true);
    expect(parseCsv(csv + "\r\n\r\n")).toEqual([["名称", "备注"], ["甲,乙", 'say "hi"'], ["多\n行", ""]]);
  });

  it("keys rows by the header, trimmed", () => {
    expect(csvObjects("\uFEFF a ,b\n 1 , 2\n")).toEqual([{ a: "1", b: "2" }]);
  });

  it("refuses an unterminated quoted field, naming the file", () => {
    const err = (() => {
      try {
        parseCsv('a,b\n"open,1\n');
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).fields).toEqual({ file: "unterminated quoted field" });
  });

  it("round-trips an xlsx workbook as text rows", async () => {
    const bytes = await toXlsx([{ name: "项目", header: ["名称", "金额"], rows: [["测试", 12], ["空", null]] }]);
    expect(await readXlsx(bytes)).toEqual([{ name: "项目", rows: [["名称", "金额"], ["测试", "12"], ["空", ""]] }]);
  });
});
