import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';
import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { map } from 'rxjs';
import possibleTypes from '../gql/possible-types';
import { readToken } from '../lib/session';

/** True when the API refused the caller's token (bad, expired or revoked) or wants one. */
export function isUnauthenticated(error: unknown): boolean {
  if (CombinedGraphQLErrors.is(error)) return error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
  if (ServerError.is(error)) return error.statusCode === 401;
  return false;
}

/** The server's request ID for a failed request (shown in error states, found in the server log). */
export function requestIdOf(error: unknown): string | null {
  if (CombinedGraphQLErrors.is(error)) return (error.extensions?.requestId as string | undefined) ?? null;
  if (ServerError.is(error)) return error.response.headers.get('x-request-id');
  return null;
}

/** An error from the GraphQL client (a request was attempted), rather than a bug in a page. */
export function isApolloError(error: unknown): boolean {
  return CombinedGraphQLErrors.is(error) || ServerError.is(error) || ServerParseError.is(error) || (error instanceof TypeError && /fetch/i.test(error.message));
}

/** Whether any of the API's errors has this code (e.g. NOT_FOUND for an unknown ID). */
export function hasErrorCode(error: unknown, code: string): boolean {
  return CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === code);
}

/**
 * Whether the error means "no such record here": NOT_FOUND, or an ID argument that is not an ID
 * of the expected kind (a mistyped or foreign URL). Confidential records look the same to viewers.
 */
export function isUnknownRecord(error: unknown): boolean {
  if (hasErrorCode(error, 'NOT_FOUND')) return true;
  return (
    CombinedGraphQLErrors.is(error) &&
    error.errors.some((e) => e.extensions?.code === 'BAD_USER_INPUT' && /id$/i.test(String(e.extensions?.argument ?? '')))
  );
}

/** The first error code the API gave (NOT_FOUND, FORBIDDEN …), if any. */
export function errorCodeOf(error: unknown): string | null {
  if (CombinedGraphQLErrors.is(error)) return (error.errors[0]?.extensions?.code as string | undefined) ?? null;
  if (ServerError.is(error)) {
    try {
      return JSON.parse(error.bodyText).errors?.[0]?.extensions?.code ?? null;
    } catch {
      return null;
    }
  }
  return null;
}

/**
 * The GraphQL client: a normalized cache keyed by the API's global IDs (every record is a Node
 * with an opaque `id`), the signed-in token as a Bearer header, the request ID of the response
 * copied onto GraphQL errors, and a callback when the token is refused.
 */
export function createApolloClient(options: { onUnauthenticated(): void }) {
  const auth = new ApolloLink((operation, forward) => {
    const token = readToken();
    operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({
      headers: { ...headers, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    }));
    return forward(operation);
  });
  const requestId = new ApolloLink((operation, forward) =>
    forward(operation).pipe(
      map((result) => {
        const response = operation.getContext().response as Response | undefined;
        const id = response?.headers.get('x-request-id');
        if (id && result.errors?.length) return { ...result, extensions: { ...result.extensions, requestId: id } };
        return result;
      }),
    ),
  );
  const unauthenticated = new ErrorLink(({ error }) => {
    if (isUnauthenticated(error)) options.onUnauthenticated();
  });
  return new ApolloClient({
    link: ApolloLink.from([auth, unauthenticated, requestId, new HttpLink({ uri: '/graphql' })]),
    cache: new InMemoryCache({
      possibleTypes: possibleTypes.possibleTypes,
      typePolicies: {
        Query: {
          fields: {
            // Timeline pages fetched with `after` are appended to the same list (infinite scroll).
            timeline: relayStylePagination(['institutionIds', 'bodiesOf', 'sharedWith', 'filter', 'order']),
            // The list pages (/institutions …): "Load more" appends the next page of the same filter and order.
            institutions: relayStylePagination(['filter', 'orderBy']),
            agreements: relayStylePagination(['filter', 'orderBy']),
            events: relayStylePagination(['filter', 'orderBy']),
            people: relayStylePagination(['filter', 'orderBy']),
            documents: relayStylePagination(['filter', 'orderBy']),
            visits: relayStylePagination(['filter', 'orderBy']),
          },
        },
        // Derived, per-query objects without an identity of their own stay inside their parent.
        PartnersAsOf: { keyFields: false },
        PartnerChanges: { keyFields: false },
      },
    }),
  });
}
