import Fastify from "fastify";
import { sql } from "kysely";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { createTestDb, type TestDatabase } from "../../../test/support/db.js";
import { scheduleEmbeddedVacuum, vacuumEmbedded } from "./maintenance.js";

let d: TestDatabase;
beforeAll(async () => {
  d = await createTestDb("pglite", { reference: false });
  await sql`create table vacuum_probe (id int primary key, v text)`.execute(d.db);
  await sql`insert into vacuum_probe select g, repeat('x', 200) from generate_series(1, 2000) g`.execute(d.db);
});
afterAll(() => d.close());

const pages = async () => (await sql<{ n: number }>`select pg_relation_size('vacuum_probe')::int / 8192 as n`.execute(d.db)).rows[0].n;
const rewrite = () => sql`update vacuum_probe set v = v`.execute(d.db);

it("lets PGlite reuse the room of row versions that edits left behind", async () => {
  const first = await pages();
  for (let i = 0; i < 4; i++) await rewrite();
  // Without a vacuum every rewrite adds a table's worth of row versions.
  const bloated = await pages();
  expect(bloated).toBeGreaterThanOrEqual(4 * first);
  for (let i = 0; i < 4; i++) {
    await vacuumEmbedded(d.db);
    await rewrite();
  }
  // Vacuumed between them, the rewrites fill the room the first ones left.
  expect(await pages()).toBeLessThanOrEqual(bloated);
});

it("vacuums on a timer while the server runs, and stops when it closes", async () => {
  const app = Fastify();
  const vacuumed = async () => (await sql<{ n: number }>`select vacuum_count::int as n from pg_stat_user_tables where relname = 'vacuum_probe'`.execute(d.db)).rows[0].n;
  const before = await vacuumed();
  scheduleEmbeddedVacuum(app, d.db, 50);
  await vi.waitFor(async () => expect(await vacuumed()).toBeGreaterThan(before), { timeout: 5000, interval: 50 });
  await app.close();
  const after = await vacuumed();
  await new Promise((r) => setTimeout(r, 200));
  expect(await vacuumed()).toBe(after);
});
