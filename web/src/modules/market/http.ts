/** The marketplace's calls to the API, in one place (the shell's fetch wrapper underneath). */
export class MarketApiError extends Error {
  constructor(readonly code: string, message: string, readonly fields?: Record<string, string>) {
    super(message);
  }
}

let csrf: string | undefined;

async function csrfToken(): Promise<string | undefined> {
  if (csrf) return csrf;
  const r = await fetch("/api/auth/me", { credentials: "same-origin" });
  csrf = r.ok ? (await r.json()).csrfToken : undefined;
  return csrf;
}

export async function call<T>(method: "GET" | "POST" | "PATCH", path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = {};
  if (method !== "GET") {
    const t = await csrfToken();
    if (t) headers["x-csrf-token"] = t;
  }
  if (body !== undefined) headers["content-type"] = "application/json";
  const r = await fetch(path, { method, headers, credentials: "same-origin", body: body === undefined ? undefined : JSON.stringify(body) });
  const data = r.status === 204 ? null : await r.json().catch(() => null);
  if (!r.ok) {
    const e = data?.error ?? {};
    throw new MarketApiError(e.code ?? "INTERNAL", e.message ?? `HTTP ${r.status}`, e.fields);
  }
  return data as T;
}

export const qs = (p: Record<string, string | number | undefined>) =>
  new URLSearchParams(Object.entries(p).filter(([, v]) => v !== undefined && v !== "").map(([k, v]) => [k, String(v)])).toString();

export interface Named { id: number; name: string }
export interface Facet { value: string; label: string; count: number }
export interface SearchItem {
  id: number; kind: string; kindLabel: string; status: string; title: string; summary: string;
  organization: Named; regions: Named[]; industries: Named[]; amountYuan: number | null; areaSqm: number | null;
  priceYuan: number | null; validUntil: string | null; publishedAt: string | null; highlight: { title: string; summary: string };
}
export interface SearchResult { total: number; items: SearchItem[]; facets: { kind: Facet[]; region: Facet[]; industry: Facet[] } }
export interface Listing extends Omit<SearchItem, "highlight"> {
  body: string; attrs: Record<string, unknown>; contact: Record<string, string> | null; visibility: string; validFrom: string | null;
  segmentIds: number[]; audience?: { allianceIds: number[]; organizationIds: number[] };
  flags?: { type: string; field: string; match: string }[]; moderationReason: string | null; canEdit: boolean; canModerate: boolean;
  interestCount?: { open: number; total: number };
}
export interface Options {
  kinds: { value: string; label: string }[];
  regions: { id: number; name: string; level: string; parentId: number | null }[];
  industries: { id: number; name: string; segments: { id: number; name: string }[] }[];
  alliances: { id: number; name: string; shortName: string }[];
  myOrganizations: Named[];
  canModerate: boolean;
  signedIn: boolean;
}
export interface Message { id: number; organization: Named; author: string; body: string; createdAt: string }
export interface Interest {
  id: number; status: string; listing: { id: number; title: string; kind: string }; from: Named; owner: Named;
  createdAt: string; lastMessageAt: string; messages?: Message[]; messageCount?: number; direction?: string;
}

export const market = {
  options: () => call<Options>("GET", "/api/listings/options"),
  search: (p: Record<string, string | number | undefined>) => call<SearchResult>("GET", `/api/listings/search?${qs(p)}`),
  get: (id: number) => call<Listing>("GET", `/api/listings/${id}`),
  create: (b: unknown) => call<Listing>("POST", "/api/listings", b),
  update: (id: number, b: unknown) => call<Listing>("PATCH", `/api/listings/${id}`, b),
  submit: (id: number) => call<Listing>("POST", `/api/listings/${id}/submit`),
  moderate: (id: number, decision: "approve" | "reject", reason?: string) => call<Listing>("POST", `/api/listings/${id}/moderate`, { decision, reason }),
  close: (id: number) => call<Listing>("POST", `/api/listings/${id}/close`),
  mine: () => call<{ total: number; items: Listing[] }>("GET", "/api/listings/mine?limit=200"),
  queue: () => call<{ total: number; items: Listing[] }>("GET", "/api/listings/moderation"),
  interests: () => call<Interest[]>("GET", "/api/interests"),
  interest: (id: number) => call<Interest>("GET", `/api/interests/${id}`),
  express: (id: number, organizationId: number, message: string) => call<Interest>("POST", `/api/listings/${id}/interests`, { organizationId, message }),
  reply: (id: number, body: string) => call<Interest>("POST", `/api/interests/${id}/messages`, { body }),
  closeInterest: (id: number) => call<Interest>("POST", `/api/interests/${id}/close`),
  apply: (id: number, organizationId: number, proposal: string) => call("POST", `/api/listings/${id}/applications`, { organizationId, proposal }),
  applications: (id: number) => call<{ id: number; organization: Named; proposal: string; status: string }[]>("GET", `/api/listings/${id}/applications`),
  decide: (id: number, appId: number, status: string) => call("POST", `/api/listings/${id}/applications/${appId}/decision`, { status }),
  join: (id: number, organizationId: number, quantities: number[], note: string) => call("POST", `/api/listings/${id}/participants`, { organizationId, quantities, note }),
  procurement: (id: number) =>
    call<{ items: { name: string; unit: string; ownerQuantity: number; joinedQuantity: number; totalQuantity: number }[]; participants: { organization: Named & { region: string }; quantities: number[]; note: string }[] }>(
      "GET", `/api/listings/${id}/procurement`),
};
