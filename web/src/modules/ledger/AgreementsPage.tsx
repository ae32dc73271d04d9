import { useState } from "react";
import { DataTable, ErrorBanner, Loading, PageHeader, Pager } from "../../components/index.js";
import { useAsync, useDebounced } from "../../hooks.js";
import { useT } from "../../i18n.js";
import { Link, navigate, useQueryParams } from "../../router.js";
import { OrganizationFilter } from "../directory/OrganizationFilter.js";
import { ExportButtons } from "./ExportButtons.js";
import { FilterBar, useFilter } from "./Filters.js";
import { listAgreements, type AgreementRow } from "./http.js";
import { useOptions } from "./pickers.js";
import { partiesText, useCanRecord } from "./ui.js";

const LIMIT = 30;

export default function AgreementsPage() {
  const t = useT();
  const options = useOptions();
  const [filter, set] = useFilter();
  const [qp, setQ] = useQueryParams();
  const offset = Number(qp.get("offset") ?? 0) || 0;
  const [text, setText] = useState(qp.get("q") ?? "");
  const q = useDebounced(text, 300);
  const organization = qp.get("organization") ?? undefined;
  const list = useAsync((signal) => listAgreements({ ...filter, q: q || undefined, organization, limit: LIMIT, offset }, signal), [JSON.stringify(filter), q, organization, offset]);
  const canRecord = useCanRecord();
  return (
    <div className="page" data-testid="agreements-page">
      <PageHeader title={t("ledger.a.title")} subtitle={t("ledger.a.subtitle")}
        actions={canRecord && <Link to="/ledger/agreements/new" className="btn btn-primary">{t("ledger.a.new")}</Link>} />
      {options.data && <FilterBar options={options.data} filter={filter} set={(p) => set({ ...p, offset: undefined })} />}
      <div className="toolbar">
        <div className="field">
          <label htmlFor="la-q">{t("ledger.f.q")}</label>
          <input id="la-q" type="search" value={text} onChange={(e) => { setText(e.target.value); setQ({ q: e.target.value || undefined, offset: undefined }); }} />
        </div>
        <ExportButtons filter={filter} only="agreements" organization={organization} />
      </div>
      {organization && <OrganizationFilter id={Number(organization)} label={t("ledger.f.party")} onClear={() => setQ({ organization: undefined, offset: undefined })} />}
      <ErrorBanner error={list.error ?? options.error} />
      {!list.data ? <Loading /> : (
        <div className="card">
          <DataTable<AgreementRow>
            rows={list.data.items}
            rowKey={(a) => a.id}
            onRowClick={(a) => navigate(`/ledger/agreements/${a.id}`)}
            empty={t("ledger.a.none")}
            columns={[
              { key: "signedOn", title: t("ledger.a.signedOn"), width: 104, nowrap: true },
              { key: "title", title: t("ledger.a.name"), render: (a) => <Link to={`/ledger/agreements/${a.id}`}>《{a.title}》</Link> },
              { key: "kind", title: t("ledger.a.kind"), render: (a) => t(`ledger.akind.${a.kind}`) },
              { key: "parties", title: t("ledger.a.partiesShort"), render: (a) => <span className="ledger-clip" title={partiesText(a.parties, t)}>{partiesText(a.parties, t)}</span> },
              { key: "place", title: t("ledger.a.place"), render: (a) => a.place || "—" },
              { key: "alliance", title: t("ledger.f.alliance"), render: (a) => (a.allianceName ? t.place(a.allianceName) : "—") },
            ]}
          />
          <Pager total={list.data.total} limit={LIMIT} offset={offset} onChange={(o) => setQ({ offset: o || undefined })} />
        </div>
      )}
    </div>
  );
}
