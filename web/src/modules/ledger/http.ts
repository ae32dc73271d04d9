import { api, ApiError, download, upload, withQuery } from "../../api.js";

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
  industryId: number | null;
  industryName: string | null;
  landingRegionId: number | null;
  landingRegionName: string | null;
  parties: Party[];
}
export interface ProjectDetail extends ProjectRow {
  notes: string;
  source: { sentence?: string; module?: string; url?: string } | null;
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
export interface AgreementDetail extends AgreementRow {
  allianceId: number | null;
  ceremonyId: number | null;
  industryIds: number[];
  notes: string;
  source: { sentence?: string; module?: string; url?: string } | null;
}
export interface Ceremony {
  id: number;
  title: string;
  heldOn: string;
  endOn: string | null;
  place: string;
  hostRegionId: number | null;
  hostRegionName: string | null;
  eventName: string;
  allianceId: number | null;
  allianceName: string | null;
  projectCount?: number;
  totalYuan?: number;
}
export interface CeremonyDetail extends Ceremony {
  notes: string;
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
export const FILTER_KEYS = ["alliance", "region", "industry", "from", "to"] as const;

let optionsPromise: Promise<LedgerOptions> | undefined;
/** Form and filter options change rarely: fetched once per page load. */
export const ledgerOptions = () => (optionsPromise ??= api<LedgerOptions>("GET", "/api/ledger/options").catch((e) => {
  optionsPromise = undefined;
  throw e;
}));

export const getDashboard = (f: Filter & { level?: string }, signal?: AbortSignal) => api<Dashboard>("GET", "/api/ledger/dashboard", undefined, { query: f, signal });
export const listProjects = (q: Filter & { q?: string; status?: string; ceremony?: string; organization?: string; sort?: "signed" | "amount"; limit?: number; offset?: number }, signal?: AbortSignal) =>
  api<{ total: number; items: ProjectRow[] }>("GET", "/api/ledger/projects", undefined, { query: q, signal });
export const listAgreements = (q: Filter & { q?: string; organization?: string; limit?: number; offset?: number }, signal?: AbortSignal) =>
  api<{ total: number; items: AgreementRow[] }>("GET", "/api/ledger/agreements", undefined, { query: q, signal });
/** An export under the shared filters and, from an organisation's lists, that party organisation. */
export const exportFile = (what: "projects" | "agreements" | "ledger", format: "xlsx" | "csv", f: Filter, organization?: string) =>
  download(withQuery(`/api/ledger/${what}.${format}`, { ...onlyFilter(f), organization }));

export const listCeremonies = (q: { alliance?: string }, signal?: AbortSignal) => api<Ceremony[]>("GET", "/api/ledger/ceremonies", undefined, { query: q, signal });
export const getCeremony = (id: number, signal?: AbortSignal) => api<CeremonyDetail>("GET", `/api/ledger/ceremonies/${id}`, undefined, { signal });
export const getProject = (id: number, signal?: AbortSignal) => api<ProjectDetail>("GET", `/api/ledger/projects/${id}`, undefined, { signal });
export const getAgreement = (id: number, signal?: AbortSignal) => api<AgreementDetail>("GET", `/api/ledger/agreements/${id}`, undefined, { signal });

export const createCeremony = (body: unknown) => api<{ id: number }>("POST", "/api/ledger/ceremonies", body).catch(rethrow);
export const createProject = (body: unknown) => api<{ id: number }>("POST", "/api/ledger/projects", body).catch(rethrow);
export const updateProject = (id: number, body: unknown) => api<ProjectDetail>("PATCH", `/api/ledger/projects/${id}`, body).catch(rethrow);
export const createAgreement = (body: unknown) => api<{ id: number }>("POST", "/api/ledger/agreements", body).catch(rethrow);
export const updateCeremony = (id: number, body: unknown) => api<CeremonyDetail>("PATCH", `/api/ledger/ceremonies/${id}`, body).catch(rethrow);
export const updateAgreement = (id: number, body: unknown) => api<AgreementDetail>("PATCH", `/api/ledger/agreements/${id}`, body).catch(rethrow);
export const changeStatus = (id: number, body: unknown) => api<ProjectDetail>("POST", `/api/ledger/projects/${id}/status`, body).catch(rethrow);
export const addMilestone = (id: number, body: unknown) => api<{ id: number }>("POST", `/api/ledger/projects/${id}/milestones`, body).catch(rethrow);
export const uploadDocument = (id: number, file: File) => {
  const form = new FormData();
  form.append("file", file);
  return upload<AgreementDetail>(`/api/ledger/agreements/${id}/document`, form).catch(rethrow);
};
export const importFile = (file: File) => {
  const form = new FormData();
  form.append("file", file);
  return upload<{ projects: number[]; agreements: number[] }>("/api/ledger/import", form);
};

/**
 * The server names fields two ways: zod says "projects.1.name", the services say
 * "projects[1].amount". Forms name inputs the dotted way, so both land under their input.
 */
export function normalizeFields(e: unknown): unknown {
  if (!(e instanceof ApiError) || !e.fields) return e;
  const fields = Object.fromEntries(Object.entries(e.fields).map(([k, v]) => [k.replace(/\[(\d+)\]/g, ".$1"), v]));
  return new ApiError(e.status, e.code, e.message, fields);
}
const rethrow = (e: unknown): never => {
  throw normalizeFields(e);
};

/** Only the filter keys, for export and links (the dashboard's own `level` is not a filter). */
export function onlyFilter(f: Filter): Filter {
  const out: Filter = {};
  for (const k of FILTER_KEYS) if (f[k]) out[k] = f[k];
  return out;
}
