import type { ColumnType, Generated } from "kysely";

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type DateString = ColumnType<string, string, string>;
type Json = ColumnType<unknown, string | null | undefined, string | null>;
type IntArray = ColumnType<number[], number[] | undefined, number[]>;

export type AgreementKind = "memorandum" | "framework" | "cooperation" | "other";
export type ProjectKind = "investment" | "cooperation" | "research" | "infrastructure" | "other";
export type ProjectStatus = "signed" | "started" | "producing" | "terminated";

export interface AgreementsTable {
  id: Generated<number>;
  title: string;
  kind: AgreementKind;
  signed_on: DateString;
  place: Generated<string>;
  event_name: Generated<string>;
  alliance_id: number | null;
  ceremony_id: number | null;
  industry_ids: IntArray;
  region_ids: IntArray;
  city_ids: IntArray;
  /** region_ids and all their ancestors, for region and alliance filters. */
  scope_ids: IntArray;
  /** Network pairs a < b as a * 1e6 + b, of city_ids and of region_ids. */
  city_pairs: IntArray;
  region_pairs: IntArray;
  notes: Generated<string>;
  document_name: string | null;
  document_type: string | null;
  document_bytes: Uint8Array | null;
  source: Json;
  created_by: number | null;
  created_at: Timestamp;
}

export interface AgreementPartiesTable {
  id: Generated<number>;
  agreement_id: number;
  region_id: number | null;
  organization_id: number | null;
  name: Generated<string>;
}

export interface CeremoniesTable {
  id: Generated<number>;
  title: string;
  held_on: DateString;
  end_on: DateString | null;
  place: Generated<string>;
  host_region_id: number | null;
  event_name: Generated<string>;
  alliance_id: number | null;
  reported: Json;
  notes: Generated<string>;
  source: Json;
  created_by: number | null;
  created_at: Timestamp;
}

export interface ProjectsTable {
  id: Generated<number>;
  name: string;
  ceremony_id: number | null;
  alliance_id: number | null;
  kind: ProjectKind;
  industry_id: number | null;
  amount_yuan: number | null;
  landing_region_id: number | null;
  status: ColumnType<ProjectStatus, ProjectStatus | undefined, ProjectStatus>;
  status_on: DateString;
  status_reason: Generated<string>;
  signed_on: DateString;
  region_ids: IntArray;
  city_ids: IntArray;
  /** region_ids and all their ancestors, for region and alliance filters. */
  scope_ids: IntArray;
  /** Network pairs a < b as a * 1e6 + b, of city_ids and of region_ids. */
  city_pairs: IntArray;
  region_pairs: IntArray;
  notes: Generated<string>;
  source: Json;
  created_by: number | null;
  created_at: Timestamp;
}

export interface ProjectPartiesTable {
  id: Generated<number>;
  project_id: number;
  region_id: number | null;
  organization_id: number | null;
  name: Generated<string>;
  role: Generated<string>;
}

export interface ProjectStatusHistoryTable {
  id: Generated<number>;
  project_id: number;
  from_status: ProjectStatus | null;
  to_status: ProjectStatus;
  on_date: DateString;
  reason: Generated<string>;
  by_user: number | null;
  at: Timestamp;
}

export interface ProjectMilestonesTable {
  id: Generated<number>;
  project_id: number;
  on_date: DateString;
  title: string;
  note: Generated<string>;
  created_by: number | null;
  created_at: Timestamp;
}

export interface LedgerRollupTable {
  scope_id: number;
  /** First day of the quarter. */
  quarter: DateString;
  dim: string;
  key: number;
  n: number;
  total: number;
}

export interface LedgerTables {
  ledger_rollup: LedgerRollupTable;
  agreements: AgreementsTable;
  agreement_parties: AgreementPartiesTable;
  ceremonies: CeremoniesTable;
  projects: ProjectsTable;
  project_parties: ProjectPartiesTable;
  project_status_history: ProjectStatusHistoryTable;
  project_milestones: ProjectMilestonesTable;
}
