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

  it("serves the OpenAPI document", async () => {
    const r = await t.app.inject({ method: "GET", url: "/api/docs/json" });
    expect(r.statusCode).toBe(200);
    expect(r.json().paths["/api/health"]).toBeDefined();
  });
});
