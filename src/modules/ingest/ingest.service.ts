import { AppError, notFound } from "../../platform/errors.js";
import { audit } from "../../platform/audit.js";
import type { MaybeActor } from "../../platform/auth.js";
import type { Db } from "../../platform/db/connect.js";
import { requireIngestRole } from "./access.js";
import * as repo from "./articles.repo.js";
import { bands, hamming, NEAR_DUPLICATE_BITS, sha256 } from "./dedupe.js";
import type { Gazetteer } from "./gazetteer.js";
import { loadRegionGazetteer } from "./gazetteer.repo.js";
import { processPage } from "./pipeline.js";

export interface PageInput {
  name: string;
  bytes: Uint8Array;
  url?: string | null;
}

export type IngestResult =
  | { name: string; status: "ok"; articleId: number; title: string; facts: number; repairs: number }
  | { name: string; status: "duplicate"; articleId: number; match: "exact" | "same_body" | "near"; distance: number }
  | { name: string; status: "error"; reason: string };

/**
 * One page in: a new article with draft facts, or a link to the article it duplicates
 * (same bytes, same clean body, or a body within NEAR_DUPLICATE_BITS of SimHash).
 * Pages that cannot be read are a result with a reason, never a thrown error.
 */
export async function ingestPage(db: Db, actor: MaybeActor, page: PageInput, gaz?: Gazetteer): Promise<IngestResult> {
  const who = requireIngestRole(actor);
  const name = page.name.slice(0, 255) || "(unnamed)";
  const processed = processPage(page.bytes, gaz ?? (await loadRegionGazetteer(db)));
  if (!processed.ok) return { name, status: "error", reason: processed.reason };
  const a = processed.article;
  const rawSha = sha256(page.bytes);
  const bodySha = sha256(a.body);
  const source = { file_name: name, size_bytes: page.bytes.length, raw_sha256: rawSha, received_by: who.userId };
  return db.transaction().execute(async (trx) => {
    let dup: { id: number; match: "exact" | "same_body" | "near"; distance: number } | undefined;
    const exact = await repo.findSourceBySha(trx, rawSha);
    if (exact) dup = { id: exact.article_id, match: "exact", distance: 0 };
    if (!dup) {
      const same = await repo.findByBodySha(trx, bodySha);
      if (same) dup = { id: same.id, match: "same_body", distance: 0 };
    }
    if (!dup) {
      for (const c of await repo.nearCandidates(trx, bands(a.simhash))) {
        const d = hamming(a.simhash, c.simhash);
        if (d <= NEAR_DUPLICATE_BITS && (!dup || d < dup.distance)) dup = { id: c.id, match: "near", distance: d };
      }
    }
    if (dup) {
      const s = await trx.insertInto("article_sources").values({ ...source, article_id: dup.id, match: dup.match, distance: dup.distance }).returning("id").executeTakeFirstOrThrow();
      await audit(trx, who, { action: "ingest.duplicate", entity: "article_sources", entityId: s.id, after: { articleId: dup.id, name, match: dup.match, distance: dup.distance } });
      return { name, status: "duplicate" as const, articleId: dup.id, match: dup.match, distance: dup.distance };
    }
    const art = await trx
      .insertInto("articles")
      .values({
        url: page.url ?? null,
        title: a.title || name,
        published_on: a.publishedOn,
        origin: a.origin,
        body: a.body,
        raw_sha256: rawSha,
        body_sha256: bodySha,
        simhash: a.simhash,
        simhash_bands: bands(a.simhash),
        encoding: a.encoding,
        repairs: JSON.stringify(a.repairs),
        removed: JSON.stringify(a.removed),
        created_by: who.userId,
      })
      .returning(["id", "title"])
      .executeTakeFirstOrThrow();
    await trx.insertInto("article_sources").values({ ...source, article_id: art.id, match: "original", distance: null }).execute();
    if (a.facts.length) {
      await trx
        .insertInto("facts")
        .values(a.facts.map((f) => ({ article_id: art.id, type: f.type, data: JSON.stringify(f.data), sentence: f.sentence, confidence: f.confidence })))
        .execute();
    }
    await audit(trx, who, { action: "ingest.article", entity: "articles", entityId: art.id, after: { title: art.title, name, facts: a.facts.length } });
    const repairs = a.repairs.title.length + a.repairs.body.length;
    return { name, status: "ok" as const, articleId: art.id, title: art.title, facts: a.facts.length, repairs };
  });
}

/** A batch goes on past bad files; each file gets its own result. */
export async function ingestBatch(db: Db, actor: MaybeActor, pages: PageInput[], onEach?: (r: IngestResult) => void): Promise<IngestResult[]> {
  requireIngestRole(actor);
  if (pages.length === 0) throw new AppError("VALIDATION_FAILED", "未提供文件 (no files given)", { files: "至少一个文件 (at least one file)" });
  const gaz = await loadRegionGazetteer(db);
  const out: IngestResult[] = [];
  for (const p of pages) {
    let r: IngestResult;
    try {
      r = await ingestPage(db, actor, p, gaz);
    } catch (err) {
      if (err instanceof AppError && (err.code === "UNAUTHENTICATED" || err.code === "FORBIDDEN")) throw err;
      r = { name: p.name, status: "error", reason: err instanceof Error ? err.message : String(err) };
    }
    out.push(r);
    onEach?.(r);
  }
  return out;
}

export async function listArticles(db: Db, actor: MaybeActor, q: { limit: number; offset: number }) {
  requireIngestRole(actor);
  return repo.listArticles(db, q.limit, q.offset);
}

export async function getArticle(db: Db, actor: MaybeActor, id: number) {
  requireIngestRole(actor);
  const a = await repo.getArticle(db, id);
  if (!a) throw notFound("文章 (article)", id);
  const [sources, facts] = await Promise.all([repo.sourcesOf(db, id), repo.factsOf(db, id)]);
  const { simhash_bands: _b, raw_sha256: _r, body_sha256: _s, ...rest } = a;
  return { ...rest, sources, facts: facts.map((f) => ({ ...f, effective: f.edited_data ?? f.data })) };
}
