import { useQuery } from '@apollo/client/react';
import { type FormEvent, type ReactNode, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { Link } from 'react-router';
import { RecordPicker } from '../../../components/pickers/record-picker';
import { CheckboxInput, type FormError, FormStatus, LeaveGuard, PartialDateInput, SelectInput, TextInput, fieldKey } from '../../../forms';
import { graphql } from '../../../gql';
import type { EventKind, ParticipationRole, RsvpStatus, ScheduleStatus, ScheduleWarningFieldsFragment } from '../../../gql/graphql';
import { ScheduleWarnings } from '../../planner/schedule-warnings';
import { TimeZonePicker } from '../../planner/time-zone-picker';
import type { EventValues, ParticipantValues } from './event-values';

export const EVENT_KINDS: readonly EventKind[] = ['CONFERENCE', 'FORUM', 'SYMPOSIUM', 'WORKSHOP', 'GENERAL_ASSEMBLY', 'BOARD_MEETING', 'SESSION', 'SIDE_EVENT', 'CAMPAIGN', 'OTHER'];
export const SCHEDULE_STATUSES: readonly ScheduleStatus[] = ['PLANNED', 'CONFIRMED', 'HELD', 'POSTPONED', 'CANCELLED'];
export const PARTICIPATION_ROLES: readonly ParticipationRole[] = ['PARTICIPANT', 'SPEAKER', 'CHAIR', 'HOST', 'ORGANISER', 'CO_ORGANISER', 'DELEGATE', 'RAPPORTEUR', 'OBSERVER', 'MEDIA'];
export const RSVP_STATUSES: readonly RsvpStatus[] = ['INVITED', 'CONFIRMED', 'DECLINED', 'ATTENDED', 'NO_SHOW'];

const SeriesQuery = graphql(`
  query EventFormSeries {
    eventSeriesList(first: 100) {
      nodes {
        id
        name
      }
    }
  }
`);

/** A submission in two steps: a dry run (errors and clashes, nothing saved), then the save. */
export type TwoStep = {
  /** Errors of the last step, beside their fields. */
  errors: readonly FormError[];
  fieldError(field: string): string | undefined;
  pending: boolean;
  failure: unknown;
  /** Clashes found by the dry run of the current values (null: not checked yet). */
  warnings: readonly ScheduleWarningFieldsFragment[] | null;
};

/**
 * The event's fields (date precision, times with a time zone, venue, series, parent) and, when
 * creating, its participants. Saving runs a dry run first: clashes are shown, and the planner
 * confirms ("Schedule anyway") or changes the plan.
 */
export function EventForm({ values, onChange, participants, onParticipants, step, dirty, onSubmit, saveLabel, onCancel, top }: {
  values: EventValues;
  onChange(values: EventValues): void;
  /** Only when creating (participants of an existing event are added on its page). */
  participants?: ParticipantValues[];
  onParticipants?(participants: ParticipantValues[]): void;
  step: TwoStep;
  dirty: boolean;
  onSubmit(): void;
  saveLabel: string;
  onCancel(): void;
  /** Shown above the fields (a stale-version notice). */
  top?: ReactNode;
}) {
  const { data: series } = useQuery(SeriesQuery);
  const set = <K extends keyof EventValues>(key: K) => (value: EventValues[K]) => onChange({ ...values, [key]: value });
  const err = step.fieldError;
  const placed = ['title', 'kind', 'status', 'startDate', 'endDate', 'startTime', 'endTime', 'timeZone', 'venue', 'city', 'country', 'description', 'seriesId', 'edition', 'parentId'];
  // The kind is required by the schema itself: without one the request could not even be sent.
  const [attempted, setAttempted] = useState(false);
  const kindMissing = attempted && values.kind === null ? 'Choose a kind' : undefined;
  const seriesOptions = series?.eventSeriesList.nodes ?? [];
  const other = step.errors.filter((e) => e.code !== 'CONFLICT' && !placed.includes(fieldKey(e.field)) && !fieldKey(e.field).startsWith('participations.'));
  function submit(event: FormEvent) {
    event.preventDefault();
    setAttempted(true);
    if (values.kind !== null) onSubmit();
  }
  return (
    <Form onSubmit={submit} className="edit-form event-form">
      <LeaveGuard when={dirty} />
      {top}
      <TextInput label="Title" value={values.title} onChange={set('title')} error={err('title')} isRequired autoFocus />
      <div className="field-row">
        <SelectInput<EventKind> label="Kind" value={values.kind} options={EVENT_KINDS} onChange={set('kind')} error={err('kind') ?? kindMissing} isRequired />
        <SelectInput<ScheduleStatus> label="Status" value={values.status} options={SCHEDULE_STATUSES} onChange={set('status')} error={err('status')} emptyLabel="Planned (default)" />
      </div>
      <fieldset className="field-group">
        <legend>When</legend>
        <div className="field-row">
          <PartialDateInput label="Starts" value={values.startDate} onChange={set('startDate')} error={err('startDate')} />
          <PartialDateInput label="Ends" value={values.endDate} onChange={set('endDate')} error={err('endDate')} description="Year, month or day; blank for one day" />
        </div>
        <div className="field-row">
          <TextInput label="Start time" value={values.startTime} onChange={set('startTime')} error={err('startTime')} placeholder="HH:MM" description="24 h, local to the time zone" />
          <TextInput label="End time" value={values.endTime} onChange={set('endTime')} error={err('endTime')} placeholder="HH:MM" />
          <div className="field">
            <TimeZonePicker value={values.timeZone} onChange={set('timeZone')} />
            {err('timeZone') && <span className="field-error">{err('timeZone')}</span>}
          </div>
        </div>
      </fieldset>
      <fieldset className="field-group">
        <legend>Where</legend>
        <div className="field-row">
          <TextInput label="Venue" value={values.venue} onChange={set('venue')} error={err('venue')} />
          <TextInput label="City" value={values.city} onChange={set('city')} error={err('city')} />
          <TextInput label="Country" value={values.country} onChange={set('country')} error={err('country')} description="Two letters, e.g. AZ" />
        </div>
      </fieldset>
      <fieldset className="field-group">
        <legend>Part of</legend>
        <div className="field-row">
          <SelectInput<string>
            label="Series"
            value={values.seriesId}
            options={seriesOptions.map((s) => s.id)}
            describe={(id) => seriesOptions.find((s) => s.id === id)?.name ?? id}
            onChange={set('seriesId')}
            error={err('seriesId')}
            emptyLabel="No series"
          />
          <TextInput label="Edition" value={values.edition} onChange={set('edition')} error={err('edition')} type="number" />
        </div>
        <RecordPicker label="Parent event" types={['EVENT']} selectedId={values.parent?.id ?? null} selectedName={values.parent?.name} onChange={set('parent')} error={err('parentId')} />
      </fieldset>
      {participants && onParticipants && <ParticipantRows rows={participants} onChange={onParticipants} err={err} />}
      <TextInput label="Description" value={values.description} onChange={set('description')} error={err('description')} multiline />
      <CheckboxInput label="Confidential (only editors and admins see it)" value={values.confidential} onChange={set('confidential')} />
      {step.warnings && <ScheduleWarnings warnings={step.warnings} />}
      <FormStatus failure={step.failure} errors={other} />
      <div className="form-actions">
        <Button type="submit" className="button primary" isDisabled={step.pending}>
          {step.pending ? 'Checking…' : step.warnings?.length ? `${saveLabel} anyway` : saveLabel}
        </Button>
        <Button className="button" onPress={onCancel}>
          Cancel
        </Button>
      </div>
    </Form>
  );
}

function ParticipantRows({ rows, onChange, err }: { rows: ParticipantValues[]; onChange(rows: ParticipantValues[]): void; err(field: string): string | undefined }) {
  const update = (i: number, patch: Partial<ParticipantValues>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <fieldset className="field-group">
      <legend>Participants</legend>
      <p className="field-hint">
        The people and institutions taking part: clashes with their other plans are checked before saving. Someone not in the registry yet?{' '}
        <Link to="/people/new" target="_blank">
          Add a person
        </Link>{' '}
        (new tab), then pick them here.
      </p>
      {rows.map((row, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity until saved; their position is their key
        <div className="field-row participant-row" key={i}>
          <RecordPicker
            label={`Participant ${i + 1}`}
            types={['PERSON', 'INSTITUTION']}
            selectedId={row.who?.id ?? null}
            selectedName={row.who?.name}
            onChange={(who) => update(i, { who })}
            error={err(`participations.${i}.personId`) ?? err(`participations.${i}.institutionId`) ?? err(`participations.${i}`)}
            empty="No person or institution matches."
          />
          <SelectInput<ParticipationRole> label="Role" value={row.role} options={PARTICIPATION_ROLES} onChange={(role) => update(i, { role: role ?? 'PARTICIPANT' })} error={err(`participations.${i}.role`)} />
          <SelectInput<RsvpStatus> label="RSVP" value={row.rsvp} options={RSVP_STATUSES} onChange={(rsvp) => update(i, { rsvp })} error={err(`participations.${i}.rsvp`)} emptyLabel="Invited (default)" />
          <Button className="link-button remove-row" onPress={() => onChange(rows.filter((_, j) => j !== i))}>
            Remove<span className="visually-hidden"> participant {i + 1}</span>
          </Button>
        </div>
      ))}
      <Button className="button" onPress={() => onChange([...rows, { who: null, role: 'PARTICIPANT', rsvp: null }])}>
        Add a participant
      </Button>
    </fieldset>
  );
}
