/**
 * Directory exports. The organisations CSV/JSON has the import's columns, so an export can
 * be edited and imported into another installation (after removing rows that exist there).
 */
import type { Db } from "../../platform/db/connect.js";
import { allAlliances, memberOrganizations, memberRegions } from "./alliances.repo.js";
import { toCsv } from "../../platform/tabular.js";
import { allOrganizationsForExport } from "./organizations.repo.js";
import { allRegions } from "./regions.repo.js";
import { loadGazetteer } from "./regions.service.js";

export type ExportWhat = "organizations" | "alliances" | "regions";
export type ExportFormat = "csv" | "json";

export const ORGANIZATION_COLUMNS = [
  "name", "nameEn", "kind", "region", "regionCode", "creditCode", "description", "website", "contactName", "contactPhone", "contactEmail", "industries",
] as const;

async function organizationRecords(db: Db) {
  const [rows, links, gaz] = await Promise.all([
    allOrganizationsForExport(db),
    db.selectFrom("organization_industries as oi")
      .innerJoin("industries as i", "i.id", "oi.industry_id")
      .leftJoin("industry_segments as s", "s.id", "oi.segment_id")
      .select(["oi.organization_id", "i.code as industry_code", "s.code as segment_code"])
      .orderBy("i.sort").orderBy("s.sort")
      .execute(),
    loadGazetteer(db),
  ]);
  return rows.map((o) => ({
    name: o.name, nameEn: o.name_en, kind: o.kind, region: gaz.fullName(o.region_id), regionCode: o.region_code, creditCode: o.credit_code ?? "",
    description: o.description, website: o.website ?? "", contactName: o.contact_name ?? "", contactPhone: o.contact_phone ?? "",
    contactEmail: o.contact_email ?? "",
    industries: links.filter((l) => l.organization_id === o.id).map((l) => l.segment_code ?? l.industry_code).join(";"),
  }));
}

async function allianceRecords(db: Db) {
  const alliances = await allAlliances(db);
  const regions = await memberRegions(db, alliances.map((a) => a.id));
  const out = [];
  for (const a of alliances) {
    const orgs = await memberOrganizations(db, a.id);
    out.push({
      name: a.name, shortName: a.short_name, kind: a.kind, description: a.description, foundedOn: a.founded_on ?? "",
      regions: regions.filter((r) => r.alliance_id === a.id).map((r) => ({ code: r.code, name: r.name, rotationOrder: r.rotation_order })),
      organizations: orgs.map((o) => ({ name: o.name, role: o.role })),
    });
  }
  return out;
}

async function regionRecords(db: Db) {
  const rows = await allRegions(db);
  const codeById = new Map(rows.map((r) => [r.id, r.code]));
  return rows.map((r) => ({
    code: r.code, name: r.name, shortName: r.short_name, level: r.level, kind: r.kind,
    parentCode: r.parent_id == null ? "" : codeById.get(r.parent_id)!, aliases: r.aliases, lng: r.lng, lat: r.lat,
  }));
}

export async function exportDirectory(db: Db, what: ExportWhat, format: ExportFormat): Promise<{ text: string; count: number }> {
  if (what === "organizations") {
    const recs = await organizationRecords(db);
    const text = format === "json" ? JSON.stringify(recs, null, 2) + "\n" : toCsv(ORGANIZATION_COLUMNS, recs.map((r) => ORGANIZATION_COLUMNS.map((c) => r[c])));
    return { text, count: recs.length };
  }
  if (what === "alliances") {
    const recs = await allianceRecords(db);
    const text =
      format === "json"
        ? JSON.stringify(recs, null, 2) + "\n"
        : toCsv(
            ["name", "shortName", "kind", "description", "foundedOn", "regions", "organizations"],
            recs.map((a) => [
              a.name, a.shortName, a.kind, a.description, a.foundedOn,
              a.regions.map((r) => (r.rotationOrder == null ? r.name : `${r.rotationOrder}:${r.name}`)).join(";"),
              a.organizations.map((o) => o.name).join(";"),
            ]),
          );
    return { text, count: recs.length };
  }
  const recs = await regionRecords(db);
  const cols = ["code", "name", "shortName", "level", "kind", "parentCode", "aliases", "lng", "lat"] as const;
  const text = format === "json" ? JSON.stringify(recs, null, 2) + "\n" : toCsv(cols, recs.map((r) => cols.map((c) => (c === "aliases" ? r.aliases.join(";") : r[c]))));
  return { text, count: recs.length };
}
