import { sql, type OnConflictBuilder } from "kysely";
import type { Logger } from "../module.js";
import type { Db } from "../../platform/db/connect.js";
import type { DB } from "../tables.js";
import { ALLIANCES } from "./data/alliances.js";
import { INDUSTRIES } from "./data/industries.js";
import { REGION_ROWS } from "./data/regions.js";
import { deriveRegions, pathsOf } from "./region-rules.js";
import { forgetGazetteer } from "./regions.service.js";

/**
 * Reference data, on every start: regions and industries are upserted by code (the data
 * files are the source of truth), in a handful of batched statements. Seeded alliances are
 * created once; their members are written only when the alliance itself is new, so an
 * admin's later edits survive restarts.
 */
export async function seedDirectory(db: Db, log: Logger): Promise<void> {
  const started = Date.now();
  await db.transaction().execute(async (trx) => {
    await seedRegions(trx);
    await seedIndustries(trx);
    await seedAlliances(trx, log);
  });
  forgetGazetteer(db);
  log.info(`directory: reference data ready (${REGION_ROWS.length} regions, ${INDUSTRIES.length} industries) in ${Date.now() - started} ms`);
}

/**
 * The update of an upsert by code: `columns` take the data files' values, and only in a row
 * where one of them differs. Rewriting every row on every start left a dead version of each
 * (PGlite has no autovacuum) and moved the rows, so an unordered read of them came back in
 * another order after each start. One list of columns serves the update and its condition.
 */
function fromDataFiles<T extends "regions" | "industries" | "industry_segments">(table: T, columns: readonly (keyof DB[T] & string)[]) {
  const refs = (of: string) => sql.join(columns.map((c) => sql.ref(`${of}.${c}`)));
  const update = Object.fromEntries(columns.map((c) => [c, sql.ref(`excluded.${c}`)])) as Parameters<OnConflictBuilder<DB, T>["doUpdateSet"]>[0];
  return (oc: OnConflictBuilder<DB, T>) => oc.column("code").doUpdateSet(update).where(sql<boolean>`(${refs(table)}) is distinct from (${refs("excluded")})`);
}

async function seedRegions(db: Db): Promise<void> {
  const records = deriveRegions(REGION_ROWS);
  const paths = pathsOf(records);
  // Parents before children: one batch per level, each reading the ids the previous wrote.
  for (const level of ["province", "prefecture", "county"] as const) {
    const batch = records.filter((r) => r.level === level);
    const parentCodes = [...new Set(batch.map((r) => r.parentCode).filter((c): c is string => !!c))];
    const parents = parentCodes.length
      ? new Map((await db.selectFrom("regions").select(["id", "code"]).where("code", "in", parentCodes).execute()).map((p) => [p.code, p.id]))
      : new Map<string, number>();
    await db
      .insertInto("regions")
      .values(
        batch.map((r) => ({
          code: r.code, name: r.name, name_en: r.nameEn, short_name: r.shortName, level: r.level, kind: r.kind,
          parent_id: r.parentCode ? parents.get(r.parentCode)! : null, path: paths.get(r.code)!, aliases: r.aliases, lng: r.lng, lat: r.lat,
        })),
      )
      .onConflict(fromDataFiles("regions", ["name", "name_en", "short_name", "level", "kind", "parent_id", "path", "aliases", "lng", "lat"]))
      .execute();
  }
}

async function seedIndustries(db: Db): Promise<void> {
  await db
    .insertInto("industries")
    .values(INDUSTRIES.map((i, n) => ({ code: i.code, name: i.name, name_en: i.nameEn, sort: n + 1 })))
    .onConflict(fromDataFiles("industries", ["name", "name_en", "sort"]))
    .execute();
  const ids = new Map(
    (await db.selectFrom("industries").select(["id", "code"]).where("code", "in", INDUSTRIES.map((i) => i.code)).execute()).map((r) => [r.code, r.id]),
  );
  const segments = INDUSTRIES.flatMap((i) =>
    i.segments.map((s, n) => ({ industry_id: ids.get(i.code)!, code: s.code, stage: s.stage, name: s.name, name_en: s.nameEn, sort: n + 1 })),
  );
  await db
    .insertInto("industry_segments")
    .values(segments)
    .onConflict(fromDataFiles("industry_segments", ["stage", "name", "name_en", "sort"]))
    .execute();
}

async function seedAlliances(db: Db, log: Logger): Promise<void> {
  const codes = [...new Set(ALLIANCES.flatMap((a) => a.members.map((m) => m.code)))];
  const regionIds = new Map((await db.selectFrom("regions").select(["id", "code"]).where("code", "in", codes).execute()).map((r) => [r.code, r.id]));
  for (const a of ALLIANCES) {
    // English names are reference data: written on every start, whether or not the alliance is new.
    await db
      .updateTable("alliances")
      .set({ name_en: a.nameEn, short_name_en: a.shortNameEn })
      .where("name", "=", a.name)
      .where(sql<boolean>`(name_en, short_name_en) is distinct from (${a.nameEn}, ${a.shortNameEn})`)
      .execute();
    const created = await db
      .insertInto("alliances")
      .values({ name: a.name, short_name: a.shortName, name_en: a.nameEn, short_name_en: a.shortNameEn, kind: a.kind, description: a.description, founded_on: a.foundedOn })
      .onConflict((oc) => oc.column("name").doNothing())
      .returning("id")
      .executeTakeFirst();
    if (!created) continue;
    await db
      .insertInto("alliance_regions")
      .values(a.members.map((m) => ({ alliance_id: created.id, region_id: regionIds.get(m.code)!, rotation_order: m.rotationOrder })))
      .execute();
    log.info(`directory: alliance ${a.name} created with ${a.members.length} member regions`);
  }
}
