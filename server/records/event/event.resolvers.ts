// Every GraphQL resolver class of this area, for the schema build (server/app/schema.ts).
import { EventResolver, EventSeriesResolver, InstitutionEventsResolver, ParticipationResolver } from './event.resolver.js';

export const eventResolvers: Function[] = [
  EventResolver,
  EventSeriesResolver,
  ParticipationResolver,
  InstitutionEventsResolver,
];
