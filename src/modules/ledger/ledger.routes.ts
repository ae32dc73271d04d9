import type { FastifyInstance, FastifyReply } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../module.js";
import { requireActor } from "../../platform/auth.js";
import { AppError } from "../../platform/errors.js";
import { errors, idParam } from "../../platform/http/schemas.js";
import * as agreements from "./agreements.service.js";
import * as ceremonies from "./ceremonies.service.js";
import { dashboard } from "./dashboard.service.js";
import { exportCsv, exportXlsx, type ExportWhat } from "./export.js";
import { importLedger, ImportError } from "./import.js";
import {
  agreementListQuery, createAgreementSchema, createCeremonySchema, createProjectSchema, dashboardQuery, exportQuery, updateAgreementSchema, updateCeremonySchema, updateProjectSchema,
  milestoneSchema, projectListQuery, statusChangeSchema,
} from "./ledger.schema.js";
import { ledgerOptions, searchOrganizations } from "./options.service.js";
import * as projects from "./projects.service.js";
import { parseQuery } from "../../platform/http/query.js";

const tags = ["ledger"];
const created = z.object({ id: z.number() });
const loose = z.object({}).loose();
const page = z.object({ total: z.number(), items: z.array(loose) });
// Query strings are parsed in the handler so that an unknown filter is named as its own field.
const rawQuery = { validatorCompiler: () => (data: unknown) => ({ value: data }) };
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

function sendFile(reply: FastifyReply, name: string, type: string, body: Buffer | string) {
  return reply
    .header("content-type", type)
    .header("content-disposition", `attachment; filename="${name.replace(/[^\w.-]/g, "_")}"; filename*=UTF-8''${encodeURIComponent(name)}`)
    .send(body);
}

export async function ledgerRoutes(root: FastifyInstance, { db }: AppContext): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.get("/ledger/options", {
    schema: { tags, summary: "表单与筛选选项 Alliances, regions, industries", response: { 200: loose } },
  }, async () => ledgerOptions(db));

  app.get("/ledger/organizations", {
    schema: { tags, summary: "查找机构(合作方) Find organisations by name", querystring: z.object({ q: z.string().max(100).default("") }), response: { 200: z.array(loose) } },
  }, async (req) => searchOrganizations(db, req.query.q));

  app.get("/ledger/dashboard", {
    ...rawQuery,
    schema: { tags, summary: "看板:数量、投资额、分档、状态、地区、产业、季度、合作网络、摘要 Dashboard", querystring: dashboardQuery, response: { 200: loose, ...errors } },
  }, async (req) => dashboard(db, parseQuery(dashboardQuery, req.query)));

  app.get("/ledger/agreements", {
    ...rawQuery,
    schema: { tags, summary: "协议列表 Agreements", querystring: agreementListQuery, response: { 200: page, ...errors } },
  }, async (req) => agreements.listAgreements(db, parseQuery(agreementListQuery, req.query)));

  app.post("/ledger/agreements", {
    schema: { tags, summary: "记录协议/备忘录 Record an agreement", body: createAgreementSchema, response: { 201: created, ...errors } },
  }, async (req, reply) => reply.status(201).send({ id: await agreements.createAgreement(db, req.actor, req.body) }));

  app.get("/ledger/agreements/:id", {
    schema: { tags, summary: "协议详情 Agreement", params: idParam, response: { 200: loose, ...errors } },
  }, async (req) => agreements.getAgreement(db, req.params.id));

  app.patch("/ledger/agreements/:id", {
    schema: { tags, summary: "更正协议记录 Correct an agreement's record", params: idParam, body: updateAgreementSchema, response: { 200: loose, ...errors } },
  }, async (req) => agreements.updateAgreement(db, req.actor, req.params.id, req.body));

  app.post("/ledger/agreements/:id/document", {
    schema: { tags, summary: "上传协议文本(multipart, 字段 file) Upload the signed document", params: idParam, response: { 200: loose, ...errors } },
  }, async (req) => {
    if (!req.isMultipart()) throw new AppError("UNSUPPORTED_MEDIA_TYPE", "请以 multipart/form-data 上传文件 (multipart upload expected)", { file: "multipart expected" });
    const file = await req.file();
    if (!file) throw new AppError("VALIDATION_FAILED", "没有文件 (no file)", { file: "required" });
    await agreements.setAgreementDocument(db, req.actor, req.params.id, { name: file.filename, type: file.mimetype, bytes: await file.toBuffer() });
    return agreements.getAgreement(db, req.params.id);
  });

  app.get("/ledger/agreements/:id/document", {
    schema: { tags, summary: "下载协议文本(须登录) Download the document (signed-in)", params: idParam },
  }, async (req, reply) => {
    requireActor(req.actor);
    const d = await agreements.getAgreementDocument(db, req.params.id);
    return sendFile(reply, d.name, d.type, d.bytes);
  });

  app.get("/ledger/ceremonies", {
    schema: { tags, summary: "签约活动列表 Signing ceremonies", querystring: z.object({ alliance: z.coerce.number().int().positive().optional() }).strict(), response: { 200: z.array(loose), ...errors } },
  }, async (req) => ceremonies.listCeremonies(db, req.query));

  app.post("/ledger/ceremonies", {
    schema: { tags, summary: "记录集中签约(含项目) Record a signing ceremony with its projects", body: createCeremonySchema, response: { 201: created, ...errors } },
  }, async (req, reply) => reply.status(201).send({ id: await ceremonies.createCeremony(db, req.actor, req.body) }));

  app.get("/ledger/ceremonies/:id", {
    schema: { tags, summary: "签约活动详情与摘要 Ceremony with projects and summary sentence", params: idParam, response: { 200: loose, ...errors } },
  }, async (req) => ceremonies.getCeremony(db, req.params.id));

  app.patch("/ledger/ceremonies/:id", {
    schema: { tags, summary: "更正签约活动记录 Correct a ceremony's record", params: idParam, body: updateCeremonySchema, response: { 200: loose, ...errors } },
  }, async (req) => ceremonies.updateCeremony(db, req.actor, req.params.id, req.body));

  app.get("/ledger/projects", {
    ...rawQuery,
    schema: { tags, summary: "项目列表 Projects", querystring: projectListQuery, response: { 200: page, ...errors } },
  }, async (req) => projects.listProjects(db, parseQuery(projectListQuery, req.query)));

  app.post("/ledger/projects", {
    schema: { tags, summary: "记录项目 Record a project", body: createProjectSchema, response: { 201: created, ...errors } },
  }, async (req, reply) => reply.status(201).send({ id: await projects.createProject(db, req.actor, req.body) }));

  app.get("/ledger/projects/:id", {
    schema: { tags, summary: "项目详情:状态历史、节点 Project with status history and milestones", params: idParam, response: { 200: loose, ...errors } },
  }, async (req) => projects.getProject(db, req.params.id));

  app.patch("/ledger/projects/:id", {
    schema: { tags, summary: "更正项目记录 Correct a project's record", params: idParam, body: updateProjectSchema, response: { 200: loose, ...errors } },
  }, async (req) => projects.updateProject(db, req.actor, req.params.id, req.body));

  app.post("/ledger/projects/:id/status", {
    schema: { tags, summary: "变更项目状态 Change status (签约→开工→投产/落地, 终止)", params: idParam, body: statusChangeSchema, response: { 200: loose, ...errors } },
  }, async (req) => projects.changeStatus(db, req.actor, req.params.id, req.body));

  app.post("/ledger/projects/:id/milestones", {
    schema: { tags, summary: "添加项目节点 Add a milestone", params: idParam, body: milestoneSchema, response: { 201: created, ...errors } },
  }, async (req, reply) => reply.status(201).send({ id: await projects.addMilestone(db, req.actor, req.params.id, req.body) }));

  for (const what of ["projects", "agreements", "ledger"] as const) {
    const kind: ExportWhat = what === "ledger" ? "all" : what;
    app.get(`/ledger/${what}.xlsx`, {
      ...rawQuery,
      schema: { tags, summary: `导出 Excel (${what}; 金额单位万元) Export .xlsx`, querystring: exportQuery },
    }, async (req, reply) => sendFile(reply, `${what}.xlsx`, XLSX, await exportXlsx(db, kind, parseQuery(exportQuery, req.query))));
    if (kind === "all") continue;
    app.get(`/ledger/${what}.csv`, {
      ...rawQuery,
      schema: { tags, summary: `导出 CSV (${what}; UTF-8 BOM; 金额单位万元) Export .csv`, querystring: exportQuery },
    }, async (req, reply) => sendFile(reply, `${what}.csv`, "text/csv; charset=utf-8", await exportCsv(db, kind, parseQuery(exportQuery, req.query))));
  }

  app.post("/ledger/import", {
    schema: { tags, summary: "导入项目/协议(CSV 或 XLSX,全部成功或全部不写) Import, all or nothing", response: { 200: loose, ...errors } },
  }, async (req, reply) => {
    const actor = requireActor(req.actor);
    if (!req.isMultipart()) throw new AppError("UNSUPPORTED_MEDIA_TYPE", "请以 multipart/form-data 上传文件 (multipart upload expected)", { file: "multipart expected" });
    const file = await req.file();
    if (!file) throw new AppError("VALIDATION_FAILED", "没有文件 (no file)", { file: "required" });
    try {
      return await importLedger(db, actor, file.filename, await file.toBuffer());
    } catch (e) {
      if (e instanceof ImportError) return reply.status(400).send({ ...e.toJSON(), rows: e.rows });
      throw e;
    }
  });
}
