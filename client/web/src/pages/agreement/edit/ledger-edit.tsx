import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { Form } from 'react-aria-components';
import { InstitutionPicker } from '../../../components/pickers/institution-picker';
import { RecordPicker } from '../../../components/pickers/record-picker';
import { CheckboxInput, DateInput, FormActions, FormDialog, FormStatus, RecordFormDialog, SelectInput, TextInput, useFormMutation, useRecordForm } from '../../../forms';
import { graphql } from '../../../gql';
import type { AgreementPartyRole } from '../../../gql/graphql';
import { humanize } from '../../../lib/words';
import { describePartyAction, PARTY_ROLES } from './agreement-enums';

// Correcting an agreement's parties and ledger entries from its page: change or remove a party,
// correct or remove a ledger entry. The API keeps ledger and status in step and says why it refuses.

const UpdateParty = graphql(`
  mutation UpdateAgreementPartyForm($input: UpdateAgreementPartyInput!) {
    updateAgreementParty(input: $input) {
      agreementParty {
        id
        version
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

const RemoveParty = graphql(`
  mutation RemoveAgreementPartyForm($input: RemoveAgreementPartyInput!) {
    removeAgreementParty(input: $input) {
      deletedId
      userErrors {
        field
        message
        code
      }
    }
  }
`);

const UpdateAction = graphql(`
  mutation UpdateAgreementActionForm($input: UpdateAgreementActionInput!) {
    updateAgreementAction(input: $input) {
      agreementAction {
        id
        version
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

const RemoveAction = graphql(`
  mutation RemoveAgreementActionForm($input: RemoveAgreementActionInput!) {
    removeAgreementAction(input: $input) {
      deletedId
      userErrors {
        field
        message
        code
      }
    }
  }
`);

const CurrentLedgerRecord = graphql(`
  query CurrentLedgerRecord($id: ID!) {
    node(id: $id) {
      id
      ... on AgreementParty {
        version
        role
        signedOn
        institution {
          id
          name
        }
        signatory {
          id
          name
        }
      }
      ... on AgreementAction {
        version
        kind
        date
        note
        party {
          id
          name
        }
      }
    }
  }
`);

type Named = { id: string; name: string };
export type PartyRecord = { id: string; version: number; role: AgreementPartyRole; signedOn?: string | null; institution: Named; signatory?: Named | null };
export type ActionRecord = { id: string; version: number; kind: string; date: string; note?: string | null; party?: Named | null };

/** The record as it is now, outside the cache (for the conflict screen). */
function useCurrent<T>(id: string) {
  const client = useApolloClient();
  return async () => ((await client.query({ query: CurrentLedgerRecord, variables: { id }, fetchPolicy: 'no-cache' })).data?.node ?? null) as T | null;
}

type PartyValues = { institution: Named | null; role: AgreementPartyRole | null; signatory: Named | null; signedOn: string };
const partyValues = (p: PartyRecord): PartyValues => ({ institution: p.institution, role: p.role, signatory: p.signatory ?? null, signedOn: p.signedOn ?? '' });
const PARTY_LABELS: Partial<Record<keyof PartyValues, string>> = { institution: 'Institution', role: 'Role', signatory: 'Signatory', signedOn: 'Signed on' };
const partyShown = (v: PartyValues) => ({ ...v, institution: v.institution?.name ?? '', signatory: v.signatory?.name ?? '', role: v.role ? humanize(v.role) : '' });

/** Change a party: the institution, its role, who signed and when (the ledger's signature follows). Key it by version. */
export function EditPartyButton({ party, onChanged }: { party: PartyRecord; onChanged(): void }) {
  const state = useRecordForm(party, partyValues, partyValues(party));
  const { values, set } = state;
  const form = useFormMutation(UpdateParty, { payload: (d) => d.updateAgreementParty, recordId: party.id });
  const reload = useCurrent<PartyRecord>(party.id);
  const save = async (version: number | null, v: PartyValues) =>
    (
      await form.submit({
        input: { id: party.id, version, institutionId: v.institution?.id ?? '', role: v.role ?? 'PARTY', signatoryId: v.signatory?.id ?? null, signedOn: v.signedOn || null },
      })
    )?.agreementParty;
  return (
    <RecordFormDialog
      label={
        <>
          Edit<span className="visually-hidden"> the party {party.institution.name}</span>
        </>
      }
      title={`Edit the party ${party.institution.name}`}
      saveLabel="Save party"
      form={form}
      placed={['institutionId', 'role', 'signatoryId', 'signedOn']}
      submit={() => save(state.version, values)}
      onSaved={onChanged}
      reload={onChanged}
      compare={form.conflict ? state.conflictProps({ conflict: form.conflict, reload, reset: form.reset, save, labels: PARTY_LABELS, shown: partyShown }) : undefined}
    >
      <div className="field">
        <InstitutionPicker label="Institution" selectedId={values.institution?.id ?? null} selectedName={values.institution?.name} onChange={(v) => set('institution', v)} isRequired />
        {form.fieldError('institutionId') && <p className="field-error">{form.fieldError('institutionId')}</p>}
      </div>
      <SelectInput<AgreementPartyRole> label="Role" value={values.role} options={PARTY_ROLES} onChange={(v) => set('role', v)} error={form.fieldError('role')} />
      <RecordPicker label="Signatory (optional)" types={['PERSON']} selectedId={values.signatory?.id ?? null} selectedName={values.signatory?.name} onChange={(v) => set('signatory', v)} error={form.fieldError('signatoryId')} empty="No person matches." />
      <DateInput label="Signed on" value={values.signedOn} onChange={(v) => set('signedOn', v)} error={form.fieldError('signedOn')} description="Correcting it moves the party’s signature in the ledger; clearing it removes that entry" />
    </RecordFormDialog>
  );
}

/** Remove a party; its ledger entries go with it only when asked (the API refuses otherwise). */
export function RemovePartyButton({ party, onChanged }: { party: PartyRecord; onChanged(): void }) {
  const [withActions, setWithActions] = useState(false);
  const mutation = useFormMutation(RemoveParty, { payload: (d) => d.removeAgreementParty, recordId: party.id });
  return (
    <FormDialog
      className="link-button"
      label={
        <>
          Remove<span className="visually-hidden"> the party {party.institution.name}</span>
        </>
      }
      title={`Remove ${party.institution.name} from the agreement?`}
    >
      {(close) => (
        <Form
          onSubmit={async (e) => {
            e.preventDefault();
            if (await mutation.submit({ input: { id: party.id, version: party.version, removeActions: withActions } })) {
              close();
              onChanged();
            }
          }}
        >
          <CheckboxInput label="Also delete this party’s entries in the ledger" value={withActions} onChange={setWithActions} />
          {mutation.conflict && <p className="notice">The party changed since the page was opened; close this and look at it again.</p>}
          <FormStatus failure={mutation.failure} errors={mutation.errors.filter((e) => e.code !== 'CONFLICT')} />
          <FormActions pending={mutation.pending} saveLabel="Remove party" />
        </Form>
      )}
    </FormDialog>
  );
}

type ActionValues = { date: string; note: string };
const actionValues = (a: ActionRecord): ActionValues => ({ date: a.date, note: a.note ?? '' });
const describe = (a: ActionRecord) => `${a.kind === 'ENTRY_INTO_FORCE' && a.party ? describePartyAction('ENTRY_INTO_FORCE') : humanize(a.kind)}${a.party ? ` by ${a.party.name}` : ''}`;

/** Correct a ledger entry's date or note (a signature's date is its party's signedOn). Key it by version. */
export function EditActionButton({ action, onChanged }: { action: ActionRecord; onChanged(): void }) {
  const state = useRecordForm(action, actionValues, actionValues(action));
  const { values, set } = state;
  const form = useFormMutation(UpdateAction, { payload: (d) => d.updateAgreementAction, recordId: action.id });
  const reload = useCurrent<ActionRecord>(action.id);
  const save = async (version: number | null, v: ActionValues) => (await form.submit({ input: { id: action.id, version, date: v.date, note: v.note.trim() || null } }))?.agreementAction;
  return (
    <RecordFormDialog
      label={
        <>
          Correct<span className="visually-hidden"> the entry {describe(action)}</span>
        </>
      }
      title={`Correct the entry: ${describe(action)}`}
      saveLabel="Save entry"
      form={form}
      placed={['date', 'note']}
      submit={() => save(state.version, values)}
      onSaved={onChanged}
      reload={onChanged}
      compare={form.conflict ? state.conflictProps({ conflict: form.conflict, reload, reset: form.reset, save, labels: { date: 'Date', note: 'Note' } }) : undefined}
    >
      <DateInput label="Date" isRequired value={values.date} onChange={(v) => set('date', v)} error={form.fieldError('date')} />
      <TextInput label="Note" value={values.note} onChange={(v) => set('note', v)} error={form.fieldError('note')} />
      <p className="field-hint">The kind and the party stay; to change them, remove the entry and record another.</p>
    </RecordFormDialog>
  );
}

/** Remove a ledger entry recorded by mistake (the API keeps the ones the status rests on). */
export function RemoveActionButton({ action, onChanged }: { action: ActionRecord; onChanged(): void }) {
  const mutation = useFormMutation(RemoveAction, { payload: (d) => d.removeAgreementAction, recordId: action.id });
  return (
    <FormDialog
      className="link-button"
      label={
        <>
          Remove<span className="visually-hidden"> the entry {describe(action)}</span>
        </>
      }
      title="Remove this ledger entry?"
    >
      {(close) => (
        <Form
          onSubmit={async (e) => {
            e.preventDefault();
            if (await mutation.submit({ input: { id: action.id, version: action.version } })) {
              close();
              onChanged();
            }
          }}
        >
          <p>
            {describe(action)}, {action.date}
            {action.kind === 'SIGNATURE' ? ' — the party’s signature date is cleared with it.' : '.'}
          </p>
          {mutation.conflict && <p className="notice">The entry changed since the page was opened; close this and look at it again.</p>}
          <FormStatus failure={mutation.failure} errors={mutation.errors.filter((e) => e.code !== 'CONFLICT')} />
          <FormActions pending={mutation.pending} saveLabel="Remove entry" />
        </Form>
      )}
    </FormDialog>
  );
}
