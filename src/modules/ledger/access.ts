import { authorize, isOrgAdmin, isPlatformAdmin, isSecretariatOf, requireActor, type Actor, type MaybeActor } from "../../platform/auth.js";

/**
 * Who may write ledger records: a platform admin; the secretariat of the record's alliance;
 * an admin of one of the organisations that is a party to it. Reading is public: the ledger
 * holds what the alliances publish (signed agreements and projects).
 */
export function canWrite(actor: MaybeActor, allianceId: number | null | undefined, partyOrgIds: (number | null | undefined)[]): boolean {
  if (isPlatformAdmin(actor)) return true;
  if (allianceId != null && isSecretariatOf(actor, allianceId)) return true;
  return partyOrgIds.some((id) => id != null && isOrgAdmin(actor, id));
}

export function authorizeWrite(actor: MaybeActor, allianceId: number | null | undefined, partyOrgIds: (number | null | undefined)[], what: string): Actor {
  const a = requireActor(actor);
  authorize(canWrite(a, allianceId, partyOrgIds), `${what} — 须为平台管理员、联盟秘书处或合作方机构管理员 (platform admin, alliance secretariat or party organisation admin)`);
  return a;
}
