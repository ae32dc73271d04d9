/**
 * How a region's level, kind, parent and short name follow from its GB/T 2260 code and
 * name, so that data/regions.ts stays a plain list of codes, names and coordinates.
 */
import type { RegionLevel } from "./directory.tables.js";
import type { RegionRow } from "./data/regions.js";
import { REGION_NAMES_EN } from "./data/regions-en.js";

export interface RegionRecord {
  code: string;
  name: string;
  /** From data/regions-en.ts ('' for a code it lacks). */
  nameEn: string;
  shortName: string;
  level: RegionLevel;
  kind: string;
  parentCode: string | null;
  /** Short name first, then former names / abbreviations; never the full name itself. */
  aliases: string[];
  lng: number;
  lat: number;
}

/** Municipalities directly under the central government (only Shanghai in the Delta). */
const MUNICIPALITIES = new Set(["310000"]);

// Longest first: 景宁畲族自治县 loses 畲族自治县, 浦东新区 loses 新区.
const SUFFIXES = ["畲族自治县", "自治县", "新区", "省", "市", "区", "县"];

export function levelOf(code: string): RegionLevel {
  if (code.endsWith("0000")) return "province";
  if (code.endsWith("00")) return "prefecture";
  return "county";
}

/** 昆山市 → 昆山, 浦东新区 → 浦东; a one-character stem keeps its suffix (歙县, 郊区, 和县). */
export function shortNameOf(name: string): string {
  for (const s of SUFFIXES) {
    if (name.endsWith(s) && name.length - s.length >= 2) return name.slice(0, -s.length);
  }
  return name;
}

export function kindOf(code: string, name: string): string {
  const level = levelOf(code);
  if (level === "province") return MUNICIPALITIES.has(code) ? "直辖市" : "省";
  if (level === "prefecture") return "地级市";
  if (name.endsWith("自治县")) return "自治县";
  if (name.endsWith("区")) return "市辖区";
  if (name.endsWith("市")) return "县级市";
  return "县";
}

/** Shanghai's districts hang directly under 310000 (GB/T 2260 has no 310100 city level for them). */
export function parentCodeOf(code: string, known: ReadonlySet<string>): string | null {
  const level = levelOf(code);
  if (level === "province") return null;
  const province = code.slice(0, 2) + "0000";
  if (level === "prefecture") return province;
  const prefecture = code.slice(0, 4) + "00";
  return known.has(prefecture) ? prefecture : province;
}

export function deriveRegions(rows: readonly RegionRow[]): RegionRecord[] {
  const known = new Set(rows.map((r) => r[0]));
  return rows.map(([code, name, lng, lat, extra]) => {
    const shortName = shortNameOf(name);
    const aliases = [...new Set([shortName, ...(extra ?? [])])].filter((a) => a !== name);
    return { code, name, nameEn: REGION_NAMES_EN[code] ?? "", shortName, level: levelOf(code), kind: kindOf(code, name), parentCode: parentCodeOf(code, known), aliases, lng, lat };
  });
}

/** Materialised path of codes from the province down, e.g. '320000/320500/320585'. */
export function pathsOf(records: readonly RegionRecord[]): Map<string, string> {
  const byCode = new Map(records.map((r) => [r.code, r]));
  const paths = new Map<string, string>();
  const pathOf = (code: string): string => {
    const hit = paths.get(code);
    if (hit) return hit;
    const parent = byCode.get(code)?.parentCode;
    const p = parent ? `${pathOf(parent)}/${code}` : code;
    paths.set(code, p);
    return p;
  };
  for (const r of records) pathOf(r.code);
  return paths;
}
