// Every GraphQL resolver class of this area, for the schema build (server/app/schema.ts).
import { provenanceResolver } from '../provenance/provenance.fields.js';
import { Agreement } from './agreement.entity.js';
import { AgreementAction } from './agreement-action.entity.js';
import { AgreementParty } from './agreement-party.entity.js';
import {
  AgreementActionResolver,
  AgreementPartyResolver,
  AgreementResolver,
  InstitutionAgreementsResolver,
} from './agreement.resolver.js';

export const agreementResolvers: Function[] = [
  AgreementResolver,
  AgreementPartyResolver,
  AgreementActionResolver,
  InstitutionAgreementsResolver,
  ...provenanceResolver(Agreement, { topics: true }),
  ...provenanceResolver(AgreementParty),
  ...provenanceResolver(AgreementAction),
];
