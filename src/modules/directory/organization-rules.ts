/**
 * The checks an organisation must pass before it is written, shared by the API and the
 * importer. Reference data is loaded once (`loadRefs`) so that an import of thousands of
 * rows checks every row without a query per row.
 */
import type { Db } from "../../platform/db/connect.js";
import { AppError, type ErrorCode, type FieldErrors } from "../../platform/errors.js";
import { checkCreditCode } from "./creditCode.js";
import type { IndustryLink } from "./organizations.repo.js";

export interface Refs {
  regions: Set<number>;
  industries: Set<number>;
  /** segment id → its industry id */
  segments: Map<number, number>;
}

export async function loadRefs(db: Db): Promise<Refs> {
  const [regions, industries, segments] = await Promise.all([
    db.selectFrom("regions").select("id").execute(),
    db.selectFrom("industries").select("id").execute(),
    db.selectFrom("industry_segments").select(["id", "industry_id"]).execute(),
  ]);
  return {
    regions: new Set(regions.map((r) => r.id)),
    industries: new Set(industries.map((i) => i.id)),
    segments: new Map(segments.map((s) => [s.id, s.industry_id])),
  };
}

export interface FieldProblem {
  code: ErrorCode;
  field: string;
  reason: string;
}

export interface CheckableOrganization {
  regionId?: number;
  creditCode?: string | null;
  industries?: readonly IndustryLink[];
}

/** Problems with the references and the credit code; the normalised credit code when valid. */
export function checkOrganization(input: CheckableOrganization, refs: Refs): { problems: FieldProblem[]; creditCode?: string | null } {
  const problems: FieldProblem[] = [];
  let creditCode = input.creditCode;
  if (input.creditCode) {
    const c = checkCreditCode(input.creditCode);
    if (c.ok) creditCode = c.code;
    else problems.push({ code: "INVALID_CREDIT_CODE", field: "creditCode", reason: `统一社会信用代码无效: ${c.reason}` });
  }
  if (input.regionId !== undefined && !refs.regions.has(input.regionId))
    problems.push({ code: "UNKNOWN_REGION", field: "regionId", reason: `地区 ${input.regionId} 不存在 (unknown region)` });
  const seen = new Set<string>();
  (input.industries ?? []).forEach((l, i) => {
    if (!refs.industries.has(l.industryId)) {
      problems.push({ code: "UNKNOWN_INDUSTRY", field: `industries.${i}.industryId`, reason: `产业 ${l.industryId} 不存在 (unknown industry)` });
      return;
    }
    if (l.segmentId != null && refs.segments.get(l.segmentId) !== l.industryId)
      problems.push({ code: "UNKNOWN_INDUSTRY", field: `industries.${i}.segmentId`, reason: `环节 ${l.segmentId} 不属于产业 ${l.industryId} (segment not in industry)` });
    const key = `${l.industryId}/${l.segmentId ?? 0}`;
    if (seen.has(key)) problems.push({ code: "VALIDATION_FAILED", field: `industries.${i}`, reason: "重复的产业环节 (duplicate industry link)" });
    seen.add(key);
  });
  return { problems, creditCode };
}

/** One AppError naming every problem; its code is the first problem's. */
export function problemsToError(problems: readonly FieldProblem[]): AppError {
  const fields: FieldErrors = {};
  for (const p of problems) fields[p.field] ??= p.reason;
  const first = problems[0]!;
  return new AppError(first.code, problems.length === 1 ? first.reason : `${first.reason} 等${problems.length}处问题`, fields);
}
