// Every GraphQL resolver class of the analytics area, for the schema build (server/graphql/schema.ts).
import './analytics.access.js';
import { AnalyticsResolver, StatsGroupResolver } from './analytics.resolver.js';

export const analyticsResolvers: Function[] = [AnalyticsResolver, StatsGroupResolver];
