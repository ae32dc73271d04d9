import type { Db } from "../../platform/db/connect.js";
import type { MaybeActor } from "../../platform/auth.js";
import { KIND_LABELS } from "./listing.schema.js";
import { viewerOf } from "./visibility.js";

/** What the search filters and publish forms offer: regions, industries, alliances, my organisations. */
export async function marketOptions(db: Db, actor: MaybeActor) {
  const v = await viewerOf(db, actor);
  const [regions, industries, segments, alliances, orgs] = await Promise.all([
    db.selectFrom("regions").select(["id", "name", "level", "parent_id"]).orderBy("code").execute(),
    db.selectFrom("industries").select(["id", "name", "name_en"]).orderBy("sort").orderBy("id").execute(),
    db.selectFrom("industry_segments").select(["id", "industry_id", "name", "name_en", "stage"]).orderBy("sort").orderBy("id").execute(),
    db.selectFrom("alliances").select(["id", "name", "short_name"]).orderBy("id").execute(),
    v.orgIds.length ? db.selectFrom("organizations").select(["id", "name"]).where("id", "in", v.orgIds).orderBy("id").execute() : Promise.resolve([]),
  ]);
  return {
    kinds: Object.entries(KIND_LABELS).map(([value, label]) => ({ value, label })),
    regions: regions.map((r) => ({ id: r.id, name: r.name, level: r.level, parentId: r.parent_id })),
    industries: industries.map((i) => ({
      id: i.id,
      name: i.name,
      nameEn: i.name_en,
      segments: segments.filter((s) => s.industry_id === i.id).map((s) => ({ id: s.id, name: s.name, nameEn: s.name_en, stage: s.stage })),
    })),
    alliances: alliances.map((a) => ({ id: a.id, name: a.name, shortName: a.short_name })),
    myOrganizations: orgs,
    canModerate: v.admin || v.secretariatOf.length > 0,
    signedIn: !!actor,
  };
}
