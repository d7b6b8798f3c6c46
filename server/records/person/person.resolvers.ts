// Every GraphQL resolver class of this area, for the schema build (server/app/schema.ts).
import { InstitutionPeopleFields, PersonResolver, PostResolver, TenureResolver } from './person.resolver.js';

export const personResolvers: Function[] = [
  PersonResolver,
  PostResolver,
  TenureResolver,
  InstitutionPeopleFields,
];
