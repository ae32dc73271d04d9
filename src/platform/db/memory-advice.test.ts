import { Writable } from "node:stream";
import Fastify from "fastify";
import { sql } from "kysely";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createTestDb, describeEachBackend, type TestDatabase } from "../../../test/support/db.js";
import { adviseOnMemory, memoryAdvice, serverMemory } from "./memory-advice.js";

const MB = 1024 * 1024;

it("advises only when the database has outgrown shared_buffers, naming both sizes", () => {
  expect(memoryAdvice({ sharedBuffers: 128 * MB, database: 40 * MB })).toBeUndefined();
  expect(memoryAdvice({ sharedBuffers: 128 * MB, database: 128 * MB })).toBeUndefined();
  const advice = memoryAdvice({ sharedBuffers: 128 * MB, database: 1.9 * 1024 * MB });
  expect(advice).toContain("shared_buffers 为 128 MB");
  expect(advice).toContain("数据库已有 1.9 GB");
  expect(advice).toContain("a quarter of the server's memory");
});

it("warns in the server's log when it is ready, and not when the database fits", async () => {
  const logged = async (memory: { sharedBuffers: number; database: number }) => {
    const lines: string[] = [];
    const stream = new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) });
    const app = Fastify({ logger: { level: "warn", stream } });
    adviseOnMemory(app, async () => memory);
    await app.ready();
    await app.close();
    return lines.map((l) => JSON.parse(l) as { level: number; msg: string });
  };
  const warned = await logged({ sharedBuffers: 128 * MB, database: 3 * 1024 * MB });
  expect(warned).toHaveLength(1);
  expect(warned[0].level).toBe(40);
  expect(warned[0].msg).toContain("3.0 GB");
  expect(await logged({ sharedBuffers: 6 * 1024 * MB, database: 3 * 1024 * MB })).toEqual([]);
});

describeEachBackend("server memory", (backend) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDb(backend, { reference: false });
  });
  afterAll(() => t?.close());

  it("reads shared_buffers and the database's size from the server", async () => {
    const m = await serverMemory(t.db);
    const shown = (await sql<{ v: string }>`select current_setting('shared_buffers') as v`.execute(t.db)).rows[0].v;
    const [, n, unit] = /^(\d+)(kB|MB|GB)$/.exec(shown)!;
    expect(m.sharedBuffers).toBe(Number(n) * { kB: 1024, MB: MB, GB: 1024 * MB }[unit as "kB" | "MB" | "GB"]);
    await sql`create table memory_probe as select g as id, repeat('x', 500) as v from generate_series(1, 5000) g`.execute(t.db);
    const grown = await serverMemory(t.db);
    expect(grown.database - m.database).toBeGreaterThan(2 * MB);
  });
});
