import { z } from "zod";
import { dateStr } from "../../platform/dates.js";

/** 1 万亿元: anything above is a typo (an extra zero or two), not a real budget. */
export const MAX_YUAN = 1_000_000_000_000;

export const KIND_LABELS = {
  tech_offer: "技术成果",
  tech_need: "技术需求",
  challenge: "揭榜挂帅",
  space: "厂房土地",
  investment: "招商项目",
  procurement: "采购需求",
  service: "服务",
  finance: "资金",
} as const;
export const kindSchema = z.enum(["tech_offer", "tech_need", "challenge", "space", "investment", "procurement", "service", "finance"]);
export const statusSchema = z.enum(["draft", "in_review", "published", "rejected", "closed", "expired"]);
export const visibilitySchema = z.enum(["public", "members", "directed"]);

export const yuan = z
  .number("金额应为数字 (amount must be a number)")
  .int("金额应为整数元 (amount must be whole yuan)")
  .min(0, "金额不能为负 (amount must not be negative)")
  .max(MAX_YUAN, "金额超过 1 万亿元,请检查单位 (amount above 10^12 yuan)");
const positive = (max: number, what: string) =>
  z.number(`${what}应为数字 (must be a number)`).positive(`${what}必须大于 0 (must be positive)`).max(max, `${what}不能超过 ${max} (at most ${max})`);
const text = (max: number, label: string) =>
  z.string().trim().max(max, `${label}不能超过 ${max} 字 (at most ${max} characters)`);
const ids = z.array(z.number().int().positive()).max(50);

export const techOfferAttrs = z
  .object({
    trl: z.number().int().min(1, "技术成熟度 1–9 (TRL 1–9)").max(9, "技术成熟度 1–9 (TRL 1–9)"),
    ipStatus: z.enum(["patent_granted", "patent_pending", "software_copyright", "know_how", "none"]),
    patentNumbers: z.array(text(40, "专利号")).max(20).optional(),
    cooperationModes: z.array(z.enum(["licence", "transfer", "joint_development", "equity", "service"])).min(1, "至少选一种合作方式 (choose a cooperation mode)"),
    priceYuan: yuan.optional(),
  })
  .strict();
export const techNeedAttrs = z
  .object({
    problem: text(2000, "问题描述").min(1, "请描述要解决的问题 (problem required)"),
    budgetMinYuan: yuan.optional(),
    budgetMaxYuan: yuan.optional(),
    deadline: dateStr.optional(),
  })
  .strict();
export const challengeAttrs = z
  .object({
    rewardYuan: yuan.refine((v) => v > 0, "榜单金额必须大于 0 (reward must be positive)"),
    deadline: dateStr,
    requirements: z.array(text(500, "揭榜要求").min(1)).min(1, "至少一条揭榜要求 (at least one requirement)").max(30),
  })
  .strict();
export const spaceAttrs = z
  .object({
    spaceKind: z.enum(["factory", "land", "office", "warehouse"]),
    areaSqm: positive(10_000_000, "面积"),
    rent: z.object({ yuan: positive(10_000, "租金"), per: z.enum(["sqm_day", "sqm_month"]) }).strict().optional(),
    salePriceYuan: yuan.optional(),
    floorLoadKgPerSqm: positive(50_000, "楼面承重").optional(),
    clearHeightM: positive(100, "层高").optional(),
    landUse: z.enum(["industrial", "rnd", "warehouse", "commercial"]),
    availableFrom: dateStr.optional(),
    address: text(200, "地址").min(1, "请填写地址 (address required)"),
  })
  .strict();
export const investmentAttrs = z
  .object({
    amountWan: positive(100_000_000, "投资额(万元)"),
    targetRegionIds: ids.min(1, "至少一个目标地区 (at least one target region)"),
    stage: z.enum(["planning", "approved", "seeking_partner", "under_construction"]).optional(),
  })
  .strict();
export const procurementItem = z
  .object({
    name: text(100, "品名").min(1, "请填写品名 (item name required)"),
    quantity: positive(1_000_000_000, "数量"),
    unit: text(20, "单位").min(1, "请填写单位 (unit required)"),
    budgetYuan: yuan.optional(),
  })
  .strict();
export const procurementAttrs = z
  .object({
    items: z.array(procurementItem).min(1, "至少一个采购品目 (at least one item)").max(50),
    budgetYuan: yuan.optional(),
    deadline: dateStr,
    joinable: z.boolean().default(true),
  })
  .strict();
export const serviceAttrs = z
  .object({
    category: z.enum(["testing", "ip", "legal", "consulting", "incubation", "talent", "design", "other"]),
    priceYuan: yuan.optional(),
  })
  .strict();
export const financeAttrs = z
  .object({
    financeType: z.enum(["equity", "debt", "grant", "guarantee", "leasing"]),
    amountMinYuan: yuan.optional(),
    amountMaxYuan: yuan.optional(),
    termMonths: z.number().int().min(1).max(600).optional(),
  })
  .strict();

export const attrsByKind = {
  tech_offer: techOfferAttrs,
  tech_need: techNeedAttrs,
  challenge: challengeAttrs,
  space: spaceAttrs,
  investment: investmentAttrs,
  procurement: procurementAttrs,
  service: serviceAttrs,
  finance: financeAttrs,
} as const;

export const contactSchema = z
  .object({
    name: text(50, "联系人").optional(),
    phone: text(40, "电话").regex(/^[\d\s+\-()转]*$/, "电话号码格式不正确 (invalid phone)").optional(),
    email: z.string().trim().email("邮箱格式不正确 (invalid email)").max(200).optional(),
    wechat: text(50, "微信").optional(),
  })
  .strict();

export const audienceSchema = z
  .object({ allianceIds: ids.default([]), organizationIds: ids.default([]) })
  .strict();

const common = {
  title: text(120, "标题").min(2, "标题至少 2 个字 (title too short)"),
  summary: text(500, "摘要").default(""),
  body: text(20_000, "正文").default(""),
  organizationId: z.number({ error: "请选择发布机构 (choose the publishing organisation)" }).int().positive("请选择发布机构 (choose the publishing organisation)"),
  regionIds: ids.min(1, "至少选择一个地区 (at least one region)"),
  industryIds: ids.default([]),
  segmentIds: ids.default([]),
  contact: contactSchema.nullish(),
  validFrom: dateStr.nullish(),
  validUntil: dateStr.nullish(),
  visibility: visibilitySchema.default("public"),
  audience: audienceSchema.optional(),
};

const variant = <K extends keyof typeof attrsByKind>(kind: K) =>
  z.object({ kind: z.literal(kind), ...common, attrs: attrsByKind[kind] }).strict();

export const createListingBody = z
  .discriminatedUnion("kind", [
    variant("tech_offer"),
    variant("tech_need"),
    variant("challenge"),
    variant("space"),
    variant("investment"),
    variant("procurement"),
    variant("service"),
    variant("finance"),
  ])
  .superRefine(checkCrossFields);

export const updateListingBody = z
  .object({
    title: common.title.optional(),
    summary: text(500, "摘要").optional(),
    body: text(20_000, "正文").optional(),
    regionIds: common.regionIds.optional(),
    industryIds: ids.optional(),
    segmentIds: ids.optional(),
    contact: contactSchema.nullish(),
    validFrom: dateStr.nullish(),
    validUntil: dateStr.nullish(),
    visibility: visibilitySchema.optional(),
    audience: audienceSchema.optional(),
    attrs: z.record(z.string(), z.unknown()).optional(),
  })
  .strict();

export type CreateListingInput = z.infer<typeof createListingBody>;
export type UpdateListingInput = z.infer<typeof updateListingBody>;

/** Rules that span fields; also run on updates, after merging with the stored listing. */
export function checkCrossFields(v: {
  validFrom?: string | null;
  validUntil?: string | null;
  visibility?: string;
  audience?: { allianceIds: number[]; organizationIds: number[] };
  attrs?: Record<string, unknown>;
}, ctx: z.RefinementCtx): void {
  if (v.validFrom && v.validUntil && v.validUntil < v.validFrom)
    ctx.addIssue({ code: "custom", path: ["validUntil"], message: "截止日期早于开始日期 (validUntil before validFrom)" });
  if (v.visibility === "directed" && !(v.audience && (v.audience.allianceIds.length || v.audience.organizationIds.length)))
    ctx.addIssue({ code: "custom", path: ["audience"], message: "定向发布须选择联盟或机构 (directed release needs an audience)" });
  const a = (v.attrs ?? {}) as Record<string, number | undefined>;
  for (const [min, max] of [["budgetMinYuan", "budgetMaxYuan"], ["amountMinYuan", "amountMaxYuan"]] as const)
    if (a[min] != null && a[max] != null && (a[min] as number) > (a[max] as number))
      ctx.addIssue({ code: "custom", path: ["attrs", min], message: "下限大于上限 (minimum above maximum)" });
}
