import { sql, type RawBuilder } from "kysely";
import type { Db } from "../../platform/db/connect.js";
import { inTransaction } from "../../platform/db/transaction.js";

/**
 * The quarterly rollup (table ledger_rollup): for each scope (0 = everything, else an alliance a
 * record belongs to — named by alliance_id, or touching a member region's subtree) and quarter,
 * counts and totals per breakdown. Projects: all, bucket, status, region (landing), industry,
 * cpair/rpair (network pairs). Agreements: agreement, acpair/arpair.
 */
export const STATUS_CODES = ["signed", "started", "producing", "terminated"] as const;
export const BUCKET_CODES = ["none", "lt1", "1to10", "10to30", "ge30"] as const;

const META_KEY = "ledger_rollup";

const projectCells = (where: RawBuilder<unknown>, sign: number) => sql`
  with f as materialized (
    select p.*, date_trunc('quarter', p.signed_on)::date as m, s.scope_id from projects p cross join lateral (
      select 0 as scope_id union select ar.alliance_id from alliance_regions ar where ar.region_id = any(p.scope_ids)
      union select p.alliance_id where p.alliance_id is not null) s
    where ${where})
  select scope_id, m as quarter, dim, key, (${sign} * count(*))::int as n, (${sign} * coalesce(sum(amt), 0))::bigint as total from (
    select scope_id, m, 'all' as dim, 0::bigint as key, amount_yuan as amt from f
    union all select scope_id, m, 'bucket', case when amount_yuan is null then 0 when amount_yuan < 100000000 then 1 when amount_yuan < 1000000000 then 2
                                               when amount_yuan < 3000000000 then 3 else 4 end, amount_yuan from f
    union all select scope_id, m, 'status', case status when 'signed' then 0 when 'started' then 1 when 'producing' then 2 else 3 end, amount_yuan from f
    union all select scope_id, m, 'region', coalesce(landing_region_id, 0), amount_yuan from f
    union all select scope_id, m, 'industry', coalesce(industry_id, 0), amount_yuan from f
    union all select scope_id, m, 'cpair', unnest(city_pairs), null from f
    union all select scope_id, m, 'rpair', unnest(region_pairs), null from f
  ) u group by scope_id, m, dim, key`;

const agreementCells = (where: RawBuilder<unknown>, sign: number) => sql`
  with f as materialized (
    select a.*, date_trunc('quarter', a.signed_on)::date as m, s.scope_id from agreements a cross join lateral (
      select 0 as scope_id union select ar.alliance_id from alliance_regions ar where ar.region_id = any(a.scope_ids)
      union select a.alliance_id where a.alliance_id is not null) s
    where ${where})
  select scope_id, m as quarter, dim, key, (${sign} * count(*))::int as n, 0::bigint as total from (
    select scope_id, m, 'agreement' as dim, 0::bigint as key from f
    union all select scope_id, m, 'acpair', unnest(city_pairs) from f
    union all select scope_id, m, 'arpair', unnest(region_pairs) from f
  ) u group by scope_id, m, dim, key`;

const upsert = (cells: RawBuilder<unknown>) => sql`
  insert into ledger_rollup (scope_id, quarter, dim, key, n, total) ${cells}
  on conflict (scope_id, dim, quarter, key) do update set n = ledger_rollup.n + excluded.n, total = ledger_rollup.total + excluded.total`;

/** Adds (sign 1) or removes (sign -1) one record's contribution; call inside the write's transaction. */
export async function applyRollup(db: Db, table: "projects" | "agreements", id: number, sign: 1 | -1): Promise<void> {
  const where = table === "projects" ? sql`p.id = ${id}` : sql`a.id = ${id}`;
  await upsert(table === "projects" ? projectCells(where, sign) : agreementCells(where, sign)).execute(db);
}

const FINGERPRINT = sql`(select md5(coalesce(string_agg(alliance_id || ':' || region_id, ',' order by alliance_id, region_id), '')) from alliance_regions)`;

/** Alliance membership as the rollup saw it: when it changes, the rollup is rebuilt. */
async function membershipFingerprint(db: Db): Promise<string> {
  const r = await sql<{ fp: string }>`select ${FINGERPRINT} as fp`.execute(db);
  return r.rows[0].fp;
}

export async function rebuildRollup(db: Db): Promise<void> {
  await inTransaction(db, async (trx) => {
    // Writers upsert under a row lock; this waits for them and keeps them out until it commits.
    await sql`lock table ledger_rollup in exclusive mode`.execute(trx);
    await sql`delete from ledger_rollup`.execute(trx);
    // In key order, so that a dashboard's range scan reads neighbouring rows.
    await sql`insert into ledger_rollup (scope_id, quarter, dim, key, n, total)
      select * from ((${projectCells(sql`true`, 1)}) union all (${agreementCells(sql`true`, 1)})) c order by scope_id, dim, quarter, key`.execute(trx);
    const fp = JSON.stringify(await membershipFingerprint(trx));
    await sql`insert into jishi_meta (key, value) values (${META_KEY}, ${fp}::jsonb) on conflict (key) do update set value = excluded.value`.execute(trx);
  });
  // Fresh statistics: without them the planner guesses one row and sorts instead of hashing.
  if (!db.isTransaction) await sql`analyze ledger_rollup`.execute(db);
}

const FRESH = sql`coalesce((select value #>> '{}' from jishi_meta where key = ${META_KEY}) = ${FINGERPRINT}, false)`;

/** Rebuilds the rollup if it was never built or alliance membership changed since. */
export async function ensureRollup(db: Db): Promise<void> {
  const r = await sql<{ fresh: boolean }>`select ${FRESH} as fresh`.execute(db);
  if (!r.rows[0].fresh) await rebuildRollup(db);
}

export interface RollupRow {
  dim: string;
  key: number;
  /** 'YYYY-MM' of the quarter's first month, for 'all' and 'agreement' rows. */
  quarter: string | null;
  n: number;
  total: number;
}

const range = (from: string | undefined, to: string | undefined) => sql`${from ? sql`and quarter >= ${from}` : sql``} ${to ? sql`and quarter <= ${to}` : sql``}`;

/** Breakdown sums of one scope over [from, to] (whole quarters); 'all' and 'agreement' keep their quarter. */
const breakdowns = (scopeId: number, from?: string, to?: string) => sql`
    (select dim, key, to_char(quarter, 'YYYY-MM') as quarter, sum(n)::int as n, sum(total)::bigint as total
     from ledger_rollup where scope_id = ${scopeId} and dim in ('all', 'agreement') ${range(from, to)} group by dim, key, quarter having sum(n) <> 0)
    union all
    (select dim, key, null, sum(n)::int, sum(total)::bigint
     from ledger_rollup where scope_id = ${scopeId} and dim in ('bucket', 'status', 'region', 'industry') ${range(from, to)}
     group by dim, key having sum(n) <> 0)`;

/**
 * The network's heaviest `limit` edges of one scope over [from, to]: projects' and agreements'
 * pairs merged and ranked in SQL (weight, then pair) so that thousands of light pairs stay in the
 * database. n = projects, total = agreements.
 */
const edges = (scopeId: number, from: string | undefined, to: string | undefined, level: "city" | "region", limit: number) => {
  const [p, a] = level === "city" ? ["cpair", "acpair"] : ["rpair", "arpair"];
  return sql`
    (select 'edge' as dim, key, null as quarter, coalesce(sum(n) filter (where dim = ${p}), 0)::int as n, coalesce(sum(n) filter (where dim = ${a}), 0)::bigint as total
     from ledger_rollup where scope_id = ${scopeId} and dim in (${p}, ${a}) ${range(from, to)}
     group by key having sum(n) <> 0 order by sum(n) desc, key limit ${limit})`;
};

export async function readRollup(db: Db, scopeId: number, from: string | undefined, to: string | undefined): Promise<RollupRow[]> {
  return (await sql<RollupRow>`${breakdowns(scopeId, from, to)}`.execute(db)).rows;
}

export async function readRollupEdges(db: Db, scopeId: number, from: string | undefined, to: string | undefined, level: "city" | "region", limit: number) {
  const r = await sql<RollupRow>`${edges(scopeId, from, to, level, limit)}`.execute(db);
  return r.rows.map((x) => ({ key: Number(x.key), projects: x.n, agreements: x.total }));
}

export interface RollupRead {
  /** The alliance's name; undefined when it does not exist, null for scope 0. */
  allianceName: string | null | undefined;
  rows: RollupRow[];
  edges: { key: number; projects: number; agreements: number }[];
}

/**
 * A dashboard's whole read in one round trip: whether the rollup is fresh, the alliance's name,
 * the breakdowns and the top edges (a loaded 2-core machine charges every round trip a context
 * switch). A stale rollup is rebuilt and read again.
 */
export async function readRollupAll(db: Db, scopeId: number, from: string | undefined, to: string | undefined, level: "city" | "region", limit: number): Promise<RollupRead> {
  const run = () => sql<RollupRow & { name: string | null }>`
    select 'meta' as dim, (${FRESH})::int::bigint as key, null as quarter, (select count(*)::int from alliances where id = ${scopeId}) as n, 0::bigint as total,
           (select name from alliances where id = ${scopeId}) as name
    union all select *, null from (${breakdowns(scopeId, from, to)}) b
    union all select *, null from ${edges(scopeId, from, to, level, limit)} e`.execute(db);
  let r = await run();
  if (Number(r.rows[0].key) !== 1) {
    await rebuildRollup(db);
    r = await run();
  }
  const [meta, ...rest] = r.rows;
  return {
    allianceName: scopeId === 0 ? null : meta.n ? meta.name : undefined,
    rows: rest.filter((x) => x.dim !== "edge"),
    edges: rest.filter((x) => x.dim === "edge").map((x) => ({ key: Number(x.key), projects: x.n, agreements: Number(x.total) })),
  };
}
