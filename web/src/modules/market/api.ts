/*
 * The marketplace's calls and shapes, typed, over the shell's api() (CSRF, ApiError with
 * the server's per-field reasons). Pages never call fetch themselves.
 */
import { api } from "../../api.js";

export type Kind = "tech_offer" | "tech_need" | "challenge" | "space" | "investment" | "procurement" | "service" | "finance";
export const KINDS: Kind[] = ["tech_offer", "tech_need", "challenge", "space", "investment", "procurement", "service", "finance"];
export type Status = "draft" | "in_review" | "published" | "rejected" | "closed" | "expired";
export type Visibility = "public" | "members" | "directed";

export interface Named {
  id: number;
  name: string;
}
export interface Facet {
  value: string;
  label: string;
  count: number;
}
export interface SearchItem {
  id: number;
  kind: Kind;
  kindLabel: string;
  status: Status;
  title: string;
  summary: string;
  organization: Named;
  regions: Named[];
  industries: Named[];
  amountYuan: number | null;
  areaSqm: number | null;
  priceYuan: number | null;
  validUntil: string | null;
  visibility: Visibility;
  publishedAt: string | null;
  /** Server-escaped text with <mark> around the query words; render with <Highlighted>. */
  highlight: { title: string; summary: string };
}
export interface SearchResult {
  /** With totalIsExact false: more than this many match; total and facets cover the newest `total`. */
  total: number;
  totalIsExact: boolean;
  items: SearchItem[];
  facets: { kind: Facet[]; region: Facet[]; industry: Facet[] };
}
export interface Flag {
  type: "phone" | "wechat" | "qq" | "url" | "email" | "ad_phrase" | string;
  field: string;
  match: string;
}
export interface Contact {
  name?: string;
  phone?: string;
  email?: string;
  wechat?: string;
}
export interface Listing extends Omit<SearchItem, "highlight"> {
  body: string;
  attrs: Record<string, unknown>;
  /** null for anonymous visitors: the server never sends contact details to them. */
  contact: Contact | null;
  validFrom: string | null;
  segmentIds: number[];
  audience?: { allianceIds: number[]; organizationIds: number[] };
  flags?: Flag[];
  moderationReason: string | null;
  canEdit: boolean;
  canModerate: boolean;
  interestCount?: { open: number; total: number };
  createdAt: string;
  updatedAt: string;
}
export interface OptionRegion {
  id: number;
  name: string;
  level: "province" | "prefecture" | "county";
  parentId: number | null;
}
export interface OptionIndustry {
  id: number;
  name: string;
  nameEn?: string;
  segments: { id: number; name: string; nameEn?: string; stage: string }[];
}
export interface Options {
  kinds: { value: Kind; label: string }[];
  regions: OptionRegion[];
  industries: OptionIndustry[];
  alliances: { id: number; name: string; shortName: string }[];
  myOrganizations: Named[];
  canModerate: boolean;
  signedIn: boolean;
}
export interface Message {
  id: number;
  organization: Named;
  author: string;
  body: string;
  createdAt: string;
}
export interface Interest {
  id: number;
  status: "open" | "closed";
  listing: { id: number; title: string; kind: Kind };
  from: Named;
  owner: Named;
  createdAt: string;
  closedAt: string | null;
  lastMessageAt: string;
  messages?: Message[];
  messageCount?: number;
  direction?: "sent" | "received";
  /** In the list: the thread is open and the other organisation wrote last. */
  awaitingReply?: boolean;
}
export interface Application {
  id: number;
  organization: Named;
  proposal: string;
  status: "applied" | "shortlisted" | "awarded" | "rejected";
  createdAt: string;
  decidedAt: string | null;
}
export interface ProcurementSummary {
  listingId: number;
  items: { name: string; unit: string; ownerQuantity: number; joinedQuantity: number; totalQuantity: number }[];
  participants: { organization: Named & { region: string }; quantities: number[]; note: string; updatedAt: string }[];
  participantCount: number;
}

type Query = Record<string, string | number | undefined>;
type Sig = AbortSignal | undefined;

export const market = {
  options: (signal?: Sig) => api<Options>("GET", "/api/listings/options", undefined, { signal }),
  search: (query: Query, signal?: Sig) => api<SearchResult>("GET", "/api/listings/search", undefined, { query, signal }),
  get: (id: number, signal?: Sig) => api<Listing>("GET", `/api/listings/${id}`, undefined, { signal }),
  create: (body: unknown) => api<Listing>("POST", "/api/listings", body),
  update: (id: number, body: unknown) => api<Listing>("PATCH", `/api/listings/${id}`, body),
  submit: (id: number) => api<Listing>("POST", `/api/listings/${id}/submit`),
  moderate: (id: number, decision: "approve" | "reject", reason?: string) =>
    api<Listing>("POST", `/api/listings/${id}/moderate`, { decision, ...(reason ? { reason } : {}) }),
  close: (id: number) => api<Listing>("POST", `/api/listings/${id}/close`),
  mine: (query: Query, signal?: Sig) => api<{ total: number; items: Listing[] }>("GET", "/api/listings/mine", undefined, { query, signal }),
  queue: (signal?: Sig) => api<{ total: number; items: Listing[] }>("GET", "/api/listings/moderation", undefined, { signal }),
  interests: (query: Query = {}, signal?: Sig) => api<Interest[]>("GET", "/api/interests", undefined, { query, signal }),
  interest: (id: number, signal?: Sig) => api<Interest>("GET", `/api/interests/${id}`, undefined, { signal }),
  express: (listingId: number, organizationId: number, message: string) =>
    api<Interest>("POST", `/api/listings/${listingId}/interests`, { organizationId, message }),
  reply: (id: number, body: string) => api<Interest>("POST", `/api/interests/${id}/messages`, { body }),
  closeInterest: (id: number) => api<Interest>("POST", `/api/interests/${id}/close`),
  apply: (id: number, organizationId: number, proposal: string) => api<Application>("POST", `/api/listings/${id}/applications`, { organizationId, proposal }),
  applications: (id: number, signal?: Sig) => api<Application[]>("GET", `/api/listings/${id}/applications`, undefined, { signal }),
  decide: (id: number, appId: number, status: "shortlisted" | "awarded" | "rejected") =>
    api<Application>("POST", `/api/listings/${id}/applications/${appId}/decision`, { status }),
  join: (id: number, organizationId: number, quantities: number[], note: string) =>
    api<ProcurementSummary>("POST", `/api/listings/${id}/participants`, { organizationId, quantities, note }),
  procurement: (id: number, signal?: Sig) => api<ProcurementSummary>("GET", `/api/listings/${id}/procurement`, undefined, { signal }),
};
