// Every GraphQL resolver class of this area, for the schema build (server/app/schema.ts).
import { provenanceResolver } from '../provenance/provenance.fields.js';
import './relation.access.js';
import { Relation } from './relation.entity.js';
import { InstitutionRelationFields, PersonRelationFields, RelationResolver } from './relation.resolver.js';

export const relationResolvers: Function[] = [
  RelationResolver,
  InstitutionRelationFields,
  PersonRelationFields,
  ...provenanceResolver(Relation),
];
