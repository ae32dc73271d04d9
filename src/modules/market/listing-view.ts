import type { Db } from "../../platform/db/connect.js";
import { KIND_LABELS } from "./listing.schema.js";
import * as repo from "./listings.repo.js";
import type { ListingRow } from "./listings.repo.js";
import type { ListingKind, ListingStatus } from "./market.tables.js";
import { todayCn } from "../../platform/dates.js";
import type { Viewer } from "./visibility.js";

/** A published listing past its validity reads as expired even before the sweep has run. */
export function effectiveStatus(row: { status: ListingStatus; valid_until: string | null }, today = todayCn()): ListingStatus {
  return row.status === "published" && row.valid_until != null && row.valid_until < today ? "expired" : row.status;
}

export const canManage = (v: Viewer, row: { organization_id: number }) => v.admin || v.orgIds.includes(row.organization_id);

export function canModerate(v: Viewer, row: { visibility: string }, audience: { allianceIds: number[] }): boolean {
  return v.admin || (row.visibility === "directed" && audience.allianceIds.some((a) => v.secretariatOf.includes(a)));
}

const json = <T>(v: unknown): T => (typeof v === "string" ? JSON.parse(v) : v) as T;

/** Listings as callers see them: contact only for signed-in users, moderation details only for owners and moderators. */
export async function toViews(db: Db, rows: ListingRow[], v: Viewer) {
  const regionIds = [...new Set(rows.flatMap((r) => r.region_ids))];
  const industryIds = [...new Set(rows.flatMap((r) => r.industry_ids))];
  const { regionName, industryName } = await repo.namesByIds(db, regionIds, industryIds);
  const owned = rows.filter((r) => canManage(v, r)).map((r) => r.id);
  const counts = await repo.interestCounts(db, owned);
  // Audiences matter to owners (shown) and secretariats (whether they moderate): one query for all rows.
  const audiences = await repo.audiencesOf(db, rows.filter((r) => canManage(v, r) || v.secretariatOf.length).map((r) => r.id));
  const today = todayCn();
  const out = [];
  for (const r of rows) {
    const manage = canManage(v, r);
    const audience = audiences.get(r.id) ?? { allianceIds: [], organizationIds: [] };
    const moderate = canModerate(v, r, audience);
    out.push({
      id: r.id,
      kind: r.kind as ListingKind,
      kindLabel: KIND_LABELS[r.kind as ListingKind],
      status: effectiveStatus(r, today),
      title: r.title,
      summary: r.summary,
      body: r.body,
      organization: { id: r.organization_id, name: r.organization_name },
      regions: r.region_ids.map((id) => ({ id, name: regionName.get(id) ?? String(id) })),
      industries: r.industry_ids.map((id) => ({ id, name: industryName.get(id) ?? String(id) })),
      segmentIds: r.segment_ids,
      contact: v.actor ? json<Record<string, string> | null>(r.contact) : null,
      attrs: json<Record<string, unknown>>(r.attrs),
      amountYuan: r.amount_yuan,
      areaSqm: r.area_sqm,
      priceYuan: r.price_yuan,
      validFrom: r.valid_from,
      validUntil: r.valid_until,
      visibility: r.visibility,
      audience: manage || moderate ? audience : undefined,
      flags: manage || moderate ? json<unknown[]>(r.flags) : undefined,
      moderationReason: manage || moderate ? r.moderation_reason : null,
      publishedAt: r.published_at ? new Date(r.published_at).toISOString() : null,
      createdAt: new Date(r.created_at).toISOString(),
      updatedAt: new Date(r.updated_at).toISOString(),
      canEdit: manage,
      canModerate: moderate && r.status === "in_review",
      interestCount: manage ? (counts.get(r.id) ?? { open: 0, total: 0 }) : undefined,
    });
  }
  return out;
}

export type ListingView = Awaited<ReturnType<typeof toViews>>[number];
