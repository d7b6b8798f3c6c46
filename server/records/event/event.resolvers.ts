// Every GraphQL resolver class of this area, for the schema build (server/app/schema.ts).
import { EventResolver, EventSeriesResolver, InstitutionEventsResolver, ParticipationResolver, PersonEventsResolver } from './event.resolver.js';

export const eventResolvers: Function[] = [
  EventResolver,
  EventSeriesResolver,
  ParticipationResolver,
  InstitutionEventsResolver,
  PersonEventsResolver,
];
