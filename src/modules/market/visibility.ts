import { sql, type RawBuilder } from "kysely";
import type { Db } from "../../platform/db/connect.js";
import { intArray } from "../../platform/db/int-array.js";
import { alliancesOf, isPlatformAdmin, organizationsOf, type MaybeActor } from "../../platform/auth.js";

/** Who is looking, resolved once per request into the ids that visibility rules need. */
export interface Viewer {
  actor: MaybeActor;
  admin: boolean;
  /** Organisations the viewer belongs to (any role). */
  orgIds: number[];
  /** Alliances whose member organisations include one of the viewer's, plus those the viewer runs. */
  allianceIds: number[];
  /** Alliances the viewer runs as secretariat: their directed listings are theirs to moderate. */
  secretariatOf: number[];
}

export async function viewerOf(db: Db, actor: MaybeActor): Promise<Viewer> {
  const orgIds = organizationsOf(actor);
  const secretariatOf = alliancesOf(actor);
  const memberOf = orgIds.length
    ? (await db.selectFrom("alliance_organizations").select("alliance_id").where("organization_id", "in", orgIds).execute()).map((r) => r.alliance_id)
    : [];
  return { actor, admin: isPlatformAdmin(actor), orgIds, allianceIds: [...new Set([...memberOf, ...secretariatOf])], secretariatOf };
}

export const ANONYMOUS: Viewer = { actor: null, admin: false, orgIds: [], allianceIds: [], secretariatOf: [] };

/**
 * The one visibility rule, as SQL over alias `l`, used by search and every read:
 * owners and platform admins see everything of theirs; others see released listings
 * (published/closed/expired) that are public, members-only when signed in, or directed
 * to one of their organisations or alliances; secretariats also see what awaits them.
 */
export function visibleTo(v: Viewer): RawBuilder<boolean> {
  if (v.admin) return sql<boolean>`true`;
  // Anonymous: public released listings only (no audience can include them). Said this plainly,
  // a search for published listings implies the predicate of listing_search_public_idx and
  // the planner uses that smaller index (migration 202611300200), or with a kind that kind's
  // (202611300300).
  if (!v.actor) return sql<boolean>`(l.status in ('published','closed','expired') and l.visibility = 'public')`;
  const orgs = intArray(v.orgIds);
  const alliances = intArray(v.allianceIds);
  const audience = sql`exists (select 1 from listing_audience a where a.listing_id = l.id and (a.organization_id = any(${orgs}) or a.alliance_id = any(${alliances})))`;
  const released = sql`l.status in ('published','closed','expired') and (l.visibility = 'public'${
    v.actor ? sql` or l.visibility = 'members'` : sql``
  } or (l.visibility = 'directed' and ${audience}))`;
  const own = v.orgIds.length ? sql` or l.organization_id = any(${orgs})` : sql``;
  const moderating = v.secretariatOf.length
    ? sql` or (l.status = 'in_review' and exists (select 1 from listing_audience m where m.listing_id = l.id and m.alliance_id = any(${intArray(v.secretariatOf)})))`
    : sql``;
  return sql<boolean>`((${released})${own}${moderating})`;
}
