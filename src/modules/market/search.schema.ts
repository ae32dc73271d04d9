import { z } from "zod";
import { kindSchema, statusSchema } from "./listing.schema.js";

const id = z.coerce.number().int().positive();
const amount = z.coerce.number().min(0, "不能为负 (must not be negative)").max(1e13);

export const searchQuery = z
  .object({
    q: z.string().max(200, "查询词过长 (query too long)").optional(),
    kind: kindSchema.optional(),
    region: id.optional(),
    alliance: id.optional(),
    /** The publishing organisation's listings only (an organisation's page). */
    organization: id.optional(),
    industry: id.optional(),
    segment: id.optional(),
    amountMin: amount.optional(),
    amountMax: amount.optional(),
    areaMin: amount.optional(),
    areaMax: amount.optional(),
    priceMin: amount.optional(),
    priceMax: amount.optional(),
    status: statusSchema.default("published"),
    facets: z.enum(["true", "false", "1", "0"]).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).max(10_000).default(0),
  })
  .strict();

export type SearchQuery = z.infer<typeof searchQuery>;

const facetItem = z.object({ value: z.string(), label: z.string(), count: z.number() });

export const searchItem = z.object({
  id: z.number(),
  kind: kindSchema,
  kindLabel: z.string(),
  status: statusSchema,
  title: z.string(),
  summary: z.string(),
  organization: z.object({ id: z.number(), name: z.string() }),
  regions: z.array(z.object({ id: z.number(), name: z.string() })),
  industries: z.array(z.object({ id: z.number(), name: z.string() })),
  amountYuan: z.number().nullable(),
  areaSqm: z.number().nullable(),
  priceYuan: z.number().nullable(),
  validUntil: z.string().nullable(),
  visibility: z.string(),
  publishedAt: z.string().nullable(),
  rank: z.number(),
  highlight: z.object({ title: z.string(), summary: z.string() }),
});

export const searchResponse = z.object({
  /** With totalIsExact false: at least this many (the newest SEARCH_WINDOW matches were counted). */
  total: z.number(),
  /**
   * False when the matches exceed the search window: `total` is then a lower bound ("1000+"),
   * the facet counts are counted over those newest matches, and pages end at `total`.
   */
  totalIsExact: z.boolean(),
  items: z.array(searchItem),
  facets: z.object({ kind: z.array(facetItem), region: z.array(facetItem), industry: z.array(facetItem) }),
});

export type SearchResult = z.infer<typeof searchResponse>;
