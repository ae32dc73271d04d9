import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { errors, idParam, pageQuery } from "../../platform/http/schemas.js";
import { AppError } from "../../platform/errors.js";
import type { AppContext } from "../module.js";
import { MAX_PAGE_BYTES } from "./decode.js";
import { articleView, batchResponse, confirmFactBody, editFactBody, factView, factsQuery, jsonUploadBody, rejectFactBody } from "./ingest.schema.js";
import { getArticle, ingestBatch, listArticles, type IngestResult, type PageInput } from "./ingest.service.js";
import { confirmFact, editFact, listFacts, rejectFact } from "./review.service.js";

const tags = ["ingest"];

/** Multipart: every file part is a page; a file over the page limit is read only up to it and refused per file. */
async function pagesOf(req: FastifyRequest): Promise<PageInput[]> {
  if (!req.isMultipart()) {
    const body = jsonUploadBody.safeParse(req.body);
    if (!body.success) {
      throw new AppError("VALIDATION_FAILED", "请上传文件或提交 {name, content} (upload files or send {name, content})", Object.fromEntries(body.error.issues.map((i) => [i.path.join(".") || "body", i.message])));
    }
    return [{ name: body.data.name, bytes: new TextEncoder().encode(body.data.content), url: body.data.url }];
  }
  const pages: PageInput[] = [];
  for await (const part of req.files()) {
    const chunks: Buffer[] = [];
    let size = 0;
    const keep = MAX_PAGE_BYTES + 1;
    for await (const c of part.file) {
      if (size < keep) chunks.push(c.subarray(0, keep - size));
      size += c.length;
    }
    // Over the limit: keep limit+1 bytes so decodePage refuses it with the size reason.
    pages.push({ name: part.filename || part.fieldname, bytes: Buffer.concat(chunks) });
  }
  return pages;
}

const summarize = (results: IngestResult[]) => ({
  results,
  summary: { ok: results.filter((r) => r.status === "ok").length, duplicate: results.filter((r) => r.status === "duplicate").length, error: results.filter((r) => r.status === "error").length },
});

export async function ingestRoutes(root: FastifyInstance, { db }: AppContext): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.post("/ingest", {
    schema: { tags, summary: "上传新闻页面 Ingest pages (multipart files, or JSON {name, content})", response: { 200: batchResponse, ...errors } },
  }, async (req) => summarize(await ingestBatch(db, req.actor, await pagesOf(req))));

  app.get("/ingest/articles", {
    schema: { tags, summary: "已采集文章 Ingested articles", querystring: pageQuery, response: { 200: z.object({ total: z.number(), items: z.array(articleView) }), ...errors } },
  }, async (req) => listArticles(db, req.actor, req.query));

  app.get("/ingest/articles/:id", {
    schema: { tags, summary: "文章详情:正文、修复、事实 Article: clean body, repairs, facts", params: idParam, response: { 200: articleView, ...errors } },
  }, async (req) => getArticle(db, req.actor, req.params.id));

  app.get("/ingest/facts", {
    schema: { tags, summary: "待审事实 Review queue", querystring: factsQuery, response: { 200: z.object({ total: z.number(), items: z.array(factView) }), ...errors } },
  }, async (req) => listFacts(db, req.actor, req.query));

  app.patch("/ingest/facts/:id", {
    schema: { tags, summary: "修改事实草稿 Edit a draft fact", params: idParam, body: editFactBody, response: { 200: factView, ...errors } },
  }, async (req) => editFact(db, req.actor, req.params.id, req.body.data));

  app.post("/ingest/facts/:id/confirm", {
    schema: { tags, summary: "确认事实,写入台账/会商/名录 Confirm into ledger/consult/directory (optionally with a last edit)", params: idParam, body: confirmFactBody.nullish(), response: { 200: factView, ...errors } },
  }, async (req) => confirmFact(db, req.actor, req.params.id, req.body?.data));

  app.post("/ingest/facts/:id/reject", {
    schema: { tags, summary: "驳回事实 Reject a fact", params: idParam, body: rejectFactBody.nullish(), response: { 200: factView, ...errors } },
  }, async (req) => rejectFact(db, req.actor, req.params.id, req.body?.reason));
}
