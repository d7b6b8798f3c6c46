import { type ApolloServer, HeaderMap } from '@apollo/server';
import type { FastifyRequest } from 'fastify';
import type { RequestContext } from './context.js';

/*
 * Runs a GraphQL document for an HTTP route other than /graphql through Apollo itself, so the
 * route gets exactly what /graphql gets: the same caller identification, validation rules,
 * limits, plugins, error formatting and production settings.
 */

export type GraphQLRunResult = { status: number; body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] } };
export type RunGraphQL = (request: FastifyRequest, query: string, variables: Record<string, unknown>) => Promise<GraphQLRunResult>;

export function createGraphQLRunner(apollo: ApolloServer<RequestContext>, context: (request: FastifyRequest) => Promise<RequestContext>): RunGraphQL {
  return async (request, query, variables) => {
    const headers = new HeaderMap([['content-type', 'application/json']]);
    if (request.headers.authorization) headers.set('authorization', request.headers.authorization);
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: 'POST', headers, search: '', body: { query, variables } },
      context: () => context(request),
    });
    if (response.body.kind !== 'complete') throw new Error('incremental delivery is not used by routes');
    return { status: response.status ?? 200, body: JSON.parse(response.body.string) };
  };
}
