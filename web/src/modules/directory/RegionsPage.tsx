import { useEffect, useState, type FormEvent } from "react";
import { Empty, ErrorBanner, Loading, PageHeader, Tag } from "../../components/index.js";
import { useAsync, useDebounced } from "../../hooks.js";
import { useT } from "../../i18n.js";
import { Link, useQueryParams } from "../../router.js";
import { directory, toRegion, type Region } from "./api.js";
import "./messages.js";

function TreeNode({ region, selected, onSelect }: { region: Region; selected?: number; onSelect: (id: number) => void }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [children, setChildren] = useState<Region[] | null>(null);
  const leaf = region.level === "county";
  useEffect(() => {
    if (open && children === null) directory.regions({ parent: region.id, limit: 500 }).then((r) => setChildren(r.items), () => setChildren([]));
  }, [open, children, region.id]);
  return (
    <li>
      {leaf ? (
        <span className="tree-toggle" />
      ) : (
        <button className="tree-toggle" aria-label={open ? "collapse" : "expand"} aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? "▼" : "▶"}
        </button>
      )}
      <span className={`tree-node${selected === region.id ? " selected" : ""}`} onClick={() => onSelect(region.id)} data-region={region.name}>
        {t.place(region.name)}
      </span>
      {open && (
        <ul>
          {children === null ? (
            <li className="muted small">…</li>
          ) : (
            children.map((c) => <TreeNode key={c.id} region={c} selected={selected} onSelect={onSelect} />)
          )}
        </ul>
      )}
    </li>
  );
}

function RegionDetail({ id }: { id: number }) {
  const t = useT();
  const q = useAsync((s) => directory.region(id, s), [id]);
  const orgs = useAsync((s) => directory.organizations({ region: id, limit: 10 }, s), [id]);
  if (q.error) return <ErrorBanner error={q.error} />;
  if (!q.data) return <Loading />;
  const r = q.data;
  const chain = r.ancestors?.map((a) => a.name) ?? (r.parent ? [r.parent.name] : []);
  return (
    <div>
      <h2>
        {t.place(r.name)} {t.lang === "en" && <span className="muted">{r.name}</span>} <Tag tone="blue">{t(`dir.level.${r.level}`)}</Tag>
      </h2>
      <dl className="kv">
        <dt>{t("dir.region.code")}</dt>
        <dd>{r.code}</dd>
        {chain.length > 0 && (
          <>
            <dt>{t("dir.region.path")}</dt>
            <dd>{[...chain, r.name].map(t.place).join(" › ")}</dd>
          </>
        )}
        <dt>{t("dir.region.aliases")}</dt>
        <dd>{r.aliases.length ? r.aliases.join(t.sep) : "—"}</dd>
        {r.lng !== null && r.lat !== null && (
          <>
            <dt>{t("dir.region.coords")}</dt>
            <dd>
              {r.lng.toFixed(3)}°E, {r.lat.toFixed(3)}°N
            </dd>
          </>
        )}
        {r.children && r.children.length > 0 && (
          <>
            <dt>{t("dir.region.children", { n: r.children.length })}</dt>
            <dd className="tags">
              {r.children.map((c) => (
                <Link key={c.id} to={`/regions?id=${c.id}`}>
                  <Tag>{c.name}</Tag>
                </Link>
              ))}
            </dd>
          </>
        )}
      </dl>
      <h3 style={{ marginTop: 16 }}>{t("dir.region.orgs")}</h3>
      {orgs.data ? (
        orgs.data.items.length ? (
          <ul className="list-plain">
            {orgs.data.items.map((o) => (
              <li key={o.id}>
                <Link to={`/organizations/${o.id}`}>{t.org(o.name)}</Link> <span className="muted small">{t(`dir.kind.${o.kind}`)}</span>
              </li>
            ))}
            {orgs.data.total > orgs.data.items.length && (
              <li>
                <Link to={`/organizations?region=${id}`}>{t("common.total", { n: orgs.data.total })} →</Link>
              </li>
            )}
          </ul>
        ) : (
          <Empty />
        )
      ) : orgs.error ? null : (
        <Loading />
      )}
    </div>
  );
}

interface Resolution {
  status: "resolved" | "ambiguous" | "unknown";
  candidates: Region[];
  suggestions: Region[];
}

function readResolution(raw: Record<string, any>): Resolution {
  const status = raw.status ?? ((raw.candidates ?? []).length > 1 ? "ambiguous" : (raw.candidates ?? []).length ? "resolved" : "unknown");
  return { status, candidates: (raw.candidates ?? []).map(toRegion), suggestions: (raw.suggestions ?? []).map(toRegion) };
}

function Resolver({ onSelect }: { onSelect: (id: number) => void }) {
  const t = useT();
  const [result, setResult] = useState<Resolution | null>(null);
  const [error, setError] = useState<unknown>();
  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    setError(undefined);
    try {
      const raw = await directory.resolve(String(f.get("name") ?? "").trim(), String(f.get("context") ?? "").trim() || undefined);
      setResult(readResolution(raw));
    } catch (err) {
      setResult(null);
      setError(err);
    }
  }
  return (
    <div className="card" data-testid="resolver">
      <h2>{t("dir.regions.resolve")}</h2>
      <p className="muted small">{t("dir.regions.resolveHint")}</p>
      <form className="toolbar" onSubmit={submit}>
        <div className="field">
          <label htmlFor="resolve-name">{t("dir.regions.resolveName")}</label>
          <input id="resolve-name" name="name" type="text" placeholder="普陀" required />
        </div>
        <div className="field">
          <label htmlFor="resolve-context">{t("dir.regions.resolveContext")}</label>
          <input id="resolve-context" name="context" type="text" placeholder={t("dir.regions.resolveContextPh")} />
        </div>
        <button className="btn btn-primary" type="submit">
          {t("dir.regions.resolveBtn")}
        </button>
      </form>
      <ErrorBanner error={error} />
      {result && (
        <div data-status={result.status}>
          <p>
            {result.status === "ambiguous" ? (
              <Tag tone="orange">{t("dir.regions.ambiguous", { n: result.candidates.length })}</Tag>
            ) : result.status === "resolved" ? (
              <Tag tone="green">{t("dir.regions.unique")}</Tag>
            ) : (
              <Tag tone="red">{t("dir.regions.noMatch")}</Tag>
            )}
            {result.status === "unknown" && result.suggestions.length > 0 && <span className="muted small"> {t("dir.regions.didYouMean")}</span>}
          </p>
          <ul className="list-plain">
            {(result.status === "unknown" ? result.suggestions : result.candidates).map((c) => (
              <li key={c.id}>
                <button className="btn-link btn" onClick={() => onSelect(c.id)}>
                  {t.place(c.fullName ?? c.name)}
                </button>{" "}
                <span className="muted small">
                  {t(`dir.level.${c.level}`)} · {c.code}
                  {c.matchedBy && ` · ${t("dir.regions.matchedBy")} ${c.matchedBy}`}
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

export default function RegionsPage() {
  const t = useT();
  const [params, setParams] = useQueryParams();
  const selected = params.get("id") ? Number(params.get("id")) : undefined;
  const [text, setText] = useState(params.get("q") ?? "");
  const q = useDebounced(text.trim(), 250);
  const provinces = useAsync((s) => directory.regions({ level: "province" }, s), []);
  const found = useAsync((s) => (q ? directory.regions({ q, limit: 30 }, s) : Promise.resolve(null)), [q]);
  const select = (id: number) => setParams({ id });

  return (
    <div className="page">
      <PageHeader title={t("dir.regions.title")} subtitle={t("dir.regions.subtitle")} />
      <div className="sidebar-layout">
        <div className="card">
          <div className="field">
            <label htmlFor="region-q">{t("dir.regions.search")}</label>
            <input id="region-q" type="search" value={text} placeholder={t("dir.regions.searchPh")} onChange={(e) => setText(e.target.value)} />
          </div>
          {q ? (
            found.error ? (
              <ErrorBanner error={found.error} />
            ) : !found.data ? (
              <Loading />
            ) : found.data.items.length === 0 ? (
              <Empty>{t("dir.regions.noMatch")}</Empty>
            ) : (
              <ul className="list-plain" data-testid="region-results">
                {found.data.items.map((r) => (
                  <li key={r.id}>
                    <span className={`tree-node${selected === r.id ? " selected" : ""}`} onClick={() => select(r.id)}>
                      {t.place(r.name)}
                    </span>{" "}
                    <span className="muted small">
                      {r.fullName && r.fullName !== r.name ? t.place(r.fullName) : ""} · {t(`dir.level.${r.level}`)}
                    </span>
                  </li>
                ))}
              </ul>
            )
          ) : (
            <>
              <h3>{t("dir.regions.tree")}</h3>
              {provinces.error ? (
                <ErrorBanner error={provinces.error} />
              ) : !provinces.data ? (
                <Loading />
              ) : (
                <ul className="tree">
                  {provinces.data.items.map((p) => (
                    <TreeNode key={p.id} region={p} selected={selected} onSelect={select} />
                  ))}
                </ul>
              )}
            </>
          )}
        </div>
        <div>
          <div className="card">{selected ? <RegionDetail id={selected} /> : <Empty>{t("dir.regions.pick")}</Empty>}</div>
          <Resolver onSelect={select} />
        </div>
      </div>
    </div>
  );
}
