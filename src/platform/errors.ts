/**
 * One error type with a closed list of codes, mapped to HTTP once (see docs/errors.md).
 * Services throw AppError for refusals the caller must see; anything else is a bug → 500.
 */
export const ERROR_CODES = {
  VALIDATION_FAILED: 400,
  MALFORMED_JSON: 400,
  INVALID_CREDIT_CODE: 400,
  UNKNOWN_REGION: 400,
  UNKNOWN_INDUSTRY: 400,
  UNKNOWN_REFERENCE: 400,
  INVALID_TRANSITION: 409,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  CSRF_FAILED: 403,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  DUPLICATE: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  INTERNAL: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

/** Field path → reason, e.g. { creditCode: "校验码不正确" }. */
export type FieldErrors = Record<string, string>;

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: FieldErrors,
  ) {
    super(message);
    this.name = "AppError";
  }

  get status(): number {
    return ERROR_CODES[this.code];
  }

  toJSON() {
    return { error: { code: this.code, message: this.message, ...(this.fields ? { fields: this.fields } : {}) } };
  }
}

export const notFound = (what: string, id: string | number) => new AppError("NOT_FOUND", `${what} ${id} 不存在 (not found)`);
export const invalid = (field: string, reason: string) => new AppError("VALIDATION_FAILED", `${field}: ${reason}`, { [field]: reason });

interface PgLikeError {
  code?: string;
  constraint?: string;
  detail?: string;
}

/**
 * SQLSTATE codes mean the same on PGlite and PostgreSQL; map them once so that a
 * constraint violation reaches the caller as a named refusal, never a 500.
 */
export function fromDatabaseError(err: unknown): AppError | undefined {
  const e = err as PgLikeError;
  if (!e || typeof e.code !== "string") return undefined;
  const where = e.constraint ? ` (${e.constraint})` : "";
  switch (e.code) {
    case "23505":
      return new AppError("DUPLICATE", `记录已存在${where}: already exists`, e.constraint ? { [e.constraint]: "duplicate" } : undefined);
    case "23503":
      return new AppError("UNKNOWN_REFERENCE", `引用的记录不存在${where}: referenced record does not exist`);
    case "23514":
    case "23502":
    case "22P02":
    case "22003":
    case "22007":
    case "22008":
      return new AppError("VALIDATION_FAILED", `数据不合法${where}: ${e.detail ?? "invalid value"}`);
    default:
      return undefined;
  }
}
