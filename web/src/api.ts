/*
 * The one way the UI talks to the server. Every failure arrives as ApiError carrying the
 * server's {"error":{"code","message","fields"}} so forms can show fields[name] under inputs.
 */

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

let csrfToken: string | undefined;

/** Set by the session provider from GET /api/auth/me (and after sign-in). */
export function setCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

async function ensureCsrf(): Promise<string | undefined> {
  if (csrfToken) return csrfToken;
  try {
    const r = await fetch("/api/auth/me", { credentials: "same-origin" });
    if (r.ok) csrfToken = (await r.json()).csrfToken;
  } catch {
    /* network failure surfaces on the real request */
  }
  return csrfToken;
}

export interface ApiOptions {
  /** Extra headers. */
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /** Query parameters appended to the path; empty values are dropped. */
  query?: Record<string, string | number | boolean | undefined | null>;
}

export function withQuery(path: string, query?: ApiOptions["query"]): string {
  if (!query) return path;
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== "") qs.set(k, String(v));
  const s = qs.toString();
  return s ? `${path}${path.includes("?") ? "&" : "?"}${s}` : path;
}

async function toError(r: Response): Promise<ApiError> {
  const data = await r.json().catch(() => null);
  const e = data?.error;
  if (e && typeof e.code === "string") return new ApiError(r.status, e.code, e.message ?? e.code, e.fields);
  return new ApiError(r.status, r.status >= 500 ? "INTERNAL" : "HTTP_ERROR", `请求失败 (HTTP ${r.status})`);
}

async function send(method: string, path: string, body: BodyInit | undefined, headers: Record<string, string>, opts?: ApiOptions) {
  const h: Record<string, string> = { accept: "application/json", ...headers, ...opts?.headers };
  if (method !== "GET" && method !== "HEAD") {
    const t = await ensureCsrf();
    if (t) h["x-csrf-token"] = t;
  }
  let r: Response;
  try {
    r = await fetch(withQuery(path, opts?.query), { method, headers: h, body, credentials: "same-origin", signal: opts?.signal });
  } catch (err) {
    if ((err as Error).name === "AbortError") throw err;
    throw new ApiError(0, "NETWORK", "无法连接服务器 (network error)");
  }
  // A stale CSRF token (session changed in another tab): refresh once and retry.
  if (r.status === 403 && method !== "GET" && csrfToken) {
    const err = await toError(r.clone());
    if (err.code === "CSRF_FAILED") {
      csrfToken = undefined;
      const t = await ensureCsrf();
      if (t) r = await fetch(withQuery(path, opts?.query), { method, headers: { ...h, "x-csrf-token": t }, body, credentials: "same-origin" });
    }
  }
  if (!r.ok) throw await toError(r);
  return r;
}

/** JSON request: api<Alliance>("GET", "/api/alliances/1"). */
export async function api<T>(method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE", path: string, body?: unknown, opts?: ApiOptions): Promise<T> {
  const r = await send(method, path, body === undefined ? undefined : JSON.stringify(body), body === undefined ? {} : { "content-type": "application/json" }, opts);
  if (r.status === 204) return undefined as T;
  const text = await r.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** Multipart upload (files); returns the JSON answer. */
export async function upload<T>(path: string, form: FormData, opts?: ApiOptions): Promise<T> {
  const r = await send("POST", path, form, {}, opts);
  return (await r.json()) as T;
}

/** Fetches a file export and hands it to the browser as a download; returns the file name. */
export async function download(path: string, opts?: ApiOptions & { filename?: string }): Promise<string> {
  const r = await send("GET", path, undefined, { accept: "*/*" }, opts);
  const blob = await r.blob();
  const cd = r.headers.get("content-disposition") ?? "";
  const star = /filename\*=UTF-8''([^;]+)/i.exec(cd);
  const plain = /filename="?([^";]+)"?/i.exec(cd);
  const name = opts?.filename ?? (star ? decodeURIComponent(star[1]) : plain ? plain[1] : path.split("/").pop()?.split("?")[0] || "download");
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return name;
}
