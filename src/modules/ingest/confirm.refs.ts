/**
 * From a fact's words to the ids other modules need: regions (the directory's resolver),
 * parties (an organisation by its registered name, else the region its government stands
 * for), dates and the alliance. Every refusal names the fact field (`data.parties.1`) so the
 * reviewer sees where to edit; nothing is written before all references resolve.
 */
import { ZodError } from "zod";
import { alliancesOf, isPlatformAdmin, type Actor } from "../../platform/auth.js";
import type { Db } from "../../platform/db/connect.js";
import { AppError } from "../../platform/errors.js";
import type { Gazetteer as DirectoryGazetteer } from "../directory/gazetteer.js";
import { findDateSpan } from "./extract/dates.js";

export interface RegionRefData {
  name?: string;
  code?: string;
  alternatives?: { code: string }[];
}

/** "苏州市政府", "上海市普陀区人民政府": the government stands for its region. */
const GOVERNMENT = /(?:人民政府|政府|党委|管委会|党政代表团|代表团)$/;

const refuse = (code: "UNKNOWN_REGION" | "UNKNOWN_REFERENCE" | "VALIDATION_FAILED", field: string, reason: string) =>
  new AppError(code, reason, { [field]: reason });

/** A region by name through the directory's resolver; an ambiguous name is settled by `prefer` (codes the extractor saw in context). */
export function regionByName(gaz: DirectoryGazetteer, name: string, field: string, prefer: string[] = []): { id: number; name: string } {
  const bare = name.trim().replace(GOVERNMENT, "");
  const r = gaz.resolve(bare);
  if (r.status === "resolved") return { id: r.candidates[0].id, name: r.candidates[0].name };
  if (r.status === "ambiguous") {
    const preferred = r.candidates.filter((c) => prefer.includes(c.code));
    if (preferred.length === 1) return { id: preferred[0].id, name: preferred[0].name };
    throw refuse("VALIDATION_FAILED", field, `地名“${name}”有歧义(${r.candidates.map((c) => c.fullName).join(" / ")}),请写全称 (ambiguous place name; write the full name)`);
  }
  const hint = r.suggestions.length ? `;是否指 ${r.suggestions.map((c) => c.fullName).join(" / ")}?` : "";
  throw refuse("UNKNOWN_REGION", field, `地区“${name}”不在名录中${hint} (region not in the directory)`);
}

/** A region of the fact: by its code when it has one (as extracted), else by its name. */
export function regionOf(gaz: DirectoryGazetteer, ref: RegionRefData, field: string, prefer: string[] = []): { id: number; name: string } {
  if (ref.code) {
    const r = gaz.byGbCode(ref.code);
    if (!r) throw refuse("UNKNOWN_REGION", `${field}.code`, `地区代码 ${ref.code}${ref.name ? `(${ref.name})` : ""}不在名录中 (region code not in the directory)`);
    return { id: r.id, name: r.name };
  }
  return regionByName(gaz, ref.name ?? "", `${field}.name`, prefer);
}

export type Party = { regionId: number; name: string } | { organizationId: number; name: string };

/** A signing party: an organisation registered under exactly that name, else the region it names. */
export async function partyOf(trx: Db, gaz: DirectoryGazetteer, name: string, field: string, prefer: string[]): Promise<Party> {
  const orgs = await trx.selectFrom("organizations").select("id").where("name", "=", name.trim()).limit(2).execute();
  if (orgs.length > 1) throw refuse("VALIDATION_FAILED", field, `机构名称“${name}”重复,无法确定 (ambiguous organisation name)`);
  if (orgs.length === 1) return { organizationId: orgs[0].id, name };
  try {
    return { regionId: regionByName(gaz, name, field, prefer).id, name };
  } catch (err) {
    if (err instanceof AppError && err.code === "UNKNOWN_REGION") {
      throw refuse("UNKNOWN_REFERENCE", field, `签署方“${name}”在名录中找不到(既不是地区也不是已登记机构) (party is neither a region nor a registered organisation)`);
    }
    throw err;
  }
}

export interface DateSources {
  sentence: string;
  publishedOn: string | null;
}

/**
 * The date a record needs: the reviewer's, else the one in the source sentence, else the
 * article's publication date. None of them: refused, naming the field to fill in.
 */
export function eventDates(explicit: { start?: string | null; end?: string | null }, src: DateSources, field: string): { start: string; end: string | null } {
  if (explicit.start) return { start: explicit.start, end: explicit.end ?? null };
  const span = findDateSpan(src.sentence, src.publishedOn);
  if (span?.start) return { start: span.start, end: span.end && span.end !== span.start ? span.end : null };
  if (src.publishedOn) return { start: src.publishedOn, end: null };
  throw refuse("VALIDATION_FAILED", field, "日期未知:原句与文章都没有日期,请在修改中填写 (no date in the sentence or the article; edit the fact to add it)");
}

/**
 * The alliance a record belongs to: the reviewer's choice; else the one alliance the source
 * names (《沿沪宁产业创新带…备忘录》); else the reviewer's own alliance when they run exactly one.
 */
export async function allianceFor(trx: Db, actor: Actor, data: Record<string, unknown>, text: string): Promise<number | null> {
  if (typeof data.allianceId === "number" || data.allianceId === null) return data.allianceId;
  const all = await trx.selectFrom("alliances").select(["id", "name", "short_name"]).execute();
  const named = all.filter((a) => text.includes(a.name) || ([...a.short_name].length >= 4 && text.includes(a.short_name)));
  if (named.length === 1) return named[0].id;
  const mine = alliancesOf(actor);
  if (!isPlatformAdmin(actor) && mine.length === 1) return mine[0];
  return null;
}

/** Codes the extractor resolved in context (with their alternatives last): they settle ambiguous names. */
export function contextCodes(refs: unknown): string[] {
  if (!Array.isArray(refs)) return [];
  return refs.flatMap((r) => (r && typeof r === "object" && typeof (r as RegionRefData).code === "string" ? [(r as RegionRefData).code!] : []));
}

/** A target service's own validation (zod) reaches the reviewer as a named refusal, not a 500. */
export async function asAppError<T>(p: Promise<T>): Promise<T> {
  try {
    return await p;
  } catch (err) {
    if (err instanceof ZodError) {
      const fields = Object.fromEntries(err.issues.map((i) => [`record.${i.path.join(".")}`, i.message]));
      throw new AppError("VALIDATION_FAILED", `目标记录不合法: ${Object.entries(fields).map(([k, v]) => `${k} ${v}`).join("; ")} (the record would be invalid)`, fields);
    }
    throw err;
  }
}
