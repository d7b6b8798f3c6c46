import { useQuery } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { RecordPageState } from '../../../components/record-page';
import { compareValues, ConflictNotice, EditPage, mergeValues } from '../../../forms';
import { getFragmentData, graphql } from '../../../gql';
import type { EventFormFieldsFragment } from '../../../gql/graphql';
import { recordPath } from '../../../lib/routes';
import { usePageTitle } from '../../../lib/use-page-title';
import { useCheckedSave } from '../../planner/use-checked-save';
import { CheckUpdateEvent, EventFormFields, UpdateEvent } from './event-documents';
import { EventForm } from './event-form';
import { type EventValues, eventFields } from './event-values';
import '../../planner/schedule.css';

const EditEventQuery = graphql(`
  query EditEvent($id: ID!) {
    event(id: $id) {
      ...EventFormFields
    }
  }
`);

export function valuesOf(e: EventFormFieldsFragment): EventValues {
  return {
    title: e.title,
    kind: e.kind,
    status: e.status,
    startDate: e.startDate ?? '',
    endDate: e.endDate ?? '',
    startTime: e.startTime ?? '',
    endTime: e.endTime ?? '',
    timeZone: e.timeZone ?? '',
    venue: e.venue ?? '',
    city: e.city ?? '',
    country: e.country ?? '',
    description: e.description ?? '',
    confidential: e.confidential,
    seriesId: e.series?.id ?? null,
    edition: e.edition === null || e.edition === undefined ? '' : String(e.edition),
    parent: e.parent ? { id: e.parent.id, name: e.parent.title } : null,
  };
}

const LABELS: Partial<Record<keyof EventValues, string>> = {
  title: 'Title',
  kind: 'Kind',
  status: 'Status',
  startDate: 'Starts',
  endDate: 'Ends',
  startTime: 'Start time',
  endTime: 'End time',
  timeZone: 'Time zone',
  venue: 'Venue',
  city: 'City',
  country: 'Country',
  description: 'Description',
};

/** /events/<id>/edit — change an event (moving its dates is checked for clashes first). */
export function Component() {
  return (
    <EditPage>
      <EditEvent />
    </EditPage>
  );
}

function EditEvent() {
  const { id = '' } = useParams();
  const { data, error, loading, refetch } = useQuery(EditEventQuery, { variables: { id }, fetchPolicy: 'network-only' });
  const event = data ? getFragmentData(EventFormFields, data.event) : null;
  usePageTitle(event ? `Edit ${event.title}` : null);
  return (
    <RecordPageState loading={loading} error={error} hasData={!!event} what="event" onRetry={() => refetch()}>
      {() => (
        <EditEventForm
          event={event!}
          fetchCurrent={async () => {
            const { data: fresh } = await refetch();
            return getFragmentData(EventFormFields, fresh!.event);
          }}
        />
      )}
    </RecordPageState>
  );
}

/** The form keeps the version it was opened from: a newer one on the server is a conflict to resolve, never overwritten silently. */
function EditEventForm({ event, fetchCurrent }: { event: EventFormFieldsFragment; fetchCurrent(): Promise<EventFormFieldsFragment> }) {
  const navigate = useNavigate();
  const [start, setStart] = useState(() => valuesOf(event));
  const [values, setValues] = useState(start);
  const [version, setVersion] = useState(event.version);
  const [saved, setSaved] = useState(false);
  const compared = useRef<EventValues | null>(null);
  const inputOf = (v: EventValues, withVersion: number) => ({ id: event.id, version: withVersion, ...eventFields(v), status: v.status ?? undefined });
  const input = inputOf(values, version);
  const save = useCheckedSave(CheckUpdateEvent, UpdateEvent, { checked: (d) => d.updateEvent, saved: (d) => d.updateEvent, recordId: event.id, current: { input } });

  async function submit(vars = { input }) {
    const done = await save.run(vars);
    if (!done?.event) return;
    setSaved(true);
    setTimeout(() => navigate(recordPath('Event', event.id) ?? '/'));
  }

  return (
    <div className="page">
      <h1>Edit {event.title}</h1>
      <EventForm
        values={values}
        onChange={setValues}
        step={save.step}
        dirty={!saved && JSON.stringify(values) !== JSON.stringify(start)}
        onSubmit={() => void submit()}
        saveLabel="Save"
        onCancel={() => navigate(recordPath('Event', event.id) ?? '/')}
        top={
          save.conflict && (
            <ConflictNotice
              conflict={save.conflict}
              onReload={async () => {
                const current = await fetchCurrent();
                setStart(valuesOf(current));
                setValues(valuesOf(current));
                setVersion(current.version);
              }}
              onCompare={async () => {
                compared.current = valuesOf(await fetchCurrent());
                return compareValues(values, compared.current, LABELS);
              }}
              onOverwrite={(current, takeCurrent) => {
                const merged = compared.current ? mergeValues(values, compared.current, takeCurrent) : values;
                setValues(merged);
                setVersion(current);
                void submit({ input: inputOf(merged, current) });
              }}
            />
          )
        }
      />
    </div>
  );
}
