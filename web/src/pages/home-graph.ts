import type { EChartsOption } from "../components/EChart.js";
import type { Alliance } from "../modules/directory/api.js";

const COLORS = ["#0b4f8a", "#c0392b", "#1e8449", "#b9770e", "#6c3483", "#117a65"];

/** Every alliance with its member cities: cities shared by several alliances sit between them. */
export function alliancesNetwork(alliances: Alliance[], cityLabel: string, place: (name: string) => string): EChartsOption {
  const nodes: Record<string, unknown>[] = [];
  const links: Record<string, unknown>[] = [];
  const cities = new Map<number, { name: string; n: number }>();
  alliances.forEach((a, i) => {
    nodes.push({
      id: `a${a.id}`,
      name: place(a.shortName || a.name),
      category: i + 1,
      symbolSize: 46,
      label: { show: true, fontWeight: "bold", fontSize: 13 },
      itemStyle: { color: COLORS[i % COLORS.length] },
    });
    for (const r of a.regions) {
      const c = cities.get(r.id) ?? { name: place(r.name), n: 0 };
      c.n++;
      cities.set(r.id, c);
      links.push({ source: `a${a.id}`, target: `r${r.id}`, lineStyle: { color: COLORS[i % COLORS.length], opacity: 0.45 } });
    }
  });
  for (const [id, c] of cities)
    nodes.push({ id: `r${id}`, name: c.name, category: 0, symbolSize: 14 + 6 * (c.n - 1), label: { show: true, fontSize: 11 }, itemStyle: { color: c.n > 1 ? "#f0a020" : "#7fb3e0" } });
  return {
    tooltip: { formatter: (p: any) => (p.dataType === "node" ? p.data.name : "") },
    legend: { data: alliances.map((a) => place(a.shortName || a.name)), bottom: 0, textStyle: { fontSize: 12 } },
    series: [
      {
        type: "graph",
        layout: "force",
        // Clear of the legend below and with room for the labels on the right (longer in English).
        top: 20, bottom: 48, left: 20, right: 90,
        roam: true,
        draggable: true,
        categories: [{ name: cityLabel }, ...alliances.map((a, i) => ({ name: place(a.shortName || a.name), itemStyle: { color: COLORS[i % COLORS.length] } }))],
        // From a circle rather than from random points, so the layout is the same on every load, and
        // drawn at 0.8 so that it settles inside the box (from random points a city now and then
        // ended past the top edge or on the legend).
        force: { initLayout: "circular", repulsion: 220, edgeLength: [50, 110], gravity: 0.1 },
        zoom: 0.8,
        label: { position: "right", color: "#1f2933" },
        emphasis: { focus: "adjacency" },
        data: nodes,
        links,
      },
    ],
  } as EChartsOption;
}
