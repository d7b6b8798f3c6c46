// Every GraphQL resolver class of this area, for the schema build (server/app/schema.ts).
import { provenanceResolver } from '../provenance/provenance.fields.js';
import './person.access.js';
import { Person } from './person.entity.js';
import { InstitutionPeopleFields, PersonResolver, PostResolver, TenureResolver } from './person.resolver.js';
import { Post } from './post.entity.js';
import { Tenure } from './tenure.entity.js';

export const personResolvers: Function[] = [
  PersonResolver,
  PostResolver,
  TenureResolver,
  InstitutionPeopleFields,
  ...provenanceResolver(Person),
  ...provenanceResolver(Post),
  ...provenanceResolver(Tenure),
];
