// Every GraphQL resolver class of this area, for the schema build (server/app/schema.ts).
import { InstitutionRelationFields, PersonRelationFields, RelationResolver } from './relation.resolver.js';

export const relationResolvers: Function[] = [
  RelationResolver,
  InstitutionRelationFields,
  PersonRelationFields,
];
