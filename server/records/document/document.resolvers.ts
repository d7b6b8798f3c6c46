// Every GraphQL resolver class of this area, for the schema build (server/app/schema.ts).
import './document.access.js'; // registers this area's access rules
import { provenanceResolver } from '../provenance/provenance.fields.js';
import { Document } from './document.entity.js';
import { DocumentPartyResolver, DocumentResolver, InstitutionDocumentsResolver } from './document.resolver.js';
import { DocumentParty } from './document-party.entity.js';

export const documentResolvers: Function[] = [
  DocumentResolver,
  DocumentPartyResolver,
  InstitutionDocumentsResolver,
  ...provenanceResolver(Document, { topics: true }),
  ...provenanceResolver(DocumentParty),
];
