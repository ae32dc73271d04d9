import type { ColumnType, Generated } from "kysely";

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** 'YYYY-MM-DD' both ways (the date parser is set in platform/db/connect). */
type DateString = ColumnType<string, string, string>;

export type RegionLevel = "province" | "prefecture" | "county";
export type OrganizationKind = "enterprise" | "university" | "institute" | "park" | "government" | "finance" | "service";
export type SegmentStage = "upstream" | "midstream" | "downstream";
export type AllianceKind = "alliance" | "corridor" | "circle" | "belt" | "platform";

export interface RegionsTable {
  id: Generated<number>;
  code: string;
  name: string;
  /** '' until the reference seed writes it. */
  name_en: Generated<string>;
  short_name: string;
  level: RegionLevel;
  kind: string;
  parent_id: number | null;
  path: string;
  aliases: ColumnType<string[], string[] | undefined, string[]>;
  lng: number | null;
  lat: number | null;
}

export interface IndustriesTable {
  id: Generated<number>;
  code: string;
  name: string;
  name_en: string;
  sort: Generated<number>;
}

export interface IndustrySegmentsTable {
  id: Generated<number>;
  industry_id: number;
  code: string;
  stage: SegmentStage;
  name: string;
  name_en: string;
  sort: Generated<number>;
}

export interface OrganizationsTable {
  id: Generated<number>;
  name: string;
  kind: OrganizationKind;
  region_id: number;
  credit_code: string | null;
  description: Generated<string>;
  /** '' when none is known: the interface in English shows `name`. */
  name_en: Generated<string>;
  website: string | null;
  contact_name: string | null;
  contact_phone: string | null;
  contact_email: string | null;
  created_by: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface OrganizationIndustriesTable {
  organization_id: number;
  industry_id: number;
  segment_id: number | null;
}

export interface AlliancesTable {
  id: Generated<number>;
  name: string;
  short_name: string;
  /** '' where no English name is known (migration 202611300700). */
  name_en: Generated<string>;
  short_name_en: Generated<string>;
  kind: AllianceKind;
  description: Generated<string>;
  founded_on: DateString | null;
  created_by: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface AllianceRegionsTable {
  alliance_id: number;
  region_id: number;
  rotation_order: number | null;
}

export interface AllianceOrganizationsTable {
  alliance_id: number;
  organization_id: number;
  role: Generated<string>;
}

export interface DirectoryTables {
  regions: RegionsTable;
  industries: IndustriesTable;
  industry_segments: IndustrySegmentsTable;
  organizations: OrganizationsTable;
  organization_industries: OrganizationIndustriesTable;
  alliances: AlliancesTable;
  alliance_regions: AllianceRegionsTable;
  alliance_organizations: AllianceOrganizationsTable;
}
