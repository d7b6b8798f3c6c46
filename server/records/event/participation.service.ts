import { ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import type { RequestContext } from '../../api/context.js';
import { UserError, UserErrorCode, UserErrorsException } from '../../kernel/errors.js';
import { toGlobalId } from '../../kernel/global-id.js';
import { Institution } from '../institution/institution.entity.js';
import { Person } from '../person/person.entity.js';
import { checkVersion, type MutationOutcome, runMutation } from '../../api/mutation.js';
import { recordToChange, referencedRecord, removeAttachments, requiredRecord } from '../../api/records.js';
import { optionalText, parseInput } from '../../kernel/validation.js';
import { Event } from './event.entity.js';
import { ParticipationRole, RsvpStatus } from './event.enums.js';
import type { AddParticipationInput, RemoveParticipationInput, UpdateParticipationInput } from './event.inputs.js';
import { canMove, moveRefusal, RSVP_MOVES } from './event.lifecycle.js';
import { Participation } from './participation.entity.js';

const TYPE = 'Participation';

export const participantSchema = z.object({
  institutionId: z.string().nullish(),
  personId: z.string().nullish(),
  onBehalfOfId: z.string().nullish(),
  role: z.enum(ParticipationRole),
  rsvp: z.enum(RsvpStatus).nullish(),
  note: optionalText(2000),
});
export type ParticipantData = z.output<typeof participantSchema>;

const AddSchema = participantSchema.extend({ eventId: z.string() });
const UpdateSchema = z.object({
  id: z.string(),
  version: z.number().int().nullish(),
  role: z.enum(ParticipationRole).optional(),
  rsvp: z.enum(RsvpStatus).optional(),
  onBehalfOfId: z.string().nullish(),
  note: optionalText(2000),
});

function participantKey(p: Pick<Participation, 'institution' | 'person' | 'role'>): string {
  return `${p.institution?.id ?? p.person?.id}|${p.role}`;
}

function duplicateError(path: string[], role: ParticipationRole): UserError {
  return UserError.of([...path, 'role'], UserErrorCode.DUPLICATE, `this participant already takes part in the event as ${role}`);
}

function checkOnBehalfOf(participation: Participation, path: string[]): void {
  if (participation.onBehalfOf && participation.institution && participation.onBehalfOf.id === participation.institution.id) {
    throw new UserErrorsException([
      UserError.of([...path, 'onBehalfOfId'], UserErrorCode.INVALID_VALUE, 'an institution cannot take part on behalf of itself'),
    ]);
  }
}

/**
 * Builds (does not flush) a participation of `event` from input at `path` (["input"] or
 * ["input", "participations", "2"]): exactly one of institution and person, onBehalfOf an institution.
 */
export async function buildParticipation(em: EntityManager, event: Event, data: ParticipantData, path: string[]): Promise<Participation> {
  const institution = await referencedRecord(em, Institution, data.institutionId, [...path, 'institutionId']);
  const person = await referencedRecord(em, Person, data.personId, [...path, 'personId']);
  if (!institution && !person) {
    throw new UserErrorsException([
      UserError.of([...path, 'institutionId'], UserErrorCode.REQUIRED, 'give exactly one of institutionId and personId'),
    ]);
  }
  if (institution && person) {
    throw new UserErrorsException([
      UserError.of([...path, 'personId'], UserErrorCode.INVALID_VALUE, 'give exactly one of institutionId and personId, not both'),
    ]);
  }
  const onBehalfOf = await referencedRecord(em, Institution, data.onBehalfOfId, [...path, 'onBehalfOfId']);
  const participation = em.create(Participation, {
    event: ref(event),
    institution: institution ? ref(institution) : null,
    person: person ? ref(person) : null,
    onBehalfOf: onBehalfOf ? ref(onBehalfOf) : null,
    role: data.role,
    rsvp: data.rsvp ?? RsvpStatus.INVITED,
    note: data.note ?? null,
  });
  checkOnBehalfOf(participation, path);
  return participation;
}

/** Refuses a second participation of one participant in one role at one event (also among `pending`). */
export async function checkParticipationUnique(
  em: EntityManager,
  participation: Participation,
  path: string[],
  pending: Participation[] = [],
): Promise<void> {
  const key = participantKey(participation);
  if (pending.some((p) => p !== participation && participantKey(p) === key)) throw new UserErrorsException([duplicateError(path, participation.role)]);
  const clash = await em.findOne(Participation, {
    event: participation.event.id,
    role: participation.role,
    id: { $ne: participation.id },
    ...(participation.institution ? { institution: participation.institution.id } : { person: participation.person!.id }),
  });
  if (clash) throw new UserErrorsException([duplicateError(path, participation.role)]);
}

async function findParticipation(em: EntityManager, globalId: string): Promise<Participation> {
  return recordToChange(em, Participation, globalId);
}

export async function addParticipation(ctx: RequestContext, input: AddParticipationInput): Promise<MutationOutcome<Participation>> {
  return runMutation(ctx, async (em) => {
    const data = parseInput(AddSchema, input);
    const event = await requiredRecord(em, Event, data.eventId, ['input', 'eventId']);
    const participation = await buildParticipation(em, event, data, ['input']);
    await checkParticipationUnique(em, participation, ['input']);
    await em.flush();
    return participation;
  });
}

export async function updateParticipation(ctx: RequestContext, input: UpdateParticipationInput): Promise<MutationOutcome<Participation>> {
  return runMutation(ctx, async (em) => {
    const data = parseInput(UpdateSchema, input);
    const participation = await findParticipation(em, data.id);
    checkVersion(participation.version, data.version);
    if (data.rsvp != null && !canMove(RSVP_MOVES, participation.rsvp, data.rsvp)) {
      throw new UserErrorsException([
        UserError.of(['input', 'rsvp'], UserErrorCode.INVALID_TRANSITION, moveRefusal(RSVP_MOVES, participation.rsvp, data.rsvp)),
      ]);
    }
    if (data.rsvp != null) participation.rsvp = data.rsvp;
    if (data.note !== undefined) participation.note = data.note;
    if (data.onBehalfOfId !== undefined) {
      const onBehalfOf = await referencedRecord(em, Institution, data.onBehalfOfId, ['input', 'onBehalfOfId']);
      participation.onBehalfOf = onBehalfOf ? ref(onBehalfOf) : null;
      checkOnBehalfOf(participation, ['input']);
    }
    if (data.role != null && data.role !== participation.role) {
      participation.role = data.role;
      await checkParticipationUnique(em, participation, ['input']);
    }
    await em.flush();
    return participation;
  });
}

export async function removeParticipation(ctx: RequestContext, input: RemoveParticipationInput): Promise<MutationOutcome<string>> {
  return runMutation(ctx, async (em) => {
    const participation = await findParticipation(em, input.id);
    checkVersion(participation.version, input.version);
    await removeAttachments(em, [participation.id]);
    em.remove(participation);
    await em.flush();
    return toGlobalId(TYPE, participation.id);
  });
}
