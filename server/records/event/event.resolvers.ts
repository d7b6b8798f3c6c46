// Every GraphQL resolver class of this area, for the schema build (server/app/schema.ts).
import './event.access.js'; // registers this area's access rules
import { provenanceResolver } from '../provenance/provenance.fields.js';
import { Event } from './event.entity.js';
import { EventResolver, EventSeriesResolver, InstitutionEventsResolver, ParticipationResolver } from './event.resolver.js';
import { EventSeries } from './event-series.entity.js';
import { Participation } from './participation.entity.js';

export const eventResolvers: Function[] = [
  EventResolver,
  EventSeriesResolver,
  ParticipationResolver,
  InstitutionEventsResolver,
  ...provenanceResolver(Event, { topics: true }),
  ...provenanceResolver(EventSeries),
  ...provenanceResolver(Participation),
];
