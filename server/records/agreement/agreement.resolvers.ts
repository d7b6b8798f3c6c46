// Every GraphQL resolver class of this area, for the schema build (server/app/schema.ts).
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
];
