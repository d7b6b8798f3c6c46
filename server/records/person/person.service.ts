import type { FilterQuery } from '@mikro-orm/core';
import { type EntityManager, raw } from '@mikro-orm/postgresql';
import { z } from 'zod';
import type { RequestContext } from '../../api/context.js';
import { BadInputError, UserError, UserErrorCode, UserErrorsException } from '../../kernel/errors.js';
import { toGlobalId } from '../../kernel/global-id.js';
import type { ConnectionShape, PageRequest } from '../../api/relay.js';
import { Institution } from '../institution/institution.entity.js';
import { checkVersion, type MutationOutcome, runMutation } from '../../api/mutation.js';
import { isOrderedRange } from '../../kernel/partial-date.js';
import { argumentId, deleteRecord, getRecord, listConnection, recordToChange, requiredRecord } from '../../api/records.js';
import { detachReferences, referenceCounts, referencesTo } from '../../api/references.js';
import { escapeLike, foldForSearch } from '../../kernel/text.js';
import { countryCode, isCountryCode, optionalText, parseInput, requiredText } from '../../kernel/validation.js';
import { partialDateInput, periodsOverlap } from '../../kernel/periods.js';
import { Person } from './person.entity.js';
import {
  type CreatePersonInput,
  type CreatePostInput,
  type CreateTenureInput,
  type DeletePersonInput,
  type DeletePostInput,
  type DeleteTenureInput,
  type PersonFilter,
  type PersonOrder,
  PersonOrderField,
  type PostFilter,
  type PostOrder,
  PostOrderField,
  type UpdatePersonInput,
  type UpdatePostInput,
  type UpdateTenureInput,
} from './person.inputs.js';
import { Post } from './post.entity.js';
import { Tenure } from './tenure.entity.js';
import { uncitedCondition } from '../../api/list-conditions.js';

function inUse(parts: string[], hint: string): UserErrorsException {
  return new UserErrorsException([UserError.of(['input', 'id'], UserErrorCode.IN_USE, `still referenced by ${parts.join(', ')}; ${hint}`)]);
}

function orderColumn<K extends string>(columns: Record<K, string>, order: { field: K; direction: string } | null | undefined, fallback: NoInfer<K>) {
  return { [columns[order?.field ?? fallback]]: order?.direction === 'DESC' ? 'desc' : 'asc' } as Record<string, 'asc' | 'desc'>;
}

function searchTerm(search: string | null | undefined, argument: string): string | null {
  if (search == null) return null;
  if (search.length > 200) throw new BadInputError(argument, 'must be at most 200 characters');
  const term = foldForSearch(search);
  return term ? `%${escapeLike(term)}%` : null;
}

// ── Person ──────────────────────────────────────────────────────────────────────────────────────

const aliasList = z
  .array(requiredText(300))
  .max(50, { message: 'at most 50 aliases' })
  .nullish()
  .transform((v) => (v === undefined ? undefined : [...new Set(v ?? [])]));

const personFields = {
  name: requiredText(300),
  honorific: optionalText(50),
  aliases: aliasList,
  country: countryCode,
  description: optionalText(20_000),
};
const CreatePersonSchema = z.object(personFields);
const UpdatePersonSchema = z.object({ ...personFields, name: personFields.name.optional(), id: z.string(), version: z.number().int().nullish() });

export function getPerson(ctx: RequestContext, globalId: string): Promise<Person> {
  return getRecord(ctx, Person, globalId);
}

function personWhere(filter: PersonFilter | null | undefined): FilterQuery<Person> {
  const conditions: FilterQuery<Person>[] = [];
  if (!filter) return {};
  if (filter.country?.length) {
    const codes = filter.country.map((c) => c.trim().toUpperCase());
    const bad = codes.find((c) => !isCountryCode(c));
    if (bad !== undefined) throw new BadInputError('filter.country', `"${bad}" is not an ISO 3166-1 alpha-2 code`);
    conditions.push({ country: { $in: codes } });
  }
  const term = searchTerm(filter.search, 'filter.search');
  if (term) conditions.push({ searchText: { $like: term } });
  const uncited = uncitedCondition(filter.uncited);
  if (uncited) conditions.push(uncited as FilterQuery<Person>);
  if (filter.institutionId != null) {
    const institutionId = argumentId(Institution, filter.institutionId, 'filter.institutionId');
    conditions.push({
      [raw(
        (alias) =>
          `${alias}.id in (select t.person_id from tenure t join post p on p.id = t.post_id where p.institution_id = ?)`,
        [institutionId],
      )]: [],
    } as FilterQuery<Person>);
  }
  return conditions.length ? { $and: conditions } : {};
}

const PERSON_ORDER = { NAME: 'name', CREATED_AT: 'createdAt', UPDATED_AT: 'updatedAt' } as const;

export function listPeople(
  ctx: RequestContext,
  filter: PersonFilter | null | undefined,
  order: PersonOrder | null | undefined,
  page: PageRequest,
): Promise<ConnectionShape<Person>> {
  return listConnection(ctx, Person, personWhere(filter), orderColumn(PERSON_ORDER, order, PersonOrderField.NAME), page);
}

export function createPerson(ctx: RequestContext, input: CreatePersonInput): Promise<MutationOutcome<Person>> {
  return runMutation(ctx, async (em) => {
    const data = parseInput(CreatePersonSchema, input);
    const person = em.create(Person, {
      name: data.name,
      honorific: data.honorific ?? null,
      aliases: data.aliases ?? [],
      country: data.country ?? null,
      description: data.description ?? null,
      searchText: '',
    });
    person.refreshSearchKeys();
    await em.flush();
    return person;
  });
}

export function updatePerson(ctx: RequestContext, input: UpdatePersonInput): Promise<MutationOutcome<Person>> {
  return runMutation(ctx, async (em) => {
    const data = parseInput(UpdatePersonSchema, input);
    const person = await recordToChange(em, Person, data.id);
    checkVersion(person.version, data.version);
    if (data.name !== undefined) person.name = data.name;
    if (data.honorific !== undefined) person.honorific = data.honorific;
    if (data.aliases !== undefined) person.aliases = data.aliases;
    if (data.country !== undefined) person.country = data.country;
    if (data.description !== undefined) person.description = data.description;
    person.refreshSearchKeys();
    await em.flush();
    return person;
  });
}

export function deletePerson(ctx: RequestContext, input: DeletePersonInput): Promise<MutationOutcome<string>> {
  return runMutation(ctx, async (em) => {
    const person = await recordToChange(em, Person, input.id);
    checkVersion(person.version, input.version);
    // Declared where each foreign key is: the person's own tenures and relations are detachable
    // (deleted with the person); everything else that names the person always blocks the delete.
    const references = referencesTo(em, Person);
    const blocking = await referenceCounts(em, person.id, input.detach ? references.filter((r) => !r.detach) : references);
    if (blocking.length > 0) {
      throw inUse(
        blocking,
        input.detach
          ? 'remove or re-point what refers to it first'
          : 'delete the person’s tenures and relations together with the person (detach: true); other records must be removed first',
      );
    }
    // The flush deletes them before the person they point at.
    if (input.detach) await detachReferences(em, person.id, references);
    await deleteRecord(em, person, []);
    await em.flush();
    return toGlobalId('Person', person.id);
  });
}

// ── Post ────────────────────────────────────────────────────────────────────────────────────────

const postFields = {
  title: requiredText(300),
  institutionId: z.string().nullish(),
  isHead: z.boolean().nullish(),
  description: optionalText(20_000),
};
const CreatePostSchema = z.object(postFields);
const UpdatePostSchema = z.object({ ...postFields, title: postFields.title.optional(), id: z.string(), version: z.number().int().nullish() });

export function getPost(ctx: RequestContext, globalId: string): Promise<Post> {
  return getRecord(ctx, Post, globalId);
}

function postWhere(filter: PostFilter | null | undefined): FilterQuery<Post> {
  const where: FilterQuery<Post> & Record<string, unknown> = {};
  if (!filter) return where;
  if (filter.institutionId != null) where.institution = argumentId(Institution, filter.institutionId, 'filter.institutionId');
  if (filter.isHead != null) where.isHead = filter.isHead;
  Object.assign(where, uncitedCondition(filter.uncited));
  if (filter.search != null) {
    if (filter.search.length > 200) throw new BadInputError('filter.search', 'must be at most 200 characters');
    const term = filter.search.trim();
    if (term) where.title = { $ilike: `%${escapeLike(term)}%` };
  }
  return where;
}

const POST_ORDER = { TITLE: 'title', CREATED_AT: 'createdAt', UPDATED_AT: 'updatedAt' } as const;

export function listPosts(
  ctx: RequestContext,
  filter: PostFilter | null | undefined,
  order: PostOrder | null | undefined,
  page: PageRequest,
): Promise<ConnectionShape<Post>> {
  return listConnection(ctx, Post, postWhere(filter), orderColumn(POST_ORDER, order, PostOrderField.TITLE), page);
}

const duplicatePost = () =>
  UserError.of(['input', 'title'], UserErrorCode.DUPLICATE, 'the institution already has a post with this title');

/** One title per institution, ignoring case and accents (the database also guards the exact title). */
async function checkPostUnique(em: EntityManager, post: Post): Promise<void> {
  const siblings = await em.find(Post, { institution: post.institution.id, id: { $ne: post.id } }, { fields: ['id', 'title'] });
  const key = foldForSearch(post.title);
  if (siblings.some((s) => foldForSearch(s.title) === key)) throw new UserErrorsException([duplicatePost()]);
}

export function createPost(ctx: RequestContext, input: CreatePostInput): Promise<MutationOutcome<Post>> {
  return runMutation(
    ctx,
    async (em) => {
      const data = parseInput(CreatePostSchema, input);
      const institution = await requiredRecord(em, Institution, data.institutionId, ['input', 'institutionId']);
      const post = em.create(Post, {
        title: data.title,
        institution: em.getReference(Institution, institution.id, { wrapped: true }),
        isHead: data.isHead ?? false,
        description: data.description ?? null,
      });
      await checkPostUnique(em, post);
      await em.flush();
      return post;
    },
    duplicatePost,
  );
}

export function updatePost(ctx: RequestContext, input: UpdatePostInput): Promise<MutationOutcome<Post>> {
  return runMutation(
    ctx,
    async (em) => {
      const data = parseInput(UpdatePostSchema, input);
      const post = await recordToChange(em, Post, data.id);
      checkVersion(post.version, data.version);
      if (data.institutionId !== undefined) {
        const institution = await requiredRecord(em, Institution, data.institutionId, ['input', 'institutionId']);
        post.institution = em.getReference(Institution, institution.id, { wrapped: true });
      }
      if (data.title !== undefined) post.title = data.title;
      if (data.isHead !== undefined) post.isHead = data.isHead ?? false;
      if (data.description !== undefined) post.description = data.description;
      await checkPostUnique(em, post);
      await em.flush();
      return post;
    },
    duplicatePost,
  );
}

export function deletePost(ctx: RequestContext, input: DeletePostInput): Promise<MutationOutcome<string>> {
  return runMutation(ctx, async (em) => {
    const post = await recordToChange(em, Post, input.id);
    checkVersion(post.version, input.version);
    const references = referencesTo(em, Post);
    if (input.detach) {
      await detachReferences(em, post.id, references);
    } else {
      const parts = await referenceCounts(em, post.id, references);
      if (parts.length > 0) throw inUse(parts, 'delete the post together with what refers to it (detach: true), or remove that first');
    }
    await deleteRecord(em, post, []);
    await em.flush();
    return toGlobalId('Post', post.id);
  });
}

// ── Tenure ──────────────────────────────────────────────────────────────────────────────────────

const tenureFields = {
  personId: z.string().nullish(),
  postId: z.string().nullish(),
  startDate: partialDateInput,
  endDate: partialDateInput,
  acting: z.boolean().nullish(),
};
const CreateTenureSchema = z.object(tenureFields);
const UpdateTenureSchema = z.object({ ...tenureFields, id: z.string(), version: z.number().int().nullish() });

export function getTenure(ctx: RequestContext, globalId: string): Promise<Tenure> {
  return getRecord(ctx, Tenure, globalId);
}

/** Dates in order, and no second tenure of the same person in the same post over the same days. */
async function checkTenure(em: EntityManager, tenure: Tenure): Promise<void> {
  if (!isOrderedRange(tenure.startDate, tenure.endDate)) {
    throw new UserErrorsException([
      UserError.of(['input', 'endDate'], UserErrorCode.INVALID_DATE_RANGE, 'the end date lies before the start date'),
    ]);
  }
  const others = await em.find(Tenure, { person: tenure.person.id, post: tenure.post.id, id: { $ne: tenure.id } });
  const clash = others.find((other) => periodsOverlap(other, tenure));
  if (clash) {
    throw new UserErrorsException([
      UserError.of(
        ['input', 'startDate'],
        UserErrorCode.DUPLICATE,
        `this person already holds this post over overlapping dates (tenure ${toGlobalId('Tenure', clash.id)})`,
      ),
    ]);
  }
}

export function createTenure(ctx: RequestContext, input: CreateTenureInput): Promise<MutationOutcome<Tenure>> {
  return runMutation(ctx, async (em) => {
    const data = parseInput(CreateTenureSchema, input);
    const person = await requiredRecord(em, Person, data.personId, ['input', 'personId']);
    const post = await requiredRecord(em, Post, data.postId, ['input', 'postId']);
    const tenure = em.create(Tenure, {
      person: em.getReference(Person, person.id, { wrapped: true }),
      post: em.getReference(Post, post.id, { wrapped: true }),
      startDate: data.startDate ?? null,
      endDate: data.endDate ?? null,
      acting: data.acting ?? false,
    });
    await checkTenure(em, tenure);
    await em.flush();
    return tenure;
  });
}

export function updateTenure(ctx: RequestContext, input: UpdateTenureInput): Promise<MutationOutcome<Tenure>> {
  return runMutation(ctx, async (em) => {
    const data = parseInput(UpdateTenureSchema, input);
    const tenure = await recordToChange(em, Tenure, data.id);
    checkVersion(tenure.version, data.version);
    if (data.personId !== undefined) {
      const person = await requiredRecord(em, Person, data.personId, ['input', 'personId']);
      tenure.person = em.getReference(Person, person.id, { wrapped: true });
    }
    if (data.postId !== undefined) {
      const post = await requiredRecord(em, Post, data.postId, ['input', 'postId']);
      tenure.post = em.getReference(Post, post.id, { wrapped: true });
    }
    if (data.startDate !== undefined) tenure.startDate = data.startDate;
    if (data.endDate !== undefined) tenure.endDate = data.endDate;
    if (data.acting !== undefined) tenure.acting = data.acting ?? false;
    await checkTenure(em, tenure);
    await em.flush();
    return tenure;
  });
}

export function deleteTenure(ctx: RequestContext, input: DeleteTenureInput): Promise<MutationOutcome<string>> {
  return runMutation(ctx, async (em) => {
    const tenure = await recordToChange(em, Tenure, input.id);
    checkVersion(tenure.version, input.version);
    await deleteRecord(em, tenure, []);
    await em.flush();
    return toGlobalId('Tenure', tenure.id);
  });
}
