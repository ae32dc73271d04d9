import type { ReactNode } from "react";

export function go(path: string): void {
  window.history.pushState(null, "", path);
  window.dispatchEvent(new PopStateEvent("popstate"));
}

export function Link({ to, children }: { to: string; children: ReactNode }) {
  return <a href={to} onClick={(e) => { if (e.metaKey || e.ctrlKey) return; e.preventDefault(); go(to); }}>{children}</a>;
}

export function ErrorNote({ error }: { error: unknown }) {
  if (!error) return null;
  const e = error as { message?: string; fields?: Record<string, string> };
  return (
    <div className="ig-error" role="alert">
      {e.message ?? String(error)}
      {e.fields && <ul>{Object.entries(e.fields).map(([k, v]) => <li key={k}><code>{k}</code>: {v}</li>)}</ul>}
    </div>
  );
}
