import { z } from "zod";
import { dateStr } from "../../platform/dates.js";

/** A reference by id; 0 is what a form sends for "not chosen". */
const id = z.number().int("须为整数编号 (integer id)").positive("未选择或编号无效 (not chosen or invalid id)");

/** Provenance, e.g. from the ingest module: `{ module: "ingest", articleId, factId, sentence }`. */
export const sourceSchema = z
  .object({
    module: z.string().max(50).optional(),
    articleId: id.optional(),
    factId: id.optional(),
    sentence: z.string().max(2000).optional(),
    url: z.string().max(2000).optional(),
  })
  .strict();

/** A party is a region (government side) or an organisation; `name` keeps the wording of the source. */
export const partySchema = z
  .object({
    regionId: id.optional(),
    organizationId: id.optional(),
    name: z.string().trim().max(200).default(""),
    role: z.string().trim().max(100).default(""),
  })
  .strict()
  .refine((p) => (p.regionId == null) !== (p.organizationId == null), "须且只能指定 regionId 或 organizationId 之一 (exactly one of regionId / organizationId)");

/** Yuan as a number, or text with units ("304亿元", "3000万"), parsed by parseAmount. */
export const amountInput = z.union([z.number(), z.string().max(50)]);

export const AGREEMENT_KINDS = ["memorandum", "framework", "cooperation", "other"] as const;
export const PROJECT_KINDS = ["investment", "cooperation", "research", "infrastructure", "other"] as const;
export const PROJECT_STATUSES = ["signed", "started", "producing", "terminated"] as const;

export const createAgreementSchema = z
  .object({
    title: z.string().trim().min(1, "标题不能为空 (title required)").max(300),
    kind: z.enum(AGREEMENT_KINDS).default("memorandum"),
    signedOn: dateStr,
    place: z.string().trim().max(300).default(""),
    eventName: z.string().trim().max(300).default(""),
    allianceId: id.nullable().optional(),
    ceremonyId: id.nullable().optional(),
    industryIds: z.array(id).max(50).default([]),
    parties: z.array(partySchema).max(100),
    notes: z.string().max(20000).default(""),
    source: sourceSchema.nullable().optional(),
  })
  .strict();
export type CreateAgreementInput = z.input<typeof createAgreementSchema>;

/** A correction of a recorded agreement: any of its own fields, each left as it is when absent. */
export const updateAgreementSchema = z
  .object({
    title: z.string().trim().min(1, "标题不能为空 (title required)").max(300),
    kind: z.enum(AGREEMENT_KINDS),
    signedOn: dateStr,
    place: z.string().trim().max(300),
    eventName: z.string().trim().max(300),
    industryIds: z.array(id).max(50),
    parties: z.array(partySchema).max(100),
    notes: z.string().max(20000),
  })
  .partial()
  .strict();

export const projectFields = {
  name: z.string().trim().min(1, "项目名称不能为空 (name required)").max(300),
  kind: z.enum(PROJECT_KINDS).default("investment"),
  industryId: id.nullable().optional(),
  amount: amountInput.nullable().optional(),
  landingRegionId: id.nullable().optional(),
  signedOn: dateStr.optional(),
  parties: z.array(partySchema).min(1, "至少一个合作方 (at least one party)").max(50),
  notes: z.string().max(20000).default(""),
  source: sourceSchema.nullable().optional(),
};

/**
 * A correction of a recorded project: any of its own fields, each left as it is when absent.
 * Its status moves only through a status change (history is appended, never rewritten); its
 * signing date only while it has no later step.
 */
export const updateProjectSchema = z
  .object({
    name: projectFields.name,
    kind: z.enum(PROJECT_KINDS),
    industryId: projectFields.industryId,
    amount: projectFields.amount,
    landingRegionId: projectFields.landingRegionId,
    signedOn: dateStr,
    parties: projectFields.parties,
    notes: z.string().max(20000),
  })
  .partial()
  .strict();

export const createProjectSchema = z
  .object({ ...projectFields, ceremonyId: id.nullable().optional(), allianceId: id.nullable().optional() })
  .strict();
export type CreateProjectInput = z.input<typeof createProjectSchema>;

/** A ceremony's projects take its date, alliance and id unless they say otherwise. */
export const ceremonyProjectSchema = z.object(projectFields).strict();

export const reportedSchema = z
  .object({
    projectCount: z.number().int().min(0).optional(),
    totalYuan: z.number().int().min(0).optional(),
    agreementCount: z.number().int().min(0).optional(),
    buckets: z.array(z.object({ minYuan: z.number().min(0), maxYuan: z.number().min(0).nullable().optional(), count: z.number().int().min(0) }).strict()).max(10).optional(),
  })
  .strict();

/** A ceremony's end before its start: on recording (the schema) and on a correction (against the stored start). */
export const END_BEFORE_START = "结束日期不能早于开始日期 (endOn before heldOn)";

export const createCeremonySchema = z
  .object({
    title: z.string().trim().min(1, "标题不能为空 (title required)").max(300),
    heldOn: dateStr,
    endOn: dateStr.nullable().optional(),
    place: z.string().trim().max(300).default(""),
    hostRegionId: id.nullable().optional(),
    eventName: z.string().trim().max(300).default(""),
    allianceId: id.nullable().optional(),
    reported: reportedSchema.nullable().optional(),
    notes: z.string().max(20000).default(""),
    source: sourceSchema.nullable().optional(),
    projects: z.array(ceremonyProjectSchema).max(1000).default([]),
  })
  .strict()
  .refine((c) => !c.endOn || c.endOn >= c.heldOn, { message: END_BEFORE_START, path: ["endOn"] });
export type CreateCeremonyInput = z.input<typeof createCeremonySchema>;

/**
 * A ceremony's record corrected: what describes the event. Its projects keep their own dates
 * and alliance (each is corrected on its own page), so neither the alliance nor the projects
 * are here; whether the end still follows the start is checked against the record.
 */
export const updateCeremonySchema = z
  .object({
    title: z.string().trim().min(1, "标题不能为空 (title required)").max(300),
    heldOn: dateStr,
    endOn: dateStr.nullable(),
    place: z.string().trim().max(300),
    hostRegionId: id.nullable(),
    eventName: z.string().trim().max(300),
    /** The alliance it was held under; its projects and agreements still under the old one follow. */
    allianceId: id.nullable(),
    reported: reportedSchema.nullable(),
    notes: z.string().max(20000),
  })
  .partial()
  .strict();
export type UpdateCeremonyInput = z.input<typeof updateCeremonySchema>;

export const statusChangeSchema = z
  .object({
    to: z.enum(PROJECT_STATUSES),
    on: dateStr,
    reason: z.string().trim().max(2000).optional(),
    startedOn: dateStr.optional(),
  })
  .strict();
export type StatusChangeInput = z.input<typeof statusChangeSchema>;

export const milestoneSchema = z
  .object({ on: dateStr, title: z.string().trim().min(1, "标题不能为空 (title required)").max(300), note: z.string().max(5000).default("") })
  .strict();

/** Dashboard, list and export filters (query string). */
export const filterQuery = z
  .object({
    alliance: z.coerce.number().int().positive().optional(),
    region: z.coerce.number().int().positive().optional(),
    industry: z.coerce.number().int().positive().optional(),
    from: dateStr.optional(),
    to: dateStr.optional(),
  })
  .strict();
export type LedgerFilter = z.infer<typeof filterQuery>;

/** An organisation among the parties (its page in the directory). */
const partyOrganization = z.coerce.number().int().positive().optional();

export const projectListQuery = filterQuery
  .extend({
    ceremony: z.coerce.number().int().positive().optional(),
    organization: partyOrganization,
    status: z.enum(PROJECT_STATUSES).optional(),
    q: z.string().max(100).optional(),
    /** Newest first (default) or largest investment first (reports). */
    sort: z.enum(["signed", "amount"]).default("signed"),
    limit: z.coerce.number().int().min(1).max(500).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict();

export const agreementListQuery = filterQuery
  .extend({ organization: partyOrganization, q: z.string().max(100).optional(), limit: z.coerce.number().int().min(1).max(500).default(50), offset: z.coerce.number().int().min(0).default(0) })
  .strict();

/** Exports: the shared filters, and one party organisation (its projects and agreements only). */
export const exportQuery = filterQuery.extend({ organization: partyOrganization }).strict();
export type ExportFilter = z.infer<typeof exportQuery>;

export const dashboardQuery = filterQuery.extend({ level: z.enum(["city", "region"]).default("city") }).strict();
