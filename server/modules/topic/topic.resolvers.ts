// Every GraphQL resolver class of this area, for the schema build (server/graphql/schema.ts).
import { provenanceResolver } from '../provenance/provenance.fields.js';
import { Topic } from './topic.entity.js';

export const topicResolvers: Function[] = [
  ...provenanceResolver(Topic),
];
