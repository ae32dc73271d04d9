import { useState } from "react";
import { ErrorBanner, Loading, Notice, PageHeader, Tag } from "../../components/index.js";
import { useAsync } from "../../hooks.js";
import { useT } from "../../i18n.js";
import { Link } from "../../router.js";
import { useSession } from "../../session.js";
import { market, type Listing } from "./api.js";
import { localizeError } from "./errors.js";
import { ATTR_ORDER, attrText, fmtDateTime } from "./labels.js";
import { MarketPage } from "./layout.js";
import { FlagList, ModerateForm } from "./moderation.js";
import { FlaggedText } from "./text.js";
import { regionNamer, useOptions } from "./useOptions.js";

function QueueItem({ l, onDone, regionName }: { l: Listing; onDone: (l: Listing, d: "approve" | "reject") => void; regionName: (id: number) => string }) {
  const t = useT();
  const flags = l.flags ?? [];
  const facts = Object.keys(l.attrs)
    .sort((a, b) => ATTR_ORDER.indexOf(a) - ATTR_ORDER.indexOf(b))
    .map((k) => [t(`market.attr.${k}`), attrText(t, k, l.attrs[k], regionName)] as const)
    .filter(([, v]) => v !== "");
  return (
    <article className={`card mk-review${flags.length ? " mk-review-flagged" : ""}`} data-listing={l.id}>
      <div className="mk-review-head">
        <div>
          <div className="tags">
            <span className={`mk-kind mk-kind-${l.kind}`}>{t(`market.kind.${l.kind}`)}</span>
            <Tag tone="blue">{t(`market.visibility.${l.visibility}`)}</Tag>
          </div>
          <h2>
            <Link to={`/market/listings/${l.id}`}>
              <FlaggedText text={l.title} flags={flags.filter((f) => f.field === "title")} />
            </Link>
          </h2>
          <p className="muted small">
            <Link to={`/organizations/${l.organization.id}`}>{t.org(l.organization.name)}</Link> · {l.regions.map((r) => t.place(r.name)).join(t.sep)} · {t("market.mod.submittedAt", { date: fmtDateTime(l.updatedAt) })}
          </p>
        </div>
      </div>
      <div className="mk-review-grid">
        <div>
          {l.summary && (
            <p className="mk-lead">
              <FlaggedText text={l.summary} flags={flags.filter((f) => f.field === "summary")} />
            </p>
          )}
          {facts.length > 0 && (
            <p className="small mk-review-facts">
              {facts.map(([k, v]) => (
                <span key={k}>
                  <span className="muted">{k}</span> {v}
                </span>
              ))}
            </p>
          )}
          {l.body && (
            <div className="mk-body mk-review-body">
              <FlaggedText text={l.body} flags={flags.filter((f) => f.field === "body")} />
            </div>
          )}
        </div>
        <div className="mk-review-side">
          <FlagList flags={flags} />
          <ModerateForm listing={l} onDone={onDone} />
        </div>
      </div>
    </article>
  );
}

/** 审核队列: listings in review with their automatic flags; approve, or reject with a reason. */
export default function ModerationPage() {
  const t = useT();
  const s = useSession();
  const opts = useOptions();
  const allowed = s.isAdmin || !!s.user?.grants.some((g) => g.role === "alliance_secretariat");
  const q = useAsync((sig) => (allowed ? market.queue(sig) : Promise.resolve({ total: 0, items: [] as Listing[] })), [allowed]);
  const [decided, setDecided] = useState<{ id: number; title: string; decision: "approve" | "reject" }[]>([]);
  const [onlyFlagged, setOnlyFlagged] = useState(false);
  const pending = (q.data?.items ?? []).filter((l) => !decided.some((d) => d.id === l.id));
  const flagged = pending.filter((l) => (l.flags ?? []).length > 0);
  // Flagged listings first: they are the ones most likely to be ads in disguise.
  const items = onlyFlagged ? flagged : [...flagged, ...pending.filter((l) => !flagged.includes(l))];
  const last = decided[decided.length - 1];

  return (
    <MarketPage>
      <PageHeader title={t("market.mod.title")} subtitle={t("market.mod.subtitle")} />
      {!s.loading && !allowed ? (
        <Notice tone="warn">{t("market.mod.notAllowed")}</Notice>
      ) : (
        <>
          <ErrorBanner error={localizeError(q.error, t)} />
          {last && (
            <Notice tone={last.decision === "approve" ? "success" : "warn"}>
              {t(last.decision === "approve" ? "market.mod.approved" : "market.mod.rejected", { title: last.title })}
            </Notice>
          )}
          {!q.data && !q.error && <Loading />}
          {pending.length > 0 && (
            <div className="toolbar">
              <label className="mk-check">
                <input type="checkbox" checked={onlyFlagged} onChange={(e) => setOnlyFlagged(e.target.checked)} />
                {t("market.mod.onlyFlagged", { n: flagged.length })}
              </label>
              <span className="muted small">{t("common.total", { n: pending.length })}</span>
            </div>
          )}
          {q.data && items.length === 0 && <div className="empty">{t("market.mod.empty")}</div>}
          {items.map((l) => (
            <QueueItem key={l.id} l={l} regionName={regionNamer(opts.data, t.place)} onDone={(x, d) => setDecided([...decided, { id: x.id, title: x.title, decision: d }])} />
          ))}
        </>
      )}
    </MarketPage>
  );
}
