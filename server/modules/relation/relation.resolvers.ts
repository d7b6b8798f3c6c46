// Every GraphQL resolver class of this area, for the schema build (server/graphql/schema.ts).
import { provenanceResolver } from '../provenance/provenance.fields.js';
import { Relation } from './relation.entity.js';

export const relationResolvers: Function[] = [
  ...provenanceResolver(Relation),
];
