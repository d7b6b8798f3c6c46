// What services throw and report, without GraphQL classes: the API edge (api/user-errors.ts,
// api/format-error.ts) gives them their GraphQL shape.

/**
 * Codes of top-level GraphQL errors (`errors[].extensions.code`). Input problems in mutations are
 * not errors but `userErrors` in the payload (see UserErrorCode).
 */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  /** No valid token (missing where one is needed, malformed, unknown, expired or revoked). */
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  /** The caller's role does not allow this field. */
  FORBIDDEN = 'FORBIDDEN',
  DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE',
  /** The server is at capacity (database pool or heavy lane full): HTTP 503 with Retry-After. */
  SERVER_BUSY = 'SERVER_BUSY',
  /** A statement ran past DB_STATEMENT_TIMEOUT_MS and was cancelled. */
  QUERY_TIMEOUT = 'QUERY_TIMEOUT',
  /** Too many requests from this caller (per window, or in flight at once): HTTP 429 with Retry-After. */
  RATE_LIMITED = 'RATE_LIMITED',
  /** The server received SIGTERM: requests arriving now get HTTP 503 with Retry-After. */
  SHUTTING_DOWN = 'SHUTTING_DOWN',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/** Why a mutation's input was refused. One enum for every mutation, documented in the schema. */
export enum UserErrorCode {
  REQUIRED = 'REQUIRED',
  TOO_LONG = 'TOO_LONG',
  TOO_MANY = 'TOO_MANY',
  INVALID_FORMAT = 'INVALID_FORMAT',
  INVALID_COUNTRY = 'INVALID_COUNTRY',
  INVALID_ID = 'INVALID_ID',
  NOT_FOUND = 'NOT_FOUND',
  DUPLICATE = 'DUPLICATE',
  CYCLE = 'CYCLE',
  IN_USE = 'IN_USE',
  CONFLICT = 'CONFLICT',
  INVALID_TRANSITION = 'INVALID_TRANSITION',
  INVALID_DATE_RANGE = 'INVALID_DATE_RANGE',
  INVALID_VALUE = 'INVALID_VALUE',
}

/** A problem with a mutation input (the GraphQL type UserError, declared in api/user-errors.ts). */
export class UserError {
  /** Path to the offending input field, e.g. ["input", "country"]. */
  field!: string[];
  message!: string;
  code!: UserErrorCode;

  static of(field: string[], code: UserErrorCode, message: string): UserError {
    return Object.assign(new UserError(), { field, code, message });
  }
}

/** Thrown inside a mutation's transaction to roll it back and report userErrors. */
export class UserErrorsException extends Error {
  constructor(readonly userErrors: UserError[]) {
    super(userErrors.map((e) => `${e.field.join('.')}: ${e.message}`).join('; '));
    this.name = 'UserErrorsException';
  }
}

/**
 * A request refused as a whole (a query's unknown ID or bad argument), as opposed to a mutation's
 * userErrors. `extensions` is what the client sees in `errors[].extensions`: graphql-js carries a
 * resolver's thrown error's `extensions` into the response, and api/format-error.ts passes
 * client codes through.
 */
export class RequestError extends Error {
  constructor(
    message: string,
    readonly extensions: { code: ErrorCode } & Record<string, unknown>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class NotFoundError extends RequestError {
  constructor(what: string, id: string) {
    super(`${what} not found: ${id}`, { code: ErrorCode.NOT_FOUND, id });
  }
}

/** The caller is signed in but their role does not allow this (HTTP 403). */
export class ForbiddenError extends RequestError {
  constructor(message: string) {
    super(message, { code: ErrorCode.FORBIDDEN, http: { status: 403 } });
  }
}

export class BadInputError extends RequestError {
  constructor(argument: string, message: string) {
    super(`${argument}: ${message}`, { code: ErrorCode.BAD_USER_INPUT, argument });
  }
}
