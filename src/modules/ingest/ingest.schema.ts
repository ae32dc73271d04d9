import { z } from "zod";
import { FACT_TYPES } from "./extract/types.js";

/** A place as extracted ({name, code}) or as a reviewer types it ({name}: resolved by the directory on confirm). */
const regionRef = z.object({ name: z.string().min(1), code: z.string().min(1).optional() }).loose();
const date = z.iso.date("日期格式应为 YYYY-MM-DD (date must be YYYY-MM-DD)").nullable().optional();
/** The alliance the record belongs to; null = none; absent = found from the sentence on confirm. */
const allianceId = z.number().int().positive().nullable().optional();
const count = z.number().int().nonnegative();

/** What a reviewer may put into a fact's data, per type: the fields confirmation needs (and may use). */
export const factDataSchemas = {
  region: regionRef,
  delegation: z.object({ from: regionRef.nullable(), to: z.array(regionRef).min(1), startDate: date, endDate: date, title: z.string().max(300).optional(), allianceId }).loose(),
  agreement: z.object({ title: z.string().min(2).max(200), parties: z.array(z.string().min(1)).default([]), signedOn: date, kind: z.string().optional(), place: z.string().max(300).nullable().optional(), allianceId }).loose(),
  alliance: z.object({ name: z.string().min(2).max(200), shortName: z.string().max(30).optional(), kind: z.string().optional(), regions: z.array(regionRef).optional(), foundedOn: date }).loose(),
  signing: z.object({
    projectCount: count.optional(), totalYuan: count.optional(), agreementCount: count.optional(),
    buckets: z.array(z.object({ minYuan: z.number().nonnegative().nullable(), maxYuan: z.number().nonnegative().nullable(), count: count.nullable() })).optional(),
    title: z.string().max(300).optional(), heldOn: date, endOn: date, hostRegion: regionRef.nullable().optional(), allianceId,
  }).loose(),
  meeting: z.object({ name: z.string().min(2).max(200), theme: z.string().max(1000).nullable().optional(), heldOn: date, host: regionRef.nullable().optional(), place: z.string().max(300).nullable().optional(), allianceId }).loose(),
} as const;

/**
 * Where a page was read: shown as a link on the article, so only a web address (a
 * `javascript:` or `data:` one would run or load in the reviewer's browser).
 */
export const sourceUrl = z.url({ protocol: /^https?$/, error: "须为 http:// 或 https:// 开头的网址 (must be an http or https address)" }).max(2000, "网址过长,最多 2000 个字符 (at most 2000 characters)");

/** One page as JSON: a file's name and text, or text pasted in the browser with where it came from. */
export const jsonUploadBody = z
  .object({
    name: z.string().trim().min(1, "请填写名称 (name required)").max(255),
    content: z.string().refine((s) => s.trim().length > 0, "正文为空 (no text)"),
    url: sourceUrl.optional(),
  })
  .strict();

export const editFactBody = z.object({ data: z.record(z.string(), z.unknown()) }).strict();
/** Confirm may carry the reviewer's last edit: saved and confirmed in one transaction. */
export const confirmFactBody = z.object({ data: z.record(z.string(), z.unknown()).optional() }).strict();
export const rejectFactBody = z.object({ reason: z.string().max(500).optional() }).strict();

export const factsQuery = z.object({
  status: z.enum(["draft", "confirmed", "rejected"]).optional(),
  type: z.enum(FACT_TYPES).optional(),
  articleId: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

export const ingestResult = z.object({ name: z.string(), status: z.enum(["ok", "duplicate", "error"]) }).loose();
export const batchResponse = z.object({ results: z.array(ingestResult), summary: z.object({ ok: z.number(), duplicate: z.number(), error: z.number() }) });
export const factView = z.object({ id: z.number(), type: z.string(), status: z.string(), sentence: z.string() }).loose();
export const articleView = z.object({ id: z.number(), title: z.string() }).loose();
