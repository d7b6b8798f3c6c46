// Every GraphQL resolver class of this area, for the schema build (server/app/schema.ts).
import './visit.access.js'; // registers this area's access rules
import { provenanceResolver } from '../provenance/provenance.fields.js';
import { Visit } from './visit.entity.js';
import { InstitutionVisitsResolver, VisitMemberResolver, VisitResolver } from './visit.resolver.js';
import { VisitMember } from './visit-member.entity.js';

export const visitResolvers: Function[] = [
  VisitResolver,
  VisitMemberResolver,
  InstitutionVisitsResolver,
  ...provenanceResolver(Visit, { topics: true }),
  ...provenanceResolver(VisitMember),
];
