/**
 * Ingest throughput: the pure pipeline (decode → clean → repair → extract → SimHash) on
 * the seed pages replicated with variations, one core, gazetteer in memory.
 *   npm run bench:ingest -- [--pages 100000]
 * Reports pages/s and RSS at start, middle and end (memory must stay flat).
 */
import { cpus, loadavg, totalmem } from "node:os";
import { fixtureGazetteer, seedPages } from "../src/modules/ingest/test-fixtures.js";
import { processPage } from "../src/modules/ingest/pipeline.js";

const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
};
const PAGES = arg("--pages", 100_000);

// A small deterministic PRNG: the same variations on every run.
let state = 42;
const rand = () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32);
const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];

const seeds = [...seedPages().values()].map((b) => new TextDecoder().decode(b));
const NOISE = ["扫一扫关注公众号", "版权所有 © 2024 某某网 苏ICP备00000000号", "相关内容", "热门资讯", "广告热线:400-000-0000", "分享到:微信 微博", "当前位置:首页 > 新闻 > 正文", "责任编辑:某某"];

/** One variant: numbers and dates changed, noise lines shuffled in at the top and bottom. */
function variant(i: number): Uint8Array {
  const base = seeds[i % seeds.length];
  let text = base.replace(/\d+/g, (d) => (rand() < 0.3 ? String(Math.max(1, Number(d) + Math.floor(rand() * 9) - 4)) : d));
  const lines = text.split("\n");
  const head = Array.from({ length: 1 + Math.floor(rand() * 3) }, () => pick(NOISE));
  const tail = Array.from({ length: Math.floor(rand() * 6) }, () => pick(NOISE)).sort(() => rand() - 0.5);
  text = [...head, ...lines, ...tail].join("\n");
  return new TextEncoder().encode(i % 7 === 0 ? `<html><head><title>t</title></head><body>${text.split("\n").map((l) => `<p>${l}</p>`).join("")}</body></html>` : text);
}

const gaz = fixtureGazetteer();
const rss = () => Math.round(process.memoryUsage().rss / 1024 / 1024);
// Warm-up so the JIT has settled before timing.
for (let i = 0; i < 500; i++) processPage(variant(i), gaz);

const marks: { at: number; rssMb: number }[] = [{ at: 0, rssMb: rss() }];
let facts = 0;
let refused = 0;
let bytes = 0;
let timeMs = 0;
// CPU time of the pipeline too: on a shared machine wall time measures the neighbours, CPU
// time what one core spends per page.
let cpuMicros = 0;
for (let i = 0; i < PAGES; i++) {
  const page = variant(i);
  bytes += page.length;
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const r = processPage(page, gaz);
  timeMs += performance.now() - t0;
  const c = process.cpuUsage(c0);
  cpuMicros += c.user + c.system;
  if (r.ok) facts += r.article.facts.length;
  else refused++;
  if (i + 1 === Math.floor(PAGES / 2) || i + 1 === PAGES) marks.push({ at: i + 1, rssMb: rss() });
}

const result = {
  pages: PAGES,
  pipelineSeconds: +(timeMs / 1000).toFixed(2),
  pagesPerSecond: Math.round(PAGES / (timeMs / 1000)),
  cpuSeconds: +(cpuMicros / 1e6).toFixed(2),
  pagesPerCpuSecond: Math.round(PAGES / (cpuMicros / 1e6)),
  loadAverage: loadavg().map((x) => +x.toFixed(1)),
  mbPerSecond: +(bytes / 1024 / 1024 / (timeMs / 1000)).toFixed(1),
  factsPerPage: +(facts / PAGES).toFixed(2),
  refused,
  rss: marks,
  machine: { cpu: cpus()[0]?.model, cores: cpus().length, memGb: Math.round(totalmem() / 1024 ** 3), node: process.version },
};
console.log(JSON.stringify(result, null, 2));
