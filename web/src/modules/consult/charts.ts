import { GaugeChart } from "echarts/charts";
import { echarts, type EChartsOption } from "../../components/EChart.js";
import type { Strand } from "./http.js";

echarts.use([GaugeChart]);

const BLUE = "#1261a8";

/** A completion gauge: done / non-cancelled items. */
export function completionGauge(rate: number | null, label: string): EChartsOption {
  const v = rate == null ? 0 : Math.round(rate * 1000) / 10;
  return {
    series: [{
      type: "gauge", startAngle: 210, endAngle: -30, min: 0, max: 100, radius: "92%", center: ["50%", "58%"],
      progress: { show: true, width: 16, itemStyle: { color: BLUE } },
      axisLine: { lineStyle: { width: 16, color: [[1, "#e4e7eb"]] } },
      axisTick: { show: false }, splitLine: { show: false }, axisLabel: { show: false }, pointer: { show: false },
      title: { offsetCenter: [0, "34%"], fontSize: 13, color: "#7b8794" },
      detail: { valueAnimation: false, offsetCenter: [0, "-4%"], fontSize: 28, fontWeight: 700, color: "#0b4f8a", formatter: rate == null ? "—" : "{value}%" },
      data: [{ value: v, name: label }],
    }],
  };
}

/** Items per strand, stacked: done, open on time, overdue, cancelled. */
export function strandBars(strands: Strand[], names: { done: string; open: string; overdue: string; cancelled: string; none: string }): EChartsOption {
  const cats = strands.map((s) => s.name || names.none);
  const open = strands.map((s) => s.counts.not_started + s.counts.in_progress - s.overdue);
  const series = [
    { name: names.done, data: strands.map((s) => s.counts.done), color: "#1e8449" },
    { name: names.open, data: open, color: "#7fa8d1" },
    { name: names.overdue, data: strands.map((s) => s.overdue), color: "#c0392b" },
    { name: names.cancelled, data: strands.map((s) => s.counts.cancelled), color: "#cbd2d9" },
  ];
  return {
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
    legend: { top: 0 },
    grid: { left: 8, right: 24, top: 34, bottom: 8, containLabel: true },
    xAxis: { type: "value", minInterval: 1 },
    yAxis: { type: "category", data: cats, inverse: true, axisLabel: { width: 130, overflow: "truncate" } },
    series: series.map((s) => ({ type: "bar", stack: "n", barMaxWidth: 22, name: s.name, data: s.data, itemStyle: { color: s.color }, label: { show: false } })),
  };
}
