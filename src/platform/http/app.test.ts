import { afterAll, beforeAll, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/support/app.js";
import { describeEachBackend } from "../../../test/support/db.js";

describeEachBackend("platform http", (backend) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(backend);
  });
  afterAll(() => t.close());

  it("answers health with the backend name", async () => {
    const r = await t.app.inject({ method: "GET", url: "/api/health" });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ status: "ok", database: backend });
  });

  it("answers an unknown route with the error shape", async () => {
    const r = await t.app.inject({ method: "GET", url: "/api/nope" });
    expect(r.statusCode).toBe(404);
    expect(r.json()).toEqual({ error: { code: "NOT_FOUND", message: expect.stringContaining("/api/nope") } });
  });

  it("says zod's own checks in Chinese, then English", async () => {
    const r = await t.app.inject({ method: "POST", url: "/api/auth/login", payload: { email: "someone@example.com", password: 42 } });
    expect(r.statusCode).toBe(400);
    expect(r.json().error.fields).toEqual({ password: "无效输入：期望 string，实际接收 数字 (Invalid input: expected string, received number)" });
  });

  it("serves the OpenAPI document", async () => {
    const r = await t.app.inject({ method: "GET", url: "/api/docs/json" });
    expect(r.statusCode).toBe(200);
    expect(r.json().paths["/api/health"]).toBeDefined();
  });
});
