// Every GraphQL resolver class of this area, for the schema build (server/app/schema.ts).
import { InstitutionVisitsResolver, PersonVisitsResolver, VisitMemberResolver, VisitResolver } from './visit.resolver.js';

export const visitResolvers: Function[] = [
  VisitResolver,
  VisitMemberResolver,
  InstitutionVisitsResolver,
  PersonVisitsResolver,
];
