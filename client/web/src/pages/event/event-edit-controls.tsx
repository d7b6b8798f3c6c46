import { type FormEvent, useState } from 'react';
import { Form } from 'react-aria-components';
import { Link } from 'react-router';
import { RecordPicker } from '../../components/pickers/record-picker';
import { EditOnly, FormActions, FormDialog, FormStatus, SelectInput, TextInput, useFormMutation } from '../../forms';
import { graphql } from '../../gql';
import type { ParticipationRole, RsvpStatus } from '../../gql/graphql';
import { ScheduleWarnings } from '../planner/schedule-warnings';
import { PostponeCancel } from '../planner/status-form';
import { useCheckedSave } from '../planner/use-checked-save';
import { PARTICIPATION_ROLES, RSVP_STATUSES } from './edit/event-form';
import { InstitutionPicker } from '../../components/pickers/institution-picker';
import '../planner/schedule.css';

const ChangeEventStatus = graphql(`
  mutation ChangeEventStatus($input: UpdateEventInput!) {
    updateEvent(input: $input) {
      event {
        id
        version
        status
        startDate
        endDate
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

const CheckAddParticipation = graphql(`
  mutation CheckAddParticipation($input: AddParticipationInput!) {
    addParticipation(input: $input, dryRun: true) {
      userErrors {
        field
        message
        code
      }
      warnings {
        ...ScheduleWarningFields
      }
    }
  }
`);

const AddParticipation = graphql(`
  mutation AddParticipation($input: AddParticipationInput!) {
    addParticipation(input: $input) {
      participation {
        id
      }
      userErrors {
        field
        message
        code
      }
      warnings {
        ...ScheduleWarningFields
      }
    }
  }
`);

const UpdateParticipation = graphql(`
  mutation UpdateParticipation($input: UpdateParticipationInput!) {
    updateParticipation(input: $input) {
      participation {
        id
        version
        role
        rsvp
        note
        onBehalfOf {
          id
          name
        }
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

const RemoveParticipation = graphql(`
  mutation RemoveParticipation($input: RemoveParticipationInput!) {
    removeParticipation(input: $input) {
      deletedId
      userErrors {
        field
        message
        code
      }
    }
  }
`);

type EventRef = { id: string; title: string; version: number; status: string; startDate?: string | null; endDate?: string | null };

/** Edit, postpone, cancel, add a part: the event page's controls (editors only). */
export function EventActions({ event, onChanged }: { event: EventRef; onChanged(): void }) {
  return (
    <EditOnly>
      <div className="edit-controls">
        <Link className="button" to={`/events/${encodeURIComponent(event.id)}/edit`}>
          Edit
        </Link>
        <PostponeCancel document={ChangeEventStatus} payload={(d) => d.updateEvent} record={event} what="event" onChanged={onChanged} />
        <Link className="button" to={`/events/new?parent=${encodeURIComponent(event.id)}`}>
          Add a part
        </Link>
      </div>
    </EditOnly>
  );
}

/** Add a person or an institution in a role; clashes with their other plans are shown before adding. */
export function AddParticipantButton({ eventId, onChanged }: { eventId: string; onChanged(): void }) {
  return (
    <EditOnly>
      <FormDialog label="Add participant" title="Add a participant">
        {(close) => <AddParticipantForm eventId={eventId} onDone={() => {
              close();
              onChanged();
            }} />}
      </FormDialog>
    </EditOnly>
  );
}

function AddParticipantForm({ eventId, onDone }: { eventId: string; onDone(): void }) {
  const [who, setWho] = useState<{ id: string; name: string; type: string } | null>(null);
  const [role, setRole] = useState<ParticipationRole>('PARTICIPANT');
  const [rsvp, setRsvp] = useState<RsvpStatus | null>(null);
  const [onBehalfOf, setOnBehalfOf] = useState<{ id: string; name: string } | null>(null);
  const [note, setNote] = useState('');
  const input = {
    eventId,
    personId: who?.type === 'Person' ? who.id : null,
    institutionId: who?.type === 'Institution' ? who.id : null,
    role,
    rsvp,
    onBehalfOfId: onBehalfOf?.id ?? null,
    note: note.trim() || null,
  };
  const save = useCheckedSave(CheckAddParticipation, AddParticipation, { checked: (d) => d.addParticipation, saved: (d) => d.addParticipation, current: { input } });
  const err = save.step.fieldError;
  async function submit(e: FormEvent) {
    e.preventDefault();
    if (await save.run({ input })) onDone();
  }
  return (
    <Form onSubmit={submit} className="edit-form">
      <RecordPicker label="Person or institution" types={['PERSON', 'INSTITUTION']} selectedId={who?.id ?? null} onChange={setWho} error={err('personId') ?? err('institutionId')} isRequired empty="No person or institution matches." />
      <div className="field-row">
        <SelectInput<ParticipationRole> label="Role" value={role} options={PARTICIPATION_ROLES} onChange={(r) => setRole(r ?? 'PARTICIPANT')} error={err('role')} />
        <SelectInput<RsvpStatus> label="RSVP" value={rsvp} options={RSVP_STATUSES} onChange={setRsvp} error={err('rsvp')} emptyLabel="Invited (default)" />
      </div>
      <InstitutionPicker label="On behalf of (optional)" selectedId={onBehalfOf?.id ?? null} onChange={setOnBehalfOf} error={err('onBehalfOfId')} />
      <TextInput label="Note" value={note} onChange={setNote} error={err('note')} />
      {save.step.warnings && <ScheduleWarnings warnings={save.step.warnings} title="Taking part would clash" />}
      <FormStatus failure={save.step.failure} errors={save.step.errors.filter((e) => !['personId', 'institutionId', 'role', 'rsvp', 'onBehalfOfId', 'note'].includes(e.field.slice(1).join('.')))} />
      <FormActions pending={save.step.pending} saveLabel={save.step.warnings?.length ? 'Add anyway' : 'Add'} />
    </Form>
  );
}

type ParticipationRef = { id: string; version: number; role: ParticipationRole; rsvp: RsvpStatus; name: string; note?: string | null; onBehalfOf?: { id: string; name: string } | null };

/** Change a participant's role, RSVP (it moves along its lifecycle), whom they represent and the note; or remove them. */
export function ParticipantControls({ participation, onChanged }: { participation: ParticipationRef; onChanged(): void }) {
  return (
    <EditOnly>
      <span className="edit-controls">
        <FormDialog
          className="link-button"
          label={
            <>
              Change<span className="visually-hidden"> {participation.name}</span>
            </>
          }
          title={`${participation.name}: role, RSVP and note`}
        >
          {(close) => <ChangeParticipantForm participation={participation} onDone={() => {
              close();
              onChanged();
            }} />}
        </FormDialog>
        <FormDialog
          className="link-button"
          label={
            <>
              Remove<span className="visually-hidden"> {participation.name}</span>
            </>
          }
          title={`Remove ${participation.name}?`}
        >
          {(close) => <RemoveParticipantForm participation={participation} onDone={() => {
              close();
              onChanged();
            }} />}
        </FormDialog>
      </span>
    </EditOnly>
  );
}

function ChangeParticipantForm({ participation, onDone }: { participation: ParticipationRef; onDone(): void }) {
  const [role, setRole] = useState<ParticipationRole>(participation.role);
  const [rsvp, setRsvp] = useState<RsvpStatus>(participation.rsvp);
  const [onBehalfOf, setOnBehalfOf] = useState(participation.onBehalfOf ?? null);
  const [note, setNote] = useState(participation.note ?? '');
  const mutation = useFormMutation(UpdateParticipation, { payload: (d) => d.updateParticipation, recordId: participation.id });
  async function save(e: FormEvent) {
    e.preventDefault();
    const input = { id: participation.id, version: participation.version, role, rsvp, onBehalfOfId: onBehalfOf?.id ?? null, note: note.trim() || null };
    if (await mutation.submit({ input })) onDone();
  }
  return (
    <Form onSubmit={save} className="edit-form">
      <SelectInput<ParticipationRole> label="Role" value={role} options={PARTICIPATION_ROLES} onChange={(r) => setRole(r ?? role)} error={mutation.fieldError('role')} />
      <SelectInput<RsvpStatus> label="RSVP" value={rsvp} options={RSVP_STATUSES} onChange={(r) => setRsvp(r ?? rsvp)} error={mutation.fieldError('rsvp')} />
      <InstitutionPicker label="On behalf of (optional)" selectedId={onBehalfOf?.id ?? null} selectedName={onBehalfOf?.name} onChange={setOnBehalfOf} error={mutation.fieldError('onBehalfOfId')} />
      <TextInput label="Note" value={note} onChange={setNote} error={mutation.fieldError('note')} multiline />
      {mutation.conflict && <p className="notice">{participation.name}’s participation changed since the page was opened; close this and look at it again.</p>}
      <FormStatus failure={mutation.failure} errors={mutation.otherErrors(['role', 'rsvp', 'onBehalfOfId', 'note'])} />
      <FormActions pending={mutation.pending} />
    </Form>
  );
}

function RemoveParticipantForm({ participation, onDone }: { participation: ParticipationRef; onDone(): void }) {
  const mutation = useFormMutation(RemoveParticipation, { payload: (d) => d.removeParticipation });
  return (
    <Form
      onSubmit={async (e) => {
        e.preventDefault();
        if (await mutation.submit({ input: { id: participation.id, version: participation.version } })) onDone();
      }}
    >
      <p>{participation.name} is removed from the participants (the change is in the event's history).</p>
      <FormStatus failure={mutation.failure} errors={mutation.errors} />
      <FormActions pending={mutation.pending} saveLabel="Remove" />
    </Form>
  );
}

