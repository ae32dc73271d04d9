import { describe, expect, it } from "vitest";
import { canTransition, completionRate, isOverdue } from "./progress.js";

describe("isOverdue", () => {
  const today = "2025-06-01";
  it("flags a passed deadline on open items only", () => {
    expect(isOverdue({ deadline: "2025-05-31", status: "not_started" }, today)).toBe(true);
    expect(isOverdue({ deadline: "2025-05-31", status: "in_progress" }, today)).toBe(true);
    expect(isOverdue({ deadline: "2025-05-31", status: "done" }, today)).toBe(false);
    expect(isOverdue({ deadline: "2025-05-31", status: "cancelled" }, today)).toBe(false);
  });
  it("is not overdue on the deadline day or without a deadline", () => {
    expect(isOverdue({ deadline: "2025-06-01", status: "in_progress" }, today)).toBe(false);
    expect(isOverdue({ deadline: null, status: "in_progress" }, today)).toBe(false);
  });
});

describe("completionRate", () => {
  it("is done over non-cancelled", () => {
    expect(completionRate(["done", "done", "in_progress", "cancelled", "not_started"])).toEqual({ done: 2, total: 4, rate: 0.5 });
  });
  it("is null when nothing counts", () => {
    expect(completionRate([]).rate).toBeNull();
    expect(completionRate(["cancelled"]).rate).toBeNull();
  });
});

describe("canTransition", () => {
  it("allows sane moves and refuses staying put or leaving done for cancelled", () => {
    expect(canTransition("not_started", "done")).toBe(true);
    expect(canTransition("done", "in_progress")).toBe(true);
    expect(canTransition("done", "cancelled")).toBe(false);
    expect(canTransition("in_progress", "in_progress")).toBe(false);
  });
});
