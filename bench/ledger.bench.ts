/**
 * Ledger benchmark (not a test): `npm run bench:ledger [-- --backend pglite|postgres|both --projects 100000 --agreements 10000]`
 * Bulk-loads N projects and M agreements spread over the Delta's regions, 2022–2026, then
 * times every dashboard query for each seeded alliance over each year (and a region and an
 * industry filter) through the real dashboard service. Prints a table; --write appends or
 * replaces the "Ledger" section of docs/benchmarks.md.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { sql } from "kysely";
import pg from "pg";
import { modules } from "../src/modules/registry.js";
import { dashboard, MAX_EDGES, recordParts } from "../src/modules/ledger/dashboard.service.js";
import { randomAmount } from "../src/modules/ledger/demo/amounts.js";
import { randomDate, rng } from "../src/platform/random.js";
import { resolveScope } from "../src/modules/ledger/filters.js";
import type { LedgerFilter } from "../src/modules/ledger/ledger.schema.js";
import { createProject } from "../src/modules/ledger/projects.service.js";
import { regionColumns } from "../src/modules/ledger/references.js";
import { readRollup, readRollupAll, readRollupEdges, rebuildRollup } from "../src/modules/ledger/rollup.js";
import { connect, type Database, type Db } from "../src/platform/db/connect.js";
import { migrateToLatest } from "../src/platform/db/migrate.js";
import { seedReference, silentLogger } from "../src/platform/bootstrap.js";

const { values: args } = parseArgs({
  options: {
    backend: { type: "string", default: "both" },
    projects: { type: "string", default: "100000" },
    agreements: { type: "string", default: "10000" },
    runs: { type: "string", default: "20" },
    "database-url": { type: "string", default: "postgres://postgres@127.0.0.1:5432/postgres" },
    write: { type: "boolean", default: false },
    /** PGlite: keep the loaded database in this directory. */
    "data-dir": { type: "string" },
    /** PostgreSQL: leave the database jishi_bench_ledger in place afterwards (drop it yourself). */
    keep: { type: "boolean", default: false },
    /** Skip loading: PGlite with --data-dir, or PostgreSQL's kept database. */
    reuse: { type: "boolean", default: false },
    /** date: rows arrive in signing order, as a ledger is recorded; random: worst case for the heap. */
    order: { type: "string", default: "date" },
  },
});
const N_PROJECTS = Number(args.projects);
const N_AGREEMENTS = Number(args.agreements);
const RUNS = Number(args.runs);
const BATCH = 1000;
const DB_NAME = "jishi_bench_ledger";

async function open(backend: string): Promise<Database> {
  if (backend === "pglite") return connect({ dataDir: args["data-dir"] });
  if (!args.reuse) {
    const admin = new pg.Client({ connectionString: args["database-url"] });
    await admin.connect();
    await admin.query(`drop database if exists ${DB_NAME} with (force)`);
    await admin.query(`create database ${DB_NAME}`);
    await admin.end();
  }
  const url = new URL(args["database-url"]!);
  url.pathname = `/${DB_NAME}`;
  return connect({ databaseUrl: url.toString(), poolSize: 4 });
}

async function dropPg(): Promise<void> {
  const admin = new pg.Client({ connectionString: args["database-url"] });
  await admin.connect();
  await admin.query(`drop database if exists ${DB_NAME} with (force)`);
  await admin.end();
}

/** Rows straight into the tables (no service, no audit): the dashboard reads only these columns. */
async function load(db: Db): Promise<{ loadMs: number }> {
  const t0 = performance.now();
  const r = rng(42);
  const regions = await db.selectFrom("regions").select(["id", "level"]).where("level", "in", ["prefecture", "county"]).orderBy("id").execute();
  const regionIds = regions.map((x) => x.id);
  const industries = (await db.selectFrom("industries").select("id").execute()).map((i) => i.id);
  const alliances = (await db.selectFrom("alliances").select("id").execute()).map((a) => a.id);
  const cols = new Map<string, { region_ids: number[]; city_ids: number[] }>();
  const columnsFor = async (ids: number[]) => {
    const key = ids.join(",");
    if (!cols.has(key)) cols.set(key, await regionColumns(db, ids));
    return cols.get(key)!;
  };
  const statuses = ["signed", "started", "producing", "terminated"] as const;
  const kinds = ["investment", "cooperation", "research", "infrastructure", "other"] as const;
  const dates = (n: number) => {
    const ds = Array.from({ length: n }, () => randomDate(r, "2022-01-01", "2026-10-31"));
    return args.order === "date" ? ds.sort() : ds;
  };
  const projectDates = dates(N_PROJECTS);
  const agreementDates = dates(N_AGREEMENTS);
  for (let i = 0; i < N_PROJECTS; i += BATCH) {
    const rows = [];
    for (let j = i; j < Math.min(N_PROJECTS, i + BATCH); j++) {
      const landing = r.pick(regionIds);
      const parties = [landing, r.pick(regionIds), ...(r.chance(0.3) ? [r.pick(regionIds)] : [])];
      const signedOn = projectDates[j];
      rows.push({
        name: `基准项目${j}`, kind: r.pick(kinds), industry_id: r.pick(industries), amount_yuan: r.chance(0.05) ? null : randomAmount(r),
        landing_region_id: landing, status: r.pick(statuses), status_on: signedOn, signed_on: signedOn,
        alliance_id: r.chance(0.2) ? r.pick(alliances) : null, ...(await columnsFor(parties)),
      });
    }
    await db.insertInto("projects").values(rows).execute();
  }
  for (let i = 0; i < N_AGREEMENTS; i += BATCH) {
    const rows = [];
    for (let j = i; j < Math.min(N_AGREEMENTS, i + BATCH); j++) {
      const parties = [r.pick(regionIds), r.pick(regionIds)];
      rows.push({
        title: `基准协议${j}`, kind: "memorandum" as const, signed_on: agreementDates[j],
        alliance_id: r.chance(0.3) ? r.pick(alliances) : null, industry_ids: [r.pick(industries)], ...(await columnsFor(parties)),
      });
    }
    await db.insertInto("agreements").values(rows).execute();
  }
  await sql`analyze`.execute(db);
  return { loadMs: performance.now() - t0 };
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

interface Row {
  query: string;
  n: number;
  p50: number;
  p95: number;
  max: number;
}

async function time(label: string, filters: LedgerFilter[], fn: (f: LedgerFilter) => Promise<unknown>): Promise<Row> {
  for (const f of filters.slice(0, 3)) await fn(f); // warm-up
  const ms: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    for (const f of filters) {
      const t = performance.now();
      await fn(f);
      ms.push(performance.now() - t);
    }
  }
  return { query: label, n: ms.length, p50: pct(ms, 50), p95: pct(ms, 95), max: Math.max(...ms) };
}

async function bench(backend: string): Promise<{ backend: string; loadMs: number; rollupMs: number; rows: Row[]; sample: string }> {
  const database = await open(backend);
  const { db } = database;
  try {
    await migrateToLatest(db, modules);
    await seedReference(db, silentLogger);
    const { loadMs } = args.reuse ? { loadMs: 0 } : await load(db);
    const t0 = performance.now();
    await rebuildRollup(db);
    const rollupMs = performance.now() - t0;
    const alliances = (await db.selectFrom("alliances").select("id").execute()).map((a) => a.id);
    const years = ["2022", "2023", "2024", "2025", "2026"];
    const allianceYears: LedgerFilter[] = alliances.flatMap((alliance) => years.map((y) => ({ alliance, from: `${y}-01-01`, to: `${y}-12-31` })));
    const suzhou = (await db.selectFrom("regions").select("id").where("code", "=", "320500").executeTakeFirstOrThrow()).id;
    const industry = (await db.selectFrom("industries").select("id").orderBy("id").executeTakeFirstOrThrow()).id;
    const scoped = async (f: LedgerFilter) => resolveScope(db, f);
    const admin = { userId: 0, email: "bench@localhost", name: "bench", grants: [{ role: "platform_admin" as const }] };
    const someRegion = (await db.selectFrom("regions").select("id").where("code", "=", "320585").executeTakeFirstOrThrow()).id;
    let k = 0;
    const rows = [
      await time("**whole dashboard: alliance × year** (quarterly rollup)", allianceYears, (f) => dashboard(db, f)),
      await time("whole dashboard: alliance × year, region-level network (rollup)", allianceYears, (f) => dashboard(db, { ...f, level: "region" })),
      await time("whole dashboard: alliance × year without the rollup (from projects)", allianceYears, (f) => dashboard(db, f, { rollup: false })),
      await time("  part: resolve alliance scope", allianceYears, scoped),
      await time(`  part: rollup — the whole read in one statement (freshness, name, breakdowns, top ${MAX_EDGES} city pairs)`, allianceYears, (f) => readRollupAll(db, f.alliance!, f.from, f.to, "city", MAX_EDGES)),
      await time("  part: rollup — counts, totals, buckets, status, region, industry, quarter", allianceYears, (f) => readRollup(db, f.alliance!, f.from, f.to)),
      await time(`  part: rollup — network, top ${MAX_EDGES} city pairs`, allianceYears, (f) => readRollupEdges(db, f.alliance!, f.from, f.to, "city", MAX_EDGES)),
      await time(`  part: rollup — network, top ${MAX_EDGES} district/county pairs`, allianceYears, (f) => readRollupEdges(db, f.alliance!, f.from, f.to, "region", MAX_EDGES)),
      await time("  part: from records — every breakdown and the city network in one statement", allianceYears, async (f) => recordParts(db, await scoped(f), "city")),
      await time("whole dashboard: 苏州市 subtree × year (from projects)", years.map((y) => ({ region: suzhou, from: `${y}-01-01`, to: `${y}-12-31` })), (f) => dashboard(db, f)),
      await time("whole dashboard: industry × year (from projects)", years.map((y) => ({ industry, from: `${y}-01-01`, to: `${y}-12-31` })), (f) => dashboard(db, f)),
      await time("write: createProject incl. audit + rollup upkeep", [{}], () =>
        createProject(db, admin, { name: `基准写入${k++}`, amount: "2亿", signedOn: "2024-06-01", landingRegionId: someRegion, parties: [{ regionId: suzhou }] })),
    ];
    const sample = (await dashboard(db, allianceYears[2])).paragraph;
    return { backend, loadMs, rollupMs, rows, sample };
  } finally {
    await database.close();
    if (backend === "postgres" && !args.keep) await dropPg();
  }
}

function render(results: Awaited<ReturnType<typeof bench>>[]): string {
  const out: string[] = [];
  for (const r of results) {
    out.push(`### ${r.backend === "pglite" ? "PGlite (in memory)" : "PostgreSQL 15"}: ${N_PROJECTS.toLocaleString("en")} projects, ${N_AGREEMENTS.toLocaleString("en")} agreements`, "");
    out.push(`Rows in ${args.order} order. Bulk load ${(r.loadMs / 1000).toFixed(1)} s, rollup rebuild ${(r.rollupMs / 1000).toFixed(1)} s. ${RUNS} runs × each filter (3 alliances × 5 years = 15 alliance-year filters).`, "");
    out.push("| query | n | p50 ms | p95 ms | max ms |", "|---|---|---|---|---|");
    for (const x of r.rows) out.push(`| ${x.query} | ${x.n} | ${x.p50.toFixed(1)} | ${x.p95.toFixed(1)} | ${x.max.toFixed(1)} |`);
    out.push("", `Sample summary (alliance 1, 2024): ${r.sample}`, "");
  }
  return out.join("\n");
}

const backends = args.backend === "both" ? ["pglite", "postgres"] : [args.backend!];
const results = [];
for (const b of backends) {
  console.error(`${b}: loading ${N_PROJECTS} projects, ${N_AGREEMENTS} agreements…`);
  results.push(await bench(b));
}
const machine = `${cpus()[0]?.model ?? "?"}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB RAM, Node ${process.version}`;
const table = render(results);
console.log(table);
console.log(`machine: ${machine}`);
const intro = (date: string) => `## Ledger

\`npm run bench:ledger -- --backend pglite|postgres|both [--projects 100000 --agreements 10000 --runs 20 --write]\`
(\`bench/ledger.bench.ts\`). It loads the reference directory (regions of the four provinces, the
three seeded alliances, the industry taxonomy), then bulk-inserts projects and agreements
straight into their tables (deterministic PRNG; signing dates uniform over 2022-01-01 …
2026-10-31; landing region and one or two partner regions drawn from every prefecture and
county of the Delta; 5 % without an amount; 20 % of projects and 30 % of agreements carry an
alliance id; rows inserted in signing-date order, as a ledger is recorded — \`--order random\` for
the worst case), runs \`ANALYZE\`, and times the real dashboard service for every seeded alliance ×
every year (15 filters), plus the whole dashboard for 苏州市 (with its subtree) × year and one
industry × year. "Whole dashboard" is \`dashboard()\` as the API calls it: every breakdown, the
network (300 heaviest edges), names and the summary paragraph. An alliance × year is a whole-quarter
period, so it is answered from the quarterly rollup in one statement; region and industry filters
are answered from the records (one statement too). The parts are timed on their own below each whole.
PostgreSQL runs in a separate database \`${DB_NAME}\` on the local server, dropped afterwards.
Date: ${date}. Machine: ${machine}.

`;

if (args.write) {
  const path = new URL("../docs/benchmarks.md", import.meta.url);
  const doc = readFileSync(path, "utf8");
  const section = intro(new Date().toISOString().slice(0, 10)) + table + "\n";
  const start = doc.indexOf("\n## Ledger");
  const end = start < 0 ? -1 : doc.indexOf("\n## ", start + 4);
  // Replace our own section only: other benchmarks (Search, Ingest) share the file.
  const updated = start < 0 ? `${doc.trimEnd()}\n\n${section}` : `${doc.slice(0, start + 1)}${section}${end < 0 ? "" : doc.slice(end)}`;
  writeFileSync(path, updated);
  console.error("docs/benchmarks.md: Ledger section written");
}
