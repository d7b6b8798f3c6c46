// Correcting an agreement's ledger: an entry's date or note, or removing an entry recorded by
// mistake. Entries that record a move of the agreement as a whole stay (the status rests on them).

import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../api/context.js';
import { checkVersion, type MutationOutcome, runMutation } from '../../api/mutation.js';
import { removeAttachments } from '../../api/records.js';
import { UserErrorCode } from '../../kernel/errors.js';
import { toGlobalId } from '../../kernel/global-id.js';
import { parseInput } from '../../kernel/validation.js';
import { AgreementAction } from './agreement-action.entity.js';
import { Agreement } from './agreement.entity.js';
import { AgreementActionKind } from './agreement.enums.js';
import type { RemoveAgreementActionInput, UpdateAgreementActionInput } from './agreement.inputs.js';
import { SIGNED_STATUSES, STATUS_ACTION_KINDS } from './agreement.lifecycle.js';
import { RemoveActionSchema, UpdateActionSchema } from './agreement.schemas.js';
import { day, fail, mustFind, parseUpdate, partiesOf, unsignedReason } from './agreement.rules.js';

/** The party whose signature this entry records (its signedOn follows the entry), if any. */
async function signingParty(em: EntityManager, agreement: Agreement, action: AgreementAction) {
  if (action.kind !== AgreementActionKind.SIGNATURE || !action.party) return { parties: [], party: undefined };
  const parties = await partiesOf(em, agreement);
  return { parties, party: parties.find((p) => p.institution.id === action.party!.id) };
}

export async function updateAgreementAction(ctx: RequestContext, input: UpdateAgreementActionInput): Promise<MutationOutcome<AgreementAction>> {
  return runMutation(ctx, async (em) => {
    const data = parseUpdate(UpdateActionSchema, input, ['date']);
    const action = await mustFind(em, AgreementAction, data.id);
    checkVersion(action.version, data.version);
    const agreement = await em.findOneOrFail(Agreement, { id: action.agreement.id });
    if (data.date != null && data.date !== day(action.date)) {
      // A signature's date is the party's signedOn: correcting one corrects the other.
      const { party } = await signingParty(em, agreement, action);
      if (party && day(party.signedOn) === day(action.date)) party.signedOn = data.date;
      action.date = data.date;
    }
    if (data.note !== undefined) action.note = data.note ?? null;
    await em.flush();
    return action;
  });
}

export async function removeAgreementAction(ctx: RequestContext, input: RemoveAgreementActionInput): Promise<MutationOutcome<string>> {
  return runMutation(ctx, async (em) => {
    const data = parseInput(RemoveActionSchema, input);
    const action = await mustFind(em, AgreementAction, data.id);
    checkVersion(action.version, data.version);
    const agreement = await em.findOneOrFail(Agreement, { id: action.agreement.id });
    if (!action.party && STATUS_ACTION_KINDS.has(action.kind)) {
      fail(
        ['input', 'id'],
        UserErrorCode.INVALID_TRANSITION,
        `this ${action.kind} entry records the agreement's move to ${agreement.status}: correct its date or note instead, or change the status`,
      );
    }
    const { parties, party } = await signingParty(em, agreement, action);
    if (party && day(party.signedOn) === day(action.date)) {
      party.signedOn = null;
      if (SIGNED_STATUSES.has(agreement.status)) {
        const reason = unsignedReason(parties);
        if (reason) fail(['input', 'id'], UserErrorCode.INVALID_VALUE, `the agreement is ${agreement.status}: ${reason}`);
      }
    }
    await removeAttachments(em, [action.id]);
    em.remove(action);
    await em.flush();
    return toGlobalId('AgreementAction', action.id);
  });
}
