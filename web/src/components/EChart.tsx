import { useEffect, useRef } from "react";
import * as echarts from "echarts/core";
import { BarChart, GraphChart, LineChart, PieChart, ScatterChart, TreeChart } from "echarts/charts";
import { DatasetComponent, GridComponent, LegendComponent, TitleComponent, TooltipComponent } from "echarts/components";
import { CanvasRenderer } from "echarts/renderers";

// Modular import keeps the bundle to the charts Jishi draws. A module needing another
// chart type registers it itself: import { echarts } from "../../components/EChart.js"; echarts.use([SankeyChart]).
echarts.use([
  BarChart,
  GraphChart,
  LineChart,
  PieChart,
  ScatterChart,
  TreeChart,
  DatasetComponent,
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
  CanvasRenderer,
]);

export { echarts };
export type EChartsOption = Parameters<echarts.ECharts["setOption"]>[0];

const FONT = '"PingFang SC","Noto Sans CJK SC","Microsoft YaHei",sans-serif';

/** An ECharts chart sized by its container; option changes are applied, the instance disposed on unmount. */
export function EChart(props: {
  option: EChartsOption;
  height?: number | string;
  className?: string;
  onClick?: (params: { name?: string; data?: unknown; dataType?: string; seriesName?: string }) => void;
  ariaLabel?: string;
}) {
  const el = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const onClick = useRef(props.onClick);
  onClick.current = props.onClick;

  useEffect(() => {
    if (!el.current) return;
    const c = echarts.init(el.current, undefined, { renderer: "canvas" });
    chart.current = c;
    c.on("click", (p) => onClick.current?.(p as never));
    const ro = new ResizeObserver(() => c.resize());
    ro.observe(el.current);
    return () => {
      ro.disconnect();
      c.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption({ textStyle: { fontFamily: FONT }, ...(props.option as object) }, { notMerge: true });
  }, [props.option]);

  return (
    <div
      ref={el}
      className={props.className ?? "chart"}
      role="img"
      aria-label={props.ariaLabel}
      style={{ width: "100%", height: props.height ?? 360 }}
    />
  );
}
