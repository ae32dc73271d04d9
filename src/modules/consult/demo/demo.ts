/**
 * Consultation demo for the seeded alliances: the seed pages' meetings and visits, demo
 * meetings with a rotating host, the 五大行动 programme of seed 003 with its 百项合作事项, the
 * programmes of G60 and 沿沪宁, and visits whose follow-ups became action items — each item with
 * owners, a deadline, a status and dated progress notes as of DEMO_TODAY. Deterministic; written
 * through the same services as the API, in one transaction.
 */
import type { Actor } from "../../../platform/auth.js";
import type { Db } from "../../../platform/db/connect.js";
import { inTransaction } from "../../../platform/db/transaction.js";
import { addDays } from "../../../platform/dates.js";
import { rng, type Rng } from "../../../platform/random.js";
import type { Logger } from "../../module.js";
import { addProgressNote, createActionItem } from "../actions.service.js";
import { createMeeting } from "../meetings.service.js";
import { createProgramme } from "../programmes.service.js";
import { createVisit } from "../visits.service.js";
import { JKT_PROGRAMME, JKT_STRANDS, type StrandSeed } from "./jiakuntai-actions.js";
import { announcedPlan, DEMO_TODAY, planItem, quarterDeadline, type ItemPlan } from "./lifecycle.js";
import { agendaFor, decisionsFor, meetingTitle, minutesFor } from "./meeting-text.js";
import { DEMO_MEETINGS, SEED_MEETINGS } from "./meetings-data.js";
import { G60_PROGRAMME, G60_STRANDS, YHN_PROGRAMME, YHN_STRANDS } from "./other-actions.js";
import { demoRefs, type DemoRefs, type Owner } from "./refs.js";
import { VISITS } from "./visits-data.js";

export { DEMO_TODAY };
export const DEMO_ACTOR: Actor = { userId: 0, email: "demo@jishi.local", name: "演示数据", grants: [{ role: "platform_admin" }] };

const OFFICE: Record<string, string> = { 嘉昆太协同创新核心圈: "嘉昆太联席办公室", 长三角G60科创走廊: "G60联席办", 沿沪宁产业创新带: "联盟秘书处" };
const source = (sentence: string) => ({ module: "demo", sentence });

interface Ctx {
  db: Db;
  refs: DemoRefs;
  r: Rng;
  /** Decision text → where it was taken, so an item named like a decision links back to it. */
  decisions: Map<string, { meetingId: number; decisionId: number }>;
  programmes: Map<string, number>;
  items: number;
  notes: number;
}

async function addItem(c: Ctx, input: Parameters<typeof createActionItem>[2], plan: ItemPlan): Promise<number> {
  const link = c.decisions.get(input.title);
  const id = await createActionItem(c.db, DEMO_ACTOR, {
    ...(link && !input.meetingId ? link : {}), ...input, status: plan.status, completedOn: plan.completedOn ?? null,
  }, DEMO_TODAY);
  for (const n of plan.notes) await addProgressNote(c.db, DEMO_ACTOR, id, n, DEMO_TODAY);
  c.items++;
  c.notes += plan.notes.length;
  return id;
}

async function seedMeetings(c: Ctx): Promise<void> {
  for (const m of SEED_MEETINGS) {
    const a = c.refs.alliance(m.alliance);
    const id = await createMeeting(c.db, DEMO_ACTOR, {
      allianceId: a?.id ?? null, title: m.title, kind: m.kind, heldOn: m.heldOn, hostRegionId: c.refs.region(m.host), place: m.place, theme: m.theme,
      agenda: m.agenda.map((x, k) => `${k + 1}. ${x}`).join("\n"), minutes: m.minutes, decisions: m.decisions, source: source(m.sentence),
      attendees: m.attendees.map((t) => ({ regionId: t.place ? c.refs.region(t.place) : undefined, personName: t.name ?? "", personTitle: t.title ?? "" })),
    });
    const ds = await c.db.selectFrom("meeting_decisions").select(["id", "text"]).where("meeting_id", "=", id).execute();
    for (const d of ds) c.decisions.set(d.text, { meetingId: id, decisionId: d.id });
  }
}

async function demoMeetings(c: Ctx): Promise<void> {
  for (const m of DEMO_MEETINGS) {
    const a = c.refs.alliance(m.alliance);
    if (!a) continue;
    const hostName = c.refs.regionName(m.host);
    const title = meetingTitle(m, m.alliance, a.shortName);
    const decisions = decisionsFor(c.r, m);
    const id = await createMeeting(c.db, DEMO_ACTOR, {
      allianceId: a.id, title, kind: m.kind, heldOn: m.heldOn, hostRegionId: c.refs.region(m.host), place: hostName, theme: m.theme,
      agenda: agendaFor(m, hostName).map((x, k) => `${k + 1}. ${x}`).join("\n"), minutes: minutesFor(m, title, hostName, a.members.map((x) => x.name), decisions),
      decisions: decisions.map((d) => d.text), source: source("演示数据"),
      attendees: a.members.map((x) => ({ regionId: x.id, personTitle: x.id === c.refs.region(m.host) ? "承办方分管负责同志" : "发展改革(长三角合作)部门负责同志" })),
    });
    const rows = await c.db.selectFrom("meeting_decisions").select(["id", "text"]).where("meeting_id", "=", id).orderBy("id").execute();
    for (const [k, d] of decisions.entries()) {
      if (!d.act) continue;
      const others = a.members.filter((x) => x.id !== c.refs.region(m.host));
      const owners: Owner[] = [{ regionId: c.refs.region(m.host) }, ...(others.length ? [{ regionId: c.r.pick(others).id }] : [])];
      const deadline = quarterDeadline(c.r, addDays(m.heldOn, 60), addDays(m.heldOn, 240));
      await addItem(c, { allianceId: a.id, meetingId: id, decisionId: rows[k].id, title: d.text, owners }, planItem(c.r, m.heldOn, deadline, OFFICE[m.alliance] ?? "秘书处"));
    }
  }
}

async function programme(c: Ctx, p: { alliance: string; name: string; period: string; description: string }, strands: StrandSeed[], window: [start: string, from: string, to: string]): Promise<void> {
  const a = c.refs.alliance(p.alliance);
  if (!a) return;
  const id = await createProgramme(c.db, DEMO_ACTOR, { allianceId: a.id, name: p.name, period: p.period, description: p.description });
  c.programmes.set(p.alliance, id);
  const [start, from, to] = window;
  for (const s of strands) {
    for (const item of s.items) {
      const deadline = item.seed ? SEED_DAY : quarterDeadline(c.r, from, to);
      const plan = item.seed ? announcedPlan(SEED_DAY, "2024年嘉昆太协同创新核心圈轮值会议") : planItem(c.r, start, deadline, OFFICE[p.alliance]);
      await addItem(c, { programmeId: id, strand: s.name, title: item.title, owners: item.owners.map((o) => c.refs.owner(o)), deadline }, plan);
    }
  }
}

async function visits(c: Ctx): Promise<number> {
  let n = 0;
  for (const v of VISITS) {
    const a = v.alliance ? c.refs.alliance(v.alliance) : undefined;
    if (v.alliance && !a) continue;
    const id = await createVisit(c.db, DEMO_ACTOR, {
      allianceId: a?.id ?? null, title: v.title, startOn: v.startOn, endOn: v.endOn, fromRegionIds: v.from.map(c.refs.region), toRegionIds: v.to.map(c.refs.region),
      leaders: v.leaders, organizationsVisited: v.organizationsVisited, sites: v.sites, purpose: v.purpose, source: source(v.sentence),
    });
    n++;
    for (const f of v.followUps) {
      const programmeId = f.strand && v.alliance ? c.programmes.get(v.alliance) : undefined;
      await addItem(c, {
        allianceId: a?.id ?? null, visitId: id, programmeId: programmeId ?? null, strand: programmeId ? f.strand : "", title: f.title,
        owners: f.owners.map((o) => c.refs.owner(o)), deadline: f.deadline,
      }, planItem(c.r, v.endOn, f.deadline, (v.alliance && OFFICE[v.alliance]) || "牵头单位"));
    }
  }
  return n;
}

const SEED_DAY = "2024-08-30";

export async function loadConsultDemo(db: Db, log: Logger): Promise<void> {
  if (await db.selectFrom("meetings").select("id").limit(1).executeTakeFirst()) return;
  const refs = await demoRefs(db);
  if ("missing" in refs) {
    log.warn(`consult demo: regions missing from the directory (${refs.missing.join("、")}), no demo meetings created`);
    return;
  }
  const counts = await inTransaction(db, async (trx) => {
    const c: Ctx = { db: trx, refs, r: rng(20240830), decisions: new Map(), programmes: new Map(), items: 0, notes: 0 };
    await seedMeetings(c);
    await programme(c, JKT_PROGRAMME, JKT_STRANDS, ["2024-09-01", "2024-10-01", "2026-12-31"]);
    await programme(c, G60_PROGRAMME, G60_STRANDS, ["2025-01-15", "2025-04-01", "2026-12-31"]);
    await programme(c, YHN_PROGRAMME, YHN_STRANDS, ["2025-03-15", "2025-06-01", "2026-12-31"]);
    const v = await visits(c);
    await demoMeetings(c);
    const meetings = SEED_MEETINGS.length + DEMO_MEETINGS.length;
    return { meetings, visits: v, items: c.items, notes: c.notes };
  });
  log.info(`consult demo: ${counts.meetings} meetings, ${counts.visits} visits, ${counts.items} action items, ${counts.notes} progress notes`);
}
