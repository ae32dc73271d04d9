import { useEffect, useState } from "react";
import { Empty, ErrorBanner, Loading, PageHeader, Pager } from "../../components/index.js";
import { useAsync } from "../../hooks.js";
import { useT } from "../../i18n.js";
import { useQueryParams } from "../../router.js";
import { FACT_TYPES, ingest, type Fact } from "./api.js";
import { FactCard } from "./FactCard.js";
import "./messages.js";
import "./ingest.css";

const LIMIT = 20;

/** Drafts across articles, filtered by type and status; each confirmed in place. */
export default function ReviewPage() {
  const t = useT();
  const [params, setParams] = useQueryParams();
  const type = params.get("type") ?? "";
  const status = params.get("status") ?? "draft";
  const offset = Number(params.get("offset") ?? 0);
  const q = useAsync((s) => ingest.facts({ type: type || undefined, status: status === "all" ? undefined : status, limit: LIMIT, offset }, s), [type, status, offset]);
  // Confirmed or rejected cards stay on screen (with their link) until the filter changes.
  const [items, setItems] = useState<Fact[]>();
  useEffect(() => setItems(q.data?.items), [q.data]);

  return (
    <div className="page">
      <PageHeader title={t("ingest.review.title")} subtitle={t("ingest.review.subtitle")} />
      <div className="toolbar">
        <div className="field">
          <label htmlFor="ig-type">{t("ingest.review.type")}</label>
          <select id="ig-type" data-testid="review-type" value={type} onChange={(e) => setParams({ type: e.target.value || undefined, offset: undefined })}>
            <option value="">{t("common.all")}</option>
            {FACT_TYPES.map((k) => <option key={k} value={k}>{t(`ingest.type.${k}`)}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="ig-status">{t("ingest.review.status")}</label>
          <select id="ig-status" data-testid="review-status" value={status} onChange={(e) => setParams({ status: e.target.value === "draft" ? undefined : e.target.value, offset: undefined })}>
            {["draft", "confirmed", "rejected"].map((s) => <option key={s} value={s}>{t(`ingest.status.${s}`)}</option>)}
            <option value="all">{t("common.all")}</option>
          </select>
        </div>
      </div>
      {q.error ? <ErrorBanner error={q.error} /> : !items ? <Loading /> : items.length === 0 ? <Empty>{t("ingest.review.empty")}</Empty> : (
        <div className="ig-queue" data-testid="review-queue">
          {items.map((f) => <FactCard key={f.id} fact={f} showArticle onChange={(n) => setItems(items.map((x) => (x.id === n.id ? n : x)))} />)}
        </div>
      )}
      {q.data && q.data.total > LIMIT && <Pager total={q.data.total} limit={LIMIT} offset={offset} onChange={(o) => setParams({ offset: o || undefined })} />}
    </div>
  );
}
