// Every GraphQL resolver class of this area, for the schema build (server/app/schema.ts).
import './topic.access.js'; // registers this area's access rules
import { provenanceResolver } from '../provenance/provenance.fields.js';
import { TopicResolver } from './topic.resolver.js';
import { Topic } from './topic.entity.js';

export const topicResolvers: Function[] = [
  TopicResolver,
  ...provenanceResolver(Topic),
];
