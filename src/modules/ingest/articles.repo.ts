import { sql } from "kysely";
import type { Db } from "../../platform/db/connect.js";
import type { FactStatus } from "./ingest.tables.js";

export async function findSourceBySha(db: Db, sha: string) {
  return db.selectFrom("article_sources").select(["article_id"]).where("raw_sha256", "=", sha).executeTakeFirst();
}

export async function findByBodySha(db: Db, sha: string) {
  return db.selectFrom("articles").select(["id"]).where("body_sha256", "=", sha).orderBy("id").executeTakeFirst();
}

/** Articles sharing at least one SimHash band: the only ones worth a Hamming check. */
export async function nearCandidates(db: Db, bands: string[]) {
  return db
    .selectFrom("articles")
    .select(["id", "simhash"])
    .where(sql<boolean>`simhash_bands && ${sql.val(bands)}::text[]`)
    .orderBy("id")
    .limit(200)
    .execute();
}

export async function listArticles(db: Db, limit: number, offset: number) {
  const items = await db
    .selectFrom("articles as a")
    .select((eb) => [
      "a.id", "a.title", "a.published_on", "a.origin", "a.status", "a.created_at",
      eb.selectFrom("article_sources as s").select((e) => e.fn.countAll<number>().as("n")).whereRef("s.article_id", "=", "a.id").as("sources"),
      eb.selectFrom("facts as f").select((e) => e.fn.countAll<number>().as("n")).whereRef("f.article_id", "=", "a.id").where("f.status", "=", "draft").as("drafts"),
    ])
    .orderBy("a.id", "desc")
    .limit(limit)
    .offset(offset)
    .execute();
  const total = await db.selectFrom("articles").select((e) => e.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
  return { total: Number(total.n), items: items.map((i) => ({ ...i, sources: Number(i.sources), drafts: Number(i.drafts) })) };
}

export async function getArticle(db: Db, id: number) {
  return db.selectFrom("articles").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function sourcesOf(db: Db, articleId: number) {
  return db.selectFrom("article_sources").select(["id", "file_name", "size_bytes", "match", "distance", "received_at"]).where("article_id", "=", articleId).orderBy("id").execute();
}

export async function factsOf(db: Db, articleId: number) {
  return db.selectFrom("facts").selectAll().where("article_id", "=", articleId).orderBy("id").execute();
}

export async function listFacts(db: Db, q: { status?: FactStatus; type?: string; articleId?: number; limit: number; offset: number }) {
  let base = db.selectFrom("facts as f").innerJoin("articles as a", "a.id", "f.article_id");
  if (q.status) base = base.where("f.status", "=", q.status);
  if (q.type) base = base.where("f.type", "=", q.type);
  if (q.articleId) base = base.where("f.article_id", "=", q.articleId);
  const items = await base.selectAll("f").select(["a.title as article_title"]).orderBy("f.id").limit(q.limit).offset(q.offset).execute();
  const total = await base.select((e) => e.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
  return { total: Number(total.n), items };
}

export async function getFact(db: Db, id: number) {
  return db.selectFrom("facts").selectAll().where("id", "=", id).executeTakeFirst();
}
