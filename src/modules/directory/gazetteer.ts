/**
 * The place-name dictionary of the Delta, in memory: every full name, short name and alias
 * → region ids. Pure (no database): `loadGazetteer(db)` in regions.service.ts builds one
 * from the regions table; tests and the ingest module can build one from any region list.
 *
 * Resolution rules (docs/directory.md):
 *  1. exact full name (普陀区), else short name (普陀), else alias (港闸区, 沪);
 *  2. else strip a trailing 市/区/县/省 and retry (苏州市区 → 苏州市, 昆山县 → 昆山);
 *  3. else a compound name: a known region followed by a name inside it (上海市普陀区,
 *     浙江省嘉兴市嘉善县, 舟山普陀);
 *  4. with several matches: keep those related to the context region (inside it, or
 *     containing it), then drop any match inside another match (黄山 → 黄山市, not 黄山区).
 *  One match left: resolved; several: ambiguous; none: unknown (with suggestions such as
 *  苏州市 for 苏州工业园区, which is not an administrative unit).
 */
import type { RegionLevel } from "./directory.tables.js";

export interface GazetteerRegion {
  id: number;
  code: string;
  name: string;
  /** English ('' when unknown). */
  nameEn?: string;
  shortName: string;
  level: RegionLevel;
  kind: string;
  parentId: number | null;
  path: string;
  aliases: string[];
  lng: number | null;
  lat: number | null;
}

export type MatchVia = "name" | "short_name" | "alias" | "suffix" | "compound";

export interface RegionCandidate {
  id: number;
  code: string;
  name: string;
  shortName: string;
  /** All ancestors' names then the name: 上海市普陀区, 江苏省苏州市昆山市. */
  fullName: string;
  level: RegionLevel;
  kind: string;
  parentId: number | null;
  path: string;
  lng: number | null;
  lat: number | null;
  matchedBy: MatchVia;
}

export interface Resolution {
  status: "resolved" | "ambiguous" | "unknown";
  query: string;
  candidates: RegionCandidate[];
  /** Only when unknown: regions whose name starts the query (苏州工业园区 → 苏州市). */
  suggestions: RegionCandidate[];
}

export interface Mention {
  start: number;
  end: number;
  text: string;
  regionIds: number[];
}

interface Hit {
  id: number;
  via: MatchVia;
}

const TIER: Record<string, number> = { name: 0, short_name: 1, alias: 2 };
const STRIPPABLE = ["市", "区", "县", "省"];

export class Gazetteer {
  readonly regions: ReadonlyMap<number, GazetteerRegion>;
  private readonly byText = new Map<string, Hit[]>();
  private readonly byCode = new Map<string, GazetteerRegion>();
  /** Surface forms by first character, longest first: for scanning text. */
  private readonly byFirstChar = new Map<string, string[]>();

  constructor(regions: readonly GazetteerRegion[]) {
    this.regions = new Map(regions.map((r) => [r.id, r]));
    for (const r of regions) {
      this.byCode.set(r.code, r);
      this.add(r.name, r.id, "name");
      if (r.shortName !== r.name) this.add(r.shortName, r.id, "short_name");
      for (const a of r.aliases) if (a !== r.name && a !== r.shortName) this.add(a, r.id, "alias");
    }
    for (const text of this.byText.keys()) {
      const list = this.byFirstChar.get(text[0]!) ?? [];
      list.push(text);
      this.byFirstChar.set(text[0]!, list);
    }
    for (const list of this.byFirstChar.values()) list.sort((a, b) => b.length - a.length);
  }

  private add(text: string, id: number, via: MatchVia): void {
    const list = this.byText.get(text) ?? [];
    if (!list.some((h) => h.id === id)) list.push({ id, via });
    this.byText.set(text, list);
  }

  /** Every surface form (name, short name, alias) with its region ids. */
  entries(): Array<{ text: string; regionIds: number[]; via: MatchVia }> {
    return [...this.byText].map(([text, hits]) => ({ text, regionIds: hits.map((h) => h.id), via: hits[0]!.via }));
  }

  byId(id: number): GazetteerRegion | undefined {
    return this.regions.get(id);
  }

  byGbCode(code: string): GazetteerRegion | undefined {
    return this.byCode.get(code);
  }

  /** True when `id` is `ancestorId` or lies inside it. */
  within(id: number, ancestorId: number): boolean {
    const r = this.regions.get(id);
    const a = this.regions.get(ancestorId);
    return !!r && !!a && (r.path === a.path || r.path.startsWith(a.path + "/"));
  }

  fullName(id: number): string {
    const r = this.regions.get(id);
    if (!r) return "";
    const parent = r.parentId == null ? "" : this.fullName(r.parentId);
    return parent + r.name;
  }

  /** The English full name, the region first: "Kunshan, Suzhou, Jiangsu" ('' if a name is missing). */
  fullNameEn(id: number): string {
    const names: string[] = [];
    for (let r = this.regions.get(id); r; r = r.parentId == null ? undefined : this.regions.get(r.parentId)) names.push(r.nameEn ?? "");
    return names.length && names.every(Boolean) ? names.join(", ") : "";
  }

  candidate(id: number, matchedBy: MatchVia): RegionCandidate {
    const r = this.regions.get(id)!;
    return {
      id: r.id, code: r.code, name: r.name, shortName: r.shortName, fullName: this.fullName(id), level: r.level, kind: r.kind,
      parentId: r.parentId, path: r.path, lng: r.lng, lat: r.lat, matchedBy,
    };
  }

  /** Exact surface form, best tier only (a full name beats a short name beats an alias). */
  private exact(text: string, within?: number): Hit[] {
    let hits = this.byText.get(text) ?? [];
    if (within != null) hits = hits.filter((h) => h.id !== within && this.within(h.id, within));
    if (hits.length === 0) return [];
    const best = Math.min(...hits.map((h) => TIER[h.via] ?? 3));
    return hits.filter((h) => (TIER[h.via] ?? 3) === best);
  }

  private lookup(text: string, within?: number, depth = 0): Hit[] {
    const direct = this.exact(text, within);
    if (direct.length) return direct;
    for (const s of STRIPPABLE) {
      if (text.endsWith(s) && text.length - s.length >= 2) {
        const stripped = this.lookup(text.slice(0, -s.length), within, depth + 1);
        if (stripped.length) return stripped.map((h) => ({ id: h.id, via: "suffix" as const }));
      }
    }
    if (depth > 3) return [];
    // A compound name: a region, then a name inside it. Longest head first.
    const found = new Map<number, Hit>();
    for (let i = text.length - 1; i >= 2; i--) {
      const heads = this.exact(text.slice(0, i), within);
      for (const head of heads) {
        for (const tail of this.lookup(text.slice(i), head.id, depth + 1)) found.set(tail.id, { id: tail.id, via: "compound" });
      }
      if (found.size) break;
    }
    return [...found.values()];
  }

  resolve(name: string, opts: { context?: number | null } = {}): Resolution {
    const query = normalizeName(name);
    if (!query) return { status: "unknown", query, candidates: [], suggestions: [] };
    let hits = this.lookup(query);
    const context = opts.context;
    if (hits.length > 1 && context != null && this.regions.has(context)) {
      const related = hits.filter((h) => this.within(h.id, context) || this.within(context, h.id));
      if (related.length) hits = related;
    }
    if (hits.length > 1) hits = hits.filter((h) => !hits.some((o) => o.id !== h.id && this.within(h.id, o.id)));
    const candidates = hits.map((h) => this.candidate(h.id, h.via)).sort((a, b) => a.code.localeCompare(b.code));
    const status = candidates.length === 0 ? "unknown" : candidates.length === 1 ? "resolved" : "ambiguous";
    return { status, query, candidates, suggestions: status === "unknown" ? this.suggest(query) : [] };
  }

  private suggest(query: string): RegionCandidate[] {
    const out = new Map<number, RegionCandidate>();
    for (let i = query.length - 1; i >= 2 && out.size === 0; i--) {
      for (const h of this.exact(query.slice(0, i))) out.set(h.id, this.candidate(h.id, h.via));
    }
    return [...out.values()].slice(0, 5);
  }

  /**
   * Place names in free text, longest match first at each position (苏州市 before 苏州).
   * One-character abbreviations (沪, 苏, 浙, 皖) are skipped unless asked for: in news text
   * they are more often part of another word (沪上阿姨) than a province.
   */
  mentions(text: string, opts: { abbreviations?: boolean } = {}): Mention[] {
    const out: Mention[] = [];
    for (let i = 0; i < text.length; ) {
      const match = (this.byFirstChar.get(text[i]!) ?? []).find((t) => (opts.abbreviations || t.length > 1) && text.startsWith(t, i));
      if (!match) {
        i++;
        continue;
      }
      out.push({ start: i, end: i + match.length, text: match, regionIds: this.byText.get(match)!.map((h) => h.id) });
      i += match.length;
    }
    return out;
  }
}

/** Full-width to half-width, no spaces or surrounding punctuation: " 上海市 普陀区。" → 上海市普陀区. */
export function normalizeName(name: string): string {
  return name.normalize("NFKC").replace(/\s+/g, "").replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, "");
}
