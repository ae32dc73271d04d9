/**
 * One confirmer per fact type: the fact's (possibly edited) data → the input of the owning
 * module's create service. References resolve first (confirm.refs.ts), so a bad party or place
 * is refused by its fact field before anything is written.
 */
import { createMeeting } from "../consult/meetings.service.js";
import { createVisit } from "../consult/visits.service.js";
import { createAlliance } from "../directory/alliances.service.js";
import { allianceCreate } from "../directory/directory.schema.js";
import { createAgreement } from "../ledger/agreements.service.js";
import { createCeremony } from "../ledger/ceremonies.service.js";
import { AppError } from "../../platform/errors.js";
import type { Confirmer } from "./confirm.js";
import { allianceFor, asAppError, contextCodes, eventDates, partyOf, regionOf, type Party, type RegionRefData } from "./confirm.refs.js";
import { findDateSpan } from "./extract/dates.js";

type Data = Record<string, any>;

const refuse = (field: string, reason: string) => new AppError("VALIDATION_FAILED", reason, { [field]: reason });
const notesFor = (title: string) => `情报采集自《${title}》(confirmed from an ingested article)`.slice(0, 2000);

export const confirmRegion: Confirmer = async (_trx, _actor, data, ctx) => {
  const r = regionOf(ctx.gaz, data as RegionRefData, "data");
  return { module: "directory", type: "region", id: r.id };
};

const AGREEMENT_KIND: Record<string, "memorandum" | "framework" | "cooperation" | "other"> = {
  memorandum: "memorandum", framework: "framework", agreement: "cooperation", cooperation: "cooperation", other: "other",
};

/** An agreement → a ledger agreement between its parties (regions or registered organisations). */
export const confirmAgreement: Confirmer = async (trx, actor, d: Data, ctx) => {
  const names: string[] = d.parties ?? [];
  if (names.length < 2) throw refuse("data.parties", "至少需要两个签署方,请在修改中填写 (an agreement needs at least two parties; edit the fact)");
  const prefer = contextCodes(d.regions);
  const parties: Party[] = [];
  for (const [i, name] of names.entries()) parties.push(await partyOf(trx, ctx.gaz, name, `data.parties.${i}`, prefer));
  const date = eventDates({ start: d.signedOn }, { sentence: ctx.sentence, publishedOn: ctx.article.published_on }, "data.signedOn");
  const allianceId = await allianceFor(trx, actor, d, `${d.title} ${ctx.sentence}`);
  const id = await asAppError(createAgreement(trx, actor, {
    title: d.title, kind: AGREEMENT_KIND[d.kind] ?? "other", signedOn: date.start, place: d.place ?? "", allianceId,
    parties, notes: notesFor(ctx.article.title), source: ctx.source,
  }));
  return { module: "ledger", type: "agreement", id };
};

/**
 * Signing statistics → a ledger ceremony that carries the reported figures (count, total,
 * buckets, agreements) without individual projects: the article gives totals, not a list.
 * Its title is the event named in the same sentence (…项目签约会), else the article's.
 */
export const confirmSigning: Confirmer = async (trx, actor, d: Data, ctx) => {
  const buckets = ((d.buckets ?? []) as { minYuan: number | null; maxYuan: number | null; count: number | null }[])
    .filter((b) => b.count != null)
    .map((b) => ({ minYuan: b.minYuan ?? 0, maxYuan: b.maxYuan ?? null, count: b.count! }));
  const reported = {
    ...(d.projectCount != null && { projectCount: d.projectCount }),
    ...(d.totalYuan != null && { totalYuan: d.totalYuan }),
    ...(d.agreementCount != null && { agreementCount: d.agreementCount }),
    ...(buckets.length && { buckets }),
  };
  if (Object.keys(reported).length === 0) throw refuse("data", "没有任何签约数字 (no figure to record: project count, total, buckets or agreement count)");
  const event = await trx.selectFrom("facts").select(["data", "edited_data"])
    .where("article_id", "=", ctx.article.id).where("type", "=", "meeting").where("sentence", "=", ctx.sentence).where("status", "!=", "rejected")
    .orderBy("id").executeTakeFirst();
  const eventName: string | undefined = ((event?.edited_data ?? event?.data) as Data | undefined)?.name;
  const title: string = d.title || eventName || ctx.article.title;
  const dates = eventDates({ start: d.heldOn, end: d.endOn }, { sentence: ctx.sentence, publishedOn: ctx.article.published_on }, "data.heldOn");
  const host = d.hostRegion ? regionOf(ctx.gaz, d.hostRegion, "data.hostRegion") : null;
  const allianceId = await allianceFor(trx, actor, d, `${title} ${ctx.sentence}`);
  const id = await asAppError(createCeremony(trx, actor, {
    title, heldOn: dates.start, endOn: dates.end, hostRegionId: host?.id ?? null, eventName: eventName ?? "", allianceId,
    reported, notes: notesFor(ctx.article.title), source: ctx.source, projects: [],
  }));
  return { module: "ledger", type: "ceremony", id };
};

/** A delegation → a consult visit from its region to the regions it visited. */
export const confirmDelegation: Confirmer = async (trx, actor, d: Data, ctx) => {
  if (!d.from) throw refuse("data.from", "出访方未知,请在修改中填写 (the visiting region is unknown; edit the fact)");
  const from = regionOf(ctx.gaz, d.from, "data.from");
  const to = (d.to as RegionRefData[]).map((r, i) => regionOf(ctx.gaz, r, `data.to.${i}`));
  const dates = eventDates({ start: d.startDate, end: d.endDate }, { sentence: ctx.sentence, publishedOn: ctx.article.published_on }, "data.startDate");
  const title: string = d.title || `${d.delegation || `${from.name}代表团`}赴${to.map((r) => r.name).join("、")}考察`;
  const allianceId = await allianceFor(trx, actor, d, ctx.sentence);
  const id = await asAppError(createVisit(trx, actor, {
    allianceId, title, startOn: dates.start, ...(dates.end && { endOn: dates.end }),
    fromRegionIds: [from.id], toRegionIds: [...new Set(to.map((r) => r.id))], source: ctx.source,
  }));
  return { module: "consult", type: "visit", id };
};

function meetingKind(name: string, rotating: boolean): "会商" | "轮值会议" | "恳谈会" | "other" {
  if (rotating || /轮值/.test(name)) return "轮值会议";
  if (/恳谈会/.test(name)) return "恳谈会";
  if (/会商|联席会议|工作会议|座谈会/.test(name)) return "会商";
  return "other";
}

/** A meeting → a consult meeting, hosted by the region the article names. */
export const confirmMeeting: Confirmer = async (trx, actor, d: Data, ctx) => {
  const host = d.host ? regionOf(ctx.gaz, d.host, "data.host") : null;
  const date = eventDates({ start: d.heldOn }, { sentence: ctx.sentence, publishedOn: ctx.article.published_on }, "data.heldOn");
  const allianceId = await allianceFor(trx, actor, d, `${d.name} ${ctx.sentence}`);
  const id = await asAppError(createMeeting(trx, actor, {
    allianceId, title: d.name, kind: meetingKind(d.name, !!d.rotating), heldOn: date.start, hostRegionId: host?.id ?? null,
    place: d.place ?? "", theme: d.theme ?? "", source: ctx.source,
  }));
  return { module: "consult", type: "meeting", id };
};

function allianceKind(name: string, kind: string | undefined): "alliance" | "corridor" | "circle" | "belt" | "platform" {
  if (/走廊$/.test(name)) return "corridor";
  if (/圈$/.test(name)) return "circle";
  if (/带$/.test(name)) return "belt";
  return kind === "alliance" || /联盟|共同体|联合体/.test(name) ? "alliance" : "platform";
}

/** An alliance or platform founded → a directory alliance (platform admins only, as in the directory). */
export const confirmAlliance: Confirmer = async (trx, actor, d: Data, ctx) => {
  const regions = ((d.regions ?? []) as RegionRefData[]).map((r, i) => regionOf(ctx.gaz, r, `data.regions.${i}`).id);
  const foundedOn: string | null = d.foundedOn ?? findDateSpan(ctx.sentence, ctx.article.published_on)?.start ?? ctx.article.published_on;
  const body = allianceCreate.safeParse({
    name: d.name, ...(d.shortName && { shortName: d.shortName }), kind: allianceKind(d.name, d.kind),
    description: `${ctx.sentence}(来源:《${ctx.article.title}》)`.slice(0, 4000), foundedOn, regions: [...new Set(regions)].map((regionId) => ({ regionId })),
  });
  if (!body.success) {
    const fields = Object.fromEntries(body.error.issues.map((i) => [`data.${i.path.join(".")}`, i.message]));
    throw new AppError("VALIDATION_FAILED", `联盟信息不合法 (invalid alliance): ${Object.values(fields).join("; ")}`, fields);
  }
  try {
    const created = await createAlliance(trx, actor, body.data);
    return { module: "directory", type: "alliance", id: created.id };
  } catch (err) {
    if (err instanceof AppError && err.code === "DUPLICATE") throw new AppError("DUPLICATE", err.message, { "data.name": err.fields?.name ?? "duplicate" });
    throw err;
  }
};
