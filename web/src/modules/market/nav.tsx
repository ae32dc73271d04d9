import type { ReactNode } from "react";

/** Client-side navigation: push the path and let the shell's router (listening to popstate) render it. */
export function go(path: string): void {
  window.history.pushState(null, "", path);
  window.dispatchEvent(new PopStateEvent("popstate"));
}

export function Link({ to, children, className }: { to: string; children: ReactNode; className?: string }) {
  return (
    <a href={to} className={className} onClick={(e) => { if (e.metaKey || e.ctrlKey) return; e.preventDefault(); go(to); }}>
      {children}
    </a>
  );
}

export function ErrorNote({ error }: { error: unknown }) {
  if (!error) return null;
  const e = error as { message?: string; fields?: Record<string, string> };
  return (
    <div className="mk-error" role="alert">
      {e.message ?? String(error)}
      {e.fields && (
        <ul>{Object.entries(e.fields).map(([k, v]) => <li key={k}><code>{k}</code>: {v}</li>)}</ul>
      )}
    </div>
  );
}
