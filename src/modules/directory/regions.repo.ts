import { sql } from "kysely";
import type { Db } from "../../platform/db/connect.js";
import type { RegionLevel } from "./directory.tables.js";

export const REGION_COLUMNS = ["id", "code", "name", "name_en", "short_name", "level", "kind", "parent_id", "path", "aliases", "lng", "lat"] as const;

export async function allRegions(db: Db) {
  return db.selectFrom("regions").select(REGION_COLUMNS).orderBy("code").execute();
}

export type RegionRow = Awaited<ReturnType<typeof allRegions>>[number];

export async function findRegion(db: Db, id: number) {
  return db.selectFrom("regions").select(REGION_COLUMNS).where("id", "=", id).executeTakeFirst();
}

export async function childrenOf(db: Db, id: number) {
  return db.selectFrom("regions").select(REGION_COLUMNS).where("parent_id", "=", id).orderBy("code").execute();
}

export async function ancestorsOf(db: Db, path: string) {
  const codes = path.split("/").slice(0, -1);
  if (codes.length === 0) return [];
  return db.selectFrom("regions").select(REGION_COLUMNS).where("code", "in", codes).orderBy("code").execute();
}

/** The region and everything below it, by materialised path. */
export async function regionSubtreeIds(db: Db, regionId: number): Promise<number[]> {
  const rows = await db
    .selectFrom("regions as r")
    .innerJoin("regions as root", (j) => j.on("root.id", "=", regionId))
    .select("r.id")
    .where((eb) => eb.or([eb("r.path", "=", eb.ref("root.path")), eb("r.path", "like", sql<string>`root.path || '/%'`)]))
    .orderBy("r.id")
    .execute();
  return rows.map((r) => r.id);
}

export interface RegionSearch {
  q?: string;
  level?: RegionLevel;
  parent?: number;
  limit: number;
  offset: number;
}

/**
 * Name search: exact name/alias first, then names containing the query, then trigram
 * similarity (pg_trgm works on CJK text on both backends), then GB code order.
 */
export async function searchRegions(db: Db, s: RegionSearch) {
  let query = db.selectFrom("regions");
  if (s.level) query = query.where("level", "=", s.level);
  if (s.parent != null) query = query.where("parent_id", "=", s.parent);
  const q = s.q?.trim();
  if (q) {
    const like = `%${q.replace(/[\\%_]/g, (c) => "\\" + c)}%`;
    query = query.where((eb) =>
      eb.or([
        eb("name", "like", like),
        // English, as the interface in English shows names: "kunshan", "Gusu".
        eb("name_en", "ilike", like),
        eb(sql.val(q), "=", eb.fn.any("aliases")),
        eb(sql<number>`similarity(name, ${q})`, ">", 0.3),
      ]),
    );
  }
  const total = Number((await query.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow()).n);
  let ordered = query.select(REGION_COLUMNS);
  if (q) {
    ordered = ordered
      .orderBy(sql`case when name = ${q} or ${q} = any(aliases) or lower(name_en) = lower(${q}) then 0 when name like ${q + "%"} or name_en ilike ${q + "%"} then 1 else 2 end`)
      .orderBy(sql`similarity(name, ${q})`, "desc");
  }
  const items = await ordered.orderBy("code").limit(s.limit).offset(s.offset).execute();
  return { total, items };
}
