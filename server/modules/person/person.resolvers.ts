// Every GraphQL resolver class of this area, for the schema build (server/graphql/schema.ts).
import { provenanceResolver } from '../provenance/provenance.fields.js';
import { Person } from './person.entity.js';
import { Post } from './post.entity.js';
import { Tenure } from './tenure.entity.js';

export const personResolvers: Function[] = [
  ...provenanceResolver(Person),
  ...provenanceResolver(Post),
  ...provenanceResolver(Tenure),
];
