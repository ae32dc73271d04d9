import { z } from "zod";

export const regionLevel = z.enum(["province", "prefecture", "county"]);
export const organizationKind = z.enum(["enterprise", "university", "institute", "park", "government", "finance", "service"], {
  error: "类型应为 enterprise/university/institute/park/government/finance/service 之一 (invalid kind)",
});
export const allianceKind = z.enum(["alliance", "corridor", "circle", "belt", "platform"]);
export const segmentStage = z.enum(["upstream", "midstream", "downstream"]);

const id = z.coerce.number().int().positive();
const page = { limit: z.coerce.number().int().min(1).max(500).default(50), offset: z.coerce.number().int().min(0).default(0) };
/** Optional text: "" from an emptied form field means "no value". */
const optionalText = (max: number) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? null : v), z.string().trim().max(max).nullish());

// ---- regions -------------------------------------------------------------------------

export const regionQuery = z
  .object({ q: z.string().trim().max(50).optional(), level: regionLevel.optional(), parent: id.optional(), ...page })
  .strict();

export const resolveQuery = z
  .object({
    name: z.string().trim().min(1, "请填写地名 (name required)").max(50),
    context: z.string().trim().max(50).optional(),
  })
  .strict();

export const regionView = z.object({
  id: z.number(),
  code: z.string(),
  name: z.string(),
  /** '' when the data has none. */
  nameEn: z.string(),
  shortName: z.string(),
  level: regionLevel,
  kind: z.string(),
  parentId: z.number().nullable(),
  path: z.string(),
  aliases: z.array(z.string()),
  lng: z.number().nullable(),
  lat: z.number().nullable(),
  fullName: z.string(),
  /** "Kunshan, Suzhou, Jiangsu"; '' when a name is missing. */
  fullNameEn: z.string(),
});

export const regionNames = z.object({
  items: z.array(z.object({ id: z.number(), name: z.string(), nameEn: z.string(), fullName: z.string(), fullNameEn: z.string() })),
});

const regionRef = z.object({ id: z.number(), name: z.string(), level: regionLevel });

export const regionDetail = regionView.extend({
  parent: regionRef.nullable(),
  ancestors: z.array(regionRef),
  children: z.array(regionView),
});

export const regionPage = z.object({ total: z.number(), items: z.array(regionView) });

const candidate = z.object({
  id: z.number(),
  code: z.string(),
  name: z.string(),
  shortName: z.string(),
  fullName: z.string(),
  level: regionLevel,
  kind: z.string(),
  parentId: z.number().nullable(),
  path: z.string(),
  lng: z.number().nullable(),
  lat: z.number().nullable(),
  matchedBy: z.enum(["name", "short_name", "alias", "suffix", "compound"]),
});

export const resolution = z.object({
  status: z.enum(["resolved", "ambiguous", "unknown"]),
  query: z.string(),
  context: z.number().nullable(),
  candidates: z.array(candidate),
  suggestions: z.array(candidate),
});

// ---- industries ----------------------------------------------------------------------

export const industryView = z.object({
  id: z.number(),
  code: z.string(),
  name: z.string(),
  nameEn: z.string(),
  segments: z.array(z.object({ id: z.number(), code: z.string(), stage: segmentStage, name: z.string(), nameEn: z.string() })),
});

// ---- organisations -------------------------------------------------------------------

const industryLink = z.object({ industryId: z.number().int().positive(), segmentId: z.number().int().positive().nullish() }).strict();

/** An organisation's English name: its own, in Latin letters ("" clears it). */
const englishName = z
  .string()
  .trim()
  .max(200)
  .refine((v) => !/[\u3400-\u9fff\uf900-\ufaff]/.test(v), "英文名称不能含汉字 (the English name must not contain Chinese characters)");

const organizationFields = {
  name: z.string({ error: "请填写名称 (name required)" }).trim().min(2, "名称至少2个字 (name too short)").max(100),
  // null clears it too, as for the other optional texts.
  nameEn: z.preprocess((v) => (v === null ? "" : v), englishName).optional(),
  kind: organizationKind,
  regionId: z.number({ error: "请选择所在地区 (regionId required)" }).int().positive(),
  creditCode: optionalText(30),
  description: z.string().trim().max(4000).optional(),
  website: optionalText(300),
  contactName: optionalText(50),
  contactPhone: optionalText(50),
  contactEmail: z.preprocess((v) => (v === "" ? null : v), z.string().trim().email("邮箱格式不正确 (invalid email)").max(200).nullish()),
  industries: z.array(industryLink).max(30).optional(),
};

export const organizationCreate = z.object(organizationFields).strict();
export const organizationPatch = z.object(organizationFields).partial().strict();

export const organizationQuery = z
  .object({
    q: z.string().trim().max(100).optional(),
    kind: organizationKind.optional(),
    region: id.optional(),
    industry: id.optional(),
    segment: id.optional(),
    alliance: id.optional(),
    ...page,
  })
  .strict();

const organizationBase = z.object({
  id: z.number(),
  name: z.string(),
  /** '' when none is known. */
  nameEn: z.string(),
  kind: organizationKind,
  regionId: z.number(),
  region: z.object({ id: z.number(), name: z.string(), fullName: z.string(), path: z.string(), level: regionLevel }),
  creditCode: z.string().nullable(),
  description: z.string(),
  website: z.string().nullable(),
  /** Only for signed-in callers: omitted for the public. */
  contactName: z.string().nullable().optional(),
  contactPhone: z.string().nullable().optional(),
  contactEmail: z.string().nullable().optional(),
  industries: z.array(
    z.object({ industryId: z.number(), industryName: z.string(), segmentId: z.number().nullable(), segmentName: z.string().nullable() }),
  ),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const organizationView = organizationBase.extend({
  alliances: z.array(z.object({ id: z.number(), name: z.string(), shortName: z.string(), role: z.string() })),
});
export const organizationPage = z.object({ total: z.number(), items: z.array(organizationBase) });
/** The organisations that have an English name, for the interface in English. */
export const organizationNames = z.object({ items: z.array(z.object({ id: z.number(), name: z.string(), nameEn: z.string() })) });

// ---- alliances -----------------------------------------------------------------------

const memberRegion = z
  .object({ regionId: z.number().int().positive(), rotationOrder: z.number().int().min(1).max(1000).nullish() })
  .strict();
const memberOrganization = z
  .object({ organizationId: z.number().int().positive(), role: z.string().trim().min(1).max(30).default("member") })
  .strict();

const allianceFields = {
  name: z.string().trim().min(2, "名称至少2个字 (name too short)").max(100),
  shortName: z.string().trim().min(1).max(30).optional(),
  /** English names for the interface in English; empty: none known (the Chinese is shown). */
  nameEn: z.string().trim().max(200).optional(),
  shortNameEn: z.string().trim().max(60).optional(),
  kind: allianceKind,
  description: z.string().trim().max(4000).optional(),
  foundedOn: z.iso.date("日期格式应为 YYYY-MM-DD (date must be YYYY-MM-DD)").nullish(),
  regions: z.array(memberRegion).max(200).optional(),
  organizations: z.array(memberOrganization).max(2000).optional(),
};

export const allianceCreate = z.object(allianceFields).strict();
export const alliancePatch = z.object(allianceFields).partial().strict();

export const allianceRegionView = z.object({
  regionId: z.number(),
  name: z.string(),
  fullName: z.string(),
  level: regionLevel,
  path: z.string(),
  lng: z.number().nullable(),
  lat: z.number().nullable(),
  rotationOrder: z.number().nullable(),
});

const allianceBase = z.object({
  id: z.number(),
  name: z.string(),
  shortName: z.string(),
  nameEn: z.string(),
  shortNameEn: z.string(),
  kind: allianceKind,
  description: z.string(),
  foundedOn: z.string().nullable(),
  regions: z.array(allianceRegionView),
  regionCount: z.number(),
  organizationCount: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const allianceView = allianceBase.extend({
  organizations: z.array(
    z.object({ organizationId: z.number(), name: z.string(), kind: organizationKind, role: z.string(), regionId: z.number(), regionName: z.string() }),
  ),
});
export const alliancePage = z.object({ total: z.number(), items: z.array(allianceBase) });

export const allianceQuery = z.object({ q: z.string().trim().max(100).optional(), region: id.optional(), ...page }).strict();

export type OrganizationCreate = z.infer<typeof organizationCreate>;
export type OrganizationPatch = z.infer<typeof organizationPatch>;
export type OrganizationQuery = z.infer<typeof organizationQuery>;
export type AllianceCreate = z.infer<typeof allianceCreate>;
export type AlliancePatch = z.infer<typeof alliancePatch>;
export type AllianceQuery = z.infer<typeof allianceQuery>;
