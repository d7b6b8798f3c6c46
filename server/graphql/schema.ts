import 'reflect-metadata';
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { agreementResolvers } from '../modules/agreement/agreement.resolvers.js';
import { commitmentResolvers } from '../modules/commitment/commitment.resolvers.js';
import { documentResolvers } from '../modules/document/document.resolvers.js';
import { eventResolvers } from '../modules/event/event.resolvers.js';
import { graphResolvers } from '../modules/graph/graph.resolvers.js';
import { institutionResolvers } from '../modules/institution/institution.resolvers.js';
import { personResolvers } from '../modules/person/person.resolvers.js';
import { planningResolvers } from '../modules/planning/planning.resolvers.js';
import { provenanceResolvers } from '../modules/provenance/provenance.resolvers.js';
import { relationResolvers } from '../modules/relation/relation.resolvers.js';
import { SearchResolver } from '../modules/search/search.resolver.js';
import { AuditResolver } from '../modules/audit/audit.resolver.js';
import { ApiTokenResolver, UserResolver } from '../modules/auth/auth.resolver.js';
import { topicResolvers } from '../modules/topic/topic.resolvers.js';
import { visitResolvers } from '../modules/visit/visit.resolvers.js';
import { timelineResolvers } from '../modules/timeline/timeline.resolvers.js';
import { analyticsResolvers } from '../modules/analytics/analytics.resolvers.js';
import { accessMiddleware } from './access.js';
import { NodeResolver } from './node.resolver.js';

export const resolvers = [
  NodeResolver,
  SearchResolver,
  UserResolver,
  ApiTokenResolver,
  AuditResolver,
  ...institutionResolvers,
  ...personResolvers,
  ...relationResolvers,
  ...agreementResolvers,
  ...eventResolvers,
  ...visitResolvers,
  ...documentResolvers,
  ...commitmentResolvers,
  ...provenanceResolvers,
  ...topicResolvers,
  ...graphResolvers,
  ...planningResolvers,
  ...timelineResolvers,
  ...analyticsResolvers,
];

let cached: Promise<GraphQLSchema> | undefined;

/** Builds the executable schema from the decorated classes (once per process). */
export function buildAccordSchema(): Promise<GraphQLSchema> {
  cached ??= buildSchema({
    resolvers: resolvers as [Function, ...Function[]],
    validate: false,
    globalMiddlewares: [accessMiddleware],
  });
  return cached;
}

/** The SDL committed as schema/schema.graphql: sorted, so the file only changes when the API does. */
export async function printAccordSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await buildAccordSchema()))}\n`;
}
