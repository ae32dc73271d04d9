import { useMemo } from "react";
import { ErrorBanner, Loading, Notice, PageHeader, Stat, formatAmount } from "../../components/index.js";
import { EChart } from "../../components/EChart.js";
import { useAsync } from "../../hooks.js";
import { useT } from "../../i18n.js";
import { Link, useQueryParams } from "../../router.js";
import { bucketChart, industryChart, networkChart, quarterChart, regionChart, statusChart } from "./charts.js";
import { ExportButtons } from "./ExportButtons.js";
import { FilterBar, useFilter } from "./Filters.js";
import { getDashboard, onlyFilter, type Dashboard } from "./http.js";
import { useOptions } from "./pickers.js";

/** The paragraph with the seed-style signing sentence picked out. */
export function Summary({ d }: { d: Dashboard }) {
  const t = useT();
  const at = d.paragraph.indexOf(d.sentence);
  return (
    <div className="ledger-summary" data-testid="ledger-paragraph" lang="zh-CN">
      {t("ledger.dash.summaryZh") && <div className="muted small">{t("ledger.dash.summaryZh")}</div>}
      {at < 0 ? d.paragraph : <>{d.paragraph.slice(0, at)}<span className="ledger-sentence" data-testid="ledger-sentence">{d.sentence}</span>{d.paragraph.slice(at + d.sentence.length)}</>}
    </div>
  );
}

function Charts({ d, byDistrict, level, setLevel }: { d: Dashboard; byDistrict: boolean; level: string; setLevel: (v: string) => void }) {
  const t = useT();
  const options = useMemo(() => ({
    buckets: bucketChart(d, t), status: statusChart(d, t), quarters: quarterChart(d, t),
    regions: regionChart(byDistrict ? d.byRegion : d.byCity, t), industries: industryChart(d, t), network: networkChart(d, t),
  }), [d, t.key, byDistrict]); // eslint-disable-line react-hooks/exhaustive-deps
  return (
    <div className="grid-2 ledger-charts">
      <div className="card"><h3>{t("ledger.dash.byBucket")}</h3><EChart option={options.buckets} height={280} ariaLabel={t("ledger.dash.byBucket")} /></div>
      <div className="card"><h3>{t("ledger.dash.byStatus")}</h3><EChart option={options.status} height={280} ariaLabel={t("ledger.dash.byStatus")} /></div>
      <div className="card"><h3>{t("ledger.dash.byQuarter")}</h3><EChart option={options.quarters} height={300} ariaLabel={t("ledger.dash.byQuarter")} /></div>
      <div className="card"><h3>{t(byDistrict ? "ledger.dash.byDistrict" : "ledger.dash.byCity")}</h3><EChart option={options.regions} height={300} ariaLabel={t("ledger.dash.byCity")} /></div>
      <div className="card"><h3>{t("ledger.dash.byIndustry")}</h3><EChart option={options.industries} height={340} ariaLabel={t("ledger.dash.byIndustry")} /></div>
      <div className="card">
        <div className="card-title">
          <h3>{t("ledger.dash.network")}</h3>
          <select aria-label={t("ledger.dash.level")} value={level} onChange={(e) => setLevel(e.target.value)} className="ledger-level ledger-noprint">
            <option value="city">{t("ledger.dash.levelCity")}</option>
            <option value="region">{t("ledger.dash.levelRegion")}</option>
          </select>
        </div>
        <EChart option={options.network} height={340} ariaLabel={t("ledger.dash.network")} />
        <p className="muted small">{t("ledger.dash.networkHint")}</p>
      </div>
    </div>
  );
}

export default function DashboardPage() {
  const t = useT();
  const options = useOptions();
  const [filter, set] = useFilter();
  const [qp, setQ] = useQueryParams();
  const level = qp.get("level") === "region" ? "region" : "city";
  const d = useAsync((signal) => getDashboard({ ...filter, level }, signal), [JSON.stringify(filter), level]);
  const report = `/ledger/report?${new URLSearchParams(onlyFilter(filter) as Record<string, string>)}`;
  const data = d.data;
  return (
    <div className="page" data-testid="ledger-dashboard">
      <PageHeader
        title={t("ledger.dash.title")}
        subtitle={t("ledger.dash.subtitle")}
        actions={<>
          <Link to={report} className="btn btn-small">{t("ledger.dash.report")}</Link>
          <Link to="/consult" className="btn btn-small">{t("ledger.dash.consult")}</Link>
        </>}
      />
      {options.data && <FilterBar options={options.data} filter={filter} set={set} />}
      <ErrorBanner error={options.error ?? d.error} />
      {!data ? (!d.error && <Loading />) : (
        <div className={d.loading ? "ledger-stale" : undefined}>
          <Summary d={data} />
          <div className="stats">
            <Stat label={t("ledger.dash.agreements")} value={<span data-testid="stat-agreements">{data.agreements}</span>} />
            <Stat label={t("ledger.dash.projects")} value={<span data-testid="stat-projects">{data.projects}</span>} />
            <Stat label={t("ledger.dash.total")} value={<span data-testid="stat-total">{formatAmount(data.totalYuan, t.lang)}</span>}
              hint={data.undisclosed ? t("ledger.dash.undisclosed", { n: data.undisclosed }) : undefined} />
            <Stat label={t("ledger.dash.producing")} value={<span data-testid="stat-producing">{data.byStatus.find((s) => s.status === "producing")?.count ?? 0}</span>} />
          </div>
          <div className="toolbar"><ExportButtons filter={filter} /></div>
          {data.projects === 0 && data.agreements === 0 ? <Notice>{t("ledger.dash.empty")}</Notice> : (
            <Charts d={data} byDistrict={!!filter.region} level={level} setLevel={(v) => setQ({ level: v === "city" ? undefined : v })} />
          )}
        </div>
      )}
    </div>
  );
}
