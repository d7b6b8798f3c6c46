import type { FilterQuery } from '@mikro-orm/core';
import { chainReaches } from '../../api/chains.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import type { RequestContext } from '../../api/context.js';
import { BadInputError, UserError, UserErrorCode, UserErrorsException } from '../../kernel/errors.js';
import { decodeIdOf, toGlobalId } from '../../kernel/global-id.js';
import type { ConnectionShape, PageRequest } from '../../api/relay.js';
import { resolveRecordRef } from '../../api/record-ref.js';
import { checkVersion, type MutationOutcome, runMutation } from '../../api/mutation.js';
import { argumentId, deleteRecord, getRecord, listConnection, recordToChange, referencedRecord } from '../../api/records.js';
import { escapeLike, foldForSearch } from '../../kernel/text.js';
import { optionalText, parseInput, requiredText } from '../../kernel/validation.js';
import { Tagging } from './tagging.entity.js';
import { Topic } from './topic.entity.js';
import type { CreateTopicInput, DeleteTopicInput, TagRecordInput, TopicFilter, TopicOrder, UpdateTopicInput } from './topic.inputs.js';
import { TAGGABLE_TYPES } from './topic.inputs.js';
import { uncitedCondition } from '../../api/list-conditions.js';

const MAX_SLUG = 100;
const MAX_TOPICS_PER_CALL = 50;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** "Children’s rights" → "childrens-rights", "Mine action (demining)" → "mine-action-demining". */
export function slugify(name: string): string {
  return foldForSearch(name)
    .replace(/'/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_SLUG)
    .replace(/^-+|-+$/g, '');
}

const slugField = z
  .string()
  .trim()
  .toLowerCase()
  .max(MAX_SLUG, { message: `must be at most ${MAX_SLUG} characters` })
  .refine((v) => v === '' || SLUG.test(v), { message: 'must be lower-case letters and digits joined by single hyphens, e.g. "climate-justice"' })
  .nullish()
  .transform((v) => (v === undefined ? undefined : v === null || v === '' ? null : v));

const fields = {
  name: requiredText(200),
  slug: slugField,
  description: optionalText(20_000),
  parentId: z.string().nullish(),
};
const CreateSchema = z.object(fields);
const UpdateSchema = z.object({ ...fields, name: fields.name.optional(), id: z.string(), version: z.number().int().nullish() });
const TagSchema = z.object({
  recordId: z.string(),
  topicIds: z.array(z.string()).max(MAX_TOPICS_PER_CALL, { message: `at most ${MAX_TOPICS_PER_CALL} topics per call` }),
});

const ORDER_COLUMN = { NAME: 'name', SLUG: 'slug', CREATED_AT: 'createdAt', UPDATED_AT: 'updatedAt' } as const;

export function getTopic(ctx: RequestContext, globalId: string): Promise<Topic> {
  return getRecord(ctx, Topic, globalId);
}

function filterWhere(filter: TopicFilter | null | undefined): FilterQuery<Topic> {
  if (!filter) return {};
  const and: object[] = [];
  if (filter.parentId != null) and.push({ parent: argumentId(Topic, filter.parentId, 'filter.parentId') });
  if (filter.hasParent != null) and.push({ parent: filter.hasParent ? { $ne: null } : null });
  const uncited = uncitedCondition(filter.uncited);
  if (uncited) and.push(uncited);
  if (filter.search != null) {
    if (filter.search.length > 200) throw new BadInputError('filter.search', 'must be at most 200 characters');
    const term = filter.search.trim();
    if (term) {
      const pattern = `%${escapeLike(term)}%`;
      and.push({ $or: [{ name: { $ilike: pattern } }, { slug: { $like: `%${escapeLike(slugify(term) || term)}%` } }] });
    }
  }
  return (and.length ? { $and: and } : {}) as FilterQuery<Topic>;
}

export function listTopics(
  ctx: RequestContext,
  filter: TopicFilter | null | undefined,
  order: TopicOrder | null | undefined,
  page: PageRequest,
): Promise<ConnectionShape<Topic>> {
  const dir = order?.direction === 'DESC' ? 'desc' : 'asc';
  return listConnection(ctx, Topic, filterWhere(filter), { [ORDER_COLUMN[order?.field ?? 'NAME']]: dir }, page);
}

function duplicateError(field: 'name' | 'slug'): UserError {
  return UserError.of(['input', field], UserErrorCode.DUPLICATE, `another topic already has this ${field}`);
}

/** Sets the slug: the given one, or one made from the name. */
function applySlug(topic: Topic, slug: string | null | undefined): void {
  if (slug) {
    topic.slug = slug;
    return;
  }
  const made = slugify(topic.name);
  if (!made) {
    throw new UserErrorsException([
      UserError.of(['input', 'slug'], UserErrorCode.REQUIRED, 'no slug can be made from this name; give one (lower-case latin letters, digits, hyphens)'),
    ]);
  }
  topic.slug = made;
}

async function checkUnique(em: EntityManager, topic: Topic): Promise<void> {
  const byName = await em.count(Topic, { name: { $ilike: escapeLike(topic.name) }, id: { $ne: topic.id } });
  if (byName > 0) throw new UserErrorsException([duplicateError('name')]);
  const bySlug = await em.count(Topic, { slug: topic.slug, id: { $ne: topic.id } });
  if (bySlug > 0) throw new UserErrorsException([duplicateError('slug')]);
}

/** Refuses a parent that is the topic itself or one of its descendants. */
async function checkNoCycle(em: EntityManager, self: Topic, parent: Topic): Promise<void> {
  if (await chainReaches(em, Topic, 'parent', parent.id, self.id)) {
    throw new UserErrorsException([UserError.of(['input', 'parentId'], UserErrorCode.CYCLE, 'a topic cannot be its own broader topic')]);
  }
}

export async function createTopic(ctx: RequestContext, input: CreateTopicInput): Promise<MutationOutcome<Topic>> {
  return runMutation(
    ctx,
    async (em) => {
      const data = parseInput(CreateSchema, input);
      const topic = em.create(Topic, { name: data.name, slug: '', description: data.description ?? null });
      applySlug(topic, data.slug);
      const parent = await referencedRecord(em, Topic, data.parentId, ['input', 'parentId']);
      if (parent) topic.parent = em.getReference(Topic, parent.id, { wrapped: true });
      await checkUnique(em, topic);
      await em.flush();
      return topic;
    },
    () => duplicateError('name'),
  );
}

export async function updateTopic(ctx: RequestContext, input: UpdateTopicInput): Promise<MutationOutcome<Topic>> {
  return runMutation(
    ctx,
    async (em) => {
      const data = parseInput(UpdateSchema, input);
      const topic = await recordToChange(em, Topic, data.id);
      checkVersion(topic.version, data.version);
      if (data.name !== undefined) topic.name = data.name;
      if (data.description !== undefined) topic.description = data.description;
      // The slug is a stable key: it changes only when asked (null = make it again from the name).
      if (data.slug !== undefined) applySlug(topic, data.slug);
      const parent = await referencedRecord(em, Topic, data.parentId, ['input', 'parentId']);
      if (parent === null) topic.parent = null;
      if (parent) {
        await checkNoCycle(em, topic, parent);
        topic.parent = em.getReference(Topic, parent.id, { wrapped: true });
      }
      await checkUnique(em, topic);
      await em.flush();
      return topic;
    },
    () => duplicateError('name'),
  );
}

export async function deleteTopic(ctx: RequestContext, input: DeleteTopicInput): Promise<MutationOutcome<string>> {
  return runMutation(ctx, async (em) => {
    const topic = await recordToChange(em, Topic, input.id);
    checkVersion(topic.version, input.version);
    if (input.detach) {
      const children = await em.find(Topic, { parent: topic.id });
      for (const child of children) child.parent = topic.parent ?? null;
      await em.flush();
      await em.nativeDelete(Tagging, { topic: topic.id });
    }
    await deleteRecord(em, topic, [
      { entity: Topic, field: 'parent', label: 'sub-topic{|s} (pass detach: true)' },
      { entity: Tagging, field: 'topic', label: 'tagged record{|s} (pass detach: true)' },
    ]);
    await em.flush();
    return toGlobalId('Topic', topic.id);
  });
}

type TaggingOutcome = { record: object; topics: Topic[] };

/** Validates a tag/untag input: the record (a taggable type) and the topics. */
async function resolveTagging(em: EntityManager, input: TagRecordInput) {
  const data = parseInput(TagSchema, input);
  const record = await resolveRecordRef(em, data.recordId, ['input', 'recordId'], {
    accepts: (type) => TAGGABLE_TYPES.includes(type),
    message: (type) => `a ${type} cannot be tagged; topics apply to ${TAGGABLE_TYPES.join(', ')}`,
  });
  const ids = data.topicIds.map((globalId, i) => {
    const id = decodeIdOf('Topic', globalId);
    if (!id) throw new UserErrorsException([UserError.of(['input', 'topicIds', String(i)], UserErrorCode.INVALID_ID, 'is not a Topic ID')]);
    return id;
  });
  const topics = ids.length ? await em.find(Topic, { id: { $in: ids } }) : [];
  const found = new Set(topics.map((t) => t.id));
  const missing = ids.findIndex((id) => !found.has(id));
  if (missing >= 0) {
    throw new UserErrorsException([UserError.of(['input', 'topicIds', String(missing)], UserErrorCode.NOT_FOUND, 'no Topic has this ID')]);
  }
  return { record, topicIds: [...new Set(ids)] };
}

async function topicsOf(em: EntityManager, recordId: string): Promise<Topic[]> {
  const tags = await em.find(Tagging, { recordId }, { populate: ['topic'] });
  return tags.map((t) => t.topic.getEntity()).sort((a, b) => a.name.localeCompare(b.name));
}

export async function tagRecord(ctx: RequestContext, input: TagRecordInput): Promise<MutationOutcome<TaggingOutcome>> {
  return runMutation(
    ctx,
    async (em) => {
      const { record, topicIds } = await resolveTagging(em, input);
      const existing = await em.find(Tagging, { recordId: record.id, topic: { $in: topicIds } });
      const have = new Set(existing.map((t) => t.topic.id));
      for (const topicId of topicIds.filter((id) => !have.has(id))) {
        em.create(Tagging, { topic: em.getReference(Topic, topicId, { wrapped: true }), recordId: record.id, recordType: record.type });
      }
      await em.flush();
      return { record: record.record, topics: await topicsOf(em, record.id) };
    },
    () => UserError.of(['input', 'topicIds'], UserErrorCode.CONFLICT, 'the record was tagged concurrently; retry'),
  );
}

export async function untagRecord(ctx: RequestContext, input: TagRecordInput): Promise<MutationOutcome<TaggingOutcome>> {
  return runMutation(ctx, async (em) => {
    const { record, topicIds } = await resolveTagging(em, input);
    if (topicIds.length) await em.nativeDelete(Tagging, { recordId: record.id, topic: { $in: topicIds } });
    return { record: record.record, topics: await topicsOf(em, record.id) };
  });
}
