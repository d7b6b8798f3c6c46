import type { GraphQLResolveInfo } from 'graphql';
import type { Prefetch } from '../../api/record-loaders.js';
import type { FilterQuery } from '@mikro-orm/core';
import { chainReaches } from '../../api/chains.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import type { RequestContext } from '../../api/context.js';
import { BadInputError, UserError, UserErrorCode, UserErrorsException } from '../../kernel/errors.js';
import { decodeIdOf, toGlobalId } from '../../kernel/global-id.js';
import type { ConnectionShape, PageRequest } from '../../api/relay.js';
import { checkVersion, type MutationOutcome, runMutation } from '../../api/mutation.js';
import { deleteRecord, getRecord, listConnection, recordToChange, referencedRecord } from '../../api/records.js';
import { referencesTo } from '../../api/references.js';
import { escapeLike, foldForSearch } from '../../kernel/text.js';
import { countryCode, isCountryCode, optionalText, parseInput, requiredText, webUrl } from '../../kernel/validation.js';
import { Institution } from './institution.entity.js';
import type {
  CreateInstitutionInput,
  DeleteInstitutionInput,
  InstitutionFilter,
  InstitutionOrder,
  UpdateInstitutionInput,
} from './institution.inputs.js';
import { InstitutionKind, InstitutionStatus } from './institution.kind.js';
import { uncitedCondition } from '../../api/list-conditions.js';

const TYPE = 'Institution';

const aliasList = z
  .array(requiredText(300))
  .max(50, { message: 'at most 50 aliases' })
  .nullish()
  .transform((v) => (v === undefined ? undefined : [...new Set(v ?? [])]));

const fields = {
  name: requiredText(300),
  acronym: optionalText(50),
  aliases: aliasList,
  kind: z.enum(InstitutionKind),
  country: countryCode,
  parentId: z.string().nullish(),
  website: webUrl,
  description: optionalText(20_000),
  status: z.enum(InstitutionStatus).nullish(),
  identifiers: z
    .array(z.object({ scheme: requiredText(50).transform((v) => v.toUpperCase()), value: requiredText(300), url: webUrl }))
    .max(30, { message: 'at most 30 identifiers' })
    .nullish()
    .superRefine((list, issue) => {
      const seen = new Set<string>();
      list?.forEach((item, i) => {
        const key = `${item.scheme}:${item.value}`;
        if (seen.has(key)) issue.addIssue({ code: 'custom', path: [i], message: 'duplicate identifier', params: { code: UserErrorCode.DUPLICATE } });
        seen.add(key);
      });
    }),
};

const CreateSchema = z.object(fields);
const UpdateSchema = z.object({
  ...fields,
  name: fields.name.optional(),
  kind: fields.kind.optional(),
  id: z.string(),
  version: z.number().int().nullish(),
});

const ORDER_COLUMN = { NAME: 'name', KIND: 'kind', CREATED_AT: 'createdAt', UPDATED_AT: 'updatedAt' } as const;

/** Fetches one institution by global ID, or fails with NOT_FOUND. */
export function getInstitution(ctx: RequestContext, globalId: string): Promise<Institution> {
  return getRecord(ctx, Institution, globalId);
}

function filterWhere(filter: InstitutionFilter | null | undefined): FilterQuery<Institution> {
  const where: FilterQuery<Institution> & Record<string, unknown> = {};
  if (!filter) return where;
  if (filter.kind?.length) where.kind = { $in: filter.kind };
  if (filter.status?.length) where.status = { $in: filter.status };
  if (filter.country?.length) {
    const codes = filter.country.map((c) => c.trim().toUpperCase());
    const bad = codes.find((c) => !isCountryCode(c));
    if (bad !== undefined) throw new BadInputError('filter.country', `"${bad}" is not an ISO 3166-1 alpha-2 code`);
    where.country = { $in: codes };
  }
  if (filter.parentId != null) {
    const parentId = decodeIdOf(TYPE, filter.parentId);
    if (!parentId) throw new BadInputError('filter.parentId', 'is not an Institution ID');
    where.parent = parentId;
  }
  if (filter.hasParent != null) where.parent = filter.hasParent ? { $ne: null } : null;
  Object.assign(where, uncitedCondition(filter.uncited));
  if (filter.search != null) {
    if (filter.search.length > 200) throw new BadInputError('filter.search', 'must be at most 200 characters');
    const term = foldForSearch(filter.search);
    if (term) where.searchText = { $like: `%${escapeLike(term)}%` };
  }
  return where;
}

/** An institution's parent, read with the page when the query selects it (the `parent` resolver loads it by id). */
const PAGE_PREFETCH: Prefetch[] = [{ prop: 'parent', field: 'parent', entity: Institution }];

export async function listInstitutions(
  ctx: RequestContext,
  filter: InstitutionFilter | null | undefined,
  order: InstitutionOrder | null | undefined,
  page: PageRequest,
  info?: GraphQLResolveInfo,
): Promise<ConnectionShape<Institution>> {
  const dir = order?.direction === 'DESC' ? 'desc' : 'asc';
  const column = ORDER_COLUMN[order?.field ?? 'NAME'];
  return listConnection(ctx, Institution, filterWhere(filter), { [column]: dir }, page, info, PAGE_PREFETCH);
}

async function resolveParent(em: EntityManager, parentGlobalId: string | null | undefined): Promise<Institution | null | undefined> {
  return referencedRecord(em, Institution, parentGlobalId, ['input', 'parentId']);
}

/** Refuses a parent that is the institution itself or one of its descendants. */
async function checkNoCycle(em: EntityManager, self: Institution, parent: Institution): Promise<void> {
  if (await chainReaches(em, Institution, 'parent', parent.id, self.id)) {
    throw new UserErrorsException([
      UserError.of(['input', 'parentId'], UserErrorCode.CYCLE, 'an institution cannot be its own ancestor'),
    ]);
  }
}

async function checkUnique(em: EntityManager, self: Institution): Promise<void> {
  const clash = await em.findOne(Institution, {
    nameKey: self.nameKey,
    country: self.country ?? null,
    id: { $ne: self.id },
  });
  if (clash) throw new UserErrorsException([duplicateError(self)]);
}

function duplicateError(self: Pick<Institution, 'country'>): UserError {
  const where = self.country ? `in ${self.country}` : 'without a country';
  return UserError.of(['input', 'name'], UserErrorCode.DUPLICATE, `an institution with this name already exists ${where}`);
}

export async function createInstitution(
  ctx: RequestContext,
  input: CreateInstitutionInput,
): Promise<MutationOutcome<Institution>> {
  let country: string | null | undefined;
  return runMutation(
    ctx,
    async (em) => {
      const data = parseInput(CreateSchema, input);
      country = data.country;
      const institution = em.create(Institution, {
        name: data.name,
        acronym: data.acronym ?? null,
        aliases: data.aliases ?? [],
        kind: data.kind,
        country: data.country ?? null,
        website: data.website ?? null,
        description: data.description ?? null,
        status: data.status ?? InstitutionStatus.ACTIVE,
        identifiers: (data.identifiers ?? []).map((i) => ({ ...i, url: i.url ?? null })),
        nameKey: '',
        searchText: '',
      });
      institution.refreshSearchKeys();
      const parent = await resolveParent(em, data.parentId);
      if (parent) institution.parent = em.getReference(Institution, parent.id, { wrapped: true });
      await checkUnique(em, institution);
      await em.flush();
      return institution;
    },
    () => duplicateError({ country }),
  );
}

export async function updateInstitution(
  ctx: RequestContext,
  input: UpdateInstitutionInput,
): Promise<MutationOutcome<Institution>> {
  let country: string | null | undefined;
  return runMutation(
    ctx,
    async (em) => {
      const data = parseInput(UpdateSchema, input);
      const institution = await recordToChange(em, Institution, data.id);
      checkVersion(institution.version, data.version);
      if (data.name !== undefined) institution.name = data.name;
      if (data.kind !== undefined) institution.kind = data.kind;
      if (data.acronym !== undefined) institution.acronym = data.acronym;
      if (data.aliases !== undefined) institution.aliases = data.aliases;
      if (data.country !== undefined) institution.country = data.country;
      if (data.website !== undefined) institution.website = data.website;
      if (data.description !== undefined) institution.description = data.description;
      if (data.status != null) institution.status = data.status;
      if (data.identifiers !== undefined) institution.identifiers = (data.identifiers ?? []).map((i) => ({ ...i, url: i.url ?? null }));
      country = institution.country;
      institution.refreshSearchKeys();
      const parent = await resolveParent(em, data.parentId);
      if (parent === null) institution.parent = null;
      if (parent) {
        await checkNoCycle(em, institution, parent);
        institution.parent = em.getReference(Institution, parent.id, { wrapped: true });
      }
      await checkUnique(em, institution);
      await em.flush();
      return institution;
    },
    () => duplicateError({ country }),
  );
}

export async function deleteInstitution(
  ctx: RequestContext,
  input: DeleteInstitutionInput,
): Promise<MutationOutcome<string>> {
  return runMutation(ctx, async (em) => {
    const institution = await recordToChange(em, Institution, input.id);
    checkVersion(institution.version, input.version);
    const children = await em.find(Institution, { parent: institution.id });
    if (children.length > 0 && !input.detachChildren) {
      throw new UserErrorsException([
        UserError.of(
          ['input', 'id'],
          UserErrorCode.IN_USE,
          `${children.length} institution(s) have this one as parent; pass detachChildren: true to make them top-level`,
        ),
      ]);
    }
    for (const child of children) child.parent = null;
    if (children.length > 0) await em.flush();
    // Everything else that can point at an institution (declared where each foreign key is) refuses the delete.
    await deleteRecord(em, institution, referencesTo(em, Institution));
    await em.flush();
    return toGlobalId(TYPE, institution.id);
  });
}
