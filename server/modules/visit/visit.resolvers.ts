// Every GraphQL resolver class of this area, for the schema build (server/graphql/schema.ts).
import { provenanceResolver } from '../provenance/provenance.fields.js';
import { Visit } from './visit.entity.js';
import { VisitMember } from './visit-member.entity.js';

export const visitResolvers: Function[] = [
  ...provenanceResolver(Visit, { topics: true }),
  ...provenanceResolver(VisitMember),
];
