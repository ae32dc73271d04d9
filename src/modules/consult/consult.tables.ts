import type { ColumnType, Generated } from "kysely";

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type DateString = ColumnType<string, string, string>;
type Json = ColumnType<unknown, string | null | undefined, string | null>;

export type MeetingKind = "会商" | "轮值会议" | "恳谈会" | "other";

export interface RotationsTable {
  alliance_id: number;
  base_year: number;
  note: Generated<string>;
}

export interface MeetingsTable {
  id: Generated<number>;
  alliance_id: number | null;
  title: string;
  kind: MeetingKind;
  held_on: DateString;
  host_region_id: number | null;
  place: Generated<string>;
  theme: Generated<string>;
  agenda: Generated<string>;
  minutes: Generated<string>;
  source: Json;
  created_by: number | null;
  created_at: Timestamp;
}

export interface MeetingAttendeesTable {
  id: Generated<number>;
  meeting_id: number;
  region_id: number | null;
  organization_id: number | null;
  person_name: Generated<string>;
  person_title: Generated<string>;
}

export interface MeetingDecisionsTable {
  id: Generated<number>;
  meeting_id: number;
  text: string;
}

export interface VisitsTable {
  id: Generated<number>;
  alliance_id: number | null;
  title: string;
  start_on: DateString;
  end_on: DateString;
  from_region_ids: number[];
  to_region_ids: number[];
  leaders: Json;
  organizations_visited: ColumnType<string[], string[] | undefined, string[]>;
  sites: ColumnType<string[], string[] | undefined, string[]>;
  purpose: Generated<string>;
  source: Json;
  created_by: number | null;
  created_at: Timestamp;
}

export type ActionStatus = "not_started" | "in_progress" | "done" | "cancelled";

export interface ProgrammesTable {
  id: Generated<number>;
  alliance_id: number;
  name: string;
  period: Generated<string>;
  description: Generated<string>;
  created_at: Timestamp;
}

export interface ActionItemsTable {
  id: Generated<number>;
  alliance_id: number | null;
  programme_id: number | null;
  visit_id: number | null;
  meeting_id: number | null;
  decision_id: number | null;
  title: string;
  description: Generated<string>;
  /** The programme's strand (e.g. 产业链供应链共融 of 五大行动); "" when the programme has none. */
  strand: Generated<string>;
  deadline: DateString | null;
  status: Generated<ActionStatus>;
  completed_on: DateString | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ActionItemOwnersTable {
  id: Generated<number>;
  item_id: number;
  region_id: number | null;
  organization_id: number | null;
}

export interface ActionProgressNotesTable {
  id: Generated<number>;
  item_id: number;
  noted_on: DateString;
  text: string;
  by_user_id: number | null;
  created_at: Timestamp;
}

export interface ConsultTables {
  programmes: ProgrammesTable;
  action_items: ActionItemsTable;
  action_item_owners: ActionItemOwnersTable;
  action_progress_notes: ActionProgressNotesTable;
  rotations: RotationsTable;
  meetings: MeetingsTable;
  meeting_attendees: MeetingAttendeesTable;
  meeting_decisions: MeetingDecisionsTable;
  visits: VisitsTable;
}
