import type { ReactNode } from "react";
import { ApiError } from "../api.js";
import { useT } from "../i18n.js";

/** The server's message (Chinese first, English in parentheses) in a red banner; field errors listed when no form shows them. */
export function ErrorBanner({ error, showFields = false }: { error: unknown; showFields?: boolean }) {
  const t = useT();
  if (!error) return null;
  const e = error instanceof ApiError ? error : null;
  const message = e?.message ?? (error instanceof Error ? error.message : String(error));
  return (
    <div className="banner banner-error" role="alert">
      <strong>{e?.status === 401 ? t("common.needSignIn") : t("common.error")}</strong> {message}
      {e?.code && <code className="muted"> {e.code}</code>}
      {showFields && e?.fields && (
        <ul>
          {Object.entries(e.fields).map(([k, v]) => (
            <li key={k}>
              <code>{k}</code>: {v}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function Notice({ children, tone = "info" }: { children: ReactNode; tone?: "info" | "success" | "warn" }) {
  return <div className={`banner banner-${tone}`} role="status">{children}</div>;
}

export function Loading({ label }: { label?: string }) {
  const t = useT();
  return (
    <div className="loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden /> {label ?? t("common.loading")}
    </div>
  );
}

export function Empty({ children }: { children?: ReactNode }) {
  const t = useT();
  return <div className="empty">{children ?? t("common.empty")}</div>;
}

/**
 * Loading / error / content in one line: <Pending state={q}>{(data) => ...}</Pending>. With
 * `page`, for a whole page whose content is its own `.page`: the error and the spinner stand
 * in a page of their own.
 */
export function Pending<T>({ state, children, page = false }: { state: { data: T | undefined; error: unknown; loading: boolean }; children: (data: T) => ReactNode; page?: boolean }) {
  if (page && (state.error || state.data === undefined)) return <PageWait error={state.error} />;
  if (state.error) return <ErrorBanner error={state.error} />;
  if (state.data === undefined) return <Loading />;
  return <>{children(state.data)}</>;
}

/**
 * A page of its own saying why its data failed, or that it is loading: for pages whose hooks
 * come before the data is there — `if (q.error || !q.data) return <PageWait error={q.error} />`.
 */
export function PageWait({ error }: { error: unknown }) {
  return <div className="page">{error ? <ErrorBanner error={error} /> : <Loading />}</div>;
}
