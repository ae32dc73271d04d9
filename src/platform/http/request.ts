import type { MaybeActor } from "../auth.js";

declare module "fastify" {
  interface FastifyRequest {
    /** Set by the accounts module's session hook; null for the public. */
    actor: MaybeActor;
  }
}
