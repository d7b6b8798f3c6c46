// Every GraphQL resolver class of this area, for the schema build (server/graphql/schema.ts).
import { provenanceResolver } from '../provenance/provenance.fields.js';
import { Event } from './event.entity.js';
import { EventSeries } from './event-series.entity.js';
import { Participation } from './participation.entity.js';

export const eventResolvers: Function[] = [
  ...provenanceResolver(Event, { topics: true }),
  ...provenanceResolver(EventSeries),
  ...provenanceResolver(Participation),
];
