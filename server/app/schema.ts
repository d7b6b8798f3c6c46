import 'reflect-metadata';
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { agreementResolvers } from '../records/agreement/agreement.resolvers.js';
import { commitmentResolvers } from '../records/commitment/commitment.resolvers.js';
import { documentResolvers } from '../records/document/document.resolvers.js';
import { eventResolvers } from '../records/event/event.resolvers.js';
import { graphResolvers } from '../views/graph/graph.resolvers.js';
import { institutionResolvers } from '../records/institution/institution.resolvers.js';
import { personResolvers } from '../records/person/person.resolvers.js';
import { planningResolvers } from '../views/planning/planning.resolvers.js';
import { provenanceResolvers } from '../records/provenance/provenance.resolvers.js';
import { relationResolvers } from '../records/relation/relation.resolvers.js';
import { ProvenanceSummaryResolver } from '../views/provenance/provenance-summary.resolver.js';
import { SearchResolver } from '../views/search/search.resolver.js';
import { AuditResolver } from '../records/audit/audit.resolver.js';
import { ApiTokenResolver, UserResolver } from '../records/auth/auth.resolver.js';
import { topicResolvers } from '../records/topic/topic.resolvers.js';
import { visitResolvers } from '../records/visit/visit.resolvers.js';
import { timelineResolvers } from '../views/timeline/timeline.resolvers.js';
import { analyticsResolvers } from '../views/analytics/analytics.resolvers.js';
import { briefingResolvers } from '../views/briefing/briefing.resolvers.js';
import { accessMiddleware } from '../api/access.js';
import '../api/user-errors.js'; // the GraphQL shape of kernel's UserError and UserErrorCode
import { NodeResolver } from '../api/node.resolver.js';
import { ImportResolver } from './bulk.resolver.js';

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
  ProvenanceSummaryResolver,
  ImportResolver,
  ...briefingResolvers,
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
