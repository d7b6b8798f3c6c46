import { type FilterQuery, raw, ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import type { RequestContext } from '../../api/context.js';
import { BadInputError, NotFoundError, UserError, UserErrorCode, UserErrorsException } from '../../kernel/errors.js';
import { toGlobalId } from '../../kernel/global-id.js';
import type { ConnectionShape, PageRequest } from '../../api/relay.js';
import { Document } from '../document/document.entity.js';
import { seesConfidential } from '../../api/visibility.js';
import { ScheduleStatus } from '../event/event.enums.js';
import { heldInFutureError, partialDate, scheduleErrors, scheduleMoveError } from '../event/schedule.js';
import { Institution } from '../institution/institution.entity.js';
import { Person } from '../person/person.entity.js';
import { checkVersion, type MutationOutcome, runMutation } from '../../api/mutation.js';
import { earliestOf, latestOf } from '../../kernel/partial-date.js';
import { argumentId, getRecord, listConnection, recordToChange, referencedRecord, removeAttachments, requiredRecord } from '../../api/records.js';
import { countryCode, isCountryCode, optionalText, parseInput, requiredText } from '../../kernel/validation.js';
import { Visit } from './visit.entity.js';
import { DelegationRole, VisitDirection, VisitPurpose } from './visit.enums.js';
import type {
  AddVisitMemberInput,
  CreateVisitInput,
  DeleteVisitInput,
  RemoveVisitMemberInput,
  UpdateVisitInput,
  VisitFilter,
  VisitOrder,
} from './visit.inputs.js';
import { VisitMember } from './visit-member.entity.js';
import { uncitedCondition } from '../../api/list-conditions.js';

const TYPE = 'Visit';
const MAX_MEMBERS = 200;

const memberSchema = z.object({
  personId: z.string().nullish(),
  institutionId: z.string().nullish(),
  role: z.enum(DelegationRole).nullish(),
});
type MemberData = z.output<typeof memberSchema>;

const fields = {
  title: requiredText(500),
  delegationOfId: z.string(),
  hostId: z.string().nullish(),
  direction: z.enum(VisitDirection),
  purpose: z.enum(VisitPurpose),
  status: z.enum(ScheduleStatus).nullish(),
  startDate: partialDate,
  endDate: partialDate,
  place: optionalText(300),
  country: countryCode,
  outcomeId: z.string().nullish(),
  description: optionalText(20_000),
  confidential: z.boolean().nullish(),
};

const CreateSchema = z.object({
  ...fields,
  members: z.array(memberSchema).max(MAX_MEMBERS, { message: `at most ${MAX_MEMBERS} members` }).nullish(),
});
const UpdateSchema = z.object({
  ...fields,
  title: fields.title.optional(),
  delegationOfId: fields.delegationOfId.optional(),
  direction: fields.direction.optional(),
  purpose: fields.purpose.optional(),
  status: z.enum(ScheduleStatus).optional(),
  id: z.string(),
  version: z.number().int().nullish(),
});
const AddMemberSchema = memberSchema.extend({ visitId: z.string() });

const ORDER_COLUMN = { START_DATE: 'startDate', TITLE: 'title', CREATED_AT: 'createdAt', UPDATED_AT: 'updatedAt' } as const;

// ---------------------------------------------------------------------------------------------
// Queries

/** One visit; NOT_FOUND also for a confidential one the caller may not see. */
export async function getVisit(ctx: RequestContext, globalId: string): Promise<Visit> {
  const visit = await getRecord(ctx, Visit, globalId);
  if (visit.confidential && !seesConfidential(ctx)) throw new NotFoundError('Visit', globalId);
  return visit;
}

function visitWhere(filter: VisitFilter | null | undefined, confidentialVisible: boolean): FilterQuery<Visit> {
  const where: Record<string | symbol, unknown> = {};
  if (!confidentialVisible) where.confidential = false;
  if (!filter) return where;
  if (filter.purpose?.length) where.purpose = { $in: filter.purpose };
  if (filter.status?.length) where.status = { $in: filter.status };
  if (filter.direction != null) where.direction = filter.direction;
  Object.assign(where, uncitedCondition(filter.uncited));
  if (filter.institutionId != null) {
    const id = argumentId(Institution, filter.institutionId, 'filter.institutionId');
    where.$or = [{ delegationOf: id }, { host: id }];
  }
  if (filter.country?.length) {
    const codes = filter.country.map((c) => c.trim().toUpperCase());
    const bad = codes.find((c) => !isCountryCode(c));
    if (bad !== undefined) throw new BadInputError('filter.country', `"${bad}" is not an ISO 3166-1 alpha-2 code`);
    where.country = { $in: codes };
  }
  if (filter.from != null) {
    where[raw((alias) => `accord_date_to(coalesce(${alias}.end_date, ${alias}.start_date))`)] = { $gte: earliestOf(filter.from) };
  }
  if (filter.to != null) {
    where[raw((alias) => `accord_date_from(${alias}.start_date)`)] = { $lte: latestOf(filter.to) };
  }
  return where as FilterQuery<Visit>;
}

export function listVisits(
  ctx: RequestContext,
  filter: VisitFilter | null | undefined,
  order: VisitOrder | null | undefined,
  page: PageRequest,
): Promise<ConnectionShape<Visit>> {
  const dir = order?.direction === 'DESC' ? 'desc' : 'asc';
  return listConnection(ctx, Visit, visitWhere(filter, seesConfidential(ctx)), { [ORDER_COLUMN[order?.field ?? 'START_DATE']]: dir }, page);
}

// ---------------------------------------------------------------------------------------------
// Rules

async function buildMember(em: EntityManager, visit: Visit, data: MemberData, path: string[]): Promise<VisitMember> {
  const person = await referencedRecord(em, Person, data.personId, [...path, 'personId']);
  const institution = await referencedRecord(em, Institution, data.institutionId, [...path, 'institutionId']);
  if (!person && !institution) {
    throw new UserErrorsException([UserError.of([...path, 'personId'], UserErrorCode.REQUIRED, 'give exactly one of personId and institutionId')]);
  }
  if (person && institution) {
    throw new UserErrorsException([
      UserError.of([...path, 'institutionId'], UserErrorCode.INVALID_VALUE, 'give exactly one of personId and institutionId, not both'),
    ]);
  }
  return em.create(VisitMember, {
    visit: ref(visit),
    person: person ? ref(person) : null,
    institution: institution ? ref(institution) : null,
    role: data.role ?? DelegationRole.MEMBER,
  });
}

const memberKey = (m: VisitMember) => m.person?.id ?? m.institution?.id;

/** A person or institution is in a delegation at most once. */
async function checkMemberUnique(em: EntityManager, member: VisitMember, path: string[], pending: VisitMember[] = []): Promise<void> {
  const duplicate = () =>
    new UserErrorsException([
      UserError.of([...path, member.person ? 'personId' : 'institutionId'], UserErrorCode.DUPLICATE, 'already a member of this delegation'),
    ]);
  if (pending.some((m) => m !== member && memberKey(m) === memberKey(member))) throw duplicate();
  const clash = await em.findOne(VisitMember, {
    visit: member.visit.id,
    id: { $ne: member.id },
    ...(member.person ? { person: member.person.id } : { institution: member.institution!.id }),
  });
  if (clash) throw duplicate();
}

function checkVisit(visit: Visit, statusField: string[]): void {
  const errors = scheduleErrors(visit);
  const held = heldInFutureError(visit.status, visit.startDate, statusField);
  if (held) errors.push(held);
  if (visit.host && visit.host.id === visit.delegationOf.id) {
    errors.push(UserError.of(['input', 'hostId'], UserErrorCode.INVALID_VALUE, 'the host must be another institution than the delegation’s'));
  }
  if (errors.length > 0) throw new UserErrorsException(errors);
}

async function findVisit(em: EntityManager, globalId: string, field = ['input', 'id']): Promise<Visit> {
  return recordToChange(em, Visit, globalId, field);
}

type VisitData = Partial<z.output<typeof CreateSchema>>;

function assignFields(visit: Visit, data: VisitData): void {
  const keys = ['title', 'direction', 'purpose', 'startDate', 'endDate', 'place', 'country', 'description'] as const;
  for (const key of keys) {
    const value = data[key];
    if (value !== undefined) (visit as unknown as Record<string, unknown>)[key] = value;
  }
  if (data.confidential != null) visit.confidential = data.confidential;
}

async function assignReferences(em: EntityManager, visit: Visit, data: VisitData): Promise<void> {
  if (data.delegationOfId !== undefined) {
    visit.delegationOf = ref(await requiredRecord(em, Institution, data.delegationOfId, ['input', 'delegationOfId']));
  }
  if (data.hostId !== undefined) {
    const host = await referencedRecord(em, Institution, data.hostId, ['input', 'hostId']);
    visit.host = host ? ref(host) : null;
  }
  if (data.outcomeId !== undefined) {
    const outcome = await referencedRecord(em, Document, data.outcomeId, ['input', 'outcomeId']);
    visit.outcome = outcome ? ref(outcome) : null;
  }
}

// ---------------------------------------------------------------------------------------------
// Mutations

export async function createVisit(ctx: RequestContext, input: CreateVisitInput): Promise<MutationOutcome<Visit>> {
  return runMutation(ctx, async (em) => {
    const data = parseInput(CreateSchema, input);
    const delegationOf = await requiredRecord(em, Institution, data.delegationOfId, ['input', 'delegationOfId']);
    const visit = em.create(Visit, {
      title: data.title,
      delegationOf: ref(delegationOf),
      direction: data.direction,
      purpose: data.purpose,
      status: data.status ?? ScheduleStatus.PLANNED,
    });
    assignFields(visit, data);
    await assignReferences(em, visit, { ...data, delegationOfId: undefined });
    checkVisit(visit, ['input', 'status']);
    const members: VisitMember[] = [];
    for (const [i, m] of (data.members ?? []).entries()) {
      const path = ['input', 'members', String(i)];
      const member = await buildMember(em, visit, m, path);
      // Keep the order given: `members` lists by creation time.
      member.createdAt = new Date(visit.createdAt.getTime() + i + 1);
      member.updatedAt = member.createdAt;
      members.push(member);
      await checkMemberUnique(em, member, path, members);
    }
    await em.flush();
    return visit;
  });
}

export async function updateVisit(ctx: RequestContext, input: UpdateVisitInput): Promise<MutationOutcome<Visit>> {
  return runMutation(ctx, async (em) => {
    const data = parseInput(UpdateSchema, input);
    const visit = await findVisit(em, data.id);
    checkVersion(visit.version, data.version);
    if (data.status !== undefined && data.status !== visit.status) {
      const refused = scheduleMoveError(visit.status, data.status);
      if (refused) throw new UserErrorsException([refused]);
      visit.status = data.status;
    }
    assignFields(visit, data);
    await assignReferences(em, visit, data);
    checkVisit(visit, data.status !== undefined || data.startDate === undefined ? ['input', 'status'] : ['input', 'startDate']);
    await em.flush();
    return visit;
  });
}

export async function deleteVisit(ctx: RequestContext, input: DeleteVisitInput): Promise<MutationOutcome<string>> {
  return runMutation(ctx, async (em) => {
    const visit = await findVisit(em, input.id);
    checkVersion(visit.version, input.version);
    // Members go with the visit (ON DELETE CASCADE); their citations too.
    const members = await em.find(VisitMember, { visit: visit.id }, { fields: ['id'] });
    await removeAttachments(em, [visit.id, ...members.map((m) => m.id)]);
    em.remove(visit);
    await em.flush();
    return toGlobalId(TYPE, visit.id);
  });
}

export async function addVisitMember(ctx: RequestContext, input: AddVisitMemberInput): Promise<MutationOutcome<VisitMember>> {
  return runMutation(ctx, async (em) => {
    const data = parseInput(AddMemberSchema, input);
    const visit = await requiredRecord(em, Visit, data.visitId, ['input', 'visitId']);
    const member = await buildMember(em, visit, data, ['input']);
    await checkMemberUnique(em, member, ['input']);
    await em.flush();
    return member;
  });
}

export async function removeVisitMember(ctx: RequestContext, input: RemoveVisitMemberInput): Promise<MutationOutcome<string>> {
  return runMutation(ctx, async (em) => {
    const member = await recordToChange(em, VisitMember, input.id);
    checkVersion(member.version, input.version);
    await removeAttachments(em, [member.id]);
    em.remove(member);
    await em.flush();
    return toGlobalId('VisitMember', member.id);
  });
}
