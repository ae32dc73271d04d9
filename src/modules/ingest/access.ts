import { authorize, requireActor, type MaybeActor, type Actor, isPlatformAdmin } from "../../platform/auth.js";

/** Ingest and review: platform admins and any alliance secretariat (they report what members signed). */
export function requireIngestRole(actor: MaybeActor): Actor {
  const a = requireActor(actor);
  authorize(isPlatformAdmin(a) || a.grants.some((g) => g.role === "alliance_secretariat"), "情报采集仅限平台管理员或联盟秘书处 (ingest is for platform admins and alliance secretariats)");
  return a;
}
