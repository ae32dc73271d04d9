import type { FastifyReply, FastifyRequest } from "fastify";
import type { AppContext } from "../module.js";
import { AppError } from "../../platform/errors.js";
import { resolveSession } from "./accounts.service.js";

export const SESSION_COOKIE = "jishi_session";
export const CSRF_HEADER = "x-csrf-token";

const SAFE = new Set(["GET", "HEAD", "OPTIONS"]);
// Signing in or up replaces whatever session the browser holds, so no token is asked for.
const NO_CSRF = new Set(["/api/auth/login", "/api/auth/register"]);

/**
 * Resolves the session cookie into request.actor. A cookie-authenticated write must
 * repeat the session's CSRF token in a header, which another site's form cannot do.
 */
export function sessionHook(ctx: AppContext) {
  return async (req: FastifyRequest, _reply: FastifyReply): Promise<void> => {
    req.actor = null;
    const token = req.cookies?.[SESSION_COOKIE];
    if (!token || !req.url.startsWith("/api/")) return;
    const session = await resolveSession(ctx.db, token);
    if (!session) return;
    const path = req.url.split("?")[0];
    if (!SAFE.has(req.method) && !NO_CSRF.has(path) && req.headers[CSRF_HEADER] !== session.csrf)
      throw new AppError("CSRF_FAILED", "缺少或错误的 CSRF 令牌 (missing or wrong x-csrf-token header)");
    req.actor = session.actor;
  };
}
