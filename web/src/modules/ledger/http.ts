import { api, download, withQuery } from "../../api.js";

export interface Option {
  value: string;
  label: string;
}
export interface RegionOption {
  id: number;
  name: string;
  level: "province" | "prefecture" | "county";
  parentId: number | null;
  path: string;
}
export interface LedgerOptions {
  alliances: { id: number; name: string; shortName: string }[];
  regions: RegionOption[];
  industries: { id: number; name: string }[];
  projectKinds: Option[];
  agreementKinds: Option[];
  statuses: Option[];
}
export interface Party {
  regionId: number | null;
  organizationId: number | null;
  name: string;
  role?: string;
}
export interface ProjectRow {
  id: number;
  name: string;
  kind: string;
  kindLabel: string;
  amountYuan: number | null;
  status: "signed" | "started" | "producing" | "terminated";
  statusLabel: string;
  statusOn: string;
  statusReason: string;
  signedOn: string;
  ceremonyId: number | null;
  ceremonyTitle: string | null;
  allianceId: number | null;
  allianceName: string | null;
  industryName: string | null;
  landingRegionName: string | null;
  parties: Party[];
}
export interface ProjectDetail extends ProjectRow {
  notes: string;
  history: { id: number; from: string | null; to: string; toLabel: string; on: string; reason: string }[];
  milestones: { id: number; on: string; title: string; note: string }[];
}
export interface AgreementRow {
  id: number;
  title: string;
  kind: string;
  kindLabel: string;
  signedOn: string;
  place: string;
  eventName: string;
  allianceName: string | null;
  documentName: string | null;
  parties: Party[];
}
export interface Ceremony {
  id: number;
  title: string;
  heldOn: string;
  endOn: string | null;
  place: string;
  hostRegionName: string | null;
  eventName: string;
  allianceId: number | null;
  allianceName: string | null;
  projectCount?: number;
  totalYuan?: number;
}
export interface CeremonyDetail extends Ceremony {
  projects: ProjectRow[];
  agreements: { id: number; title: string }[];
  summary: string;
  reported: { projectCount?: number; totalYuan?: number; agreementCount?: number } | null;
}
export interface Named {
  count: number;
  totalYuan: number;
}
export interface Dashboard {
  scope: { alliance: { id: number; name: string } | null; region: { id: number; name: string } | null };
  period: string;
  agreements: number;
  projects: number;
  totalYuan: number;
  undisclosed: number;
  buckets: (Named & { key: string; label: string })[];
  byStatus: (Named & { status: string; label: string })[];
  byRegion: (Named & { regionId: number; name: string })[];
  byCity: (Named & { regionId: number; name: string })[];
  byIndustry: (Named & { industryId: number; name: string })[];
  byQuarter: (Named & { quarter: string })[];
  network: { nodes: { id: number; name: string; weight: number }[]; edges: { source: number; target: number; agreements: number; projects: number; weight: number }[] };
  sentence: string;
  paragraph: string;
}

export type Filter = { alliance?: string; region?: string; industry?: string; from?: string; to?: string };

let optionsPromise: Promise<LedgerOptions> | undefined;
/** Form and filter options change rarely: fetched once per page load. */
export const ledgerOptions = () => (optionsPromise ??= api<LedgerOptions>("GET", "/api/ledger/options").catch((e) => {
  optionsPromise = undefined;
  throw e;
}));

export const getDashboard = (f: Filter, signal?: AbortSignal) => api<Dashboard>("GET", "/api/ledger/dashboard", undefined, { query: f, signal });
export const listProjects = (q: Filter & { q?: string; status?: string; ceremony?: string; limit?: number; offset?: number }, signal?: AbortSignal) =>
  api<{ total: number; items: ProjectRow[] }>("GET", "/api/ledger/projects", undefined, { query: q, signal });
export const listAgreements = (q: Filter & { q?: string; limit?: number; offset?: number }, signal?: AbortSignal) =>
  api<{ total: number; items: AgreementRow[] }>("GET", "/api/ledger/agreements", undefined, { query: q, signal });
export const exportFile = (what: "projects" | "agreements" | "ledger", format: "xlsx" | "csv", f: Filter) => download(withQuery(`/api/ledger/${what}.${format}`, f));

/** Dates of a calendar year, the dashboards' usual period. */
export const yearRange = (y: string | null) => (y ? { from: `${y}-01-01`, to: `${y}-12-31` } : {});
