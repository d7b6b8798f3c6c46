// Every GraphQL resolver class of this area, for the schema build (server/graphql/schema.ts).
import { provenanceResolver } from '../provenance/provenance.fields.js';
import { Claim } from './claim.entity.js';
import { Source } from './source.entity.js';

export const provenanceResolvers: Function[] = [
  ...provenanceResolver(Source),
  ...provenanceResolver(Claim),
];
