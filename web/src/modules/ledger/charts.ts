import type { EChartsOption } from "../../components/EChart.js";
import type { T } from "../../i18n.js";
import type { Dashboard } from "./http.js";

const yi = (v: number) => Math.round((v / 1e8) * 100) / 100;
const BLUE = "#1f5fa8";
const GREEN = "#2e8b57";
const BUCKET_COLORS = ["#9cc1e8", "#5b93cf", "#1f5fa8", "#0b3d73"];

/** Projects per amount bucket (bars) with the bucket's investment in the tooltip. */
export function bucketChart(d: Dashboard, t: T): EChartsOption {
  return {
    tooltip: {
      trigger: "axis",
      formatter: (ps: unknown) => {
        const p = (ps as { dataIndex: number }[])[0];
        const b = d.buckets[p.dataIndex];
        return `${t(`ledger.bucket.${b.key}`)}<br/>${t("ledger.chart.projects")}: ${b.count}<br/>${t("ledger.chart.investmentYi")}: ${yi(b.totalYuan)}`;
      },
    },
    grid: { left: 44, right: 16, top: 30, bottom: 30 },
    xAxis: { type: "category", data: d.buckets.map((b) => t(`ledger.bucket.${b.key}`)), axisLabel: { interval: 0 } },
    yAxis: { type: "value", name: t("ledger.chart.projects"), minInterval: 1 },
    series: [{
      type: "bar", barMaxWidth: 56, label: { show: true, position: "top" },
      data: d.buckets.map((b, i) => ({ value: b.count, itemStyle: { color: BUCKET_COLORS[i] } })),
    }],
  };
}

export function statusChart(d: Dashboard, t: T): EChartsOption {
  const colors: Record<string, string> = { signed: "#8fb3de", started: "#f0a030", producing: GREEN, terminated: "#c0392b" };
  return {
    tooltip: { trigger: "item", formatter: "{b}: {c} ({d}%)" },
    legend: { bottom: 0, data: d.byStatus.map((s) => t(`ledger.status.${s.status}`)) },
    series: [{
      type: "pie", radius: ["38%", "66%"], center: ["50%", "44%"], label: { formatter: "{b}\n{c}" },
      // Empty statuses stay in the legend but get no slice, so their labels do not pile up at one point.
      data: d.byStatus.filter((s) => s.count > 0).map((s) => ({ name: t(`ledger.status.${s.status}`), value: s.count, itemStyle: { color: colors[s.status] } })),
    }],
  };
}

export function industryChart(d: Dashboard, t: T): EChartsOption {
  const rows = d.byIndustry.slice(0, 12).reverse();
  return {
    tooltip: { trigger: "axis" },
    grid: { left: 110, right: 36, top: 20, bottom: 30 },
    xAxis: { type: "value", minInterval: 1, name: t("ledger.chart.projects") },
    yAxis: { type: "category", data: rows.map((r) => t.term(r.name)) },
    series: [{ type: "bar", barMaxWidth: 26, data: rows.map((r) => r.count), itemStyle: { color: BLUE }, label: { show: true, position: "right" } }],
  };
}

export function quarterChart(d: Dashboard, t: T): EChartsOption {
  return {
    tooltip: { trigger: "axis" },
    legend: { top: 0 },
    grid: { left: 46, right: 56, top: 40, bottom: 30 },
    xAxis: { type: "category", data: d.byQuarter.map((q) => q.quarter) },
    yAxis: [
      { type: "value", name: t("ledger.chart.projects"), minInterval: 1 },
      { type: "value", name: t("ledger.chart.yi"), splitLine: { show: false } },
    ],
    series: [
      { name: t("ledger.chart.projects"), type: "bar", data: d.byQuarter.map((q) => q.count), itemStyle: { color: BLUE }, barMaxWidth: 40 },
      { name: t("ledger.chart.investmentYi"), type: "line", yAxisIndex: 1, data: d.byQuarter.map((q) => yi(q.totalYuan)), itemStyle: { color: GREEN } },
    ],
  };
}

/** Investment by landing region: cities, or the districts and counties when a region is chosen. */
export function regionChart(rows: Dashboard["byCity"], t: T): EChartsOption {
  const top = rows.slice(0, 12).reverse();
  return {
    tooltip: { trigger: "axis", formatter: (ps: unknown) => {
      const p = (ps as { dataIndex: number }[])[0];
      const r = top[p.dataIndex];
      return `${t.place(r.name)}<br/>${t("ledger.chart.investmentYi")}: ${yi(r.totalYuan)}<br/>${t("ledger.chart.projects")}: ${r.count}`;
    } },
    grid: { left: 90, right: 50, top: 20, bottom: 30 },
    xAxis: { type: "value", name: t("ledger.chart.yi") },
    yAxis: { type: "category", data: top.map((r) => t.place(r.name)) },
    series: [{ type: "bar", barMaxWidth: 26, data: top.map((r) => yi(r.totalYuan)), itemStyle: { color: GREEN }, label: { show: true, position: "right" } }],
  };
}

/** Regions as nodes, cooperation as edges; thicker for more agreements and projects. */
export function networkChart(d: Dashboard, t: T): EChartsOption {
  const top = d.network.edges.slice(0, 80);
  const ids = new Set(top.flatMap((e) => [e.source, e.target]));
  const nodes = d.network.nodes.filter((n) => ids.has(n.id));
  const byId = new Map(nodes.map((n) => [n.id, t.place(n.name)]));
  const maxW = Math.max(1, ...nodes.map((n) => n.weight));
  const maxE = Math.max(1, ...top.map((e) => e.weight));
  return {
    tooltip: {
      formatter: (p: unknown) => {
        const x = p as { dataType: string; data: { name?: string; value?: number; agreements?: number; projects?: number; source?: string; target?: string } };
        if (x.dataType === "edge") return `${x.data.source} — ${x.data.target}<br/>${t("ledger.chart.agreements")} ${x.data.agreements} · ${t("ledger.chart.projects")} ${x.data.projects}`;
        return `${x.data.name}: ${x.data.value}`;
      },
    },
    series: [{
      // Settled before the first paint (no animation) and pulled in by gravity, so no node sits outside the card.
      type: "graph", layout: "force", roam: true, draggable: true, top: 30, bottom: 30, left: 40, right: 40,
      force: { repulsion: 240, edgeLength: [60, 150], gravity: 0.16, layoutAnimation: false },
      label: { show: true, fontSize: 12 },
      data: nodes.map((n) => ({ name: t.place(n.name), value: n.weight, symbolSize: 14 + 30 * Math.sqrt(n.weight / maxW), itemStyle: { color: BLUE } })),
      links: top.map((e) => ({
        source: byId.get(e.source), target: byId.get(e.target), agreements: e.agreements, projects: e.projects, value: e.weight,
        lineStyle: { width: 1 + 7 * (e.weight / maxE), color: "#8aa9cf", opacity: 0.85 },
      })),
    }],
  } as EChartsOption;
}
