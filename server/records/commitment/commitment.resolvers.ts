// Every GraphQL resolver class of this area, for the schema build (server/app/schema.ts).
import { CommitmentResolver, DocumentCommitmentsResolver, InstitutionCommitmentsResolver } from './commitment.resolver.js';

export const commitmentResolvers: Function[] = [
  CommitmentResolver,
  DocumentCommitmentsResolver,
  InstitutionCommitmentsResolver,
];
