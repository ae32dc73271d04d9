import { sql } from "kysely";
import type { z } from "zod";
import type { Db } from "../../platform/db/connect.js";
import { checkPeriod, resolveScope, scopeName, scopeWhere, unknownAlliance, type Scope } from "./filters.js";
import { dashboardQuery, type LedgerFilter } from "./ledger.schema.js";
import type { ProjectStatus } from "./ledger.tables.js";
import { PAIR_BASE, referenceData, regionInfo } from "./references.js";
import { BUCKET_CODES, readRollupAll, STATUS_CODES } from "./rollup.js";
import { BUCKETS, dashboardParagraph, describePeriod, signingSentence, type BucketKey, type SigningFigures } from "./summary.js";
import { STATUS_LABELS } from "./transitions.js";

interface Group {
  dim: "all" | "bucket" | "status" | "region" | "industry" | "quarter";
  key: string | null;
  n: number;
  total: number;
}

export interface Edge {
  a: number;
  b: number;
  agreements: number;
  projects: number;
}

interface Part {
  part: "g" | "e" | "a";
  dim: Group["dim"] | null;
  key: string | null;
  n: number;
  total: number;
  /** An encoded pair (see PAIR_BASE) and its agreements count, for part "e". */
  pair: number | null;
  agreements: number | null;
}

/** The network keeps its heaviest edges: a graph of more is unreadable, and fewer rows travel. */
export const MAX_EDGES = 300;

const netColumn = (level: "city" | "region") => sql.ref(level === "city" ? "t.city_pairs" : "t.region_pairs");
const decode = (p: number) => ({ a: Math.floor(p / PAIR_BASE), b: p % PAIR_BASE });

/**
 * Everything a dashboard counts, straight from the records, in one statement: the filtered
 * projects and agreements are read once each (materialized CTEs); every breakdown is a grouping
 * set; the network's pairs of both are merged and ranked in SQL (heaviest first, then by pair),
 * so only the top edges reach JavaScript.
 */
export async function recordParts(db: Db, scope: Scope, level: "city" | "region"): Promise<{ groups: Group[]; edges: Edge[]; agreements: number }> {
  const r = await sql<Part>`
    with f as materialized (
      select t.amount_yuan, t.status, t.landing_region_id, t.industry_id, date_trunc('quarter', t.signed_on)::date as q, ${netColumn(level)} as net,
             case when t.amount_yuan is null then 'none' when t.amount_yuan < 100000000 then 'lt1' when t.amount_yuan < 1000000000 then '1to10'
                  when t.amount_yuan < 3000000000 then '10to30' else 'ge30' end as b
      from projects t where ${scopeWhere(scope, "projects")}),
    g as materialized (select ${netColumn(level)} as net from agreements t where ${scopeWhere(scope, "agreements")})
    select 'g' as part,
           case when grouping(b) = 0 then 'bucket' when grouping(status) = 0 then 'status' when grouping(landing_region_id) = 0 then 'region'
                when grouping(industry_id) = 0 then 'industry' when grouping(q) = 0 then 'quarter' else 'all' end as dim,
           coalesce(b, status, landing_region_id::text, industry_id::text, to_char(q, 'YYYY-MM')) as key,
           count(*)::int as n, coalesce(sum(amount_yuan), 0)::bigint as total, null::bigint as pair, null::int as agreements
    from f group by grouping sets ((), (b), (status), (landing_region_id), (industry_id), (q))
    union all
    select 'a', null, null, count(*)::int, 0, null, null from g
    union all
    (select 'e', null, null, sum(pn)::int, 0, p, sum(an)::int from (
       select unnest(f.net) as p, 1 as pn, 0 as an from f union all select unnest(g.net), 0, 1 from g) x
     group by p order by count(*) desc, p limit ${MAX_EDGES})`.execute(db);
  const groups = r.rows.filter((x) => x.part === "g").map((x) => ({ dim: x.dim!, key: x.dim === "quarter" ? quarterKey(x.key!) : x.key, n: x.n, total: x.total }));
  const edges = r.rows.filter((x) => x.part === "e").map((x) => ({ ...decode(x.pair!), agreements: x.agreements!, projects: x.n }));
  return { groups, edges: sortEdges(edges), agreements: r.rows.find((x) => x.part === "a")?.n ?? 0 };
}

/** Heaviest first, then by pair: the order SQL ranks in. Sorted again because a UNION ALL promises no order. */
const sortEdges = (edges: Edge[]): Edge[] =>
  edges.sort((x, y) => y.agreements + y.projects - (x.agreements + x.projects) || x.a - y.a || x.b - y.b);

/** '2024-07' (first month of the quarter) → '2024Q3'. */
const quarterKey = (ym: string) => `${ym.slice(0, 4)}Q${Math.floor((Number(ym.slice(5, 7)) - 1) / 3) + 1}`;

const named = async (db: Db, table: "industries" | "regions", ids: number[]): Promise<Map<number, string>> => {
  const ref = await referenceData(db);
  if (ids.every((id) => (table === "regions" ? ref.regions.has(id) : ref.industries.has(id)))) {
    return new Map(ids.map((id) => [id, table === "regions" ? ref.regions.get(id)!.name : ref.industries.get(id)!]));
  }
  return new Map(ids.length ? (await db.selectFrom(table).select(["id", "name"]).where("id", "in", ids).execute()).map((r) => [r.id, r.name]) : []);
};

const QUARTER = /^(\d{4})Q([1-4])$/;
function quarterRange(keys: string[]): string[] {
  if (!keys.length) return [];
  const idx = (k: string) => {
    const [, y, q] = QUARTER.exec(k)!;
    return Number(y) * 4 + Number(q) - 1;
  };
  const nums = keys.map(idx);
  const out: string[] = [];
  for (let i = Math.min(...nums); i <= Math.max(...nums); i++) out.push(`${Math.floor(i / 4)}Q${(i % 4) + 1}`);
  return out;
}

export type DashboardQuery = z.input<typeof dashboardQuery>;

const QUARTER_STARTS = ["01-01", "04-01", "07-01", "10-01"];
const QUARTER_ENDS = ["03-31", "06-30", "09-30", "12-31"];

/** The rollup answers whole quarters (years, half-years…) with no region or industry filter. */
export const rollupAnswers = (f: LedgerFilter): boolean =>
  f.region == null && f.industry == null && (!f.from || QUARTER_STARTS.includes(f.from.slice(5))) && (!f.to || QUARTER_ENDS.includes(f.to.slice(5)));

/** Whole-quarter periods of an alliance (or everything) from the rollup, in one round trip. */
async function fromRollup(db: Db, f: LedgerFilter, level: "city" | "region"): Promise<{ scope: Scope; groups: Group[]; edges: Edge[]; agreements: number }> {
  checkPeriod(f);
  const read = await readRollupAll(db, f.alliance ?? 0, f.from, f.to, level, MAX_EDGES);
  if (read.allianceName === undefined) throw unknownAlliance(f.alliance!);
  const groups = new Map<string, Group>();
  const add = (dim: Group["dim"], key: string | null, n: number, total: number) => {
    const g = groups.get(`${dim}:${key}`);
    if (g) (g.n += n), (g.total += total);
    else groups.set(`${dim}:${key}`, { dim, key, n, total });
  };
  let agreements = 0;
  for (const r of read.rows) {
    const key = Number(r.key);
    if (r.dim === "all") add("all", null, r.n, r.total), add("quarter", quarterKey(r.quarter!), r.n, r.total);
    else if (r.dim === "bucket") add("bucket", BUCKET_CODES[key], r.n, r.total);
    else if (r.dim === "status") add("status", STATUS_CODES[key], r.n, r.total);
    else if (r.dim === "region" || r.dim === "industry") add(r.dim, key === 0 ? null : String(key), r.n, r.total);
    else if (r.dim === "agreement") agreements += r.n;
  }
  const edges = read.edges.map((e) => ({ a: Math.floor(e.key / PAIR_BASE), b: e.key % PAIR_BASE, agreements: e.agreements, projects: e.projects }));
  const scope: Scope = { filter: f, ...(read.allianceName ? { allianceName: read.allianceName } : {}) };
  return { scope, groups: [...groups.values()], edges: sortEdges(edges), agreements };
}

async function fromRecords(db: Db, f: LedgerFilter, level: "city" | "region") {
  const scope = await resolveScope(db, f);
  return { scope, ...(await recordParts(db, scope, level)) };
}

export async function dashboard(db: Db, raw: DashboardQuery, opts: { rollup?: boolean } = {}) {
  const q = dashboardQuery.parse(raw);
  const { level, ...filter } = q;
  const useRollup = opts.rollup ?? rollupAnswers(filter);
  const { scope, groups, edges, agreements } = useRollup ? await fromRollup(db, filter, level) : await fromRecords(db, filter, level);
  const of = (dim: Group["dim"]) => groups.filter((g) => g.dim === dim);
  const all = of("all")[0] ?? { n: 0, total: 0 };
  const bucketRows = new Map(of("bucket").map((g) => [g.key, g]));
  const undisclosed = bucketRows.get("none")?.n ?? 0;
  const buckets = BUCKETS.map((b) => ({ key: b.key, label: b.label, minYuan: b.min, maxYuan: Number.isFinite(b.max) ? b.max : null, count: bucketRows.get(b.key)?.n ?? 0, totalYuan: bucketRows.get(b.key)?.total ?? 0 }));
  const statusRows = new Map(of("status").map((g) => [g.key, g]));
  const byStatus = (Object.keys(STATUS_LABELS) as ProjectStatus[]).map((s) => ({ status: s, label: STATUS_LABELS[s], count: statusRows.get(s)?.n ?? 0, totalYuan: statusRows.get(s)?.total ?? 0 }));

  const regionGroups = of("region").filter((g) => g.key != null);
  const nodeIds = [...new Set(edges.flatMap((e) => [e.a, e.b]))];
  const info = await regionInfo(db, [...regionGroups.map((g) => Number(g.key)), ...nodeIds]);
  const cityNames = await named(db, "regions", [...new Set([...info.values()].map((r) => r.cityId))]);
  const byRegion = regionGroups.map((g) => ({ regionId: Number(g.key), name: info.get(Number(g.key))?.name ?? g.key!, count: g.n, totalYuan: g.total }))
    .sort((a, b) => b.totalYuan - a.totalYuan || b.count - a.count);
  const cities = new Map<number, { regionId: number; name: string; count: number; totalYuan: number }>();
  for (const r of byRegion) {
    const cityId = info.get(r.regionId)?.cityId ?? r.regionId;
    const c = cities.get(cityId) ?? { regionId: cityId, name: cityNames.get(cityId) ?? r.name, count: 0, totalYuan: 0 };
    c.count += r.count;
    c.totalYuan += r.totalYuan;
    cities.set(cityId, c);
  }
  const byCity = [...cities.values()].sort((a, b) => b.totalYuan - a.totalYuan || b.count - a.count);

  const industryGroups = of("industry").filter((g) => g.key != null);
  const industryNames = await named(db, "industries", industryGroups.map((g) => Number(g.key)));
  const byIndustry = industryGroups.map((g) => ({ industryId: Number(g.key), name: industryNames.get(Number(g.key)) ?? g.key!, count: g.n, totalYuan: g.total }))
    .sort((a, b) => b.count - a.count || b.totalYuan - a.totalYuan);
  const quarterRows = new Map(of("quarter").map((g) => [g.key!, g]));
  const byQuarter = quarterRange([...quarterRows.keys()]).map((k) => ({ quarter: k, count: quarterRows.get(k)?.n ?? 0, totalYuan: quarterRows.get(k)?.total ?? 0 }));

  const nodeName = (id: number) => info.get(id)?.name ?? cityNames.get(id) ?? String(id);
  const weight = new Map<number, number>();
  for (const e of edges) for (const id of [e.a, e.b]) weight.set(id, (weight.get(id) ?? 0) + e.agreements + e.projects);
  const network = {
    level,
    nodes: nodeIds.map((id) => ({ id, name: nodeName(id), weight: weight.get(id) ?? 0 })),
    edges: edges.map((e) => ({ source: e.a, target: e.b, agreements: e.agreements, projects: e.projects, weight: e.agreements + e.projects })),
  };

  const figures: SigningFigures = { projectCount: all.n, totalYuan: all.total, buckets: Object.fromEntries(buckets.map((b) => [b.key, b.count])) as Record<BucketKey, number>, undisclosed };
  const top = network.edges[0];
  const paragraph = dashboardParagraph({
    ...figures,
    period: describePeriod(filter.from, filter.to),
    scope: scopeName(scope),
    agreementCount: agreements,
    byStatus: Object.fromEntries(byStatus.map((s) => [s.status, s.count])) as Record<ProjectStatus, number>,
    topRegions: byCity.filter((c) => c.totalYuan > 0).slice(0, 3).map((c) => ({ name: c.name, count: c.count, amountYuan: c.totalYuan })),
    topIndustries: byIndustry.slice(0, 3).map((i) => ({ name: i.name, count: i.count })),
    topPair: top ? { a: nodeName(top.source), b: nodeName(top.target), weight: top.weight } : undefined,
  });
  return {
    filter: q,
    scope: { alliance: scope.allianceName ? { id: filter.alliance!, name: scope.allianceName } : null, region: scope.regionName ? { id: filter.region!, name: scope.regionName } : null },
    period: describePeriod(filter.from, filter.to),
    agreements, projects: all.n, totalYuan: all.total, undisclosed,
    buckets, byStatus, byRegion, byCity, byIndustry, byQuarter, network,
    sentence: signingSentence(figures), paragraph,
  };
}
export type Dashboard = Awaited<ReturnType<typeof dashboard>>;
