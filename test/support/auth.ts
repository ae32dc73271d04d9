import { randomBytes } from "node:crypto";
import type { RoleGrant } from "../../src/platform/auth.js";
import { createUserWithGrants } from "../../src/modules/accounts/accounts.service.js";
import type { TestApp } from "./app.js";

export interface SignedIn {
  userId: number;
  email: string;
  /** cookie + x-csrf-token, ready for app.inject({ headers }). */
  headers: Record<string, string>;
}

/** Creates a user with the given grants and signs in through the real HTTP route. */
export async function signInAs(t: TestApp, opts: { grants?: RoleGrant[]; email?: string; name?: string } = {}): Promise<SignedIn> {
  const email = opts.email ?? `u${randomBytes(4).toString("hex")}@test.jishi`;
  const password = "test-password-1";
  const actor = await createUserWithGrants(t.database.db, { email, name: opts.name ?? "测试用户", password }, opts.grants ?? []);
  const r = await t.app.inject({ method: "POST", url: "/api/auth/login", payload: { email, password } });
  if (r.statusCode !== 200) throw new Error(`sign-in failed: ${r.statusCode} ${r.body}`);
  const cookie = r.cookies.find((c) => c.name === "jishi_session");
  if (!cookie) throw new Error("no session cookie");
  return {
    userId: actor.userId,
    email,
    headers: { cookie: `jishi_session=${cookie.value}`, "x-csrf-token": r.json().csrfToken },
  };
}
