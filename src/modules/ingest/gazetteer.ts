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
  find(text: string): RegionMention[];
  isPlace(s: string): boolean;
  /** True when `a` lies inside `b` (a county of a city, a city of a province). */
  within(a: GazRegion, b: GazRegion): boolean;
}

/**
 * Short names that in news text are mostly something else: a lake, a sea, a river, a
 * common word. The full name (太湖县, 东海县) still matches; the bare short name does not.
 * One table, so a new false friend found on an unseen page is one line here.
 */
export const NOT_A_PLACE: Record<string, string> = {
  太湖: "the lake (太湖县 is in Anhui)",
  东海: "the East China Sea (东海县 is in Jiangsu)",
  西湖: "the lake in Hangzhou",
  巢湖: "the lake (巢湖市 by its full name)",
  洪泽: "the lake (洪泽湖)",
  镜湖: "a common lake name",
  东至: "东至…西至… describes boundaries",
  大通: "大通道 (corridor)",
  大观: "a common word (大观园)",
  滨海: "coastal; also Tianjin's 滨海新区",
  临海: "coastal",
  路桥: "roads and bridges",
  新北: "Taiwan's 新北市",
  浦江: "the Huangpu River (浦江两岸)",
  城区: "urban area",
  郊区: "suburbs",
};

/** After a short name, these make it a river, lake, road or street named after the place (苏州河, 南京路). */
const FEATURE_AFTER = /^(?:[江河湖路街]|大道|大街|大桥)/;

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
    for (const a of [r.shortName, ...(r.aliases ?? [])]) if (!(a in NOT_A_PLACE)) add(a, r);
  }
  const fullNames = new Set(regions.map((r) => r.name));
  const byCode = new Map(regions.map((r) => [r.code, r]));
  // Longest first so 嘉兴市 wins over 嘉兴, 苏州市吴江区 reads as two mentions. Indexed by first
  // character: a scan tries only the few names starting with the character at hand, where one
  // regular expression of ~700 alternatives would try them all at every position.
  const byFirst = new Map<string, string[]>();
  for (const s of [...bySurface.keys()].sort((a, b) => b.length - a.length)) {
    const list = byFirst.get(s[0]) ?? [];
    list.push(s);
    byFirst.set(s[0], list);
  }
  const surfaceAt = (text: string, i: number): string | undefined => byFirst.get(text[i])?.find((s) => text.startsWith(s, i));
  /** 苏州河, 南京路: a short name naming a feature, unless a place follows (宁波江北区). */
  const namesFeature = (text: string, surface: string, end: number): boolean =>
    !fullNames.has(surface) && FEATURE_AFTER.test(text.slice(end, end + 2)) && !surfaceAt(text, end);
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
    within,
    isPlace: (s) => bySurface.has(s),
    find(text) {
      const out: RegionMention[] = [];
      for (let i = 0; i < text.length; ) {
        const surface = surfaceAt(text, i);
        if (!surface) {
          i++;
          continue;
        }
        if (!namesFeature(text, surface, i + surface.length)) out.push({ surface, start: i, candidates: bySurface.get(surface)! });
        i += surface.length;
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
