// Every GraphQL resolver class of this area, for the schema build (server/graphql/schema.ts).
import { provenanceResolver } from '../provenance/provenance.fields.js';
import { Agreement } from './agreement.entity.js';
import { AgreementAction } from './agreement-action.entity.js';
import { AgreementParty } from './agreement-party.entity.js';

export const agreementResolvers: Function[] = [
  ...provenanceResolver(Agreement, { topics: true }),
  ...provenanceResolver(AgreementParty),
  ...provenanceResolver(AgreementAction),
];
