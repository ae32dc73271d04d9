import { describe, expect, it } from "vitest";
import { AppError } from "../../platform/errors.js";
import { planTransition, type StatusRequest } from "./transitions.js";

const signed = { status: "signed" as const, statusOn: "2024-09-23", signedOn: "2024-09-23" };
const today = "2025-06-01";

function refusal(fn: () => unknown): AppError {
  try {
    fn();
  } catch (e) {
    return e as AppError;
  }
  throw new Error("expected a refusal");
}

describe("planTransition", () => {
  it("steps forward one at a time", () => {
    expect(planTransition(signed, { to: "started", on: "2024-12-01" }, today)).toEqual([{ from: "signed", to: "started", on: "2024-12-01", reason: "" }]);
    expect(planTransition({ ...signed, status: "started", statusOn: "2024-12-01" }, { to: "producing", on: "2025-05-01" }, today)).toHaveLength(1);
  });

  it("accepts a jump over 开工 only with its date, writing both steps", () => {
    const e = refusal(() => planTransition(signed, { to: "producing", on: "2025-05-01" }, today));
    expect(e.code).toBe("INVALID_TRANSITION");
    expect(Object.keys(e.fields ?? {})).toEqual(["startedOn"]);
    expect(planTransition(signed, { to: "producing", on: "2025-05-01", startedOn: "2024-10-10" }, today)).toEqual([
      { from: "signed", to: "started", on: "2024-10-10", reason: "" },
      { from: "started", to: "producing", on: "2025-05-01", reason: "" },
    ]);
  });

  it("terminates from any open status with a reason", () => {
    expect(refusal(() => planTransition(signed, { to: "terminated", on: "2025-01-01" }, today)).fields).toHaveProperty("reason");
    expect(planTransition(signed, { to: "terminated", on: "2025-01-01", reason: "企业战略调整" }, today)[0]).toMatchObject({ to: "terminated", reason: "企业战略调整" });
  });

  it.each<[string, typeof signed | { status: "terminated" | "producing" | "started"; statusOn: string; signedOn: string }, StatusRequest, string]>([
    ["backwards", { ...signed, status: "producing" }, { to: "started", on: "2025-01-01" }, "to"],
    ["after termination", { ...signed, status: "terminated" }, { to: "started", on: "2025-01-01" }, "to"],
    ["same status", signed, { to: "signed", on: "2025-01-01" }, "to"],
    ["before the last change", signed, { to: "started", on: "2024-09-01" }, "on"],
    ["in the future", signed, { to: "started", on: "2030-01-01" }, "on"],
    ["started after producing", signed, { to: "producing", on: "2025-01-01", startedOn: "2025-02-01" }, "startedOn"],
  ])("refuses %s naming the field", (_t, cur, req, field) => {
    const e = refusal(() => planTransition(cur, req, today));
    expect(e.code).toBe("INVALID_TRANSITION");
    expect(e.fields).toHaveProperty(field);
  });
});
