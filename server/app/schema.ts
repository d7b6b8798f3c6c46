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
import { guardRootFields, registerAccessRules } from '../api/access.js';
import { AGREEMENT_ACCESS_RULES } from '../records/agreement/agreement.access.js';
import { AUDIT_ACCESS_RULES } from '../records/audit/audit.access.js';
import { AUTH_ACCESS_RULES } from '../records/auth/auth.access.js';
import { COMMITMENT_ACCESS_RULES } from '../records/commitment/commitment.access.js';
import { DOCUMENT_ACCESS_RULES } from '../records/document/document.access.js';
import { EVENT_ACCESS_RULES } from '../records/event/event.access.js';
import { INSTITUTION_ACCESS_RULES } from '../records/institution/institution.access.js';
import { PERSON_ACCESS_RULES } from '../records/person/person.access.js';
import { PROVENANCE_ACCESS_RULES } from '../records/provenance/provenance.access.js';
import { RELATION_ACCESS_RULES } from '../records/relation/relation.access.js';
import { TOPIC_ACCESS_RULES } from '../records/topic/topic.access.js';
import { VISIT_ACCESS_RULES } from '../records/visit/visit.access.js';
import { ANALYTICS_ACCESS_RULES } from '../views/analytics/analytics.access.js';
import { BRIEFING_ACCESS_RULES } from '../views/briefing/briefing.access.js';
import { GRAPH_ACCESS_RULES } from '../views/graph/graph.access.js';
import { PLANNING_ACCESS_RULES } from '../views/planning/planning.access.js';
import { PROVENANCE_SUMMARY_ACCESS_RULES } from '../views/provenance/provenance-summary.access.js';
import { SEARCH_ACCESS_RULES } from '../views/search/search.access.js';
import { TIMELINE_ACCESS_RULES } from '../views/timeline/timeline.access.js';
import '../api/user-errors.js'; // the GraphQL shape of kernel's UserError and UserErrorCode
import { NodeResolver } from '../api/node.resolver.js';
import { IMPORT_ACCESS_RULES, ImportResolver } from './bulk.resolver.js';

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

/** Every area's root-field access rules, registered here once, in one visible place (a field declared twice fails start-up). */
for (const rules of [
  SEARCH_ACCESS_RULES,
  AUTH_ACCESS_RULES,
  AUDIT_ACCESS_RULES,
  INSTITUTION_ACCESS_RULES,
  PERSON_ACCESS_RULES,
  RELATION_ACCESS_RULES,
  AGREEMENT_ACCESS_RULES,
  EVENT_ACCESS_RULES,
  VISIT_ACCESS_RULES,
  DOCUMENT_ACCESS_RULES,
  COMMITMENT_ACCESS_RULES,
  PROVENANCE_ACCESS_RULES,
  TOPIC_ACCESS_RULES,
  GRAPH_ACCESS_RULES,
  PLANNING_ACCESS_RULES,
  TIMELINE_ACCESS_RULES,
  ANALYTICS_ACCESS_RULES,
  PROVENANCE_SUMMARY_ACCESS_RULES,
  IMPORT_ACCESS_RULES,
  BRIEFING_ACCESS_RULES,
]) {
  registerAccessRules(rules);
}

let cached: Promise<GraphQLSchema> | undefined;

/** Builds the executable schema from the decorated classes (once per process). */
export function buildAccordSchema(): Promise<GraphQLSchema> {
  cached ??= buildSchema({
    resolvers: resolvers as [Function, ...Function[]],
    validate: false,
  }).then((schema) => {
    // type-graphql has no decorator for the root types themselves.
    schema.getQueryType()!.description = 'Reads. Every query needs at least the VIEWER role unless its description says otherwise.';
    schema.getMutationType()!.description = 'Writes. Each mutation runs as one transaction and reports refused input as `userErrors` (nothing written).';
    return guardRootFields(schema);
  });
  return cached;
}

/** The SDL committed as schema/schema.graphql: sorted, so the file only changes when the API does. */
export async function printAccordSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await buildAccordSchema()))}\n`;
}
