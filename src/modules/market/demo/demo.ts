import { sql } from "kysely";
import type { Db } from "../../../platform/db/connect.js";
import type { Logger } from "../../module.js";
import { createListingBody } from "../listing.schema.js";
import { insertValidated } from "../listings.service.js";
import { rng } from "../../../platform/random.js";
import { generateListing, type GenContext } from "./generator.js";
import { areaCodeOf } from "./vocab.js";

export const DEMO_LISTINGS = 600;

/** Everything the generator needs, read from what the directory (and its demo) created. */
export async function generatorContext(db: Db): Promise<GenContext> {
  const orgs = await db
    .selectFrom("organizations as o")
    .innerJoin("regions as r", "r.id", "o.region_id")
    .select(["o.id", "o.name", "o.region_id", "r.short_name", "r.code"])
    .orderBy("o.id")
    .execute();
  const industries = await db.selectFrom("industries").select(["id", "name"]).orderBy("id").execute();
  const regions = await db.selectFrom("regions").select("id").where("level", "in", ["prefecture", "county"]).orderBy("id").limit(200).execute();
  const alliances = await db.selectFrom("alliances").select("id").orderBy("id").execute();
  return {
    orgs: orgs.map((o) => ({ id: o.id, name: o.name, regionId: o.region_id, city: o.short_name, areaCode: areaCodeOf(o.code) })),
    industries,
    regionIds: regions.length ? regions.map((r) => r.id) : orgs.map((o) => o.region_id),
    allianceIds: alliances.map((a) => a.id),
  };
}

/**
 * Several hundred listings owned by the directory's demo organisations, through the same
 * validation as the API. Without organisations it creates nothing and says so.
 */
export async function loadDemoListings(db: Db, log: Logger, n = DEMO_LISTINGS): Promise<void> {
  const ctx = await generatorContext(db);
  if (ctx.orgs.length === 0) {
    log.warn("market demo: no organisations in the directory, no demo listings created");
    return;
  }
  const already = await db.selectFrom("listings").select(sql<number>`count(*)::int`.as("n")).executeTakeFirstOrThrow();
  if (already.n > 0) return;
  const r = rng(20261122);
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < n; i++) {
      const g = generateListing(r, ctx, i);
      const input = createListingBody.parse(g.input);
      const id = await insertValidated(trx, null, input, g.status);
      const at = new Date(Date.now() - g.ageDays * 86400_000);
      await trx
        .updateTable("listings")
        .set({ created_at: at, updated_at: at, ...(g.status === "published" || g.status === "closed" ? { published_at: at } : {}) })
        .where("id", "=", id)
        .execute();
    }
  });
  log.info(`market demo: ${n} listings created`);
}
