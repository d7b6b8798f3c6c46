// Every GraphQL resolver class of this area, for the schema build (server/graphql/schema.ts).
import { provenanceResolver } from '../provenance/provenance.fields.js';
import { Commitment } from './commitment.entity.js';

export const commitmentResolvers: Function[] = [
  ...provenanceResolver(Commitment, { topics: true }),
];
