import { useState } from "react";
import { ErrorBanner, Tag } from "../../components/index.js";
import { useT } from "../../i18n.js";
import { Link } from "../../router.js";
import { ingest, recordHref, type Fact } from "./api.js";
import { FactForm } from "./FactForm.js";
import { summarize } from "./summary.js";
import "./messages.js";

const STATUS_TONE = { draft: "orange", confirmed: "green", rejected: "gray" } as const;

/** One fact: what was found, the sentence it came from; edit / confirm / reject; the record it became. */
export function FactCard(props: { fact: Fact; onChange: (f: Fact) => void; onSelect?: () => void; selected?: boolean; showArticle?: boolean }) {
  const t = useT();
  const f = props.fact;
  const [mode, setMode] = useState<"view" | "edit" | "reject">("view");
  const [reason, setReason] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const href = recordHref(f);

  async function act(p: () => Promise<Fact>, openFormOnFieldError = false) {
    setBusy(true);
    setError(undefined);
    try {
      const next = await p();
      setMode("view");
      props.onChange({ ...next, article_title: f.article_title });
    } catch (e) {
      setError(e);
      // A refusal naming a field (a date, a party) is fixed in the form: open it there.
      if (openFormOnFieldError && (e as { fields?: object }).fields) setMode("edit");
    } finally {
      setBusy(false);
    }
  }

  return (
    <article className={`ig-fact ig-${f.status}${props.selected ? " ig-selected" : ""}`} data-testid={`fact-${f.id}`} data-type={f.type} onClick={props.onSelect}>
      <header className="ig-fact-head">
        <Tag tone="blue">{t(`ingest.type.${f.type}`)}</Tag>
        <strong className="ig-fact-summary">{summarize(t, f)}</strong>
        <span className="ig-fact-meta">
          <Tag tone={STATUS_TONE[f.status]}>{t(`ingest.status.${f.status}`)}</Tag>
          {f.edited_data && f.status === "draft" && <span className="muted small"> {t("ingest.fact.edited")}</span>}
          <span className="muted small"> {t("ingest.fact.confidence", { n: Math.round(f.confidence * 100) })}</span>
        </span>
      </header>
      <blockquote className="ig-sentence">{f.sentence}</blockquote>
      {props.showArticle && f.article_title && (
        <p className="small muted ig-from">{t("ingest.fact.from")} <Link to={`/ingest/articles/${f.article_id}`}>{f.article_title}</Link></p>
      )}
      {f.status === "confirmed" && href && (
        <p className="ig-record" data-testid="record-link">
          ✓ {t("ingest.fact.created")} {t(`ingest.record.${f.record_type}`)} #{f.record_id} · <Link to={href}>{t("ingest.fact.open")} →</Link>
        </p>
      )}
      {f.status === "rejected" && f.reject_reason && <p className="small muted">{t("ingest.fact.rejected", { reason: f.reject_reason })}</p>}
      {error !== undefined && <ErrorBanner error={error} showFields={mode !== "edit"} />}
      {f.status === "draft" && mode === "edit" && (
        <FactForm fact={f} error={error} busy={busy}
          onSave={(d) => act(() => ingest.edit(f.id, d))}
          onConfirm={(d) => act(() => ingest.confirm(f.id, d))}
          onCancel={() => { setMode("view"); setError(undefined); }} />
      )}
      {f.status === "draft" && mode === "reject" && (
        <form className="ig-reject" onSubmit={(e) => { e.preventDefault(); void act(() => ingest.reject(f.id, reason.trim() || undefined)); }}>
          <input type="text" value={reason} placeholder={t("ingest.fact.rejectReason")} aria-label={t("ingest.fact.rejectReason")} maxLength={500} onChange={(e) => setReason(e.target.value)} />
          <button type="submit" className="btn btn-small btn-danger" disabled={busy}>{t("ingest.fact.rejectGo")}</button>
          <button type="button" className="btn btn-small" onClick={() => setMode("view")}>{t("common.cancel")}</button>
        </form>
      )}
      {f.status === "draft" && mode === "view" && (
        <div className="ig-actions">
          <button className="btn btn-primary btn-small" disabled={busy} onClick={(e) => { e.stopPropagation(); void act(() => ingest.confirm(f.id), true); }}>{t("ingest.fact.confirm")}</button>
          <button className="btn btn-small" onClick={(e) => { e.stopPropagation(); setMode("edit"); }}>{t("ingest.fact.edit")}</button>
          <button className="btn btn-small btn-danger" onClick={(e) => { e.stopPropagation(); setMode("reject"); }}>{t("ingest.fact.reject")}</button>
        </div>
      )}
    </article>
  );
}
