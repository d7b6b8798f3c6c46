// Every GraphQL resolver class of the timeline area, for the schema build (server/app/schema.ts).
import { TimelineDocumentResolver, TimelineEventResolver, TimelineItemResolver, TimelineResolver } from './timeline.resolver.js';

export const timelineResolvers: Function[] = [TimelineResolver, TimelineItemResolver, TimelineEventResolver, TimelineDocumentResolver];
