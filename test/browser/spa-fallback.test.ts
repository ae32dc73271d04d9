import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { existsSync } from "node:fs";
import { createApp } from "../../src/app.js";
import { createTestDb, type TestDatabase } from "../support/db.js";

// The built UI is served beside the API: deep links get the SPA shell, API misses stay JSON.
describe.skipIf(!existsSync("web/dist/index.html"))("serving web/dist", () => {
  let database: TestDatabase;
  let app: FastifyInstance;
  beforeAll(async () => {
    database = await createTestDb("pglite");
    app = await createApp({ config: database.config, db: database.db, backend: "pglite", serveWeb: true });
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it("answers a client-side route with index.html", async () => {
    const r = await app.inject({ method: "GET", url: "/organizations/12?q=苏州" });
    expect(r.statusCode).toBe(200);
    expect(r.headers["content-type"]).toMatch(/text\/html/);
    expect(r.body).toContain('<div id="root">');
  });

  it("keeps the JSON error shape for unknown API paths and missing files", async () => {
    const api = await app.inject({ method: "GET", url: "/api/nope" });
    expect(api.statusCode).toBe(404);
    expect(api.json().error.code).toBe("NOT_FOUND");
    const file = await app.inject({ method: "GET", url: "/assets/missing-chunk.js" });
    expect(file.statusCode).toBe(404);
    const post = await app.inject({ method: "POST", url: "/somewhere", payload: {} });
    expect(post.statusCode).toBe(404);
    expect(post.json().error.code).toBe("NOT_FOUND");
  });
});
