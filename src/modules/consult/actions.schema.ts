import { z } from "zod";
import { dateStr } from "../../platform/dates.js";

export const STATUSES = ["not_started", "in_progress", "done", "cancelled"] as const;
export const statusSchema = z.enum(STATUSES);

export const STATUS_LABELS: Record<(typeof STATUSES)[number], string> = {
  not_started: "未开始", in_progress: "推进中", done: "已完成", cancelled: "已取消",
};

export const ownerSchema = z
  .object({ regionId: z.number().int().positive().optional(), organizationId: z.number().int().positive().optional() })
  .strict()
  .refine((o) => (o.regionId == null) !== (o.organizationId == null), "责任方须为一个地区或一个机构 (owner is one region or one organisation)");

export const createProgrammeSchema = z
  .object({
    allianceId: z.number().int().positive(),
    name: z.string().trim().min(1, "名称不能为空 (name required)").max(200),
    period: z.string().max(100).default(""),
    description: z.string().max(10000).default(""),
  })
  .strict();
export const updateProgrammeSchema = createProgrammeSchema.omit({ allianceId: true }).partial().strict();

export const createActionItemSchema = z
  .object({
    allianceId: z.number().int().positive().nullable().optional(),
    programmeId: z.number().int().positive().nullable().optional(),
    visitId: z.number().int().positive().nullable().optional(),
    meetingId: z.number().int().positive().nullable().optional(),
    decisionId: z.number().int().positive().nullable().optional(),
    title: z.string().trim().min(1, "标题不能为空 (title required)").max(500),
    description: z.string().max(10000).default(""),
    /** The programme's strand, e.g. 产业链供应链共融 of 五大行动. */
    strand: z.string().trim().max(100).default(""),
    deadline: dateStr.nullable().optional(),
    owners: z.array(ownerSchema).max(50).default([]),
    status: statusSchema.default("not_started"),
    completedOn: dateStr.nullable().optional(),
  })
  .strict();
export type CreateActionItemInput = z.input<typeof createActionItemSchema>;

export const updateActionItemSchema = z
  .object({
    title: z.string().trim().min(1).max(500).optional(),
    description: z.string().max(10000).optional(),
    strand: z.string().trim().max(100).optional(),
    deadline: dateStr.nullable().optional(),
    programmeId: z.number().int().positive().nullable().optional(),
    owners: z.array(ownerSchema).max(50).optional(),
  })
  .strict();

export const statusChangeSchema = z.object({ status: statusSchema, completedOn: dateStr.optional() }).strict();
export const progressNoteSchema = z.object({ notedOn: dateStr.optional(), text: z.string().trim().min(1, "内容不能为空 (text required)").max(5000) }).strict();

const boolish = z.union([z.boolean(), z.enum(["true", "false", "1", "0"]).transform((v) => v === "true" || v === "1")]);
export const actionFilterSchema = z
  .object({
    alliance: z.coerce.number().int().positive().optional(),
    programme: z.coerce.number().int().positive().optional(),
    ownerRegion: z.coerce.number().int().positive().optional(),
    ownerOrganization: z.coerce.number().int().positive().optional(),
    /** Owner by name (region or organisation name/short name), handy for the CLI and exports. */
    owner: z.string().max(200).optional(),
    status: statusSchema.optional(),
    strand: z.string().max(100).optional(),
    overdue: boolish.optional(),
  })
  .strict();
export type ActionFilter = z.infer<typeof actionFilterSchema>;
