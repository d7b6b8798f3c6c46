// Every GraphQL resolver class of the analytics area, for the schema build (server/app/schema.ts).
import { AnalyticsResolver, StatsGroupResolver } from './analytics.resolver.js';

export const analyticsResolvers: Function[] = [AnalyticsResolver, StatsGroupResolver];
