import { useState } from 'react';
import { Form } from 'react-aria-components';
import { Link } from 'react-router';
import { InstitutionPicker } from '../../../components/pickers/institution-picker';
import { DateInput, FormActions, FormDialog, FormStatus, SelectInput, TextInput, useFormMutation } from '../../../forms';
import { graphql } from '../../../gql';
import type { AgreementActionKind, AgreementPartyRole, AgreementStatus } from '../../../gql/graphql';
import { todayIso } from '../../../lib/dates';
import { describePartyAction, PARTY_ACTIONS, PARTY_ROLES } from './agreement-enums';

const ChangeStatus = graphql(`
  mutation ChangeAgreementStatusForm($input: ChangeAgreementStatusInput!) {
    changeAgreementStatus(input: $input) {
      agreement {
        id
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

const RecordAction = graphql(`
  mutation RecordAgreementActionForm($input: RecordAgreementActionInput!) {
    recordAgreementAction(input: $input) {
      agreementAction {
        id
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

const AddParty = graphql(`
  mutation AddAgreementPartyForm($input: AddAgreementPartyInput!) {
    addAgreementParty(input: $input) {
      agreementParty {
        id
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

/** The button text of a move, by where it goes (and, for IN_FORCE, where from). */
function moveLabel(from: AgreementStatus, to: AgreementStatus): string {
  switch (to) {
    case 'IN_FORCE':
      return from === 'SUSPENDED' ? 'Resume' : 'Put in force';
    case 'NEGOTIATION':
      return 'Start negotiation';
    case 'DRAFT':
      return 'Back to draft';
    case 'SIGNED':
      return 'Mark signed';
    case 'SUSPENDED':
      return 'Suspend';
    case 'EXPIRED':
      return 'Record expiry';
    case 'TERMINATED':
      return 'Terminate';
    case 'SUPERSEDED':
      return 'Mark superseded';
  }
}

type Agreement = { id: string; title: string; status: AgreementStatus; version: number; allowedTransitions: readonly AgreementStatus[] };

/** Edit, renew, and the lifecycle moves the API allows now (Agreement.allowedTransitions). */
export function AgreementControls({ agreement, onChanged }: { agreement: Agreement; onChanged(): void }) {
  return (
    <fieldset className="edit-controls">
      <legend className="visually-hidden">Change this agreement</legend>
      <Link to={`/agreements/${encodeURIComponent(agreement.id)}/edit`} className="button">
        Edit
      </Link>
      <Link to={`/agreements/new?renews=${encodeURIComponent(agreement.id)}`} className="button">
        Renew
      </Link>
      {agreement.allowedTransitions.map((to) => (
        <FormDialog key={to} label={moveLabel(agreement.status, to)} title={`${moveLabel(agreement.status, to)}: ${agreement.title}`}>
          {(close) => <StatusForm agreement={agreement} to={to} done={() => {
            close();
            onChanged();
          }} />}
        </FormDialog>
      ))}
    </fieldset>
  );
}

function StatusForm({ agreement, to, done }: { agreement: Agreement; to: AgreementStatus; done(): void }) {
  const [date, setDate] = useState(to === 'IN_FORCE' || to === 'EXPIRED' ? '' : todayIso());
  const [note, setNote] = useState('');
  const form = useFormMutation(ChangeStatus, { payload: (d) => d.changeAgreementStatus, recordId: agreement.id });
  return (
    <Form
      validationBehavior="aria"
      onSubmit={async (event) => {
        event.preventDefault();
        const payload = await form.submit({ input: { id: agreement.id, version: agreement.version, status: to, date: date || null, note: note.trim() || null } });
        if (payload?.agreement) done();
      }}
    >
      <DateInput
        label="Date"
        value={date}
        onChange={setDate}
        error={form.fieldError('date')}
        description={to === 'IN_FORCE' ? 'Empty: the agreement’s “in force from” date' : to === 'EXPIRED' ? 'Empty: its expiry date' : undefined}
      />
      <TextInput label="Note for the ledger" value={note} onChange={setNote} error={form.fieldError('note')} />
      {form.conflict && <p className="notice">The agreement changed since you opened the page; reload the page and try again.</p>}
      <FormStatus failure={form.failure} errors={form.otherErrors(['date', 'note'])} />
      <FormActions pending={form.pending} saveLabel={moveLabel(agreement.status, to)} />
    </Form>
  );
}

/** Record what one party did (signature, withdrawal …) in the ledger. */
export function PartyActionButton({ agreementId, party, onChanged }: { agreementId: string; party: { id: string; name: string }; onChanged(): void }) {
  return (
    <FormDialog label={<>Record…<span className="visually-hidden"> an action by {party.name}</span></>} title={`Record an action by ${party.name}`} className="link-button">
      {(close) => <PartyActionForm agreementId={agreementId} party={party} done={() => {
            close();
            onChanged();
          }} />}
    </FormDialog>
  );
}

function PartyActionForm({ agreementId, party, done }: { agreementId: string; party: { id: string }; done(): void }) {
  const [kind, setKind] = useState<AgreementActionKind | null>('SIGNATURE');
  const [date, setDate] = useState(todayIso());
  const [note, setNote] = useState('');
  const form = useFormMutation(RecordAction, { payload: (d) => d.recordAgreementAction });
  return (
    <Form
      validationBehavior="aria"
      onSubmit={async (event) => {
        event.preventDefault();
        const payload = await form.submit({ input: { agreementId, partyId: party.id, kind: kind as AgreementActionKind, date, note: note.trim() || null } });
        if (payload?.agreementAction) done();
      }}
    >
      <SelectInput<AgreementActionKind>
        label="Action"
        isRequired
        value={kind}
        options={PARTY_ACTIONS}
        describe={describePartyAction}
        onChange={setKind}
        error={form.fieldError('kind')}
      />
      <DateInput label="Date" isRequired value={date} onChange={setDate} error={form.fieldError('date')} />
      <TextInput label="Note" value={note} onChange={setNote} error={form.fieldError('note')} />
      <FormStatus failure={form.failure} errors={form.otherErrors(['kind', 'date', 'note'])} />
      <FormActions pending={form.pending} saveLabel="Record" />
    </Form>
  );
}

/** Add an institution as party (or observer, witness, depositary). */
export function AddPartyButton({ agreementId, onChanged }: { agreementId: string; onChanged(): void }) {
  return <FormDialog label="Add a party" title="Add a party">{(close) => <AddPartyForm agreementId={agreementId} done={() => {
            close();
            onChanged();
          }} />}</FormDialog>;
}

function AddPartyForm({ agreementId, done }: { agreementId: string; done(): void }) {
  const [institution, setInstitution] = useState<{ id: string; name: string } | null>(null);
  const [role, setRole] = useState<AgreementPartyRole | null>('PARTY');
  const form = useFormMutation(AddParty, { payload: (d) => d.addAgreementParty });
  return (
    <Form
      validationBehavior="aria"
      onSubmit={async (event) => {
        event.preventDefault();
        const payload = await form.submit({ input: { agreementId, institutionId: institution?.id ?? '', role } });
        if (payload?.agreementParty) done();
      }}
    >
      <InstitutionPicker label="Institution" selectedId={institution?.id ?? null} onChange={setInstitution} />
      {form.fieldError('institutionId') && <p className="field-error">{form.fieldError('institutionId')}</p>}
      <SelectInput<AgreementPartyRole> label="Role" value={role} options={PARTY_ROLES} onChange={setRole} />
      <FormStatus failure={form.failure} errors={form.otherErrors(['institutionId', 'role'])} />
      <FormActions pending={form.pending} saveLabel="Add" />
    </Form>
  );
}
