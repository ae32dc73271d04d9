import type { Db } from "../../platform/db/connect.js";
import { AGREEMENT_KIND_LABELS } from "./agreements.service.js";
import { PROJECT_KIND_LABELS } from "./projects.service.js";
import { BUCKETS } from "./summary.js";
import { STATUS_LABELS } from "./transitions.js";

/** Everything a ledger form or filter bar offers, in one request. */
export async function ledgerOptions(db: Db) {
  const [alliances, regions, industries] = await Promise.all([
    db.selectFrom("alliances").select(["id", "name", "short_name as shortName"]).orderBy("id").execute(),
    db.selectFrom("regions").select(["id", "name", "level", "parent_id as parentId", "path"]).orderBy("path").execute(),
    db.selectFrom("industries").select(["id", "name"]).orderBy("sort").orderBy("id").execute(),
  ]);
  const label = (m: Record<string, string>) => Object.entries(m).map(([value, label]) => ({ value, label }));
  return {
    alliances, regions, industries,
    projectKinds: label(PROJECT_KIND_LABELS), agreementKinds: label(AGREEMENT_KIND_LABELS), statuses: label(STATUS_LABELS),
    buckets: BUCKETS.map((b) => ({ key: b.key, label: b.label })),
  };
}

export async function searchOrganizations(db: Db, q: string) {
  let query = db.selectFrom("organizations as o").innerJoin("regions as r", "r.id", "o.region_id")
    .select(["o.id", "o.name", "o.kind", "o.region_id as regionId", "r.name as regionName"]);
  if (q.trim()) query = query.where("o.name", "like", `%${q.trim().replace(/[%_\\]/g, "\\$&")}%`);
  return query.orderBy("o.name").limit(20).execute();
}
