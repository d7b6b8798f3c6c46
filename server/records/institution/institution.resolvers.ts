// Every GraphQL resolver class of this area, for the schema build (server/app/schema.ts).
import { InstitutionResolver } from './institution.resolver.js';

export const institutionResolvers: Function[] = [InstitutionResolver];
