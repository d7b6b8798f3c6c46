// Every GraphQL resolver class of this area, for the schema build (server/app/schema.ts).
import './commitment.access.js'; // registers this area's access rules
import { provenanceResolver } from '../provenance/provenance.fields.js';
import { Commitment } from './commitment.entity.js';
import { CommitmentResolver, InstitutionCommitmentsResolver } from './commitment.resolver.js';

export const commitmentResolvers: Function[] = [
  CommitmentResolver,
  InstitutionCommitmentsResolver,
  ...provenanceResolver(Commitment, { topics: true }),
];
