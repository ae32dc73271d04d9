import { z } from "zod";
import { ownerSchema } from "./actions.schema.js";
import { dateStr } from "../../platform/dates.js";

/**
 * Where a fact came from: `{ module: "ingest", articleId, factId, sentence }` when the ingest module
 * confirms it from an article (the same shape as the ledger's), `{ module: "demo", sentence }` for demo data.
 */
export const sourceSchema = z
  .object({
    module: z.string().max(50).optional(),
    articleId: z.number().int().positive().optional(),
    factId: z.number().int().positive().optional(),
    sentence: z.string().min(1).max(2000),
    url: z.string().max(2000).optional(),
  })
  .strict();

export const attendeeSchema = z
  .object({
    regionId: z.number().int().positive().optional(),
    organizationId: z.number().int().positive().optional(),
    personName: z.string().max(100).default(""),
    personTitle: z.string().max(200).default(""),
  })
  .strict();

export const createMeetingSchema = z
  .object({
    allianceId: z.number().int().positive().nullable().optional(),
    title: z.string().trim().min(1, "标题不能为空 (title required)").max(300),
    kind: z.enum(["会商", "轮值会议", "恳谈会", "other"]).default("会商"),
    heldOn: dateStr,
    hostRegionId: z.number().int().positive().nullable().optional(),
    place: z.string().max(300).default(""),
    theme: z.string().max(1000).default(""),
    agenda: z.string().max(20000).default(""),
    minutes: z.string().max(100000).default(""),
    attendees: z.array(attendeeSchema).max(500).default([]),
    decisions: z.array(z.string().trim().min(1).max(2000)).max(500).default([]),
    source: sourceSchema.nullable().optional(),
  })
  .strict();
export type CreateMeetingInput = z.input<typeof createMeetingSchema>;

export const leaderSchema = z.object({ name: z.string().trim().min(1).max(100), title: z.string().max(200).default("") }).strict();

export const createVisitSchema = z
  .object({
    allianceId: z.number().int().positive().nullable().optional(),
    title: z.string().trim().min(1, "标题不能为空 (title required)").max(300),
    startOn: dateStr,
    endOn: dateStr.optional(),
    fromRegionIds: z.array(z.number().int().positive()).min(1, "至少一个出访地区 (at least one origin region)"),
    toRegionIds: z.array(z.number().int().positive()).min(1, "至少一个到访地区 (at least one destination region)"),
    leaders: z.array(leaderSchema).max(100).default([]),
    organizationsVisited: z.array(z.string().trim().min(1).max(300)).max(200).default([]),
    sites: z.array(z.string().trim().min(1).max(300)).max(200).default([]),
    purpose: z.string().max(5000).default(""),
    source: sourceSchema.nullable().optional(),
  })
  .strict()
  .refine((v) => !v.endOn || v.endOn >= v.startOn, { path: ["endOn"], message: "结束日期不能早于开始日期 (end must not be before start)" });
export type CreateVisitInput = z.input<typeof createVisitSchema>;

export const updateMeetingSchema = z
  .object({
    title: z.string().trim().min(1).max(300).optional(),
    kind: z.enum(["会商", "轮值会议", "恳谈会", "other"]).optional(),
    heldOn: dateStr.optional(),
    hostRegionId: z.number().int().positive().nullable().optional(),
    place: z.string().max(300).optional(),
    theme: z.string().max(1000).optional(),
    agenda: z.string().max(20000).optional(),
    minutes: z.string().max(100000).optional(),
  })
  .strict();

export const decisionSchema = z.object({ text: z.string().trim().min(1, "内容不能为空 (text required)").max(2000) }).strict();

export const updateVisitSchema = z
  .object({
    title: z.string().trim().min(1).max(300).optional(),
    startOn: dateStr.optional(),
    endOn: dateStr.optional(),
    fromRegionIds: z.array(z.number().int().positive()).min(1).optional(),
    toRegionIds: z.array(z.number().int().positive()).min(1).optional(),
    leaders: z.array(leaderSchema).max(100).optional(),
    organizationsVisited: z.array(z.string().trim().min(1).max(300)).max(200).optional(),
    sites: z.array(z.string().trim().min(1).max(300)).max(200).optional(),
    purpose: z.string().max(5000).optional(),
  })
  .strict();

/** A follow-up becomes an action item of the visit's alliance (optionally inside a programme). */
export const followUpSchema = z
  .object({
    title: z.string().trim().min(1, "标题不能为空 (title required)").max(500),
    description: z.string().max(10000).default(""),
    deadline: dateStr.nullable().optional(),
    programmeId: z.number().int().positive().nullable().optional(),
    strand: z.string().trim().max(100).default(""),
    owners: z.array(ownerSchema).max(50).default([]),
  })
  .strict();
