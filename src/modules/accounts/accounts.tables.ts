import type { ColumnType, Generated } from "kysely";
import type { Role } from "../../platform/auth.js";

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface UsersTable {
  id: Generated<number>;
  email: string;
  name: string;
  password_hash: string;
  locale: Generated<string>;
  disabled: Generated<boolean>;
  created_at: Timestamp;
}

export interface SessionsTable {
  id: string;
  user_id: number;
  csrf_token: string;
  created_at: Timestamp;
  expires_at: Timestamp;
}

export interface RoleGrantsTable {
  id: Generated<number>;
  user_id: number;
  role: Role;
  organization_id: number | null;
  alliance_id: number | null;
  created_at: Timestamp;
}

export interface LoginAttemptsTable {
  key: string;
  at: Timestamp;
}

export interface AccountTables {
  users: UsersTable;
  sessions: SessionsTable;
  role_grants: RoleGrantsTable;
  login_attempts: LoginAttemptsTable;
}
