import type { Command } from "commander";
import { emit, fail } from "../../cli/output.js";
import type { OpenContext } from "../module.js";
import type { RoleGrant } from "../../platform/auth.js";
import { createUserWithGrants } from "./accounts.service.js";

export function accountsCli(program: Command, open: OpenContext): void {
  const user = program.command("user").description("用户 users");
  user
    .command("create")
    .description("create a user (use --admin to bootstrap a platform administrator)")
    .requiredOption("--email <email>", "email address")
    .requiredOption("--name <name>", "display name")
    .option("--password <password>", "password (else JISHI_PASSWORD)")
    .option("--admin", "grant platform_admin")
    .option("--json", "JSON output")
    .action(async (o: { email: string; name: string; password?: string; admin?: boolean; json?: boolean }) => {
      const password = o.password ?? process.env.JISHI_PASSWORD;
      if (!password) fail(new Error("--password or JISHI_PASSWORD is required"), o.json);
      const ctx = await open();
      try {
        const grants: RoleGrant[] = o.admin ? [{ role: "platform_admin" }] : [];
        const actor = await createUserWithGrants(ctx.db, { email: o.email, name: o.name, password: password! }, grants);
        emit(o.json, { id: actor.userId, email: actor.email, name: actor.name, grants: actor.grants }, (u) =>
          `created user #${u.id} ${u.email}${o.admin ? " (platform admin)" : ""}`,
        );
      } catch (err) {
        fail(err, o.json);
      } finally {
        await ctx.close();
      }
    });
}
