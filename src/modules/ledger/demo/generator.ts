import type { Db } from "../../../platform/db/connect.js";
import type { Actor } from "../../../platform/auth.js";
import type { CreateAgreementInput, CreateCeremonyInput, CreateProjectInput } from "../ledger.schema.js";
import type { ProjectKind } from "../ledger.tables.js";
import { addMilestone, applyStatusChange } from "../projects.service.js";
import { cityPath, type DemoAlliance, type DemoContext, type DemoOrg, type DemoRegion } from "./context.js";
import { addDays } from "../../../platform/dates.js";
import { randomDate, type Rng } from "../../../platform/random.js";
import { randomAmount } from "./amounts.js";
import { AGREEMENT_THEMES, BRANDS, KIND_SUFFIX, PRODUCTS, TERMINATION_REASONS } from "./vocab.js";

type Party = { regionId?: number; organizationId?: number; name?: string; role?: string };
type CeremonyProject = NonNullable<CreateCeremonyInput["projects"]>[number];

const FIRST_DAY = "2022-01-10";
const LAST_DAY = "2026-10-20";
const within = (r: DemoRegion, path: string) => r.path === path || r.path.startsWith(`${path}/`);

function weightedKind(r: Rng): ProjectKind {
  const x = r.next();
  return x < 0.62 ? "investment" : x < 0.8 ? "cooperation" : x < 0.9 ? "research" : x < 0.97 ? "infrastructure" : "other";
}

function projectName(r: Rng, ctx: DemoContext, industry: string, kind: ProjectKind): string {
  const product = r.pick(PRODUCTS[industry] ?? ["智能制造"]);
  return `${r.pick(BRANDS)}${product}${r.pick(KIND_SUFFIX[kind])}`;
}

/** An organisation outside the landing city (the partner from elsewhere), preferring `preferPath`. */
function partnerOrg(r: Rng, ctx: DemoContext, landing: DemoRegion, preferPath: string | null, kinds: string[]): DemoOrg | undefined {
  const away = ctx.orgs.filter((o) => kinds.includes(o.kind) && cityPath(o.path) !== cityPath(landing.path));
  const preferred = preferPath ? away.filter((o) => o.path === preferPath || o.path.startsWith(`${preferPath}/`)) : [];
  const pool = preferred.length ? preferred : away;
  return pool.length ? r.pick(pool) : undefined;
}

function partiesFor(r: Rng, ctx: DemoContext, landing: DemoRegion, kind: ProjectKind, preferPath: string | null, fallback: DemoRegion): Party[] {
  const kinds = kind === "research" || kind === "cooperation" ? ["university", "institute", "enterprise"] : kind === "infrastructure" ? ["park", "enterprise"] : ["enterprise", "finance"];
  const org = partnerOrg(r, ctx, landing, preferPath, kinds);
  const partner: Party = org ? { organizationId: org.id, role: kind === "investment" ? "投资方" : "合作方" } : { regionId: fallback.id, role: "合作方" };
  const local: Party = { regionId: landing.id, name: `${landing.name}人民政府`, role: "落地方" };
  return [partner, local];
}

function amountFor(r: Rng, kind: ProjectKind): number | null {
  if (kind === "research" || kind === "cooperation") return r.chance(0.25) ? null : Math.max(2e6, Math.round(randomAmount(r) / 10 / 1e6) * 1e6);
  return randomAmount(r);
}

/** Projects of a seed ceremony with the announced amounts, landing in the host's territory. */
export function seedCeremonyProjects(r: Rng, ctx: DemoContext, amounts: number[], landingCodes: string[], industries: string[], partnerPath: string | null): CeremonyProject[] {
  return amounts.map((amount, i) => {
    const landing = ctx.region.get(landingCodes[i % landingCodes.length])!;
    const industry = industries[i % industries.length];
    const kind: ProjectKind = amount >= 1e8 ? "investment" : r.pick(["investment", "cooperation"] as const);
    const partnerRegion = partnerPath ? [...ctx.region.values()].find((x) => x.path === partnerPath) ?? landing : landing;
    return {
      name: projectName(r, ctx, industry, kind), kind, industryId: ctx.industry.get(industry)?.id ?? null, amount, landingRegionId: landing.id,
      parties: partiesFor(r, ctx, landing, kind, partnerPath, partnerRegion),
    };
  });
}

/** Seed 002's nine institution agreements (文旅, 医疗, 科创, 金融) between 镇江 and 上海 organisations. */
export function seedSideAgreements(r: Rng, ctx: DemoContext, fields: string[], localCode: string, awayCode: string, signedOn: string): CreateAgreementInput[] {
  const local = ctx.region.get(localCode)!;
  const away = ctx.region.get(awayCode)!;
  const orgsIn = (path: string) => ctx.orgs.filter((o) => o.path === path || o.path.startsWith(`${path}/`));
  const [locals, aways] = [orgsIn(local.path), orgsIn(away.path)];
  return fields.map((field, i) => {
    const a = locals.length ? { organizationId: locals[i % locals.length].id } : { regionId: local.id };
    const b = aways.length ? { organizationId: aways[(i * 7) % aways.length].id } : { regionId: ctx.region.get("310107")!.id };
    return { title: `镇沪${field}合作协议(${i + 1})`, kind: "cooperation" as const, signedOn, place: "上海", parties: [a, b], notes: `${field}领域合作` };
  });
}

const CEREMONY_TITLES = ["重大项目集中签约活动", "招商引资项目签约会", "产业合作项目签约仪式", "协同创新项目集中签约"];

function allianceList(ctx: DemoContext): DemoAlliance[] {
  return [...ctx.alliance.values()].filter((a) => a.members.length >= 2);
}

export function generatedCeremonies(r: Rng, ctx: DemoContext, n = 34): CreateCeremonyInput[] {
  const alliances = allianceList(ctx);
  const out: CreateCeremonyInput[] = [];
  for (let i = 0; i < n; i++) {
    const a = alliances[i % alliances.length];
    const host = r.pick(a.members);
    const heldOn = randomDate(r, FIRST_DAY, LAST_DAY);
    const hostTerritory = a.subtree.filter((x) => within(x, host.path));
    const projects = Array.from({ length: r.int(4, 12) }, (): CeremonyProject => {
      const landing = r.chance(0.7) ? r.pick(hostTerritory) : r.pick(a.subtree);
      const kind = weightedKind(r);
      const industry = r.pick([...ctx.industry.keys()].filter((k) => PRODUCTS[k]));
      const partnerMember = r.pick(a.members.filter((m) => !within(landing, m.path) && !within(m, cityPath(landing.path))).concat(a.members)).path;
      return {
        name: projectName(r, ctx, industry, kind), kind, industryId: ctx.industry.get(industry)?.id ?? null, amount: amountFor(r, kind), landingRegionId: landing.id,
        parties: partiesFor(r, ctx, landing, kind, partnerMember, r.pick(a.members)),
      };
    });
    out.push({
      title: `${heldOn.slice(0, 4)}年${host.short}${r.pick(CEREMONY_TITLES)}`, heldOn, place: host.name, hostRegionId: host.id,
      eventName: `${a.name}${heldOn.slice(0, 4)}年度合作交流活动`, allianceId: a.id, projects,
    });
  }
  return out;
}

/** Projects signed outside a ceremony (bilateral visits, park investment talks). */
export function generatedProjects(r: Rng, ctx: DemoContext, n = 70): CreateProjectInput[] {
  const alliances = allianceList(ctx);
  return Array.from({ length: n }, () => {
    const a = r.pick(alliances);
    const landing = r.pick(a.subtree);
    const kind = weightedKind(r);
    const industry = r.pick([...ctx.industry.keys()].filter((k) => PRODUCTS[k]));
    return {
      name: projectName(r, ctx, industry, kind), kind, industryId: ctx.industry.get(industry)?.id ?? null, amount: amountFor(r, kind),
      landingRegionId: landing.id, signedOn: randomDate(r, FIRST_DAY, LAST_DAY), allianceId: r.chance(0.5) ? a.id : null,
      parties: partiesFor(r, ctx, landing, kind, r.pick(a.members).path, r.pick(a.members)),
    };
  });
}

export function generatedAgreements(r: Rng, ctx: DemoContext, n = 48): CreateAgreementInput[] {
  const alliances = allianceList(ctx);
  return Array.from({ length: n }, () => {
    const a = r.pick(alliances);
    const [x, y] = [r.pick(a.members), r.pick(a.members.filter((m) => m.id !== a.members[0].id).concat(a.members.slice(1)))];
    const second = y.id === x.id ? a.members.find((m) => m.id !== x.id)! : y;
    const kind = r.pick(["memorandum", "memorandum", "cooperation", "framework"] as const);
    const theme = r.pick(AGREEMENT_THEMES);
    const word = kind === "memorandum" ? "合作备忘录" : kind === "framework" ? "战略合作框架协议" : "合作协议";
    return {
      title: `${x.short}—${second.short}${theme}${word}`, kind, signedOn: randomDate(r, FIRST_DAY, LAST_DAY), place: r.pick([x, second]).name,
      allianceId: a.id, parties: [{ regionId: x.id, name: `${x.name}人民政府` }, { regionId: second.id, name: `${second.name}人民政府` }],
    };
  });
}

/**
 * Moves a project along as time would have: most older projects have started, many of those
 * produce, a few are terminated; each change gets a milestone.
 */
export async function progress(db: Db, r: Rng, actor: Actor, id: number, signedOn: string, today: string): Promise<void> {
  const months = (Date.parse(today) - Date.parse(signedOn)) / (30 * 86400_000);
  if (r.chance(0.05) && months > 3) {
    const on = addDays(signedOn, r.int(60, Math.min(700, Math.floor(months * 30) - 1)));
    await applyStatusChange(db, actor, id, { to: "terminated", on, reason: r.pick(TERMINATION_REASONS) }, today);
    return;
  }
  if (months < 4 || !r.chance(Math.min(0.9, months / 18))) return;
  const startedOn = addDays(signedOn, r.int(45, Math.min(240, Math.floor(months * 30) - 30)));
  await applyStatusChange(db, actor, id, { to: "started", on: startedOn }, today);
  await addMilestone(db, actor, id, { on: startedOn, title: "开工", note: "举行开工仪式" });
  const sinceStart = (Date.parse(today) - Date.parse(startedOn)) / (30 * 86400_000);
  if (sinceStart < 6 || !r.chance(Math.min(0.8, sinceStart / 24))) return;
  const producingOn = addDays(startedOn, r.int(150, Math.min(600, Math.floor(sinceStart * 30) - 1)));
  await applyStatusChange(db, actor, id, { to: "producing", on: producingOn }, today);
  await addMilestone(db, actor, id, { on: producingOn, title: "竣工投产", note: "" });
}
