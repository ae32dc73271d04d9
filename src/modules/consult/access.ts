import { authorize, isOrgAdmin, isPlatformAdmin, isSecretariatOf, requireActor, type MaybeActor } from "../../platform/auth.js";

/** Consult writes: platform admins anywhere; an alliance's secretariat inside its alliance. */
export function authorizeAllianceWrite(actor: MaybeActor, allianceId: number | null | undefined, what: string): void {
  const a = requireActor(actor);
  authorize(allianceId != null ? isSecretariatOf(a, allianceId) : isPlatformAdmin(a), what);
}

/** Progress notes: also the admins of an organisation that owns the item. */
export function authorizeProgressNote(actor: MaybeActor, allianceId: number | null, ownerOrgIds: number[]): void {
  const a = requireActor(actor);
  const ok = (allianceId != null ? isSecretariatOf(a, allianceId) : isPlatformAdmin(a)) || ownerOrgIds.some((id) => isOrgAdmin(a, id));
  authorize(ok, "添加进展 (add a progress note)");
}
