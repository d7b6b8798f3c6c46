// Every GraphQL resolver class of this area, for the schema build (server/app/schema.ts).
import './provenance.access.js'; // registers this area's access rules
import { provenanceResolver } from './provenance.fields.js';
import { Claim } from './claim.entity.js';
import { CitationResolver, ClaimResolver, SourceResolver } from './provenance.resolver.js';
import { Source } from './source.entity.js';

export const provenanceResolvers: Function[] = [
  SourceResolver,
  CitationResolver,
  ClaimResolver,
  // Source.citations lists the records citing the source (SourceResolver), not sources it cites.
  ...provenanceResolver(Source, { citations: false }),
  ...provenanceResolver(Claim),
];
