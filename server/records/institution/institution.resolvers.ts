// Every GraphQL resolver class of this area, for the schema build (server/app/schema.ts).
import { provenanceResolver } from '../provenance/provenance.fields.js';
import { Institution } from './institution.entity.js';
import { InstitutionResolver } from './institution.resolver.js';

export const institutionResolvers: Function[] = [InstitutionResolver, ...provenanceResolver(Institution)];
