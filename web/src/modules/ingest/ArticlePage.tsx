import { useState } from "react";
import { Empty, PageHeader, PageWait, Tag } from "../../components/index.js";
import { dateTimeCn } from "../../dates.js";
import { useAsync } from "../../hooks.js";
import { useT } from "../../i18n.js";
import { Link } from "../../router.js";
import { ingest, FACT_TYPES, webAddress, type ArticleDetail, type Fact, type Repair } from "./api.js";
import { ArticleBody } from "./ArticleBody.js";
import { FactCard } from "./FactCard.js";
import "./messages.js";
import "./ingest.css";

export default function ArticlePage({ id }: { id: number }) {
  const t = useT();
  const q = useAsync((s) => ingest.article(id, s), [id]);
  const [facts, setFacts] = useState<Fact[]>();
  const [selected, setSelected] = useState<number>();
  if (q.error || !q.data) return <PageWait error={q.error} />;
  const a: ArticleDetail = q.data;
  const shown = (facts ?? a.facts).slice().sort((x, y) => FACT_TYPES.indexOf(x.type) - FACT_TYPES.indexOf(y.type) || x.id - y.id);
  const replace = (f: Fact) => setFacts(shown.map((x) => (x.id === f.id ? f : x)));
  const focus = shown.find((f) => f.id === selected);
  const repairs = [...a.repairs.title, ...a.repairs.body];
  const repairTitle = (r: Repair) => `“${r.from}” → “${r.to || "∅"}” · ${r.rule}`;
  const unknown = t("ingest.article.unknown");
  const original = webAddress(a.url);

  return (
    <div className="page" data-testid="ingest-article">
      <p className="small"><Link to="/ingest/articles">← {t("ingest.articles.title")}</Link></p>
      <PageHeader
        title={<span className={focus?.sentence === a.title ? "ig-hl" : undefined}>{a.title}</span>}
        subtitle={
          <>
            {t("ingest.article.meta", { date: a.published_on ?? unknown, origin: a.origin ?? unknown, enc: a.encoding })}
            {original && (
              <> · {t("ingest.article.url")}: <a href={original.href} target="_blank" rel="noopener noreferrer" data-testid="article-url">{original.host}</a></>
            )}
          </>
        }
      />
      <div className="ig-layout">
        <div className="ig-main">
          <div className="card">
            <div className="card-title">
              <h2>{t("ingest.article.body")}</h2>
              {repairs.length > 0 && <Tag tone="orange">{t("ingest.article.repairs", { n: repairs.length })}</Tag>}
            </div>
            {repairs.length > 0 && (
              <div className="ig-repairs" data-testid="repairs">
                <p className="small muted">{t("ingest.article.repairsHint")}</p>
                <ul className="tags">
                  {[...new Map(repairs.map((r) => [`${r.from}→${r.to}`, r])).values()].map((r) => (
                    <li key={`${r.from}→${r.to}`} className="tag tag-orange" title={r.rule}>“{r.from}” → “{r.to || "∅"}”</li>
                  ))}
                </ul>
              </div>
            )}
            <ArticleBody body={a.body} repairs={a.repairs.body} sentences={shown.map((f) => f.sentence)} selected={focus?.sentence} repairTitle={repairTitle} />
            <details className="ig-removed" data-testid="removed">
              <summary>{t("ingest.article.removed", { n: a.removed.length })}</summary>
              <p className="small muted">{t("ingest.article.removedHint")}</p>
              <ul className="list-plain">
                {a.removed.map((l, i) => (
                  <li key={i}><Tag>{t(`ingest.removed.${l.reason}`)}</Tag> <span className="ig-removed-line">{l.text}</span></li>
                ))}
              </ul>
            </details>
          </div>
          <div className="card">
            <h2>{t("ingest.article.sources")}</h2>
            <ul className="list-plain small">
              {a.sources.map((s) => (
                <li key={s.id}>{s.file_name} · {Math.max(1, Math.ceil(s.size_bytes / 1024))} KB · {t(`ingest.source.${s.match}`)}{s.distance ? ` (${s.distance})` : ""} · {dateTimeCn(s.received_at)}</li>
              ))}
            </ul>
          </div>
        </div>
        <aside className="ig-side" data-testid="article-facts">
          <h2>{t("ingest.article.facts", { n: shown.filter((f) => f.status === "draft").length })}</h2>
          <p className="small muted">{t("ingest.article.factsHint")}</p>
          {shown.length === 0 && <Empty>{t("ingest.article.noFacts")}</Empty>}
          {shown.map((f) => (
            <FactCard key={f.id} fact={f} onChange={replace} selected={f.id === selected} onSelect={() => setSelected(f.id)} />
          ))}
        </aside>
      </div>
    </div>
  );
}
