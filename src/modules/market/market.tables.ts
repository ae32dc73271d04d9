import type { ColumnType, Generated } from "kysely";

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type DateString = ColumnType<string, string, string>;
type Json<T> = ColumnType<T, string, string>;

export type ListingKind = "tech_offer" | "tech_need" | "challenge" | "space" | "investment" | "procurement" | "service" | "finance";
export type ListingStatus = "draft" | "in_review" | "published" | "rejected" | "closed" | "expired";
export type Visibility = "public" | "members" | "directed";

export interface ListingFlag {
  type: "phone" | "wechat" | "qq" | "url" | "email" | "ad_phrase";
  field: string;
  match: string;
}

export interface ListingContact {
  name?: string;
  phone?: string;
  email?: string;
  wechat?: string;
}

export interface ListingsTable {
  id: Generated<number>;
  kind: ListingKind;
  status: Generated<ListingStatus>;
  title: string;
  summary: Generated<string>;
  body: Generated<string>;
  organization_id: number;
  created_by: number | null;
  contact: Json<ListingContact | null> | null;
  region_ids: ColumnType<number[], number[] | undefined, number[]>;
  city_ids: ColumnType<number[], number[] | undefined, number[]>;
  industry_ids: ColumnType<number[], number[] | undefined, number[]>;
  segment_ids: ColumnType<number[], number[] | undefined, number[]>;
  amount_yuan: number | null;
  area_sqm: number | null;
  price_yuan: number | null;
  attrs: Json<Record<string, unknown>>;
  valid_from: DateString | null;
  valid_until: DateString | null;
  visibility: Generated<Visibility>;
  moderation_reason: string | null;
  flags: Json<ListingFlag[]>;
  reviewed_by: number | null;
  reviewed_at: NullableTimestamp;
  submitted_at: NullableTimestamp;
  published_at: NullableTimestamp;
  closed_at: NullableTimestamp;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/**
 * The narrow copy search reads (migrations 202611290100, 202611290200): filter columns kept in step by a
 * trigger on `listings`, the tsvector written by the application (searchText in listings.repo).
 */
export interface ListingSearchTable {
  id: number;
  kind: ListingKind;
  status: ListingStatus;
  visibility: Visibility;
  organization_id: number;
  region_ids: number[];
  /** region_ids and all their ancestors (market_region_ancestors). */
  region_path_ids: number[];
  city_ids: number[];
  industry_ids: number[];
  segment_ids: number[];
  amount_yuan: number | null;
  area_sqm: number | null;
  price_yuan: number | null;
  valid_until: string | null;
  published_at: Date | null;
  pub_day: number;
  search: ColumnType<string, unknown, unknown>;
}

export interface ListingAudienceTable {
  listing_id: number;
  alliance_id: number | null;
  organization_id: number | null;
}

export type ApplicationStatus = "applied" | "shortlisted" | "awarded" | "rejected";

export interface ChallengeApplicationsTable {
  id: Generated<number>;
  listing_id: number;
  organization_id: number;
  applied_by: number | null;
  proposal: string;
  status: Generated<ApplicationStatus>;
  decided_by: number | null;
  decided_at: NullableTimestamp;
  created_at: Timestamp;
}

export interface ProcurementParticipantsTable {
  id: Generated<number>;
  listing_id: number;
  organization_id: number;
  joined_by: number | null;
  quantities: Json<number[]>;
  note: Generated<string>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface InterestsTable {
  id: Generated<number>;
  listing_id: number;
  organization_id: number;
  created_by: number | null;
  status: Generated<"open" | "closed">;
  closed_by: number | null;
  closed_at: NullableTimestamp;
  created_at: Timestamp;
  last_message_at: Timestamp;
}

export interface InterestMessagesTable {
  id: Generated<number>;
  interest_id: number;
  organization_id: number;
  author_id: number | null;
  body: string;
  created_at: Timestamp;
}

export interface MarketTables {
  listings: ListingsTable;
  listing_search: ListingSearchTable;
  listing_audience: ListingAudienceTable;
  challenge_applications: ChallengeApplicationsTable;
  procurement_participants: ProcurementParticipantsTable;
  interests: InterestsTable;
  interest_messages: InterestMessagesTable;
}
