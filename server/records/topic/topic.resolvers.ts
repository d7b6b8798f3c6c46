// Every GraphQL resolver class of this area, for the schema build (server/app/schema.ts).
import type { ClassType } from 'type-graphql';
import { Agreement } from '../agreement/agreement.entity.js';
import { Commitment } from '../commitment/commitment.entity.js';
import { Document } from '../document/document.entity.js';
import { Event } from '../event/event.entity.js';
import { Visit } from '../visit/visit.entity.js';
import { topicsResolver } from './topic.fields.js';
import { TopicResolver } from './topic.resolver.js';

/** The record types a tagging can name (TaggableType): each gets a `topics` field. */
const TAGGABLE: ClassType<{ id: string }>[] = [Agreement, Event, Visit, Document, Commitment];

export const topicResolvers: Function[] = [TopicResolver, ...TAGGABLE.map((type) => topicsResolver(type))];
