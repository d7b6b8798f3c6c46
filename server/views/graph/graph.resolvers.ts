// Every GraphQL resolver class of this area, for the schema build (server/app/schema.ts).
import {
  ConnectionPathFields,
  CooperationEdgeFields,
  CooperationMetricsFields,
  CooperationPathFields,
  GraphResolver,
  NeighbourhoodFields,
  NetworkNodeFields,
} from './graph.resolver.js';

export const graphResolvers: Function[] = [
  GraphResolver,
  CooperationEdgeFields,
  NetworkNodeFields,
  NeighbourhoodFields,
  CooperationPathFields,
  ConnectionPathFields,
  CooperationMetricsFields,
];
