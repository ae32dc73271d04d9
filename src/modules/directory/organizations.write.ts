import type { Db } from "../../platform/db/connect.js";
import type { OrganizationCreate } from "./directory.schema.js";

const CHUNK = 500;

/**
 * Many already-checked organisations in a few statements (import, demo): PGlite has one
 * connection, so a row-by-row loop would hold it for seconds. Returns ids in input order.
 */
export async function insertOrganizations(db: Db, rows: readonly OrganizationCreate[], createdBy: number | null): Promise<number[]> {
  const idByName = new Map<string, number>();
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    const inserted = await db
      .insertInto("organizations")
      .values(
        chunk.map((o) => ({
          name: o.name, name_en: o.nameEn ?? "", kind: o.kind, region_id: o.regionId, credit_code: o.creditCode ?? null, description: o.description ?? "",
          website: o.website ?? null, contact_name: o.contactName ?? null, contact_phone: o.contactPhone ?? null,
          contact_email: o.contactEmail ?? null, created_by: createdBy,
        })),
      )
      .returning(["id", "name"])
      .execute();
    for (const r of inserted) idByName.set(r.name, r.id);
  }
  const ids = rows.map((o) => idByName.get(o.name)!);
  const links = rows.flatMap((o, i) =>
    (o.industries ?? []).map((l) => ({ organization_id: ids[i]!, industry_id: l.industryId, segment_id: l.segmentId ?? null })),
  );
  for (let i = 0; i < links.length; i += CHUNK) await db.insertInto("organization_industries").values(links.slice(i, i + CHUNK)).execute();
  return ids;
}
