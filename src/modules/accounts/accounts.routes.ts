import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../module.js";
import { errors, pageQuery } from "../../platform/http/schemas.js";
import { grantSchema, loginBody, meResponse, registerBody, userView } from "./accounts.schema.js";
import * as svc from "./accounts.service.js";
import * as members from "./members.service.js";
import { resolveSession } from "./accounts.service.js";
import { SESSION_COOKIE } from "./session-hook.js";

const tags = ["accounts"];

export async function accountsRoutes(root: FastifyInstance, { db, config }: AppContext): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const secure = config.publicUrl.startsWith("https://");

  app.post(
    "/auth/register",
    { schema: { tags, summary: "注册 Register", body: registerBody, response: { 201: userView, ...errors } } },
    async (req, reply) => {
      const actor = await svc.registerUser(db, req.body);
      return reply.status(201).send({ id: actor.userId, email: actor.email, name: actor.name, grants: actor.grants });
    },
  );

  app.post(
    "/auth/login",
    { schema: { tags, summary: "登录 Sign in", body: loginBody, response: { 200: meResponse, 429: errors[409], ...errors } } },
    async (req, reply) => {
      const t = await svc.signIn(db, req.body.email, req.body.password, req.ip);
      reply.setCookie(SESSION_COOKIE, t.token, {
        httpOnly: true,
        sameSite: "lax",
        secure,
        path: "/",
        expires: t.expiresAt,
      });
      const a = t.actor;
      return { user: { id: a.userId, email: a.email, name: a.name, grants: a.grants }, csrfToken: t.csrf };
    },
  );

  app.post(
    "/auth/logout",
    { schema: { tags, summary: "退出 Sign out", response: { 204: z.null(), ...errors } } },
    async (req, reply) => {
      const token = req.cookies[SESSION_COOKIE];
      if (token) await svc.signOut(db, token);
      reply.clearCookie(SESSION_COOKIE, { path: "/" });
      return reply.status(204).send(null);
    },
  );

  app.get(
    "/auth/me",
    { schema: { tags, summary: "当前用户 Current user and CSRF token", response: { 200: meResponse } } },
    async (req) => {
      const token = req.cookies[SESSION_COOKIE];
      const s = token ? await resolveSession(db, token) : null;
      if (!s) return { user: null };
      const a = s.actor;
      return { user: { id: a.userId, email: a.email, name: a.name, grants: a.grants }, csrfToken: s.csrf };
    },
  );

  app.get(
    "/users",
    {
      schema: {
        tags,
        summary: "用户列表 (平台管理员) List users",
        querystring: pageQuery,
        response: { 200: z.array(z.object({ id: z.number(), email: z.string(), name: z.string(), disabled: z.boolean() })), ...errors },
      },
    },
    async (req) => svc.listUsers(db, req.actor, req.query),
  );

  const grantParams = z.object({ id: z.coerce.number().int().positive() });
  app.post(
    "/users/:id/grants",
    { schema: { tags, summary: "授予角色 Grant a role", params: grantParams, body: grantSchema, response: { 200: userView.shape.grants, ...errors } } },
    async (req) => svc.grantRole(db, req.actor, req.params.id, req.body),
  );
  app.delete(
    "/users/:id/grants",
    { schema: { tags, summary: "撤销角色 Revoke a role", params: grantParams, body: grantSchema, response: { 200: userView.shape.grants, ...errors } } },
    async (req) => svc.revokeRole(db, req.actor, req.params.id, req.body),
  );

  // An organisation's members (its page in the directory): listed to its members, managed by its admins.
  const memberView = z.array(z.object({ userId: z.number(), name: z.string(), email: z.string(), role: members.memberRole }));
  const orgParams = z.object({ id: z.coerce.number().int().positive() });
  app.get(
    "/organizations/:id/members",
    { schema: { tags, summary: "机构成员 Organisation members", params: orgParams, response: { 200: memberView, ...errors } } },
    async (req) => members.listMembers(db, req.actor, req.params.id),
  );
  app.post(
    "/organizations/:id/members",
    { schema: { tags, summary: "添加机构成员或改变角色 Add a registered user, or change a member's role", params: orgParams, body: members.addMemberBody, response: { 200: memberView, ...errors } } },
    async (req) => members.addMember(db, req.actor, req.params.id, req.body),
  );
  app.delete(
    "/organizations/:id/members/:userId",
    {
      schema: {
        tags, summary: "移除机构成员 Remove a member",
        params: z.object({ id: z.coerce.number().int().positive(), userId: z.coerce.number().int().positive() }),
        response: { 200: memberView, ...errors },
      },
    },
    async (req) => members.removeMember(db, req.actor, req.params.id, req.params.userId),
  );

  app.get(
    "/audit",
    {
      schema: {
        tags,
        summary: "审计日志 (平台管理员) Audit log",
        querystring: z
          .object({ entity: z.string().optional(), entityId: z.string().optional(), limit: z.coerce.number().int().min(1).max(500).default(100) })
          .strict(),
        response: {
          200: z.array(
            z.object({
              id: z.number(),
              at: z.date(),
              actor_user_id: z.number().nullable(),
              action: z.string(),
              entity: z.string(),
              entity_id: z.string().nullable(),
              before: z.unknown(),
              after: z.unknown(),
            }),
          ),
          ...errors,
        },
      },
    },
    async (req) => svc.auditTrail(db, req.actor, req.query),
  );
}
