import { useMemo } from "react";
import { ErrorBanner, Loading, formatAmount } from "../../components/index.js";
import { EChart } from "../../components/EChart.js";
import { useAsync } from "../../hooks.js";
import { useT } from "../../i18n.js";
import { bucketChart, networkChart, quarterChart } from "./charts.js";
import { Summary } from "./DashboardPage.js";
import { FilterBar, useFilter } from "./Filters.js";
import { getDashboard, listCeremonies, listProjects, type Dashboard, type Filter } from "./http.js";
import { useOptions } from "./pickers.js";

/** Everything a report needs, fetched together so the page prints complete. */
async function loadReport(f: Filter, signal: AbortSignal) {
  const [d, top, ceremonies] = await Promise.all([
    getDashboard(f, signal),
    listProjects({ ...f, sort: "amount", limit: 15 }, signal),
    listCeremonies({ alliance: f.alliance }, signal),
  ]);
  const inPeriod = ceremonies.filter((c) => (!f.from || c.heldOn >= f.from) && (!f.to || c.heldOn <= f.to));
  return { d, top: top.items, ceremonies: inPeriod };
}

/** A plain table; the last `numeric` columns (counts, amounts) align right. */
function Table({ head, rows, testId, numeric = head.length - 1 }: { head: string[]; rows: (string | number)[][]; testId?: string; numeric?: number }) {
  const align = (j: number) => (j >= head.length - numeric ? "right" : undefined);
  return (
    <table className="table ledger-report-table" data-testid={testId}>
      <thead><tr>{head.map((h, j) => <th key={h} style={{ textAlign: align(j) }}>{h}</th>)}</tr></thead>
      <tbody>{rows.map((r, i) => <tr key={i}>{r.map((c, j) => <td key={j} style={{ textAlign: align(j) }}>{c}</td>)}</tr>)}</tbody>
    </table>
  );
}

function Charts({ d }: { d: Dashboard }) {
  const t = useT();
  const o = useMemo(() => ({ b: bucketChart(d, t), q: quarterChart(d, t), n: networkChart(d, t) }), [d, t.key]); // eslint-disable-line react-hooks/exhaustive-deps
  return (
    <>
      <div className="grid-2 ledger-report-charts">
        <div><h3>{t("ledger.dash.byBucket")}</h3><EChart option={o.b} height={250} ariaLabel={t("ledger.dash.byBucket")} /></div>
        <div><h3>{t("ledger.dash.byQuarter")}</h3><EChart option={o.q} height={250} ariaLabel={t("ledger.dash.byQuarter")} /></div>
      </div>
      {d.network.edges.length > 0 && <div className="ledger-report-network"><h3>{t("ledger.dash.network")}</h3><EChart option={o.n} height={320} ariaLabel={t("ledger.dash.network")} /></div>}
    </>
  );
}

/** A report per alliance (or region) and period, laid out for paper: print CSS hides the shell. */
export default function ReportPage() {
  const t = useT();
  const options = useOptions();
  const [filter, set] = useFilter();
  const q = useAsync((signal) => loadReport(filter, signal), [JSON.stringify(filter)]);
  const amount = (y: number | null | undefined) => formatAmount(y ?? null, t.lang);
  return (
    <div className="page ledger-report" data-testid="ledger-report">
      <div className="ledger-noprint">
        {options.data && <FilterBar options={options.data} filter={filter} set={set} />}
        <p><button type="button" className="btn btn-primary" onClick={() => window.print()}>{t("ledger.r.print")}</button></p>
      </div>
      <ErrorBanner error={options.error ?? q.error} />
      {!q.data ? (!q.error && <Loading />) : (() => {
        const { d, top, ceremonies } = q.data;
        const scope = [d.scope.alliance?.name, d.scope.region && t.place(d.scope.region.name)].filter(Boolean).join(" · ") || t("ledger.r.scopeAll");
        const names = new Map(d.network.nodes.map((n) => [n.id, n.name]));
        return (
          <article className="card ledger-report-body">
            <h1>{scope} {t("ledger.r.title")}</h1>
            <p className="ledger-report-meta">
              {t("ledger.r.period")}: {d.period || t("ledger.r.allTime")} · {t("ledger.r.generated", { at: new Date().toISOString().slice(0, 10) })}
            </p>
            <Summary d={d} />
            <h2>{t("ledger.r.keyFigures")}</h2>
            <div className="grid-2 ledger-top">
              <Table testId="report-figures" head={[t("ledger.r.item"), t("ledger.r.value")]} rows={[
                [t("ledger.dash.agreements"), d.agreements],
                [t("ledger.dash.projects"), d.projects],
                [t("ledger.dash.total"), amount(d.totalYuan)],
                ...d.byStatus.map((s) => [t(`ledger.status.${s.status}`), s.count] as [string, number]),
              ]} />
              <Table head={[t("ledger.dash.byBucket"), t("ledger.r.count"), t("ledger.r.amount")]}
                rows={d.buckets.map((b) => [t(`ledger.bucket.${b.key}`), b.count, amount(b.totalYuan)])} />
            </div>
            <Charts d={d} />
            <div className="grid-2 ledger-top">
              <div>
                <h3>{t("ledger.dash.byCity")}</h3>
                <Table head={[t("ledger.p.landing"), t("ledger.r.count"), t("ledger.r.amount")]} rows={d.byCity.slice(0, 10).map((c) => [c.name, c.count, amount(c.totalYuan)])} />
              </div>
              <div>
                <h3>{t("ledger.dash.byIndustry")}</h3>
                <Table head={[t("ledger.p.industry"), t("ledger.r.count"), t("ledger.r.amount")]} rows={d.byIndustry.slice(0, 10).map((c) => [t.term(c.name), c.count, amount(c.totalYuan)])} />
              </div>
            </div>
            {d.network.edges.length > 0 && <>
              <h3>{t("ledger.r.pairs")}</h3>
              <Table head={[t("ledger.r.pair"), t("ledger.r.weight")]}
                rows={d.network.edges.slice(0, 8).map((e) => [`${names.get(e.source)} — ${names.get(e.target)}`, `${e.agreements} / ${e.projects}`])} />
            </>}
            {ceremonies.length > 0 && <>
              <h3>{t("ledger.r.ceremonies")}</h3>
              <Table numeric={2} head={[t("ledger.c.name"), t("ledger.c.heldOn"), t("ledger.c.projectCount"), t("ledger.c.total")]}
                rows={ceremonies.map((c) => [c.title, c.heldOn, c.projectCount ?? 0, amount(Number(c.totalYuan ?? 0))])} />
            </>}
            {top.length > 0 && <>
              <h3>{t("ledger.r.topProjects")}</h3>
              <Table numeric={1} head={[t("ledger.p.name"), t("ledger.p.landing"), t("ledger.p.signedOn"), t("ledger.p.status"), t("ledger.p.amount")]}
                rows={top.map((p) => [p.name, p.landingRegionName ? t.place(p.landingRegionName) : "—", p.signedOn, t(`ledger.status.${p.status}`), amount(p.amountYuan)])} />
            </>}
          </article>
        );
      })()}
    </div>
  );
}
