import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { buildGazetteer, type GazRegion } from "../gazetteer.js";
import { directoryRegions } from "../gazetteer.repo.js";
import { evaluate } from "./score.js";
import type { Truth } from "./truth.js";

/**
 * npm run eval:ingest -- DIR TRUTH.json [--regions REGIONS.json] [--json]
 * Regions: the directory's data file (all regions of the Delta), or a JSON list of GazRegion.
 */
function main(argv: string[]): number {
  const json = argv.includes("--json");
  const ri = argv.indexOf("--regions");
  const regionsPath = ri >= 0 ? argv[ri + 1] : undefined;
  const args = argv.filter((a, i) => !a.startsWith("--") && (ri < 0 || i !== ri + 1));
  if (args.length !== 2) {
    process.stderr.write("usage: npm run eval:ingest -- DIR TRUTH.json [--regions REGIONS.json] [--json]\n");
    return 2;
  }
  const [dir, truthPath] = args;
  let truth: Truth;
  let regions: GazRegion[];
  try {
    truth = JSON.parse(readFileSync(truthPath, "utf8"));
    regions = regionsPath ? JSON.parse(readFileSync(regionsPath, "utf8")) : directoryRegions();
  } catch (err) {
    process.stderr.write(`error: ${(err as Error).message}\n`);
    return 2;
  }
  const files = new Map<string, Uint8Array>();
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isFile() && name in truth) files.set(name, readFileSync(p));
  }
  const report = evaluate(files, truth, buildGazetteer(regions));
  if (json) {
    process.stdout.write(JSON.stringify(report, null, 2) + "\n");
    return 0;
  }
  const pct = (x: number) => (x * 100).toFixed(1).padStart(6);
  const lines = [`pages: ${report.pages}${report.missing.length ? `  (missing: ${report.missing.join(", ")})` : ""}`, "", "type         tp  pred  true  precision  recall     F1"];
  for (const [t, s] of Object.entries(report.perType)) {
    lines.push(`${t.padEnd(11)} ${String(s.tp).padStart(3)} ${String(s.predicted).padStart(5)} ${String(s.expected).padStart(5)}     ${pct(s.precision)}  ${pct(s.recall)} ${pct(s.f1)}`);
  }
  lines.push("", `body char  precision ${pct(report.body.precision)}  recall ${pct(report.body.recall)}  F1 ${pct(report.body.f1)}`);
  lines.push(`fields     title ${report.fields.title}/${report.pages}  date ${report.fields.publishedOn}/${report.pages}  origin ${report.fields.origin}/${report.pages}`, "");
  for (const p of report.perPage) {
    const miss = Object.entries(p.missed).map(([t, k]) => `${t}: ${k.join(" | ")}`).join("; ");
    const extra = Object.entries(p.extra).map(([t, k]) => `${t}: ${k.join(" | ")}`).join("; ");
    lines.push(`${p.name}  body F1 ${pct(p.bodyF1)}${p.ok ? "" : `  refused: ${p.reason}`}${miss ? `\n   missed  ${miss}` : ""}${extra ? `\n   extra   ${extra}` : ""}`);
  }
  process.stdout.write(lines.join("\n") + "\n");
  return 0;
}

process.exitCode = main(process.argv.slice(2));
