import { GraphQLError } from 'graphql';
import { Field, ObjectType, registerEnumType } from 'type-graphql';

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

/** Thrown when the server has no capacity for a request now; the client retries after `retryAfterSeconds`. */
export class ServerBusyError extends GraphQLError {
  constructor(
    message: string,
    readonly retryAfterSeconds = 1,
  ) {
    super(message, {
      extensions: { code: ErrorCode.SERVER_BUSY, http: { status: 503, headers: new Map([['retry-after', String(retryAfterSeconds)]]) } },
    });
  }
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

registerEnumType(UserErrorCode, {
  name: 'UserErrorCode',
  description: 'Why a mutation refused its input. Nothing is written when any userError is returned.',
  valuesConfig: {
    REQUIRED: { description: 'A required value is missing or blank.' },
    TOO_LONG: { description: 'A text is longer than allowed.' },
    TOO_MANY: { description: 'A list has more items than allowed.' },
    INVALID_FORMAT: { description: 'A value is not in the expected format (e.g. a URL).' },
    INVALID_COUNTRY: { description: 'Not an ISO 3166-1 alpha-2 country code.' },
    INVALID_ID: { description: 'Not a global ID of the expected record type.' },
    NOT_FOUND: { description: 'The referenced record does not exist.' },
    DUPLICATE: { description: 'Another record already has this identity (e.g. same name in the same country).' },
    CYCLE: { description: 'The change would make a record its own ancestor.' },
    IN_USE: { description: 'Other records still reference this one.' },
    CONFLICT: { description: 'The record changed since the given version; reload and retry.' },
    INVALID_TRANSITION: { description: 'The status cannot move from its current value to the requested one.' },
    INVALID_DATE_RANGE: { description: 'An end date lies before its start date (partial dates compare by the days they cover).' },
    INVALID_VALUE: { description: 'A value is out of range or not allowed here (e.g. a negative notice period).' },
  },
});

@ObjectType({ description: 'A problem with a mutation input. Nothing was written.' })
export class UserError {
  @Field(() => [String], { description: 'Path to the offending input field, e.g. ["input", "country"].' })
  field!: string[];

  @Field(() => String, { description: 'Human-readable explanation.' })
  message!: string;

  @Field(() => UserErrorCode)
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

export class NotFoundError extends GraphQLError {
  constructor(what: string, id: string) {
    super(`${what} not found: ${id}`, { extensions: { code: ErrorCode.NOT_FOUND, id } });
  }
}

export class BadInputError extends GraphQLError {
  constructor(argument: string, message: string) {
    super(`${argument}: ${message}`, { extensions: { code: ErrorCode.BAD_USER_INPUT, argument } });
  }
}
