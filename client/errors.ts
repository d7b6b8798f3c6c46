/** Base of every error the Accord client throws; `kind` tells them apart without instanceof. */
export class AccordError extends Error {
  constructor(
    readonly kind: 'network' | 'http' | 'graphql' | 'auth' | 'user-input',
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** The server could not be reached (refused, reset, DNS, timeout). */
export class AccordNetworkError extends AccordError {
  constructor(message: string, cause?: unknown) {
    super('network', message, { cause });
  }
}

/** The server answered with a non-GraphQL HTTP failure (e.g. 413, 503 while shutting down). */
export class AccordHttpError extends AccordError {
  constructor(
    readonly status: number,
    readonly body: string,
  ) {
    super('http', `HTTP ${status}: ${body.slice(0, 200)}`);
  }
}

export type GraphQLErrorEntry = {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; [key: string]: unknown };
};

/** The request reached GraphQL but failed (validation, NOT_FOUND, BAD_USER_INPUT, …). */
export class AccordGraphQLError extends AccordError {
  /** `extensions.code` of the first error, e.g. "NOT_FOUND". */
  readonly code: string;
  constructor(
    readonly errors: GraphQLErrorEntry[],
    kind: 'graphql' | 'auth' = 'graphql',
  ) {
    super(kind, errors.map((e) => e.message).join('; '));
    this.code = errors[0]?.extensions?.code ?? 'UNKNOWN';
  }
}

/** No valid token (UNAUTHENTICATED), or the token's role may not do this (FORBIDDEN). */
export class AccordAuthError extends AccordGraphQLError {
  constructor(errors: GraphQLErrorEntry[]) {
    super(errors, 'auth');
  }
}

export type UserErrorEntry = { field: string[]; message: string; code: string };

/** A mutation refused its input; nothing was written. */
export class AccordUserInputError extends AccordError {
  constructor(readonly userErrors: UserErrorEntry[]) {
    super('user-input', userErrors.map((e) => `${e.field.join('.')}: ${e.message} (${e.code})`).join('; '));
  }
}
