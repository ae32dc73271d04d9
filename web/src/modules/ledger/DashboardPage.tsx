import { useState } from "react";
import { ErrorBanner, Loading, PageHeader, Stat, formatAmount } from "../../components/index.js";
import { EChart } from "../../components/EChart.js";
import { useAsync } from "../../hooks.js";
import { useLabel, useT } from "../../i18n.js";
import { Link } from "../../router.js";
import { bucketChart, cityChart, industryChart, networkChart, quarterChart, statusChart } from "./charts.js";
import { FilterBar, useFilter } from "./Filters.js";
import { exportFile, getDashboard, type Filter } from "./http.js";
import { useOptions } from "./pickers.js";

export function ExportButtons({ filter }: { filter: Filter }) {
  const l = useLabel();
  const [error, setError] = useState<unknown>();
  const go = (what: "projects" | "agreements", format: "xlsx" | "csv") => () => exportFile(what, format, filter).catch(setError);
  return (
    <span className="ledger-noprint" style={{ display: "inline-flex", gap: 8, flexWrap: "wrap" }}>
      <button className="btn btn-small" onClick={go("projects", "xlsx")} data-testid="export-projects-xlsx">{l({ zh: "导出项目 Excel", en: "Projects .xlsx" })}</button>
      <button className="btn btn-small" onClick={go("projects", "csv")}>{l({ zh: "项目 CSV", en: "Projects .csv" })}</button>
      <button className="btn btn-small" onClick={go("agreements", "xlsx")}>{l({ zh: "导出协议 Excel", en: "Agreements .xlsx" })}</button>
      <button className="btn btn-small" onClick={go("agreements", "csv")}>{l({ zh: "协议 CSV", en: "Agreements .csv" })}</button>
      {error ? <ErrorBanner error={error} /> : null}
    </span>
  );
}

export default function DashboardPage() {
  const l = useLabel();
  const t = useT();
  const options = useOptions();
  const [filter, set] = useFilter();
  const d = useAsync((signal) => getDashboard(filter, signal), [JSON.stringify(filter)]);
  const report = `/ledger/report?${new URLSearchParams(filter as Record<string, string>).toString()}`;
  return (
    <div className="page" data-testid="ledger-dashboard">
      <PageHeader
        title={l({ zh: "合作项目看板", en: "Cooperation dashboard" })}
        subtitle={l({ zh: "协议、签约项目与投资,按联盟、地区、产业与时间", en: "Agreements, signed projects and investment by alliance, region, industry and period" })}
        actions={<><Link to={report} className="btn btn-small">{l({ zh: "打印报告", en: "Printable report" })}</Link><Link to="/consult" className="btn btn-small">{l({ zh: "会商与逾期事项", en: "Meetings & overdue items" })}</Link></>}
      />
      {options.data && <FilterBar options={options.data} filter={filter} set={set} />}
      <ErrorBanner error={options.error ?? d.error} />
      {!d.data ? <Loading /> : (
        <>
          <p className="ledger-summary" data-testid="ledger-paragraph">{d.data.paragraph}</p>
          <div className="stats">
            <Stat label={l({ zh: "合作协议", en: "Agreements" })} value={<span data-testid="stat-agreements">{d.data.agreements}</span>} />
            <Stat label={l({ zh: "签约项目", en: "Projects" })} value={<span data-testid="stat-projects">{d.data.projects}</span>} />
            <Stat label={l({ zh: "总投资", en: "Total investment" })} value={<span data-testid="stat-total">{formatAmount(d.data.totalYuan, t.lang)}</span>}
              hint={d.data.undisclosed ? l({ zh: `${d.data.undisclosed} 个项目未披露金额`, en: `${d.data.undisclosed} without amount` }) : undefined} />
            <Stat label={l({ zh: "已投产/落地", en: "Producing" })} value={d.data.byStatus.find((s) => s.status === "producing")?.count ?? 0} />
          </div>
          <div className="toolbar"><ExportButtons filter={filter} /></div>
          <div className="grid-2 ledger-charts">
            <div className="card"><h3>{l({ zh: "按投资额分档", en: "By amount bucket" })}</h3><EChart option={bucketChart(d.data, l)} height={280} ariaLabel="buckets" /></div>
            <div className="card"><h3>{l({ zh: "按项目状态", en: "By status" })}</h3><EChart option={statusChart(d.data)} height={280} ariaLabel="status" /></div>
            <div className="card"><h3>{l({ zh: "按季度", en: "By quarter" })}</h3><EChart option={quarterChart(d.data, l)} height={300} ariaLabel="quarters" /></div>
            <div className="card"><h3>{l({ zh: "按落地城市(投资额)", en: "By landing city (investment)" })}</h3><EChart option={cityChart(d.data, l)} height={300} ariaLabel="cities" /></div>
            <div className="card"><h3>{l({ zh: "按产业", en: "By industry" })}</h3><EChart option={industryChart(d.data, l)} height={320} ariaLabel="industries" /></div>
            <div className="card"><h3>{l({ zh: "城市合作网络", en: "Cooperation network" })}</h3><EChart option={networkChart(d.data, l)} height={320} ariaLabel="network" /></div>
          </div>
        </>
      )}
    </div>
  );
}
