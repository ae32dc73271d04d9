/**
 * The place-name dictionary the extractor needs, built from directory regions. A plain
 * object so the pure pipeline runs without a database (tests, eval, benchmark).
 */
export interface GazRegion {
  id?: number;
  code: string;
  name: string;
  shortName: string;
  level: "province" | "prefecture" | "county";
  parentCode?: string | null;
  aliases?: string[];
}

export interface RegionMention {
  surface: string;
  start: number;
  /** More than one when the surface is ambiguous (普陀区 of Shanghai and of Zhoushan). */
  candidates: GazRegion[];
}

export interface Gazetteer {
  regions: GazRegion[];
  byCode: Map<string, GazRegion>;
  bySurface: Map<string, GazRegion[]>;
  pattern: RegExp;
  find(text: string): RegionMention[];
  isPlace(s: string): boolean;
  /** True when `a` lies inside `b` (a county of a city, a city of a province). */
  within(a: GazRegion, b: GazRegion): boolean;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export function buildGazetteer(regions: GazRegion[]): Gazetteer {
  const bySurface = new Map<string, GazRegion[]>();
  const add = (s: string, r: GazRegion) => {
    if (!s || [...s].length < 2) return;
    const list = bySurface.get(s) ?? [];
    if (!list.includes(r)) list.push(r);
    bySurface.set(s, list);
  };
  for (const r of regions) {
    add(r.name, r);
    add(r.shortName, r);
    for (const a of r.aliases ?? []) add(a, r);
  }
  const byCode = new Map(regions.map((r) => [r.code, r]));
  // Longest first so 嘉兴市 wins over 嘉兴, 苏州市吴江区 reads as two mentions.
  const surfaces = [...bySurface.keys()].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(surfaces.map(escape).join("|"), "g");
  const within = (a: GazRegion, b: GazRegion): boolean => {
    let p = a.parentCode ? byCode.get(a.parentCode) : undefined;
    while (p) {
      if (p.code === b.code) return true;
      p = p.parentCode ? byCode.get(p.parentCode) : undefined;
    }
    return false;
  };
  return {
    regions,
    byCode,
    bySurface,
    pattern,
    within,
    isPlace: (s) => bySurface.has(s),
    find(text) {
      const out: RegionMention[] = [];
      if (surfaces.length === 0) return out;
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
        out.push({ surface: m[0], start: m.index, candidates: bySurface.get(m[0])! });
      }
      // Context picks among same-named places: 舟山市普陀区 is Zhoushan's, not Shanghai's.
      // The alternatives stay for the reviewer; only their order changes.
      for (const m of out) {
        if (m.candidates.length < 2) continue;
        const others = out.filter((o) => o !== m && o.candidates.length === 1).map((o) => o.candidates[0]);
        const prev = out[out.indexOf(m) - 1];
        const adjacent = prev && prev.start + prev.surface.length === m.start ? prev.candidates[0] : undefined;
        const score = (c: GazRegion) => (adjacent && within(c, adjacent) ? 2 : 0) + (others.some((o) => within(c, o)) ? 1 : 0);
        const best = [...m.candidates].sort((a, b) => score(b) - score(a));
        if (score(best[0]) > score(m.candidates[0])) m.candidates = best;
      }
      return out;
    },
  };
}
