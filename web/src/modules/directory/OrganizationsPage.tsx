import { useState } from "react";
import { DataTable, ErrorBanner, Loading, PageHeader, Pager, Tag } from "../../components/index.js";
import { useAsync, useDebounced } from "../../hooks.js";
import { useT } from "../../i18n.js";
import { Link, navigate, useQueryParams } from "../../router.js";
import { useSession } from "../../session.js";
import { directory, ORG_KINDS, type Organization, type RegionRef } from "./api.js";
import { RegionPicker } from "./RegionPicker.js";
import "./messages.js";

const LIMIT = 20;

export default function OrganizationsPage() {
  const t = useT();
  const s = useSession();
  const [params, setParams] = useQueryParams();
  const [text, setText] = useState(params.get("q") ?? "");
  const q = useDebounced(text.trim(), 300);
  const kind = params.get("kind") ?? "";
  const regionId = params.get("region") ? Number(params.get("region")) : undefined;
  const industry = params.get("industry") ? Number(params.get("industry")) : undefined;
  const offset = Number(params.get("offset") ?? 0);
  const industries = useAsync((sig) => directory.industries(sig), []);
  const [region, setRegion] = useState<RegionRef | null>(null);
  const [resets, setResets] = useState(0);
  const regionQ = useAsync((sig) => (regionId ? directory.region(regionId, sig) : Promise.resolve(null)), [regionId]);
  // The URL's region (a shared link) until the user picks another.
  const shownRegion = region ?? (regionId && regionQ.data?.id === regionId ? { id: regionQ.data.id, name: regionQ.data.name } : null);

  const list = useAsync(
    (sig) => directory.organizations({ q: q || undefined, kind: kind || undefined, region: regionId, industry, limit: LIMIT, offset }, sig),
    [q, kind, regionId, industry, offset],
  );

  // Typing resets paging; the URL keeps filters shareable.
  const setQ = (v: string) => {
    setText(v);
    setParams({ q: v.trim() || undefined, offset: undefined });
  };

  return (
    <div className="page">
      <PageHeader
        title={t("dir.orgs.title")}
        subtitle={t("dir.orgs.subtitle")}
        actions={
          <button className="btn btn-primary" onClick={() => navigate(s.user ? "/organizations/new" : "/signin?next=/organizations/new")}>
            + {t("dir.orgs.new")}
          </button>
        }
      />
      <div className="card">
        <div className="toolbar" role="search">
          <div className="field" style={{ flex: "2 1 240px" }}>
            <label htmlFor="org-q">{t("dir.orgs.q")}</label>
            <input id="org-q" type="search" value={text} placeholder={t("dir.orgs.qPh")} onChange={(e) => setQ(e.target.value)} />
          </div>
          <div className="field" style={{ flex: "1 1 160px" }}>
            <label htmlFor="org-kind">{t("dir.orgs.kind")}</label>
            <select id="org-kind" value={kind} onChange={(e) => setParams({ kind: e.target.value || undefined, offset: undefined })}>
              <option value="">{t("common.all")}</option>
              {ORG_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`dir.kind.${k}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field" style={{ flex: "1 1 160px" }}>
            <label htmlFor="org-industry">{t("dir.orgs.industry")}</label>
            <select id="org-industry" value={industry ?? ""} onChange={(e) => setParams({ industry: e.target.value || undefined, offset: undefined })}>
              <option value="">{t("common.all")}</option>
              {industries.data?.map((i) => (
                <option key={i.id} value={i.id}>
                  {t.lang === "en" ? i.nameEn || i.name : i.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field" style={{ flex: "1 1 200px" }}>
            <label htmlFor="org-region">{t("dir.orgs.region")}</label>
            <RegionPicker
              key={resets}
              id="org-region"
              value={shownRegion}
              placeholder={t("dir.org.regionPh")}
              onChange={(r) => {
                setRegion(r);
                if (r || regionId) setParams({ region: r?.id, offset: undefined });
              }}
            />
          </div>
          {(q || kind || regionId || industry) && (
            <button
              className="btn"
              onClick={() => {
                setText("");
                setRegion(null);
                setResets((n) => n + 1);
                setParams({ q: undefined, kind: undefined, region: undefined, industry: undefined, offset: undefined });
              }}
            >
              {t("common.reset")}
            </button>
          )}
        </div>
        {list.error ? (
          <ErrorBanner error={list.error} />
        ) : !list.data ? (
          <Loading />
        ) : (
          <>
            <DataTable<Organization>
              rows={list.data.items}
              rowKey={(o) => o.id}
              onRowClick={(o) => navigate(`/organizations/${o.id}`)}
              columns={[
                { key: "name", title: t("dir.org.name"), render: (o) => <Link to={`/organizations/${o.id}`}>{t.org(o.name)}</Link> },
                { key: "kind", title: t("dir.org.kind"), render: (o) => <Tag tone="blue">{t(`dir.kind.${o.kind}`)}</Tag> },
                { key: "region", title: t("dir.org.region"), render: (o) => t.place(o.region?.fullName ?? o.region?.name ?? "") },
                {
                  key: "industries",
                  title: t("dir.org.industries"),
                  render: (o) => o.industries.map((i) => (i.industryName ? t.term(i.industryName) : "")).filter(Boolean).join(t.sep),
                },
              ]}
            />
            <Pager total={list.data.total} limit={LIMIT} offset={offset} onChange={(o) => setParams({ offset: o || undefined })} />
          </>
        )}
      </div>
    </div>
  );
}
