import { z } from "zod";
import { FACT_TYPES } from "./extract/types.js";

const regionRef = z.object({ name: z.string().min(1), code: z.string().min(1) }).loose();

/** What a reviewer may put into a fact's data, per type: the fields confirmation needs. */
export const factDataSchemas = {
  region: z.object({ name: z.string().min(1), code: z.string().min(1) }).loose(),
  delegation: z.object({ from: regionRef.nullable(), to: z.array(regionRef).min(1), startDate: z.iso.date().nullable().optional(), endDate: z.iso.date().nullable().optional() }).loose(),
  agreement: z.object({ title: z.string().min(2).max(200), parties: z.array(z.string().min(1)).default([]), signedOn: z.iso.date().nullable().optional() }).loose(),
  alliance: z.object({ name: z.string().min(2).max(200), kind: z.string().optional() }).loose(),
  signing: z.object({ projectCount: z.number().int().nonnegative().optional(), totalYuan: z.number().int().nonnegative().optional(), agreementCount: z.number().int().nonnegative().optional(), buckets: z.array(z.object({ minYuan: z.number().nullable(), maxYuan: z.number().nullable(), count: z.number().int().nullable() })).optional() }).loose(),
  meeting: z.object({ name: z.string().min(2).max(200), theme: z.string().nullable().optional() }).loose(),
} as const;

export const jsonUploadBody = z
  .object({
    name: z.string().min(1).max(255),
    content: z.string().min(1),
    url: z.url().optional(),
  })
  .strict();

export const editFactBody = z.object({ data: z.record(z.string(), z.unknown()) }).strict();
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
