import { z } from "zod";

export const roleSchema = z.enum(["platform_admin", "alliance_secretariat", "org_admin", "org_member"]);

export const grantSchema = z
  .object({
    role: roleSchema,
    allianceId: z.number().int().positive().nullish(),
    organizationId: z.number().int().positive().nullish(),
  })
  .strict();

export const registerBody = z
  .object({
    email: z.string().trim().toLowerCase().email("邮箱格式不正确 (invalid email)").max(200),
    name: z.string().trim().min(1, "请填写姓名 (name required)").max(100),
    password: z.string().min(8, "密码至少 8 位 (at least 8 characters)").max(200),
  })
  .strict();

export const loginBody = z
  .object({
    email: z.string().trim().toLowerCase().min(1, "请填写邮箱 (email required)").max(200),
    password: z.string().min(1, "请填写密码 (password required)").max(200),
  })
  .strict();

export const userView = z.object({
  id: z.number(),
  email: z.string(),
  name: z.string(),
  grants: z.array(
    z.object({
      role: roleSchema,
      allianceId: z.number().nullable().optional(),
      organizationId: z.number().nullable().optional(),
    }),
  ),
});

export const meResponse = z.object({ user: userView.nullable(), csrfToken: z.string().optional() });

export type RegisterInput = z.infer<typeof registerBody>;
export type GrantInput = z.infer<typeof grantSchema>;
