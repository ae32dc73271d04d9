import { useEffect, useState } from "react";
import { market, type Facet, type SearchResult } from "./http.js";
import { yuan } from "./labels.js";
import { ErrorNote, Link } from "./nav.js";

const PAGE = 20;
type Filters = Record<string, string>;

function readFilters(): Filters {
  return Object.fromEntries(new URLSearchParams(window.location.search));
}

function FacetList({ title, name, facets, filters, set }: { title: string; name: string; facets: Facet[]; filters: Filters; set: (k: string, v?: string) => void }) {
  if (facets.length === 0) return null;
  return (
    <section className="mk-facet">
      <h4>{title}</h4>
      {filters[name] && <button className="mk-linkish" onClick={() => set(name)}>× 清除 (clear)</button>}
      <ul>
        {facets.slice(0, 15).map((f) => (
          <li key={f.value}>
            <button className={filters[name] === f.value ? "mk-facet-on" : "mk-linkish"} onClick={() => set(name, f.value)}>
              {f.label} <span className="mk-count">{f.count}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** 在线集市: full-text search with filters, facet counts and highlighted results. */
export default function SearchPage() {
  const [filters, setFilters] = useState<Filters>(readFilters);
  const [text, setText] = useState(filters.q ?? "");
  const [result, setResult] = useState<SearchResult>();
  const [error, setError] = useState<unknown>();

  useEffect(() => {
    const qs = new URLSearchParams(filters).toString();
    window.history.replaceState(null, "", `${window.location.pathname}${qs ? `?${qs}` : ""}`);
    market.search({ ...filters, limit: PAGE }).then((r) => { setResult(r); setError(undefined); }, setError);
  }, [filters]);

  const set = (k: string, v?: string) => setFilters((f) => {
    const n = { ...f };
    if (v === undefined || v === "") delete n[k]; else n[k] = v;
    if (k !== "offset") delete n.offset;
    return n;
  });
  const offset = Number(filters.offset ?? 0);
  const range = (name: string, label: string, scale = 1) => (
    <label className="mk-range">{label}
      <input type="number" min={0} defaultValue={filters[name] ? Number(filters[name]) / scale : ""} aria-label={label}
        onBlur={(e) => set(name, e.target.value ? String(Number(e.target.value) * scale) : undefined)} />
    </label>
  );

  return (
    <div className="mk-page">
      <h2>协同创新在线集市 <small>Marketplace</small></h2>
      <form className="mk-searchbar" onSubmit={(e) => { e.preventDefault(); set("q", text.trim()); }}>
        <input name="q" value={text} onChange={(e) => setText(e.target.value)} placeholder="搜索技术、厂房、榜单、采购… 如:5G 基站、GMP 厂房 2000平方米" aria-label="搜索" />
        <button type="submit">搜索</button>
        <Link to="/market/new" className="mk-button">发布信息</Link>
      </form>
      <ErrorNote error={error} />
      <div className="mk-layout">
        <aside>
          <FacetList title="类别 Kind" name="kind" facets={result?.facets.kind ?? []} filters={filters} set={set} />
          <FacetList title="地区 Region" name="region" facets={result?.facets.region ?? []} filters={filters} set={set} />
          <FacetList title="产业 Industry" name="industry" facets={result?.facets.industry ?? []} filters={filters} set={set} />
          <section className="mk-facet">
            <h4>范围 Ranges</h4>
            {range("amountMin", "金额≥(万元)", 10_000)}
            {range("amountMax", "金额≤(万元)", 10_000)}
            {range("areaMin", "面积≥(㎡)")}
            {range("areaMax", "面积≤(㎡)")}
            {range("priceMax", "月租≤(元/㎡)")}
          </section>
        </aside>
        <main>
          {result && <p className="mk-total">共 {result.total} 条结果 ({result.total} results)</p>}
          <ol className="mk-results">
            {result?.items.map((i) => (
              <li key={i.id} className="mk-card">
                <span className={`mk-kind mk-kind-${i.kind}`}>{i.kindLabel}</span>{" "}
                <Link to={`/market/listings/${i.id}`}><span dangerouslySetInnerHTML={{ __html: i.highlight.title }} /></Link>
                <p className="mk-summary" dangerouslySetInnerHTML={{ __html: i.highlight.summary }} />
                <p className="mk-meta">
                  {i.organization.name} · {i.regions.map((r) => r.name).join("、")}
                  {i.industries.length > 0 && ` · ${i.industries.map((x) => x.name).join("、")}`}
                  {i.amountYuan != null && ` · ${yuan(i.amountYuan)}`}
                  {i.areaSqm != null && ` · ${i.areaSqm}㎡`}
                  {i.priceYuan != null && ` · ${i.priceYuan}元/㎡·月`}
                  {i.publishedAt && ` · ${i.publishedAt.slice(0, 10)}`}
                </p>
              </li>
            ))}
          </ol>
          {result && result.total === 0 && <p>没有找到匹配的信息 (no results)</p>}
          {result && result.total > PAGE && (
            <nav className="mk-pager">
              <button disabled={offset === 0} onClick={() => set("offset", String(Math.max(0, offset - PAGE)))}>上一页</button>
              <span>{offset / PAGE + 1} / {Math.ceil(result.total / PAGE)}</span>
              <button disabled={offset + PAGE >= result.total} onClick={() => set("offset", String(offset + PAGE))}>下一页</button>
            </nav>
          )}
        </main>
      </div>
    </div>
  );
}
