import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../module.js";
import { errors, idParam } from "../../platform/http/schemas.js";
import * as alliances from "./alliances.service.js";
import * as s from "./directory.schema.js";
import { listIndustries } from "./industries.service.js";
import * as orgs from "./organizations.service.js";
import { getRegion, listRegions, regionNames, resolveRegionName } from "./regions.service.js";

const tags = ["directory"];
const session = [{ session: [] }];

export async function directoryRoutes(root: FastifyInstance, { db }: AppContext): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.get(
    "/regions",
    { schema: { tags, summary: "地区检索 Search regions (name, short name or alias; level; parent)", querystring: s.regionQuery, response: { 200: s.regionPage, ...errors } } },
    async (req) => listRegions(db, req.query),
  );

  app.get(
    "/regions/names",
    { schema: { tags, summary: "地区中英文名称 Every region's Chinese and English names (reference data)", response: { 200: s.regionNames, ...errors } } },
    async (_req, reply) => {
      // Reference data: it changes with a release, so a browser may keep it for an hour.
      reply.header("cache-control", "public, max-age=3600");
      return regionNames(db);
    },
  );

  app.get(
    "/regions/resolve",
    {
      schema: {
        tags,
        summary: "地名解析 Resolve a place name (全称/简称/别名/复合地名; ambiguity; optional context region)",
        querystring: s.resolveQuery,
        response: { 200: s.resolution, ...errors },
      },
    },
    async (req) => resolveRegionName(db, req.query.name, { context: req.query.context }),
  );

  app.get(
    "/regions/:id",
    { schema: { tags, summary: "地区详情及下级 Region with its children", params: idParam, response: { 200: s.regionDetail, ...errors } } },
    async (req) => getRegion(db, req.params.id),
  );

  app.get(
    "/industries",
    { schema: { tags, summary: "产业链及环节 Industry chains with segments", response: { 200: z.array(s.industryView) } } },
    async () => listIndustries(db),
  );

  app.get(
    "/alliances",
    { schema: { tags, summary: "联盟列表 List alliances (with member regions)", querystring: s.allianceQuery, response: { 200: s.alliancePage, ...errors } } },
    async (req) => alliances.listAlliances(db, req.query),
  );

  app.post(
    "/alliances",
    {
      schema: {
        tags, security: session,
        summary: "创建联盟(平台管理员) Create an alliance (platform admin)",
        body: s.allianceCreate,
        response: { 201: s.allianceView, ...errors },
      },
    },
    async (req, reply) => reply.status(201).send(await alliances.createAlliance(db, req.actor, req.body)),
  );

  app.get(
    "/alliances/:id",
    { schema: { tags, summary: "联盟详情 Alliance with member regions and organizations", params: idParam, response: { 200: s.allianceView, ...errors } } },
    async (req) => alliances.getAlliance(db, req.params.id),
  );

  app.patch(
    "/alliances/:id",
    {
      schema: {
        tags, security: session,
        summary: "编辑联盟(联盟秘书处) Edit an alliance (its secretariat); member lists given replace the old ones",
        params: idParam, body: s.alliancePatch,
        response: { 200: s.allianceView, ...errors },
      },
    },
    async (req) => alliances.updateAlliance(db, req.actor, req.params.id, req.body),
  );

  app.get(
    "/organizations",
    {
      schema: {
        tags,
        summary: "组织列表 List organizations (q, kind, region incl. sub-regions, industry, segment, alliance); contacts only when signed in",
        querystring: s.organizationQuery,
        response: { 200: s.organizationPage, ...errors },
      },
    },
    async (req) => orgs.listOrganizations(db, req.actor, req.query),
  );

  app.get(
    "/organizations/names",
    {
      schema: {
        tags,
        summary: "组织英文名称 The organisations that have an English name, with their registered names (for the interface in English)",
        response: { 200: s.organizationNames, ...errors },
      },
    },
    async () => ({ items: await orgs.organizationNames(db) }),
  );

  app.post(
    "/organizations",
    {
      schema: {
        tags, security: session,
        summary: "登记组织(登录用户,成为组织管理员) Register an organization (signed-in user becomes its admin)",
        body: s.organizationCreate,
        response: { 201: s.organizationView, ...errors },
      },
    },
    async (req, reply) => reply.status(201).send(await orgs.createOrganization(db, req.actor, req.body)),
  );

  app.get(
    "/organizations/:id",
    { schema: { tags, summary: "组织详情 Organization detail", params: idParam, response: { 200: s.organizationView, ...errors } } },
    async (req) => orgs.getOrganization(db, req.actor, req.params.id),
  );

  app.patch(
    "/organizations/:id",
    {
      schema: {
        tags, security: session,
        summary: "编辑组织(组织管理员) Edit an organization (its admin)",
        params: idParam, body: s.organizationPatch,
        response: { 200: s.organizationView, ...errors },
      },
    },
    async (req) => orgs.updateOrganization(db, req.actor, req.params.id, req.body),
  );
}
