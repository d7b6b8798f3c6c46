import type { FilterQuery } from '@mikro-orm/core';
import { type EntityManager, raw } from '@mikro-orm/postgresql';
import { z } from 'zod';
import type { RequestContext } from '../../api/context.js';
import { BadInputError, UserError, UserErrorCode, UserErrorsException } from '../../kernel/errors.js';
import { fromGlobalId, toGlobalId } from '../../kernel/global-id.js';
import type { ConnectionShape, PageRequest } from '../../api/relay.js';
import { Institution } from '../institution/institution.entity.js';
import { partialDateInput, periodsOverlap, TemporalStatus } from '../../kernel/periods.js';
import { Person } from '../person/person.entity.js';
import { checkVersion, type MutationOutcome, runMutation } from '../../api/mutation.js';
import { isOrderedRange, todayIso } from '../../kernel/partial-date.js';
import { argumentId, deleteRecord, getRecord, listConnection, recordToChange, referencedRecord, requiredRecord } from '../../api/records.js';
import { optionalText, parseInput } from '../../kernel/validation.js';
import { Relation } from './relation.entity.js';
import { RelationKind } from './relation.enums.js';
import type { CreateRelationInput, DeleteRelationInput, RelationFilter, RelationOrder, UpdateRelationInput } from './relation.inputs.js';
import { kindFitsSubject, SUBJECTS_BY_KIND, type SubjectType } from './relation.rules.js';
import { uncitedCondition } from '../../api/list-conditions.js';

const TYPE = 'Relation';

const fields = {
  kind: z.enum(RelationKind),
  subjectInstitutionId: z.string().nullish(),
  subjectPersonId: z.string().nullish(),
  objectId: z.string().nullish(),
  role: optionalText(300),
  startDate: partialDateInput,
  endDate: partialDateInput,
  description: optionalText(20_000),
};
const CreateSchema = z.object(fields);
const UpdateSchema = z.object({
  ...fields,
  // left out = unchanged; an explicit null cannot clear a required field
  kind: fields.kind.nullish().refine((v) => v !== null, { message: 'is required', params: { code: UserErrorCode.REQUIRED } }),
  id: z.string(),
  version: z.number().int().nullish(),
});

export function getRelation(ctx: RequestContext, globalId: string): Promise<Relation> {
  return getRecord(ctx, Relation, globalId);
}

// ── Listing ─────────────────────────────────────────────────────────────────────────────────────

/**
 * SQL for "the period may include day `?`" and for each derived status, on the partial-date
 * columns through accord_date_from/accord_date_to. The reference day is passed in (today in UTC,
 * the same day the `status` field uses), so the filter and the field always agree.
 */
const STARTED = (a: string) => `(${a}.start_date is null or accord_date_from(${a}.start_date) <= ?::date)`;
const NOT_ENDED = (a: string) => `(${a}.end_date is null or accord_date_to(${a}.end_date) >= ?::date)`;
const STATUS_SQL: Record<TemporalStatus, (a: string) => string> = {
  UPCOMING: (a) => `(${a}.start_date is not null and accord_date_from(${a}.start_date) > ?::date)`,
  ACTIVE: (a) => `(${STARTED(a)} and ${NOT_ENDED(a)})`,
  ENDED: (a) => `(${STARTED(a)} and ${a}.end_date is not null and accord_date_to(${a}.end_date) < ?::date)`,
};
const PLACEHOLDERS: Record<TemporalStatus, number> = { UPCOMING: 1, ACTIVE: 2, ENDED: 2 };

function statusCondition(statuses: TemporalStatus[], today: string): FilterQuery<Relation> {
  const wanted = [...new Set(statuses)];
  const params = wanted.flatMap((s) => Array<string>(PLACEHOLDERS[s]).fill(today));
  return { [raw((a) => `(${wanted.map((s) => STATUS_SQL[s](a)).join(' or ')})`, params)]: [] } as FilterQuery<Relation>;
}

function relationWhere(filter: RelationFilter | null | undefined): FilterQuery<Relation> {
  if (!filter) return {};
  const conditions: FilterQuery<Relation>[] = [];
  if (filter.kind?.length) conditions.push({ kind: { $in: filter.kind } });
  const uncited = uncitedCondition(filter.uncited);
  if (uncited) conditions.push(uncited as FilterQuery<Relation>);
  if (filter.institutionId != null) {
    const id = argumentId(Institution, filter.institutionId, 'filter.institutionId');
    conditions.push({ $or: [{ subjectInstitution: id }, { object: id }] });
  }
  if (filter.subjectId != null) {
    const decoded = fromGlobalId(filter.subjectId);
    if (decoded?.type === 'Institution') conditions.push({ subjectInstitution: decoded.id });
    else if (decoded?.type === 'Person') conditions.push({ subjectPerson: decoded.id });
    else throw new BadInputError('filter.subjectId', 'is not an Institution or Person ID');
  }
  if (filter.objectId != null) conditions.push({ object: argumentId(Institution, filter.objectId, 'filter.objectId') });
  if (filter.status?.length) conditions.push(statusCondition(filter.status, todayIso()));
  if (filter.activeOn != null) {
    conditions.push({ [raw((a) => `(${STARTED(a)} and ${NOT_ENDED(a)})`, [filter.activeOn, filter.activeOn])]: [] } as FilterQuery<Relation>);
  }
  return conditions.length ? { $and: conditions } : {};
}

const ORDER_COLUMN = { START_DATE: 'startDate', KIND: 'kind', CREATED_AT: 'createdAt', UPDATED_AT: 'updatedAt' } as const;

export function listRelations(
  ctx: RequestContext,
  filter: RelationFilter | null | undefined,
  order: RelationOrder | null | undefined,
  page: PageRequest,
): Promise<ConnectionShape<Relation>> {
  const column = ORDER_COLUMN[order?.field ?? 'CREATED_AT'];
  return listConnection(ctx, Relation, relationWhere(filter), { [column]: order?.direction === 'DESC' ? 'desc' : 'asc' }, page);
}

// ── Rules ───────────────────────────────────────────────────────────────────────────────────────

type Subject = { type: SubjectType; record: Institution | Person };

/**
 * Exactly one subject: an institution or a person (global IDs in force after the change; null or
 * undefined = none). Both or neither is a userError.
 */
async function resolveSubject(em: EntityManager, institutionId: string | null | undefined, personId: string | null | undefined): Promise<Subject> {
  const hasInstitution = institutionId != null && institutionId !== '';
  const hasPerson = personId != null && personId !== '';
  if (hasInstitution && hasPerson) {
    throw new UserErrorsException([
      UserError.of(['input', 'subjectPersonId'], UserErrorCode.INVALID_VALUE, 'give either subjectInstitutionId or subjectPersonId, not both'),
    ]);
  }
  if (!hasInstitution && !hasPerson) {
    throw new UserErrorsException([
      UserError.of(['input', 'subjectInstitutionId'], UserErrorCode.REQUIRED, 'a relation needs a subject: subjectInstitutionId or subjectPersonId'),
    ]);
  }
  if (hasInstitution) {
    const record = (await referencedRecord(em, Institution, institutionId, ['input', 'subjectInstitutionId'])) as Institution;
    return { type: 'Institution', record };
  }
  const record = (await referencedRecord(em, Person, personId, ['input', 'subjectPersonId'])) as Person;
  return { type: 'Person', record };
}

function setSubject(em: EntityManager, relation: Relation, subject: Subject): void {
  if (subject.type === 'Institution') {
    relation.subjectInstitution = em.getReference(Institution, subject.record.id, { wrapped: true });
    relation.subjectPerson = null;
  } else {
    relation.subjectPerson = em.getReference(Person, subject.record.id, { wrapped: true });
    relation.subjectInstitution = null;
  }
}

/** Shape rules that need no other rows: kind fits subject, not self-related, dates in order. */
function checkShape(relation: Relation, subject: Subject): void {
  const errors: UserError[] = [];
  if (!kindFitsSubject(relation.kind, subject.type)) {
    const allowed = SUBJECTS_BY_KIND[relation.kind].map((t) => `an ${t.toLowerCase()}`).join(' or ');
    errors.push(UserError.of(['input', 'kind'], UserErrorCode.INVALID_VALUE, `the subject of a ${relation.kind} relation must be ${allowed}`));
  }
  if (subject.type === 'Institution' && subject.record.id === relation.object.id) {
    errors.push(UserError.of(['input', 'objectId'], UserErrorCode.INVALID_VALUE, 'an institution cannot relate to itself'));
  }
  if (!isOrderedRange(relation.startDate, relation.endDate)) {
    errors.push(UserError.of(['input', 'endDate'], UserErrorCode.INVALID_DATE_RANGE, 'the end date lies before the start date'));
  }
  if (errors.length > 0) throw new UserErrorsException(errors);
}

/**
 * No two relations of the same kind between the same subject and object over overlapping dates.
 * A transaction-scoped advisory lock on (kind, subject, object) serialises concurrent writers of
 * the same pair, so two racing requests cannot both pass the check.
 */
async function checkNoDuplicate(em: EntityManager, relation: Relation): Promise<void> {
  const subjectId = relation.subjectInstitution?.id ?? relation.subjectPerson?.id;
  await em.execute('select pg_advisory_xact_lock(hashtext(?)) as locked', [`relation:${relation.kind}:${subjectId}:${relation.object.id}`]);
  const others = await em.find(Relation, {
    kind: relation.kind,
    object: relation.object.id,
    ...(relation.subjectInstitution ? { subjectInstitution: relation.subjectInstitution.id } : { subjectPerson: relation.subjectPerson!.id }),
    id: { $ne: relation.id },
  });
  const clash = others.find((other) => periodsOverlap(other, relation));
  if (clash) {
    throw new UserErrorsException([
      UserError.of(
        ['input', 'startDate'],
        UserErrorCode.DUPLICATE,
        `a ${relation.kind} relation between the same subject and object already covers these dates (relation ${toGlobalId(TYPE, clash.id)})`,
      ),
    ]);
  }
}

// ── Mutations ───────────────────────────────────────────────────────────────────────────────────

export function createRelation(ctx: RequestContext, input: CreateRelationInput): Promise<MutationOutcome<Relation>> {
  return runMutation(ctx, async (em) => {
    const data = parseInput(CreateSchema, input);
    const subject = await resolveSubject(em, data.subjectInstitutionId, data.subjectPersonId);
    const object = await requiredRecord(em, Institution, data.objectId, ['input', 'objectId']);
    const relation = em.create(Relation, {
      kind: data.kind,
      object: em.getReference(Institution, object.id, { wrapped: true }),
      role: data.role ?? null,
      startDate: data.startDate ?? null,
      endDate: data.endDate ?? null,
      description: data.description ?? null,
    });
    setSubject(em, relation, subject);
    checkShape(relation, subject);
    await checkNoDuplicate(em, relation);
    await em.flush();
    return relation;
  });
}

export function updateRelation(ctx: RequestContext, input: UpdateRelationInput): Promise<MutationOutcome<Relation>> {
  return runMutation(ctx, async (em) => {
    const data = parseInput(UpdateSchema, input);
    const relation = await recordToChange(em, Relation, data.id);
    checkVersion(relation.version, data.version);

    // The subject after the change: what the input names, else what is stored.
    const institutionId =
      data.subjectInstitutionId !== undefined
        ? data.subjectInstitutionId
        : relation.subjectInstitution && toGlobalId('Institution', relation.subjectInstitution.id);
    const personId =
      data.subjectPersonId !== undefined ? data.subjectPersonId : relation.subjectPerson && toGlobalId('Person', relation.subjectPerson.id);
    const subject = await resolveSubject(em, institutionId, personId);
    setSubject(em, relation, subject);

    if (data.objectId !== undefined) {
      const object = await requiredRecord(em, Institution, data.objectId, ['input', 'objectId']);
      relation.object = em.getReference(Institution, object.id, { wrapped: true });
    }
    if (data.kind != null) relation.kind = data.kind;
    if (data.role !== undefined) relation.role = data.role;
    if (data.startDate !== undefined) relation.startDate = data.startDate;
    if (data.endDate !== undefined) relation.endDate = data.endDate;
    if (data.description !== undefined) relation.description = data.description;
    checkShape(relation, subject);
    await checkNoDuplicate(em, relation);
    await em.flush();
    return relation;
  });
}

export function deleteRelation(ctx: RequestContext, input: DeleteRelationInput): Promise<MutationOutcome<string>> {
  return runMutation(ctx, async (em) => {
    const relation = await recordToChange(em, Relation, input.id);
    checkVersion(relation.version, input.version);
    await deleteRecord(em, relation, []);
    await em.flush();
    return toGlobalId(TYPE, relation.id);
  });
}
