import { useState, type FormEvent } from "react";
import { ErrorBanner, Loading, PageHeader, Pager, formatAmount } from "../../components/index.js";
import { useAsync } from "../../hooks.js";
import { useT, type T } from "../../i18n.js";
import { Link, navigate, useQueryParams } from "../../router.js";
import { useSession } from "../../session.js";
import { RegionPicker } from "../directory/RegionPicker.js";
import { OrganizationFilter } from "../directory/OrganizationFilter.js";
import "../directory/messages.js";
import { market, type Facet, type Options, type SearchItem } from "./api.js";
import { localizeError } from "./errors.js";
import { fmtDate, fmtMonthlyRent, fmtNumber } from "./labels.js";
import { MarketPage } from "./layout.js";
import { Highlighted } from "./text.js";
import { regionNamer, useOptions } from "./useOptions.js";

const LIMIT = 20;
/** URL parameters that go to GET /api/listings/search as they are (amounts in yuan). */
const FILTERS = ["q", "kind", "region", "alliance", "organization", "industry", "segment", "amountMin", "amountMax", "areaMin", "areaMax", "priceMin", "priceMax"] as const;
/** Range inputs: URL name, and the factor from what the person types to the API's unit (万元 → 元). */
const RANGES: { key: string; min: string; max: string; scale: number }[] = [
  { key: "market.filter.amount", min: "amountMin", max: "amountMax", scale: 10_000 },
  { key: "market.filter.area", min: "areaMin", max: "areaMax", scale: 1 },
  { key: "market.filter.price", min: "priceMin", max: "priceMax", scale: 1 },
];

function FacetBox({ title, name, facets, current, label, set }: {
  title: string; name: string; facets: Facet[]; current: string | null; label: (f: Facet) => string; set: (v: string | undefined) => void;
}) {
  const t = useT();
  if (facets.length === 0) return null;
  const max = Math.max(...facets.map((f) => f.count));
  return (
    <section className="card mk-facet" data-facet={name}>
      <h3>{title}</h3>
      <ul>
        {facets.slice(0, 12).map((f) => {
          const on = current === f.value;
          return (
            <li key={f.value}>
              <button
                type="button"
                className={`mk-facet-item${on ? " on" : ""}`}
                aria-pressed={on}
                title={on ? t("market.facet.remove") : undefined}
                onClick={() => set(on ? undefined : f.value)}
              >
                <span className="mk-facet-bar" style={{ width: `${Math.max(4, (f.count / max) * 100)}%` }} aria-hidden />
                <span className="mk-facet-label">{on ? "✓ " : ""}{label(f)}</span>
                <span className="mk-facet-count">{f.count}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function ResultCard({ item, t }: { item: SearchItem; t: T }) {
  const facts: string[] = [];
  if (item.areaSqm != null) facts.push(t("market.unit.sqm", { n: fmtNumber(item.areaSqm, t) }));
  if (item.priceYuan != null) facts.push(fmtMonthlyRent(item.priceYuan, t));
  if (item.amountYuan != null) facts.push(formatAmount(item.amountYuan, t.lang));
  return (
    <li className="mk-result" data-listing={item.id}>
      <div className="mk-result-head">
        <span className={`mk-kind mk-kind-${item.kind}`}>{t(`market.kind.${item.kind}`)}</span>
        <Link to={`/market/listings/${item.id}`} className="mk-result-title">
          <Highlighted html={item.highlight.title} />
        </Link>
      </div>
      {item.highlight.summary && (
        <p className="mk-result-summary">
          <Highlighted html={item.highlight.summary} />
        </p>
      )}
      <div className="mk-result-meta">
        <Link className="mk-org" to={`/organizations/${item.organization.id}`}>
          {t.org(item.organization.name)}
        </Link>
        {item.regions.length > 0 && <span>{item.regions.map((r) => t.place(r.name)).join(t.sep)}</span>}
        {item.industries.length > 0 && <span>{item.industries.map((x) => t.term(x.name)).join(t.sep)}</span>}
        {facts.length > 0 && <span className="mk-facts">{facts.join(" · ")}</span>}
        {item.publishedAt && <span className="muted">{t("market.meta.published", { date: fmtDate(item.publishedAt) })}</span>}
      </div>
    </li>
  );
}

function Filters({ opts, params, set }: { opts: Options | undefined; params: URLSearchParams; set: (p: Record<string, string | undefined>) => void }) {
  const t = useT();
  const regionId = params.get("region") ? Number(params.get("region")) : null;
  const region = regionId ? { id: regionId, name: regionNamer(opts, t.place)(regionId) } : null;
  const industryId = params.get("industry") ? Number(params.get("industry")) : null;
  const industry = opts?.industries.find((i) => i.id === industryId);
  const name = (x: { name: string; nameEn?: string }) => (t.lang === "en" && x.nameEn ? x.nameEn : x.name);
  const [ranges, setRanges] = useState<Record<string, string>>(() =>
    Object.fromEntries(RANGES.flatMap((r) => [r.min, r.max].map((k) => [k, params.get(k) ? String(Number(params.get(k)) / r.scale) : ""]))),
  );
  const applyRanges = (e: FormEvent) => {
    e.preventDefault();
    const patch: Record<string, string | undefined> = {};
    for (const r of RANGES)
      for (const k of [r.min, r.max]) patch[k] = ranges[k]?.trim() ? String(Math.round(Number(ranges[k]) * r.scale * 100) / 100) : undefined;
    set(patch);
  };
  return (
    <section className="card mk-filters">
      <h3>{t("market.search.filters")}</h3>
      <div className="field">
        <label htmlFor="mk-kind">{t("market.filter.kind")}</label>
        <select id="mk-kind" value={params.get("kind") ?? ""} onChange={(e) => set({ kind: e.target.value || undefined })}>
          <option value="">{t("market.filter.any")}</option>
          {opts?.kinds.map((k) => (
            <option key={k.value} value={k.value}>
              {t(`market.kind.${k.value}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="mk-region">{t("market.filter.region")}</label>
        <RegionPicker key={regionId ?? "none"} id="mk-region" value={region} placeholder={t("market.filter.regionPh")} onChange={(r) => r && set({ region: String(r.id) })} />
      </div>
      <div className="field">
        <label htmlFor="mk-alliance">{t("market.filter.alliance")}</label>
        <select id="mk-alliance" value={params.get("alliance") ?? ""} onChange={(e) => set({ alliance: e.target.value || undefined })}>
          <option value="">{t("market.filter.any")}</option>
          {opts?.alliances.map((a) => (
            <option key={a.id} value={a.id}>
              {t.place(a.shortName || a.name)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="mk-industry">{t("market.filter.industry")}</label>
        <select id="mk-industry" value={industryId ?? ""} onChange={(e) => set({ industry: e.target.value || undefined, segment: undefined })}>
          <option value="">{t("market.filter.any")}</option>
          {opts?.industries.map((i) => (
            <option key={i.id} value={i.id}>
              {name(i)}
            </option>
          ))}
        </select>
      </div>
      {industry && industry.segments.length > 0 && (
        <div className="field">
          <label htmlFor="mk-segment">{t("market.filter.segment")}</label>
          <select id="mk-segment" value={params.get("segment") ?? ""} onChange={(e) => set({ segment: e.target.value || undefined })}>
            <option value="">{t("market.filter.any")}</option>
            {industry.segments.map((s) => (
              <option key={s.id} value={s.id}>
                {t(`market.stage.${s.stage}`)} · {name(s)}
              </option>
            ))}
          </select>
        </div>
      )}
      <form onSubmit={applyRanges} className="mk-ranges">
        {RANGES.map((r) => (
          <fieldset key={r.min} className="mk-range">
            <legend>{t(r.key)}</legend>
            {[r.min, r.max].map((k, i) => (
              <input
                key={k}
                type="number"
                min={0}
                step="any"
                name={k}
                aria-label={`${t(r.key)} ${t(i === 0 ? "market.filter.min" : "market.filter.max")}`}
                placeholder={t(i === 0 ? "market.filter.min" : "market.filter.max")}
                value={ranges[k] ?? ""}
                onChange={(e) => setRanges({ ...ranges, [k]: e.target.value })}
              />
            ))}
          </fieldset>
        ))}
        <button type="submit" className="btn btn-small">
          {t("market.filter.apply")}
        </button>
      </form>
    </section>
  );
}

/** 在线集市: Chinese full-text search with filters, facet counts, highlighted results, pages. */
export default function SearchPage() {
  const t = useT();
  const s = useSession();
  const opts = useOptions();
  const [params, setParams] = useQueryParams();
  const [text, setText] = useState(params.get("q") ?? "");
  const [asideOpen, setAsideOpen] = useState(false);
  const offset = Number(params.get("offset") ?? 0) || 0;
  const query: Record<string, string | number | undefined> = { limit: LIMIT, offset };
  for (const k of FILTERS) query[k] = params.get(k) ?? undefined;
  const key = JSON.stringify(query);
  const result = useAsync((signal) => market.search(query, signal), [key]);
  // Any filter change starts again from the first page.
  const set = (patch: Record<string, string | undefined>) => setParams({ ...patch, offset: undefined });
  const active = FILTERS.filter((k) => k !== "q" && params.get(k));
  const r = result.data;

  return (
    <MarketPage>
      <PageHeader
        title={t("market.search.title")}
        subtitle={t("market.search.subtitle")}
        actions={
          <button className="btn btn-primary" onClick={() => navigate(s.user ? "/market/new" : "/signin?next=/market/new")}>
            + {t("market.search.publish")}
          </button>
        }
      />
      <form
        className="card mk-searchbar"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          set({ q: text.trim() || undefined });
        }}
      >
        <input type="search" name="q" value={text} onChange={(e) => setText(e.target.value)} placeholder={t("market.search.ph")} aria-label={t("market.search.label")} />
        <button type="submit" className="btn btn-primary">
          {t("market.search.button")}
        </button>
      </form>
      <div className="mk-layout">
        {/* Shown on narrow screens only (market.css), where the aside folds away. */}
        <button type="button" className="btn mk-aside-toggle" aria-expanded={asideOpen} aria-controls="mk-aside" onClick={() => setAsideOpen(!asideOpen)}>
          <span>{t(asideOpen ? "market.search.asideHide" : "market.search.asideShow")}</span>
          <span>
            {active.length > 0 && <span className="tag tag-blue">{t("market.search.asideActive", { n: active.length })}</span>} <span aria-hidden>{asideOpen ? "▴" : "▾"}</span>
          </span>
        </button>
        <aside id="mk-aside" className={`mk-aside${asideOpen ? " open" : ""}`}>
          <Filters key={active.join(",")} opts={opts.data} params={params} set={set} />
          {r && (
            <>
              <FacetBox title={t("market.facet.kind")} name="kind" facets={r.facets.kind} current={params.get("kind")} label={(f) => t(`market.kind.${f.value}`)} set={(v) => set({ kind: v })} />
              <FacetBox title={t("market.facet.region")} name="region" facets={r.facets.region} current={params.get("region")} label={(f) => t.place(f.label)} set={(v) => set({ region: v })} />
              <FacetBox title={t("market.facet.industry")} name="industry" facets={r.facets.industry} current={params.get("industry")} label={(f) => t.term(f.label)} set={(v) => set({ industry: v, segment: undefined })} />
            </>
          )}
        </aside>
        <section className="mk-main" aria-live="polite">
          <ErrorBanner error={localizeError(result.error, t)} showFields />
          {r && (
            <div className="mk-summary-line">
              <strong>
                {params.get("q")
                  ? t(r.totalIsExact ? "market.search.resultsFor" : "market.search.resultsForMore", { q: params.get("q")!, n: r.total })
                  : t(r.totalIsExact ? "market.search.results" : "market.search.resultsMore", { n: r.total })}
              </strong>
              <span className="muted small">{t("market.search.order")}</span>
              {active.length > 0 && (
                <button type="button" className="btn-link small" onClick={() => set(Object.fromEntries(active.map((k) => [k, undefined])))}>
                  {t("market.search.clear")}
                </button>
              )}
            </div>
          )}
          {params.get("organization") && (
            <OrganizationFilter id={Number(params.get("organization"))} label={t("market.search.organization")} onClear={() => set({ organization: undefined })} />
          )}
          {r && !r.totalIsExact && (
            <p className="muted small mk-window-note" data-testid="search-window-note">
              {t("market.search.window", { n: r.total })}
            </p>
          )}
          {!r && !result.error && <Loading />}
          {r && r.total === 0 && <div className="empty">{t("market.search.none")}</div>}
          {r && r.items.length > 0 && (
            <div className={`card mk-results-card${result.loading ? " mk-stale" : ""}`}>
              <ol className="mk-results">
                {r.items.map((i) => (
                  <ResultCard key={i.id} item={i} t={t} />
                ))}
              </ol>
              {r.total > LIMIT && (
                <Pager
                  total={r.total}
                  atLeast={!r.totalIsExact}
                  limit={LIMIT}
                  offset={offset}
                  onChange={(o) => {
                    setParams({ offset: o || undefined });
                    window.scrollTo(0, 0);
                  }}
                />
              )}
            </div>
          )}
        </section>
      </div>
    </MarketPage>
  );
}
