import type { EChartsOption } from "../../components/EChart.js";
import type { Dashboard } from "./http.js";

const yi = (v: number) => Math.round((v / 1e8) * 100) / 100;
const BLUE = "#1f5fa8";
const GREEN = "#2e8b57";

export function bucketChart(d: Dashboard, l: (x: { zh: string; en: string }) => string): EChartsOption {
  return {
    tooltip: { trigger: "axis" },
    grid: { left: 40, right: 16, top: 30, bottom: 30 },
    xAxis: { type: "category", data: d.buckets.map((b) => b.label) },
    yAxis: { type: "value", name: l({ zh: "项目数", en: "Projects" }), minInterval: 1 },
    series: [{ type: "bar", data: d.buckets.map((b) => b.count), itemStyle: { color: BLUE }, label: { show: true, position: "top" } }],
  };
}

export function statusChart(d: Dashboard): EChartsOption {
  const colors: Record<string, string> = { signed: "#8fb3de", started: "#f0a030", producing: GREEN, terminated: "#c0392b" };
  return {
    tooltip: { trigger: "item", formatter: "{b}: {c} ({d}%)" },
    legend: { bottom: 0 },
    series: [{
      type: "pie", radius: ["38%", "68%"], center: ["50%", "45%"], label: { formatter: "{b}\n{c}" },
      data: d.byStatus.map((s) => ({ name: s.label, value: s.count, itemStyle: { color: colors[s.status] } })),
    }],
  };
}

export function industryChart(d: Dashboard, l: (x: { zh: string; en: string }) => string): EChartsOption {
  const rows = d.byIndustry.slice(0, 12).reverse();
  return {
    tooltip: { trigger: "axis" },
    grid: { left: 110, right: 30, top: 20, bottom: 30 },
    xAxis: { type: "value", minInterval: 1, name: l({ zh: "项目数", en: "Projects" }) },
    yAxis: { type: "category", data: rows.map((r) => r.name) },
    series: [{ type: "bar", data: rows.map((r) => r.count), itemStyle: { color: BLUE }, label: { show: true, position: "right" } }],
  };
}

export function quarterChart(d: Dashboard, l: (x: { zh: string; en: string }) => string): EChartsOption {
  return {
    tooltip: { trigger: "axis" },
    legend: { top: 0 },
    grid: { left: 46, right: 56, top: 36, bottom: 30 },
    xAxis: { type: "category", data: d.byQuarter.map((q) => q.quarter) },
    yAxis: [
      { type: "value", name: l({ zh: "项目数", en: "Projects" }), minInterval: 1 },
      { type: "value", name: l({ zh: "亿元", en: "CNY 100m" }) },
    ],
    series: [
      { name: l({ zh: "项目数", en: "Projects" }), type: "bar", data: d.byQuarter.map((q) => q.count), itemStyle: { color: BLUE } },
      { name: l({ zh: "投资额(亿元)", en: "Investment (CNY 100m)" }), type: "line", yAxisIndex: 1, data: d.byQuarter.map((q) => yi(q.totalYuan)), itemStyle: { color: GREEN } },
    ],
  };
}

export function cityChart(d: Dashboard, l: (x: { zh: string; en: string }) => string): EChartsOption {
  const rows = d.byCity.slice(0, 12).reverse();
  return {
    tooltip: { trigger: "axis" },
    grid: { left: 90, right: 40, top: 20, bottom: 30 },
    xAxis: { type: "value", name: l({ zh: "亿元", en: "CNY 100m" }) },
    yAxis: { type: "category", data: rows.map((r) => r.name) },
    series: [{ type: "bar", data: rows.map((r) => yi(r.totalYuan)), itemStyle: { color: GREEN }, label: { show: true, position: "right" } }],
  };
}

/** Regions as nodes, cooperation as edges; thicker for more agreements and projects. */
export function networkChart(d: Dashboard, l: (x: { zh: string; en: string }) => string): EChartsOption {
  const top = d.network.edges.slice(0, 80);
  const ids = new Set(top.flatMap((e) => [e.source, e.target]));
  const nodes = d.network.nodes.filter((n) => ids.has(n.id));
  const maxW = Math.max(1, ...nodes.map((n) => n.weight));
  const maxE = Math.max(1, ...top.map((e) => e.weight));
  return {
    tooltip: {
      formatter: (p: unknown) => {
        const x = p as { dataType: string; data: { name?: string; value?: number; agreements?: number; projects?: number; source?: string; target?: string } };
        if (x.dataType === "edge") return `${x.data.source} — ${x.data.target}<br/>${l({ zh: "协议", en: "Agreements" })} ${x.data.agreements} · ${l({ zh: "项目", en: "Projects" })} ${x.data.projects}`;
        return `${x.data.name}: ${x.data.value}`;
      },
    },
    series: [{
      type: "graph", layout: "force", roam: true, draggable: true,
      force: { repulsion: 260, edgeLength: [60, 180], gravity: 0.08 },
      label: { show: true, fontSize: 12 },
      data: nodes.map((n) => ({ name: n.name, value: n.weight, symbolSize: 14 + 30 * Math.sqrt(n.weight / maxW), itemStyle: { color: BLUE } })),
      links: top.map((e) => ({
        source: nodes.find((n) => n.id === e.source)!.name, target: nodes.find((n) => n.id === e.target)!.name,
        agreements: e.agreements, projects: e.projects, value: e.weight,
        lineStyle: { width: 1 + 6 * (e.weight / maxE), color: "#9bb7d8", opacity: 0.8 },
      })),
    }],
  } as EChartsOption;
}
