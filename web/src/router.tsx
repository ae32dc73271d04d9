import { useEffect, useState, useSyncExternalStore, type MouseEvent, type ReactNode } from "react";

/*
 * A tiny history router: pushState + a popstate event. Modules written before the shell
 * (market, ingest) navigate by dispatching popstate themselves, so this stays compatible.
 */

function subscribe(cb: () => void): () => void {
  window.addEventListener("popstate", cb);
  return () => window.removeEventListener("popstate", cb);
}
const snapshot = () => window.location.pathname + window.location.search;

/** Current path + query string, re-rendering on navigation. */
export function useLocation(): { path: string; search: URLSearchParams; href: string } {
  const href = useSyncExternalStore(subscribe, snapshot, snapshot);
  const [path, query = ""] = href.split("?");
  return { path, search: new URLSearchParams(query), href };
}

export function navigate(to: string, opts: { replace?: boolean } = {}): void {
  if (opts.replace) window.history.replaceState(null, "", to);
  else window.history.pushState(null, "", to);
  window.dispatchEvent(new PopStateEvent("popstate"));
  if (!opts.replace) window.scrollTo(0, 0);
}

export function Link(props: { to: string; children: ReactNode; className?: string; title?: string }) {
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    navigate(props.to);
  };
  return (
    <a href={props.to} className={props.className} title={props.title} onClick={onClick}>
      {props.children}
    </a>
  );
}

/** Matches "/alliances/:id/edit" against a path; returns the params or null. */
export function matchPath(pattern: string, path: string): Record<string, string> | null {
  const p = pattern.replace(/\/+$/, "") || "/";
  const a = path.replace(/\/+$/, "") || "/";
  if (p.endsWith("/*")) {
    const base = p.slice(0, -2);
    return a === base || a.startsWith(base + "/") ? { "*": a.slice(base.length + 1) } : null;
  }
  const ps = p.split("/");
  const as = a.split("/");
  if (ps.length !== as.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < ps.length; i++) {
    if (ps[i].startsWith(":")) params[ps[i].slice(1)] = decodeURIComponent(as[i]);
    else if (ps[i] !== as[i]) return null;
  }
  return params;
}

/** Query-string state: read a param and set it (replacing history), for filters and pagers. */
export function useQueryParams(): [URLSearchParams, (patch: Record<string, string | number | undefined | null>) => void] {
  const { path, search } = useLocation();
  const set = (patch: Record<string, string | number | undefined | null>) => {
    const next = new URLSearchParams(search);
    for (const [k, v] of Object.entries(patch)) {
      if (v === undefined || v === null || v === "") next.delete(k);
      else next.set(k, String(v));
    }
    const qs = next.toString();
    navigate(qs ? `${path}?${qs}` : path, { replace: true });
  };
  return [search, set];
}

/** Redirect on mount (e.g. after sign-in). */
export function Redirect({ to }: { to: string }) {
  const [done, setDone] = useState(false);
  useEffect(() => {
    if (!done) {
      setDone(true);
      navigate(to, { replace: true });
    }
  }, [done, to]);
  return null;
}
