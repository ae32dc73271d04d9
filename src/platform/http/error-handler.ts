import type { FastifyError, FastifyInstance } from "fastify";
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from "fastify-type-provider-zod";
import { ZodError } from "zod";
import { AppError, fromDatabaseError } from "../errors.js";
import { fieldsFromIssues, zodIssues } from "./zod-fields.js";

const UNKNOWN_FIELD = "未知字段 (unknown field)";

/** Converts anything thrown into the one error shape; the only place errors meet HTTP. */
export function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  if (err instanceof ZodError) return new AppError("VALIDATION_FAILED", "输入不合法 (validation failed)", fieldsFromIssues(zodIssues(err.issues), UNKNOWN_FIELD));
  const fe = err as FastifyError & { validationContext?: string };
  if (hasZodFastifySchemaValidationErrors(fe)) {
    const where = fe.validationContext && fe.validationContext !== "body" ? fe.validationContext : "";
    const issues = fe.validation.map((v) => ({
      at: [where, (v.instancePath || "").replace(/^\//, "").replace(/\//g, ".")].filter(Boolean).join("."),
      code: v.keyword,
      message: v.message ?? "invalid",
      keys: (v.params as { keys?: unknown } | undefined)?.keys,
    }));
    const fields = fieldsFromIssues(issues, UNKNOWN_FIELD, fe.validationContext || "_");
    const names = Object.keys(fields).join(", ");
    return new AppError("VALIDATION_FAILED", `输入不合法: ${names} (validation failed)`, fields);
  }
  const db = fromDatabaseError(err);
  if (db) return db;
  switch (fe.code) {
    case "FST_ERR_CTP_INVALID_JSON_BODY":
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
      return new AppError("MALFORMED_JSON", "请求体不是合法的 JSON (malformed JSON body)");
    case "FST_ERR_CTP_BODY_TOO_LARGE":
      return new AppError("PAYLOAD_TOO_LARGE", "请求体过大 (request body too large)");
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
      return new AppError("UNSUPPORTED_MEDIA_TYPE", "不支持的内容类型 (unsupported content type)");
    case "FST_REQ_FILE_TOO_LARGE":
      return new AppError("PAYLOAD_TOO_LARGE", "上传文件过大 (file too large)");
  }
  if (fe.statusCode === 413) return new AppError("PAYLOAD_TOO_LARGE", "请求体过大 (request body too large)");
  if (fe.statusCode === 415) return new AppError("UNSUPPORTED_MEDIA_TYPE", "不支持的内容类型 (unsupported content type)");
  if (fe.statusCode === 400 && (err as SyntaxError) instanceof SyntaxError)
    return new AppError("MALFORMED_JSON", "请求体不是合法的 JSON (malformed JSON body)");
  if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500 && fe.message)
    return new AppError("VALIDATION_FAILED", fe.message);
  return new AppError("INTERNAL", "服务器内部错误 (internal error)");
}

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err, req, reply) => {
    const e = toAppError(err);
    if (e.code === "INTERNAL" || isResponseSerializationError(err)) req.log.error({ err }, "unhandled error");
    reply.status(e.status).send(e.toJSON());
  });
  app.setNotFoundHandler((req, reply) => {
    reply.status(404).send(new AppError("NOT_FOUND", `没有这个地址: ${req.method} ${req.url}`).toJSON());
  });
}
