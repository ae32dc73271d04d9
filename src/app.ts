import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import cookie from "@fastify/cookie";
import multipart from "@fastify/multipart";
import fastifyStatic from "@fastify/static";
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import Fastify, { type FastifyInstance } from "fastify";
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Config } from "./config.js";
import { modules } from "./modules/registry.js";
import type { AppContext } from "./modules/module.js";
import type { Db } from "./platform/db/connect.js";
import { ping } from "./platform/db/connect.js";
import { scheduleEmbeddedVacuum } from "./platform/db/maintenance.js";
import { adviseOnMemory, serverMemory } from "./platform/db/memory-advice.js";
import { AppError } from "./platform/errors.js";
import { installErrorHandler } from "./platform/http/error-handler.js";
import "./platform/http/request.js";
import "./platform/validation-messages.js";

const WEB_DIST = join(dirname(fileURLToPath(import.meta.url)), "..", "web", "dist");

export interface CreateAppOptions {
  config: Config;
  db: Db;
  backend?: string;
  /** Serve the built UI from web/dist (off in API tests). */
  serveWeb?: boolean;
}

/** Builds the Fastify app without listening: tests use inject(), main.ts listens. */
export async function createApp(opts: CreateAppOptions): Promise<FastifyInstance> {
  const { config, db } = opts;
  const app = Fastify({
    logger: config.logLevel === "silent" ? false : { level: config.logLevel },
    bodyLimit: config.bodyLimit,
    trustProxy: true,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);

  app.decorateRequest("actor", null);
  await app.register(cookie);
  await app.register(multipart, { limits: { fileSize: 60 * 1024 * 1024, files: 200 } });
  await app.register(swagger, {
    openapi: {
      info: { title: "Jishi 集市 API", version: "0.1.0", description: "长三角协同创新在线集市 — HTTP API" },
      components: { securitySchemes: { session: { type: "apiKey", in: "cookie", name: "jishi_session" } } },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: "/api/docs" });

  const ctx: AppContext = { db, config };
  for (const m of modules) {
    if (m.onRequest) app.addHook("onRequest", m.onRequest(ctx));
  }

  app.get(
    "/api/health",
    {
      schema: {
        tags: ["platform"],
        summary: "健康检查 Health",
        response: { 200: z.object({ status: z.literal("ok"), database: z.string(), time: z.string() }) },
      },
    },
    async () => {
      await ping(db);
      return { status: "ok" as const, database: opts.backend ?? "unknown", time: new Date().toISOString() };
    },
  );

  if (opts.backend === "pglite") scheduleEmbeddedVacuum(app, db);
  if (opts.backend === "postgres") adviseOnMemory(app, () => serverMemory(db));

  await app.register(
    async (api) => {
      for (const m of modules) if (m.routes) await m.routes(api, ctx);
    },
    { prefix: "/api" },
  );

  if (opts.serveWeb !== false && existsSync(WEB_DIST)) {
    await app.register(fastifyStatic, { root: WEB_DIST, prefix: "/", wildcard: false });
    // Client-side routes: any non-API GET that is not a file gets the SPA shell. A route, not a
    // not-found handler: installErrorHandler already owns that one (Fastify allows one per prefix).
    app.get("/*", { schema: { hide: true } }, (req, reply) => {
      const path = req.url.split("?")[0];
      if (path.startsWith("/api/") || /\.[a-z0-9]+$/i.test(path)) throw new AppError("NOT_FOUND", `没有这个地址: ${req.method} ${path}`);
      return reply.type("text/html").sendFile("index.html");
    });
  }
  return app;
}
