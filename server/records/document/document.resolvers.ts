// Every GraphQL resolver class of this area, for the schema build (server/app/schema.ts).
import { DocumentPartyResolver, DocumentResolver, EventDocumentsResolver, InstitutionDocumentsResolver } from './document.resolver.js';

export const documentResolvers: Function[] = [
  DocumentResolver,
  DocumentPartyResolver,
  EventDocumentsResolver,
  InstitutionDocumentsResolver,
];
