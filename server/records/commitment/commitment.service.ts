import type { FilterQuery } from '@mikro-orm/core';
import { type EntityManager, raw } from '@mikro-orm/postgresql';
import { z } from 'zod';
import type { RequestContext } from '../../api/context.js';
import { BadInputError, NotFoundError, UserError, UserErrorCode, UserErrorsException } from '../../kernel/errors.js';
import { fromGlobalId, toGlobalId } from '../../kernel/global-id.js';
import type { ConnectionShape, PageRequest } from '../../api/relay.js';
import { Agreement } from '../agreement/agreement.entity.js';
import { seesConfidential } from '../../api/visibility.js';
import { Document } from '../document/document.entity.js';
import { partialDateBefore, partialDateWithin, taggedWith } from '../../api/list-conditions.js';
import { Event } from '../event/event.entity.js';
import { Institution } from '../institution/institution.entity.js';
import { Person } from '../person/person.entity.js';
import { checkVersion, type MutationOutcome, runMutation } from '../../api/mutation.js';
import { latestOf, todayIso } from '../../kernel/partial-date.js';
import { argumentId, deleteRecord, getRecord, listConnection, recordToChange, referencedRecord } from '../../api/records.js';
import { escapeLike } from '../../kernel/text.js';
import { optionalText, parseInput, requiredText } from '../../kernel/validation.js';
import { Commitment } from './commitment.entity.js';
import { CommitmentStatus } from './commitment.enums.js';
import type {
  CommitmentFilter,
  CommitmentOrder,
  CreateCommitmentInput,
  DeleteCommitmentInput,
  UpdateCommitmentInput,
} from './commitment.inputs.js';
import { canMove, COMMITMENT_TRANSITIONS, EVIDENCE_REQUIRED, PENDING_STATUSES } from './commitment.lifecycle.js';
import { uncitedCondition } from '../../api/list-conditions.js';

const fields = {
  title: requiredText(500),
  description: optionalText(20_000),
  status: z.enum(CommitmentStatus).nullish(),
  dueDate: z.string().nullish(),
  ownerId: z.string(),
  madeAtEventId: z.string().nullish(),
  madeInAgreementId: z.string().nullish(),
  madeInDocumentId: z.string().nullish(),
  evidence: optionalText(20_000),
  evidenceDocumentId: z.string().nullish(),
  confidential: z.boolean().nullish(),
};

const CreateSchema = z.object(fields);
const UpdateSchema = z.object({
  ...fields,
  title: fields.title.optional(),
  status: z.enum(CommitmentStatus).optional(),
  ownerId: fields.ownerId.optional(),
  id: z.string(),
  version: z.number().int().nullish(),
});

const ORDER_COLUMN = { DUE_DATE: 'dueDate', TITLE: 'title', STATUS: 'status', CREATED_AT: 'createdAt', UPDATED_AT: 'updatedAt' } as const;

/** The origin fields, in input order; a commitment has at most one. */
const ORIGINS = [
  { field: 'madeAtEventId', property: 'madeAtEvent', entity: Event },
  { field: 'madeInAgreementId', property: 'madeInAgreement', entity: Agreement },
  { field: 'madeInDocumentId', property: 'madeInDocument', entity: Document },
] as const;

/** Derived, never stored: still to be delivered and the whole due date lies before today (UTC). */
export function isOverdue(commitment: Pick<Commitment, 'status' | 'dueDate'>, today = todayIso()): boolean {
  if (!PENDING_STATUSES.includes(commitment.status) || !commitment.dueDate) return false;
  return latestOf(commitment.dueDate)! < today;
}

/** One commitment; NOT_FOUND also for a confidential one the caller may not see. */
export async function getCommitment(ctx: RequestContext, globalId: string): Promise<Commitment> {
  const commitment = await getRecord(ctx, Commitment, globalId);
  if (commitment.confidential && !seesConfidential(ctx)) throw new NotFoundError('Commitment', globalId);
  return commitment;
}

function filterWhere(filter: CommitmentFilter | null | undefined, confidentialVisible: boolean): FilterQuery<Commitment> {
  const and: object[] = [];
  if (!confidentialVisible) and.push({ confidential: false });
  if (!filter) return (and.length ? { $and: and } : {}) as FilterQuery<Commitment>;
  if (filter.status?.length) and.push({ status: { $in: filter.status } });
  const uncited = uncitedCondition(filter.uncited);
  if (uncited) and.push(uncited);
  if (filter.ownerId != null) {
    const owner = fromGlobalId(filter.ownerId);
    if (owner?.type === 'Institution') and.push({ ownerInstitution: owner.id });
    else if (owner?.type === 'Person') and.push({ ownerPerson: owner.id });
    else throw new BadInputError('filter.ownerId', 'is not an Institution or Person ID');
  }
  and.push(...partialDateWithin('due_date', filter.dueAfter, filter.dueBefore, { from: 'filter.dueAfter', to: 'filter.dueBefore' }));
  if (filter.overdue != null) {
    const today = todayIso();
    if (filter.overdue) and.push({ status: { $in: [...PENDING_STATUSES] } }, partialDateBefore('due_date', today));
    else {
      and.push({
        $or: [
          { status: { $nin: [...PENDING_STATUSES] } },
          { dueDate: null },
          { [raw((a) => `accord_date_to(${a}."due_date")`)]: { $gte: today } },
        ],
      });
    }
  }
  if (filter.madeAtEventId != null) and.push({ madeAtEvent: argumentId(Event, filter.madeAtEventId, 'filter.madeAtEventId') });
  if (filter.agreementId != null) and.push({ madeInAgreement: argumentId(Agreement, filter.agreementId, 'filter.agreementId') });
  if (filter.documentId != null) and.push({ madeInDocument: argumentId(Document, filter.documentId, 'filter.documentId') });
  if (filter.topicId != null) and.push(taggedWith(filter.topicId, 'filter.topicId'));
  if (filter.search != null) {
    if (filter.search.length > 200) throw new BadInputError('filter.search', 'must be at most 200 characters');
    const term = filter.search.trim();
    if (term) and.push({ title: { $ilike: `%${escapeLike(term)}%` } });
  }
  return (and.length ? { $and: and } : {}) as FilterQuery<Commitment>;
}

export function listCommitments(
  ctx: RequestContext,
  filter: CommitmentFilter | null | undefined,
  order: CommitmentOrder | null | undefined,
  page: PageRequest,
): Promise<ConnectionShape<Commitment>> {
  const dir = order?.direction === 'DESC' ? 'desc' : 'asc';
  const field = order?.field ?? 'DUE_DATE';
  return listConnection(ctx, Commitment, filterWhere(filter, seesConfidential(ctx)), { [ORDER_COLUMN[field]]: dir }, page);
}

/** The owner named by a global ID: an Institution or a Person. */
async function resolveOwner(em: EntityManager, globalId: string): Promise<Institution | Person> {
  const field = ['input', 'ownerId'];
  const decoded = fromGlobalId(globalId);
  if (decoded?.type !== 'Institution' && decoded?.type !== 'Person') {
    throw new UserErrorsException([UserError.of(field, UserErrorCode.INVALID_ID, 'is not an Institution or Person ID')]);
  }
  const owner = decoded.type === 'Institution' ? await em.findOne(Institution, { id: decoded.id }) : await em.findOne(Person, { id: decoded.id });
  if (!owner) throw new UserErrorsException([UserError.of(field, UserErrorCode.NOT_FOUND, `no ${decoded.type} has this ID`)]);
  return owner;
}

function setOwner(em: EntityManager, commitment: Commitment, owner: Institution | Person): void {
  if (owner instanceof Institution) {
    commitment.ownerInstitution = em.getReference(Institution, owner.id, { wrapped: true });
    commitment.ownerPerson = null;
  } else {
    commitment.ownerPerson = em.getReference(Person, owner.id, { wrapped: true });
    commitment.ownerInstitution = null;
  }
}

type OriginInput = Partial<Record<(typeof ORIGINS)[number]['field'], string | null>>;

/** Applies the origin fields of the input (left out = unchanged, null = cleared); at most one may remain. */
async function applyOrigins(em: EntityManager, commitment: Commitment, data: OriginInput): Promise<void> {
  const target = commitment as unknown as Record<string, unknown>;
  for (const origin of ORIGINS) {
    const found = await referencedRecord(em, origin.entity as never, data[origin.field], ['input', origin.field]);
    if (found === null) target[origin.property] = null;
    if (found) target[origin.property] = em.getReference(origin.entity as never, (found as { id: string }).id, { wrapped: true });
  }
  const present = ORIGINS.filter((o) => target[o.property] != null);
  if (present.length > 1) {
    const given = ORIGINS.filter((o) => data[o.field] != null);
    const at = given[given.length - 1] ?? present[present.length - 1]!;
    const others = present.filter((o) => o !== at).map((o) => o.field);
    throw new UserErrorsException([
      UserError.of(
        ['input', at.field],
        UserErrorCode.INVALID_VALUE,
        `a commitment is made in at most one event, agreement or document; clear ${others.join(', ')} (null) to use this one`,
      ),
    ]);
  }
}

function checkEvidence(commitment: Commitment): void {
  if (!EVIDENCE_REQUIRED.includes(commitment.status) || commitment.evidence || commitment.evidenceDocument) return;
  throw new UserErrorsException([
    UserError.of(['input', 'evidence'], UserErrorCode.REQUIRED, `a ${commitment.status} commitment needs evidence or an evidenceDocumentId`),
  ]);
}

async function applyEvidenceDocument(em: EntityManager, commitment: Commitment, globalId: string | null | undefined): Promise<void> {
  const document = await referencedRecord(em, Document, globalId, ['input', 'evidenceDocumentId']);
  if (document === null) commitment.evidenceDocument = null;
  if (document) commitment.evidenceDocument = em.getReference(Document, document.id, { wrapped: true });
}

export async function createCommitment(ctx: RequestContext, input: CreateCommitmentInput): Promise<MutationOutcome<Commitment>> {
  return runMutation(ctx, async (em) => {
    const data = parseInput(CreateSchema, input);
    const commitment = em.create(Commitment, {
      title: data.title,
      description: data.description ?? null,
      status: data.status ?? CommitmentStatus.OPEN,
      dueDate: data.dueDate ?? null,
      evidence: data.evidence ?? null,
      confidential: data.confidential ?? false,
    });
    setOwner(em, commitment, await resolveOwner(em, data.ownerId));
    await applyOrigins(em, commitment, data);
    await applyEvidenceDocument(em, commitment, data.evidenceDocumentId);
    checkEvidence(commitment);
    await em.flush();
    return commitment;
  });
}

export async function updateCommitment(ctx: RequestContext, input: UpdateCommitmentInput): Promise<MutationOutcome<Commitment>> {
  return runMutation(ctx, async (em) => {
    const data = parseInput(UpdateSchema, input);
    const commitment = await recordToChange(em, Commitment, data.id);
    checkVersion(commitment.version, data.version);
    if (data.status !== undefined && !canMove(commitment.status, data.status)) {
      const allowed = COMMITMENT_TRANSITIONS[commitment.status];
      throw new UserErrorsException([
        UserError.of(
          ['input', 'status'],
          UserErrorCode.INVALID_TRANSITION,
          `cannot move from ${commitment.status} to ${data.status}; ${allowed.length ? `allowed: ${allowed.join(', ')}` : `${commitment.status} is final`}`,
        ),
      ]);
    }
    if (data.status !== undefined) commitment.status = data.status;
    if (data.title !== undefined) commitment.title = data.title;
    if (data.description !== undefined) commitment.description = data.description;
    if (data.dueDate !== undefined) commitment.dueDate = data.dueDate;
    if (data.evidence !== undefined) commitment.evidence = data.evidence;
    if (data.confidential != null) commitment.confidential = data.confidential;
    if (data.ownerId !== undefined) setOwner(em, commitment, await resolveOwner(em, data.ownerId));
    await applyOrigins(em, commitment, data);
    await applyEvidenceDocument(em, commitment, data.evidenceDocumentId);
    checkEvidence(commitment);
    await em.flush();
    return commitment;
  });
}

export async function deleteCommitment(ctx: RequestContext, input: DeleteCommitmentInput): Promise<MutationOutcome<string>> {
  return runMutation(ctx, async (em) => {
    const commitment = await recordToChange(em, Commitment, input.id);
    checkVersion(commitment.version, input.version);
    await deleteRecord(em, commitment, []);
    await em.flush();
    return toGlobalId('Commitment', commitment.id);
  });
}
