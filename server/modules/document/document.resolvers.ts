// Every GraphQL resolver class of this area, for the schema build (server/graphql/schema.ts).
import { provenanceResolver } from '../provenance/provenance.fields.js';
import { Document } from './document.entity.js';
import { DocumentParty } from './document-party.entity.js';

export const documentResolvers: Function[] = [
  ...provenanceResolver(Document, { topics: true }),
  ...provenanceResolver(DocumentParty),
];
