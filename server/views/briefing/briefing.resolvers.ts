// Every GraphQL resolver class of the briefing view, for the schema build (server/app/schema.ts).
import { BriefingResolver } from './briefing.resolver.js';

export const briefingResolvers: Function[] = [BriefingResolver];
