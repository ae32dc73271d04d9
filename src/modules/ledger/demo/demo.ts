import type { Db } from "../../../platform/db/connect.js";
import type { Actor } from "../../../platform/auth.js";
import type { Logger } from "../../module.js";
import { createAgreement } from "../agreements.service.js";
import { createCeremony } from "../ceremonies.service.js";
import type { CreateCeremonyInput } from "../ledger.schema.js";
import { createProject } from "../projects.service.js";
import { inTransaction } from "../../../platform/db/transaction.js";
import { demoContext, type DemoContext } from "./context.js";
import { generatedAgreements, generatedCeremonies, generatedProjects, progress, seedCeremonyProjects, seedSideAgreements } from "./generator.js";
import { rng } from "../../../platform/random.js";
import { SEED000_MEMO, SEED001, SEED002, SEED003 } from "./seeds.js";

/** Status dates in the demo stop here, so the demo is the same whatever day it is loaded. */
export const DEMO_TODAY = "2026-11-01";
export const DEMO_ACTOR: Actor = { userId: 0, email: "demo@jishi.local", name: "演示数据", grants: [{ role: "platform_admin" }] };

const source = (sentence: string) => ({ module: "demo", sentence });

async function seedRecords(db: Db, ctx: DemoContext, r: ReturnType<typeof rng>): Promise<number[]> {
  const reg = (code: string) => ctx.region.get(code)!.id;
  const allianceId = (name: string) => ctx.alliance.get(name)?.id ?? null;
  await createAgreement(db, DEMO_ACTOR, {
    title: SEED000_MEMO.title, kind: "memorandum", signedOn: SEED000_MEMO.signedOn, place: SEED000_MEMO.place, eventName: SEED000_MEMO.eventName,
    allianceId: allianceId(SEED000_MEMO.alliance), industryIds: SEED000_MEMO.industries.map((c) => ctx.industry.get(c)?.id).filter((x): x is number => x != null),
    parties: SEED000_MEMO.parties.map(([code, name]) => ({ regionId: reg(code), name })), source: source(SEED000_MEMO.sentence),
  });

  const c2 = SEED002.ceremony;
  const ceremony2 = await createCeremony(db, DEMO_ACTOR, {
    title: c2.title, heldOn: c2.heldOn, endOn: c2.endOn, place: c2.place, hostRegionId: reg(c2.host), eventName: c2.eventName,
    allianceId: allianceId(c2.alliance), source: source(c2.sentence),
    reported: { projectCount: 29, totalYuan: 30_400_000_000, agreementCount: 9, buckets: [{ minYuan: 1e9, maxYuan: 3e9, count: 7 }, { minYuan: 3e9, maxYuan: null, count: 5 }] },
    projects: seedCeremonyProjects(r, ctx, SEED002.amountsYi.map((yi) => Math.round(yi * 1e8)), SEED002.landing, SEED002.industries, "310000"),
  });
  const m2 = SEED002.memo;
  await createAgreement(db, DEMO_ACTOR, {
    title: m2.title, kind: "memorandum", signedOn: m2.signedOn, place: "上海", eventName: c2.eventName, allianceId: allianceId(c2.alliance), ceremonyId: ceremony2,
    parties: m2.parties.map(([code, name]) => ({ regionId: reg(code), name })), source: source(m2.sentence),
  });
  for (const a of seedSideAgreements(r, ctx, SEED002.agreementFields, "321100", "310000", m2.signedOn)) {
    await createAgreement(db, DEMO_ACTOR, { ...a, eventName: c2.eventName, allianceId: allianceId(c2.alliance), ceremonyId: ceremony2, source: source(SEED002.agreementsSentence) });
  }

  const g60 = ctx.alliance.get(SEED001.alliance);
  if (g60) {
    const landing = g60.members.map((m) => m.code);
    const amounts = Array.from({ length: SEED001.projects }, (_, i) => [3e9, 1.5e9, 8e8, 5e8, 2.2e9, 6e8, 1e9, 4e8, 3.5e9, 2e8, 1.2e9, 7e8][i]);
    await createCeremony(db, DEMO_ACTOR, {
      title: SEED001.title, heldOn: SEED001.heldOn, place: SEED001.place, hostRegionId: reg(SEED001.host), eventName: SEED001.eventName, allianceId: g60.id,
      source: source(SEED001.sentence), projects: seedCeremonyProjects(r, ctx, amounts, landing, ["ic", "ai", "equipment", "biomed", "nev", "ei"], null),
    });
  }
  await createAgreement(db, DEMO_ACTOR, {
    title: SEED003.title, kind: "framework", signedOn: SEED003.signedOn, place: SEED003.place, eventName: SEED003.eventName, allianceId: allianceId(SEED003.alliance),
    parties: SEED003.parties.map(([code, name]) => ({ regionId: reg(code), name })), notes: SEED003.notes, source: source(SEED003.sentence),
  });
  return [ceremony2];
}

/**
 * The seed pages' agreements and ceremonies (seed 002's 29 projects sum to exactly 304亿),
 * then a deterministic spread of ceremonies, projects and agreements over 2022–2026 across
 * the seeded alliances, with status histories and milestones. Through the same services as
 * the API, in one transaction.
 */
export async function loadLedgerDemo(db: Db, log: Logger): Promise<void> {
  const existing = await db.selectFrom("projects").select("id").limit(1).execute();
  if (existing.length) return;
  const ctx = await demoContext(db);
  const needed = ["320500", "310107", "321100", "310114", "320583", "320585", "310117"];
  if (needed.some((c) => !ctx.region.has(c)) || ctx.alliance.size === 0) {
    log.warn("ledger demo: directory regions/alliances missing, no demo ledger created");
    return;
  }
  const r = rng(20240922);
  const counts = await inTransaction(db, async (trx) => {
    await seedRecords(trx, ctx, r);
    for (const c of generatedCeremonies(r, ctx)) await createCeremony(trx, DEMO_ACTOR, c as CreateCeremonyInput);
    for (const p of generatedProjects(r, ctx)) await createProject(trx, DEMO_ACTOR, p);
    for (const a of generatedAgreements(r, ctx)) await createAgreement(trx, DEMO_ACTOR, a);
    const projects = await trx.selectFrom("projects").select(["id", "signed_on"]).orderBy("id").execute();
    for (const p of projects) await progress(trx, r, DEMO_ACTOR, p.id, p.signed_on, DEMO_TODAY);
    const agreements = await trx.selectFrom("agreements").select("id").execute();
    return { projects: projects.length, agreements: agreements.length };
  });
  log.info(`ledger demo: ${counts.projects} projects, ${counts.agreements} agreements`);
}
