import type { ColumnType, Generated } from "kysely";

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T> = ColumnType<T, string, string>;

export interface ArticlesTable {
  id: Generated<number>;
  url: string | null;
  title: string;
  published_on: string | null;
  origin: string | null;
  body: string;
  raw_sha256: string;
  body_sha256: string;
  simhash: string;
  simhash_bands: ColumnType<string[], string[], string[]>;
  encoding: string;
  repairs: Json<unknown>;
  /** Lines cleaning dropped: [{text, reason}] (see clean.ts). */
  removed: ColumnType<unknown, string | undefined, string>;
  status: ColumnType<"new" | "reviewed", "new" | "reviewed" | undefined, "new" | "reviewed">;
  created_by: number | null;
  created_at: Timestamp;
}

export interface ArticleSourcesTable {
  id: Generated<number>;
  article_id: number;
  file_name: string;
  size_bytes: number;
  raw_sha256: string;
  match: "original" | "exact" | "same_body" | "near";
  distance: number | null;
  received_by: number | null;
  received_at: Timestamp;
}

export type FactStatus = "draft" | "confirmed" | "rejected";

export interface FactsTable {
  id: Generated<number>;
  article_id: number;
  type: string;
  data: Json<Record<string, unknown>>;
  edited_data: ColumnType<Record<string, unknown> | null, string | null, string | null>;
  sentence: string;
  confidence: number;
  status: ColumnType<FactStatus, FactStatus | undefined, FactStatus>;
  record_module: string | null;
  /** agreement | ceremony | visit | meeting | alliance | region */
  record_type: ColumnType<string | null, string | null | undefined, string | null>;
  record_id: number | null;
  reject_reason: string | null;
  reviewed_by: number | null;
  reviewed_at: Timestamp | null;
  created_at: Timestamp;
}


export interface IngestTables {
  articles: ArticlesTable;
  article_sources: ArticleSourcesTable;
  facts: FactsTable;
}
