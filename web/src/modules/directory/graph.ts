import type { EChartsOption } from "../../components/EChart.js";
import type { Alliance, Region } from "./api.js";

const PALETTE = { alliance: "#0b4f8a", city: "#1a9bd7", org: "#f0a020" };
// Upright, boxed city names stay legible where the radial tree's branches cross.
const CITY_LABEL = {
  show: true,
  fontSize: 12,
  fontWeight: "bold" as const,
  rotate: 0,
  position: "top" as const,
  backgroundColor: "rgba(255,255,255,0.85)",
  padding: [1, 3],
  borderRadius: 3,
};

/** The member region that contains an organisation's region (by the region path prefix). */
function memberOf(alliance: Alliance, orgRegion: { id?: number; path?: string } | undefined, regionsById: Map<number, Region>) {
  if (!orgRegion) return undefined;
  const path = orgRegion.path ?? (orgRegion.id ? regionsById.get(orgRegion.id)?.path : undefined);
  return alliance.regions.find((m) => {
    if (m.id === orgRegion.id) return true;
    const mp = m.path ?? regionsById.get(m.id)?.path;
    return !!(mp && path && (path === mp || path.startsWith(mp + "/")));
  });
}

/**
 * Alliance → member cities → member organisations as a radial tree: it fits its box whatever
 * the number of members (a force layout with 150+ organisations spills out of the card).
 * Organisations outside every member city hang off a separate "其他 / other" branch.
 */
export function allianceGraph(a: Alliance, regionsById: Map<number, Region>, labels: { city: string; org: string; other: string }, place: (name: string) => string): EChartsOption {
  const many = a.organizations.length > 40;
  const byCity = new Map<number | "other", { name: string; id: string; value: number }[]>();
  for (const o of a.organizations) {
    const home = memberOf(a, o.region ?? (o.regionId ? { id: o.regionId } : undefined), regionsById);
    const key = home ? home.id : "other";
    const list = byCity.get(key) ?? [];
    list.push({ name: o.name, id: `o${o.id}`, value: 1 });
    byCity.set(key, list);
  }
  const leaf = (o: { name: string; id: string }) => ({
    name: o.name,
    id: o.id,
    symbolSize: 7,
    itemStyle: { color: PALETTE.org, borderColor: PALETTE.org },
    label: { show: !many, fontSize: 11, rotate: 0, position: "right" as const },
  });
  const cities = a.regions.map((r) => {
    const orgs = byCity.get(r.id) ?? [];
    return {
      name: orgs.length ? `${place(r.name)} (${orgs.length})` : place(r.name),
      id: `r${r.id}`,
      symbolSize: 12 + Math.min(14, orgs.length),
      itemStyle: { color: PALETTE.city, borderColor: PALETTE.city },
      label: CITY_LABEL,
      children: orgs.map(leaf),
    };
  });
  const others = byCity.get("other") ?? [];
  if (others.length)
    cities.push({
      name: `${labels.other} (${others.length})`,
      id: "other",
      symbolSize: 12,
      itemStyle: { color: "#9fb3c8", borderColor: "#9fb3c8" },
      label: CITY_LABEL,
      children: others.map(leaf),
    });
  return {
    tooltip: { trigger: "item", formatter: (p: any) => p.name },
    series: [
      {
        type: "tree",
        layout: "radial",
        data: [
          {
            name: place(a.shortName || a.name),
            id: "a",
            symbolSize: 26,
            itemStyle: { color: PALETTE.alliance, borderColor: PALETTE.alliance },
            label: { show: true, fontSize: 14, fontWeight: "bold", rotate: 0, position: "bottom", color: "#0b4f8a", backgroundColor: "rgba(255,255,255,0.9)", padding: [1, 4] },
            children: cities,
          },
        ],
        top: "12%",
        bottom: "12%",
        left: "14%",
        right: "14%",
        symbol: "circle",
        roam: true,
        expandAndCollapse: false,
        initialTreeDepth: -1,
        label: { fontSize: 11, color: "#1f2933" },
        lineStyle: { color: "#b8c7d6", width: 1, curveness: 0.5 },
        emphasis: { focus: "ancestor" },
        animationDuration: 400,
      },
    ],
  } as EChartsOption;
}

/** Member cities on longitude/latitude axes (no base map needed), sized by their member organisations. */
export function allianceScatter(a: Alliance, regionsById: Map<number, Region>, orgLabel: string, place: (name: string) => string): EChartsOption {
  const counts = new Map<number, number>();
  for (const o of a.organizations) {
    const home = memberOf(a, o.region ?? (o.regionId ? { id: o.regionId } : undefined), regionsById);
    if (home) counts.set(home.id, (counts.get(home.id) ?? 0) + 1);
  }
  const pts = a.regions
    .map((r) => {
      const full = regionsById.get(r.id);
      const lng = r.lng ?? full?.lng;
      const lat = r.lat ?? full?.lat;
      return lng != null && lat != null ? { name: place(r.name), value: [lng, lat, counts.get(r.id) ?? 0] } : null;
    })
    .filter((p): p is { name: string; value: number[] } => p !== null);
  const rotation = a.regions
    .filter((r) => r.rotationOrder != null)
    .sort((x, y) => x.rotationOrder! - y.rotationOrder!)
    .map((r) => pts.find((p) => p.name === place(r.name))?.value.slice(0, 2))
    .filter((c): c is number[] => !!c);
  const lngs = pts.map((p) => p.value[0]);
  const lats = pts.map((p) => p.value[1]);
  // Frame the members with a margin proportional to their spread (嘉昆太 spans 0.3°, G60 4°).
  const frame = (vs: number[]) => {
    const lo = Math.min(...vs);
    const hi = Math.max(...vs);
    const pad = Math.max(0.2, (hi - lo) * 0.15);
    return { min: +(lo - pad).toFixed(1), max: +(hi + pad).toFixed(1) };
  };
  const fx = frame(lngs);
  const fy = frame(lats);
  return {
    tooltip: { formatter: (p: any) => `${p.name}<br/>${orgLabel}: ${p.value[2]}` },
    grid: { left: 50, right: 24, top: 16, bottom: 36 },
    xAxis: { type: "value", name: "°E", ...fx, axisLabel: { showMinLabel: false, showMaxLabel: false }, splitLine: { lineStyle: { color: "#eef2f6" } } },
    yAxis: { type: "value", name: "°N", ...fy, axisLabel: { showMinLabel: false, showMaxLabel: false }, splitLine: { lineStyle: { color: "#eef2f6" } } },
    series: [
      {
        type: "scatter",
        z: 3,
        data: pts,
        symbolSize: (v: number[]) => 10 + Math.min(24, Math.sqrt(v[2]) * 3),
        itemStyle: { color: "#1a73c2", opacity: 0.85, borderColor: "#fff", borderWidth: 1 },
        label: { show: true, formatter: "{b}", position: "right", color: "#1f2933" },
      },
      {
        // The rotation (轮值) order as a path, when the alliance has one.
        type: "line",
        data: rotation.length > 1 ? rotation : [],
        showSymbol: false,
        lineStyle: { color: "#9fb3c8", width: 1, type: "dashed" },
        silent: true,
      },
    ],
  } as EChartsOption;
}
