import { PGlite } from "@electric-sql/pglite";
import { Kysely, sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PGliteDialect } from "./pglite-dialect.js";

// The driver talks the wire protocol itself (one call per statement, statements kept prepared):
// these are the places where that could differ from pglite.query().
describe("PGlite dialect", () => {
  let pg: PGlite;
  let db: Kysely<any>;
  // The k of each statement `select $1::int as n, <k> as k` kept prepared.
  const prepared = async () =>
    (await pg.query<{ s: string }>("select statement as s from pg_prepared_statements")).rows.map((r) => Number(/, (\d+) as k/.exec(r.s)?.[1])).sort();

  beforeAll(async () => {
    pg = await PGlite.create();
    db = new Kysely<any>({ dialect: new PGliteDialect(pg, { prepared: 3 }) });
    await sql`create table t (id int primary key, name text not null, tags int[] not null default '{}', at timestamptz, ok boolean)`.execute(db);
  });
  afterAll(async () => {
    await db.destroy();
    await pg.close();
  });

  it("binds plain values as text and reads rows and affected counts back", async () => {
    const at = new Date("2026-11-30T08:00:00Z");
    const ins = await sql`insert into t (id, name, at, ok) values (${1}, ${"甲"}, ${at}, ${true}), (${2}, ${"乙"}, ${null}, ${false})`.execute(db);
    expect(ins.numAffectedRows).toBe(2n);
    const r = await db.selectFrom("t").select(["id", "name", "at", "ok"]).where("id", "<=", 2).orderBy("id").execute();
    expect(r).toEqual([
      { id: 1, name: "甲", at, ok: true },
      { id: 2, name: "乙", at: null, ok: false },
    ]);
    const upd = await db.updateTable("t").set({ name: "丙" }).where("id", "=", 2).executeTakeFirst();
    expect(upd.numUpdatedRows).toBe(1n);
  });

  it("passes arrays and objects through PGlite's typed serializers", async () => {
    await db.insertInto("t").values({ id: 3, name: "丁", tags: [5, 7] }).execute();
    const r = await sql<{ tags: number[]; j: { a: number } }>`select tags, ${JSON.stringify({ a: 1 })}::jsonb as j from t where tags @> ${[7]}::int[]`.execute(db);
    expect(r.rows).toEqual([{ tags: [5, 7], j: { a: 1 } }]);
  });

  it("keeps only the most recently used statements prepared", async () => {
    const run = (k: number) => sql`select ${k}::int as n, ${sql.raw(String(k))} as k`.execute(db);
    for (let k = 0; k < 5; k++) await run(k);
    expect(await prepared()).toEqual([2, 3, 4]);
    // Run again, a statement is the same prepared one, now the most recently used.
    await run(2);
    await run(5);
    expect(await prepared()).toEqual([2, 4, 5]);
  });

  it("prepares a statement anew when its table changed under it", async () => {
    const all = () => sql<Record<string, unknown>>`select * from t where id = ${1}`.execute(db);
    expect(Object.keys((await all()).rows[0])).not.toContain("note");
    await sql`alter table t add column note text`.execute(db);
    expect((await all()).rows[0]).toMatchObject({ id: 1, note: null });
  });

  it("raises the database's error and stays usable, inside a transaction too", async () => {
    await expect(sql`selec 1`.execute(db)).rejects.toMatchObject({ code: "42601" });
    await expect(sql`select ${"x"}::int as n`.execute(db)).rejects.toMatchObject({ code: "22P02" });
    await expect(
      db.transaction().execute(async (tx) => {
        await tx.insertInto("t").values({ id: 10, name: "戊" }).execute();
        await tx.insertInto("t").values({ id: 10, name: "戊" }).execute();
      }),
    ).rejects.toMatchObject({ code: "23505" });
    expect(await db.selectFrom("t").select("id").where("id", "=", 10).execute()).toEqual([]);
    expect((await sql<{ n: number }>`select ${2}::int + 1 as n`.execute(db)).rows).toEqual([{ n: 3 }]);
  });
});
