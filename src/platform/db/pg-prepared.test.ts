import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { keepPrepared } from "./pg-prepared.js";

// PostgreSQL only (TEST_DATABASE_URL, which CI sets); the PGlite driver has its own tests.
describe.skipIf(!process.env.TEST_DATABASE_URL)("statements kept prepared on PostgreSQL", () => {
  let client: pg.Client;
  // The k of each statement `select $1::int as n, <k> as k` kept prepared.
  const prepared = async () =>
    (await client.query<{ s: string }>("select statement as s from pg_prepared_statements")).rows.map((r) => Number(/, (\d+) as k/.exec(r.s)?.[1])).sort();

  beforeAll(async () => {
    client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await client.connect();
    keepPrepared(client, 3);
    await client.query("create temp table t (id int primary key, name text not null)");
    await client.query("insert into t values ($1, $2), ($3, $4)", [1, "甲", 2, "乙"]);
  });
  afterAll(async () => {
    await client.end();
  });

  it("keeps the most recently used, and lets the others go", async () => {
    const run = async (k: number) => (await client.query(`select $1::int as n, ${k} as k`, [k])).rows[0];
    for (let k = 0; k < 5; k++) expect(await run(k)).toEqual({ n: k, k });
    expect(await prepared()).toEqual([2, 3, 4]);
    await run(2);
    await run(5);
    expect(await prepared()).toEqual([2, 4, 5]);
  });

  it("leaves statements without parameters as they are", async () => {
    const before = await prepared();
    expect((await client.query("select count(*)::int as n from t")).rows).toEqual([{ n: 2 }]);
    expect(await prepared()).toEqual(before);
  });

  it("prepares a statement anew when its table changed under it", async () => {
    const all = async () => (await client.query("select * from t where id = $1", [1])).rows[0];
    expect(await all()).toEqual({ id: 1, name: "甲" });
    await client.query("alter table t add column note text");
    expect(await all()).toEqual({ id: 1, name: "甲", note: null });
  });

  it("raises the database's error and stays usable", async () => {
    await expect(client.query("selec $1", [1])).rejects.toMatchObject({ code: "42601" });
    await expect(client.query("select $1::int as n", ["x"])).rejects.toMatchObject({ code: "22P02" });
    await expect(client.query("insert into t (id, name) values ($1, $2)", [1, "丙"])).rejects.toMatchObject({ code: "23505" });
    expect((await client.query("select $1::int + 1 as n", [2])).rows).toEqual([{ n: 3 }]);
  });
});
