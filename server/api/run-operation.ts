import type { DocumentNode, GraphQLFormattedError } from 'graphql';
import type { RequestContext } from './context.js';

/**
 * Runs one GraphQL operation in-process through the server's one execution path (the Apollo
 * server of server/app/runtime.ts: the same validation rules, limits, plugins, production settings
 * and error formatting as /graphql). Entry points other than /graphql (/export) take one.
 */
export type RunOperation = (
  request: { document: DocumentNode; variables: Record<string, unknown>; operationName?: string },
  context: RequestContext,
) => Promise<{ data?: Record<string, unknown> | null; errors?: readonly GraphQLFormattedError[] }>;
