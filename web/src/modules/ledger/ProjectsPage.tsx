import { useState } from "react";
import { ErrorBanner, Loading, PageHeader, Pager } from "../../components/index.js";
import { useAsync, useDebounced } from "../../hooks.js";
import { useT } from "../../i18n.js";
import { Link, useQueryParams } from "../../router.js";
import { OrganizationFilter } from "../directory/OrganizationFilter.js";
import { ExportButtons } from "./ExportButtons.js";
import { FilterBar, useFilter } from "./Filters.js";
import { listProjects } from "./http.js";
import { ProjectTable } from "./ProjectTable.js";
import { useOptions } from "./pickers.js";
import { useCanRecord } from "./ui.js";

const LIMIT = 30;

export default function ProjectsPage() {
  const t = useT();
  const options = useOptions();
  const [filter, set] = useFilter();
  const [qp, setQ] = useQueryParams();
  const status = qp.get("status") ?? "";
  const offset = Number(qp.get("offset") ?? 0) || 0;
  const [text, setText] = useState(qp.get("q") ?? "");
  const q = useDebounced(text, 300);
  const organization = qp.get("organization") ?? undefined;
  const list = useAsync((signal) => listProjects({ ...filter, status: status || undefined, q: q || undefined, organization, limit: LIMIT, offset }, signal),
    [JSON.stringify(filter), status, q, organization, offset]);
  const canRecord = useCanRecord();
  const setFilter = (patch: Record<string, string | undefined>) => set({ ...patch, offset: undefined });
  return (
    <div className="page" data-testid="projects-page">
      <PageHeader title={t("ledger.p.title")} subtitle={t("ledger.p.subtitle")}
        actions={canRecord && <Link to="/ledger/projects/new" className="btn btn-primary">{t("ledger.p.new")}</Link>} />
      {options.data && <FilterBar options={options.data} filter={filter} set={setFilter} />}
      <div className="toolbar">
        <div className="field">
          <label htmlFor="lp-status">{t("ledger.f.status")}</label>
          <select id="lp-status" value={status} onChange={(e) => setQ({ status: e.target.value || undefined, offset: undefined })}>
            <option value="">{t("ledger.f.all")}</option>
            {["signed", "started", "producing", "terminated"].map((s) => <option key={s} value={s}>{t(`ledger.status.${s}`)}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="lp-q">{t("ledger.f.q")}</label>
          <input id="lp-q" type="search" value={text} onChange={(e) => { setText(e.target.value); setQ({ q: e.target.value || undefined, offset: undefined }); }} />
        </div>
        <ExportButtons filter={filter} only="projects" organization={organization} />
      </div>
      {organization && <OrganizationFilter id={Number(organization)} label={t("ledger.f.party")} onClear={() => setQ({ organization: undefined, offset: undefined })} />}
      <ErrorBanner error={list.error ?? options.error} />
      {!list.data ? <Loading /> : (
        <div className="card">
          <ProjectTable rows={list.data.items} testId="projects-table" />
          <Pager total={list.data.total} limit={LIMIT} offset={offset} onChange={(o) => setQ({ offset: o || undefined })} />
        </div>
      )}
    </div>
  );
}
