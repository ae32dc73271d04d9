import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../module.js";
import { authorize, isPlatformAdmin, requireActor } from "../../platform/auth.js";
import { errors, idParam } from "../../platform/http/schemas.js";
import { createListingBody, updateListingBody } from "./listing.schema.js";
import * as listings from "./listings.service.js";
import * as interests from "./interests.service.js";
import * as part from "./participation.service.js";
import { marketOptions } from "./options.service.js";
import { parseQuery } from "../../platform/http/query.js";
import { searchQuery, searchResponse } from "./search.schema.js";
import { searchListings } from "./search.service.js";

const tags = ["market"];
const listingView = z.object({ id: z.number(), kind: z.string(), status: z.string(), title: z.string() }).loose();
const listPage = z.object({ total: z.number(), items: z.array(listingView) });
const interestView = z.object({ id: z.number(), status: z.string(), listing: z.object({ id: z.number(), title: z.string() }).loose() }).loose();
// Query strings are parsed in the handler so that an unknown filter is named as its own field.
const rawQuery = { validatorCompiler: () => (data: unknown) => ({ value: data }) };
const appParams = z.object({ id: z.coerce.number().int().positive(), appId: z.coerce.number().int().positive() });

export async function marketRoutes(root: FastifyInstance, { db }: AppContext): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.get("/listings/search", {
    ...rawQuery,
    schema: { tags, summary: "搜索集市信息 Search listings (full text, filters, facets)", querystring: searchQuery, response: { 200: searchResponse, ...errors } },
  }, async (req) => searchListings(db, req.actor, req.query));

  app.get("/listings/options", {
    schema: { tags, summary: "筛选与表单选项 Regions, industries, alliances, my organisations", response: { 200: z.object({ kinds: z.array(z.object({ value: z.string(), label: z.string() })) }).loose() } },
  }, async (req) => marketOptions(db, req.actor));

  app.get("/listings/mine", {
    ...rawQuery,
    schema: { tags, summary: "本机构发布的信息 My organisations' listings", querystring: listings.mineQuery, response: { 200: listPage, ...errors } },
  }, async (req) => listings.listMine(db, req.actor, parseQuery(listings.mineQuery, req.query)));

  app.get("/listings/moderation", {
    schema: { tags, summary: "审核队列 Moderation queue", response: { 200: listPage, ...errors } },
  }, async (req) => listings.moderationQueue(db, req.actor));

  app.post("/listings", {
    schema: { tags, summary: "创建信息(草稿) Create a listing draft", body: createListingBody, response: { 201: listingView, ...errors } },
  }, async (req, reply) => reply.status(201).send(await listings.createListing(db, req.actor, req.body)));

  app.get("/listings/:id", {
    schema: { tags, summary: "信息详情 Listing detail", params: idParam, response: { 200: listingView, ...errors } },
  }, async (req) => listings.getListing(db, req.actor, req.params.id));

  // The body is judged by the service, which knows the listing's kind: the common fields'
  // reasons and the kind's own (attrs.*) then come back together for the edit form.
  app.patch("/listings/:id", {
    ...rawQuery,
    schema: { tags, summary: "修改信息 Edit a listing", params: idParam, body: updateListingBody, response: { 200: listingView, ...errors } },
  }, async (req) => listings.updateListing(db, req.actor, idParam.parse(req.params).id, req.body));

  app.post("/listings/:id/submit", {
    schema: { tags, summary: "提交审核 Submit for review", params: idParam, response: { 200: listingView, ...errors } },
  }, async (req) => listings.submitListing(db, req.actor, req.params.id));

  app.post("/listings/:id/moderate", {
    schema: { tags, summary: "审核:通过或驳回 Approve or reject", params: idParam, body: listings.moderateBody, response: { 200: listingView, ...errors } },
  }, async (req) => listings.moderateListing(db, req.actor, req.params.id, req.body));

  app.post("/listings/:id/close", {
    schema: { tags, summary: "关闭信息 Close a listing", params: idParam, response: { 200: listingView, ...errors } },
  }, async (req) => listings.closeListing(db, req.actor, req.params.id));

  app.post("/listings/expire", {
    schema: { tags, summary: "过期清理(平台管理员) Expire listings past validity", response: { 200: z.object({ expired: z.number() }), ...errors } },
  }, async (req) => {
    authorize(isPlatformAdmin(requireActor(req.actor)), "仅平台管理员 (platform admin only)");
    return { expired: await listings.expireListings(db) };
  });

  app.post("/listings/:id/applications", {
    schema: { tags, summary: "揭榜申请 Apply to a challenge", params: idParam, body: part.applyBody, response: { 201: z.object({ id: z.number() }).loose(), ...errors } },
  }, async (req, reply) => reply.status(201).send(await part.applyToChallenge(db, req.actor, req.params.id, req.body)));

  app.get("/listings/:id/applications", {
    schema: { tags, summary: "揭榜申请列表 Challenge applications", params: idParam, response: { 200: z.array(z.object({ id: z.number() }).loose()), ...errors } },
  }, async (req) => part.listApplications(db, req.actor, req.params.id));

  app.post("/listings/:id/applications/:appId/decision", {
    schema: { tags, summary: "遴选揭榜方 Shortlist, award or reject", params: appParams, body: part.decisionBody, response: { 200: z.object({ id: z.number() }).loose(), ...errors } },
  }, async (req) => part.decideApplication(db, req.actor, req.params.id, req.params.appId, req.body));

  app.post("/listings/:id/participants", {
    schema: { tags, summary: "加入联合采购 Join a joint procurement", params: idParam, body: part.joinBody, response: { 200: z.object({ listingId: z.number() }).loose(), ...errors } },
  }, async (req) => part.joinProcurement(db, req.actor, req.params.id, req.body));

  app.get("/listings/:id/procurement", {
    schema: { tags, summary: "联合采购汇总 Combined demand", params: idParam, response: { 200: z.object({ listingId: z.number() }).loose(), ...errors } },
  }, async (req) => part.procurementSummary(db, req.actor, req.params.id));

  app.post("/listings/:id/interests", {
    schema: { tags, summary: "表达意向 Express interest", params: idParam, body: interests.interestBody, response: { 201: interestView, ...errors } },
  }, async (req, reply) => reply.status(201).send(await interests.expressInterest(db, req.actor, req.params.id, req.body)));

  app.get("/interests", {
    ...rawQuery,
    schema: { tags, summary: "本机构的意向 My organisations' interests", querystring: interests.interestsQuery, response: { 200: z.array(interestView), ...errors } },
  }, async (req) => interests.listInterests(db, req.actor, parseQuery(interests.interestsQuery, req.query)));

  app.get("/interests/:id", {
    schema: { tags, summary: "意向详情与消息 Interest thread", params: idParam, response: { 200: interestView, ...errors } },
  }, async (req) => interests.getInterest(db, req.actor, req.params.id));

  app.post("/interests/:id/messages", {
    schema: { tags, summary: "回复消息 Reply in a thread", params: idParam, body: interests.messageBody, response: { 201: interestView, ...errors } },
  }, async (req, reply) => reply.status(201).send(await interests.postMessage(db, req.actor, req.params.id, req.body)));

  app.post("/interests/:id/close", {
    schema: { tags, summary: "关闭意向 Close an interest", params: idParam, response: { 200: interestView, ...errors } },
  }, async (req) => interests.closeInterest(db, req.actor, req.params.id));
}
