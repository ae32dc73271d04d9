import { AppError } from "./errors.js";

export type Role = "platform_admin" | "alliance_secretariat" | "org_admin" | "org_member";

export interface RoleGrant {
  role: Role;
  allianceId?: number | null;
  organizationId?: number | null;
}

/** Who is asking. `null` is the public (no session). */
export interface Actor {
  userId: number;
  email: string;
  name: string;
  grants: RoleGrant[];
}

export type MaybeActor = Actor | null;

export function requireActor(actor: MaybeActor): Actor {
  if (!actor) throw new AppError("UNAUTHENTICATED", "请先登录 (sign-in required)");
  return actor;
}

export const isPlatformAdmin = (a: MaybeActor): boolean => !!a?.grants.some((g) => g.role === "platform_admin");

export const isSecretariatOf = (a: MaybeActor, allianceId: number): boolean =>
  isPlatformAdmin(a) || !!a?.grants.some((g) => g.role === "alliance_secretariat" && g.allianceId === allianceId);

export const isOrgAdmin = (a: MaybeActor, organizationId: number): boolean =>
  isPlatformAdmin(a) || !!a?.grants.some((g) => g.role === "org_admin" && g.organizationId === organizationId);

export const isOrgMember = (a: MaybeActor, organizationId: number): boolean =>
  isOrgAdmin(a, organizationId) || !!a?.grants.some((g) => g.role === "org_member" && g.organizationId === organizationId);

/** Organisations the actor belongs to (any role). */
export const organizationsOf = (a: MaybeActor): number[] =>
  [...new Set((a?.grants ?? []).filter((g) => g.organizationId != null).map((g) => g.organizationId as number))];

/** Alliances the actor runs as secretariat. */
export const alliancesOf = (a: MaybeActor): number[] =>
  [...new Set((a?.grants ?? []).filter((g) => g.role === "alliance_secretariat" && g.allianceId != null).map((g) => g.allianceId as number))];

export function authorize(allowed: boolean, what: string): void {
  if (!allowed) throw new AppError("FORBIDDEN", `无权限: ${what} (forbidden)`);
}
