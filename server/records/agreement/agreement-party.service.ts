// The parties of an agreement: adding, changing and removing them keeps the ledger and status in step.

import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../api/context.js';
import { UserError, UserErrorCode, UserErrorsException } from '../../kernel/errors.js';
import { toGlobalId } from '../../kernel/global-id.js';
import { Institution } from '../institution/institution.entity.js';
import { Person } from '../person/person.entity.js';
import { checkVersion, type MutationOutcome, runMutation } from '../../api/mutation.js';
import { referencedRecord, removeAttachments, requiredRecord } from '../../api/records.js';
import { parseInput } from '../../kernel/validation.js';
import { AgreementAction } from './agreement-action.entity.js';
import { AgreementParty } from './agreement-party.entity.js';
import { Agreement } from './agreement.entity.js';
import { AgreementActionKind, AgreementPartyRole } from './agreement.enums.js';
import type {
  AddAgreementPartyInput,
  RemoveAgreementPartyInput,
  UpdateAgreementPartyInput,
} from './agreement.inputs.js';
import { SIGNED_STATUSES } from './agreement.lifecycle.js';
import { AddPartySchema, UpdatePartySchema } from './agreement.schemas.js';
import { backfillSignatures, day, fail, ledgerOf, mustFind, parseUpdate, partiesOf, Problems, refOf, requiredIfGiven, unsignedReason } from './agreement.rules.js';

/**
 * Keeps a signed agreement's parties valid (≥ 2 PARTY-role parties, all signed) and its ledger
 * naming every signature.
 */
function afterPartyChange(
  em: EntityManager,
  agreement: Agreement,
  parties: AgreementParty[],
  ledger: AgreementAction[],
  field: string[],
): void {
  if (!SIGNED_STATUSES.has(agreement.status)) return;
  const reason = unsignedReason(parties);
  if (reason) fail(field, UserErrorCode.INVALID_VALUE, `the agreement is ${agreement.status}: ${reason}`);
  backfillSignatures(em, agreement, parties, ledger);
}

/**
 * Moves the party's ledger entries along when its institution is corrected, and its SIGNATURE entry
 * (the one dated the old signedOn) when its signature date is corrected or cleared. Returns the
 * entries that remain.
 */
function followCorrection(
  em: EntityManager,
  ledger: AgreementAction[],
  party: AgreementParty,
  oldInstitutionId: string,
  oldSignedOn: string | null,
): AgreementAction[] {
  const kept: AgreementAction[] = [];
  const newSignedOn = day(party.signedOn);
  for (const action of ledger) {
    kept.push(action);
    if (action.party?.id !== oldInstitutionId) continue;
    if (oldInstitutionId !== party.institution.id) action.party = em.getReference(Institution, party.institution.id, { wrapped: true });
    if (action.kind === AgreementActionKind.SIGNATURE && oldSignedOn && day(action.date) === oldSignedOn && newSignedOn !== oldSignedOn) {
      if (newSignedOn) {
        action.date = newSignedOn;
      } else {
        em.remove(action);
        kept.pop();
      }
    }
  }
  return kept;
}

const duplicateParty = (field: string[]) => UserError.of(field, UserErrorCode.DUPLICATE, 'this institution is already a party to the agreement');

export async function addAgreementParty(ctx: RequestContext, input: AddAgreementPartyInput): Promise<MutationOutcome<AgreementParty>> {
  return runMutation(
    ctx,
    async (em) => {
      const data = parseInput(AddPartySchema, input);
      const problems = new Problems();
      const agreement = await problems.check(() => requiredRecord(em, Agreement, data.agreementId, ['input', 'agreementId']));
      const institution = await problems.check(() => requiredRecord(em, Institution, data.institutionId, ['input', 'institutionId']));
      const signatory = await problems.check(() => referencedRecord(em, Person, data.signatoryId, ['input', 'signatoryId']));
      problems.throwIfAny();
      if (!agreement || !institution) return fail(['input'], UserErrorCode.REQUIRED, 'is required');
      const parties = await partiesOf(em, agreement);
      if (parties.some((p) => p.institution.id === institution.id)) throw new UserErrorsException([duplicateParty(['input', 'institutionId'])]);
      const party = em.create(AgreementParty, {
        agreement: refOf(em, Agreement, agreement),
        institution: refOf(em, Institution, institution),
        role: data.role ?? AgreementPartyRole.PARTY,
        signatory: signatory ? refOf(em, Person, signatory) : null,
        signedOn: data.signedOn ?? null,
      });
      parties.push(party);
      afterPartyChange(em, agreement, parties, await ledgerOf(em, agreement), ['input', 'signedOn']);
      await em.flush();
      return party;
    },
    () => duplicateParty(['input', 'institutionId']),
  );
}

export async function updateAgreementParty(
  ctx: RequestContext,
  input: UpdateAgreementPartyInput,
): Promise<MutationOutcome<AgreementParty>> {
  return runMutation(
    ctx,
    async (em) => {
      const data = parseUpdate(UpdatePartySchema, input, ['institutionId', 'role']);
      const party = await mustFind(em, AgreementParty, data.id);
      checkVersion(party.version, data.version);
      const problems = new Problems();
      const institution = await problems.check(() => requiredIfGiven(em, Institution, data.institutionId, ['input', 'institutionId']));
      const signatory = await problems.check(() => referencedRecord(em, Person, data.signatoryId, ['input', 'signatoryId']));
      problems.throwIfAny();

      const agreement = await em.findOneOrFail(Agreement, { id: party.agreement.id });
      const parties = await partiesOf(em, agreement);
      const ledger = await ledgerOf(em, agreement);
      const oldInstitutionId = party.institution.id;
      const oldSignedOn = day(party.signedOn);
      if (institution && institution.id !== oldInstitutionId) {
        if (parties.some((p) => p !== party && p.institution.id === institution.id)) {
          throw new UserErrorsException([duplicateParty(['input', 'institutionId'])]);
        }
        party.institution = refOf(em, Institution, institution);
      }
      if (data.role != null) party.role = data.role;
      if (signatory !== undefined) party.signatory = signatory ? refOf(em, Person, signatory) : null;
      if (data.signedOn !== undefined && data.signedOn !== oldSignedOn) party.signedOn = data.signedOn;
      const kept = followCorrection(em, ledger, party, oldInstitutionId, oldSignedOn);
      const field = data.role != null && data.role !== AgreementPartyRole.PARTY ? ['input', 'role'] : ['input', 'signedOn'];
      afterPartyChange(em, agreement, parties, kept, field);
      await em.flush();
      return party;
    },
    () => duplicateParty(['input', 'institutionId']),
  );
}

export async function removeAgreementParty(ctx: RequestContext, input: RemoveAgreementPartyInput): Promise<MutationOutcome<string>> {
  return runMutation(ctx, async (em) => {
    const party = await mustFind(em, AgreementParty, input.id);
    checkVersion(party.version, input.version);
    const agreement = await em.findOneOrFail(Agreement, { id: party.agreement.id });
    const parties = (await partiesOf(em, agreement)).filter((p) => p.id !== party.id);
    const actions = await em.find(AgreementAction, { agreement: agreement.id, party: party.institution.id });
    if (actions.length > 0 && !input.removeActions) {
      fail(
        ['input', 'id'],
        UserErrorCode.IN_USE,
        `the ledger has ${actions.length} action(s) by this party; pass removeActions: true to delete them with the party`,
      );
    }
    if (SIGNED_STATUSES.has(agreement.status)) {
      const reason = unsignedReason(parties);
      if (reason) fail(['input', 'id'], UserErrorCode.INVALID_VALUE, `the agreement is ${agreement.status}: ${reason}`);
    }
    await removeAttachments(em, [party.id, ...actions.map((a) => a.id)]);
    for (const action of actions) em.remove(action);
    em.remove(party);
    await em.flush();
    return toGlobalId('AgreementParty', party.id);
  });
}
