import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { EditPage } from '../../../forms';
import { graphql } from '../../../gql';
import { recordPath } from '../../../lib/routes';
import { usePageTitle } from '../../../lib/use-page-title';
import { useCheckedSave } from '../../planner/use-checked-save';
import { CheckCreateEvent, CreateEvent } from '../edit/event-documents';
import { EventForm } from '../edit/event-form';
import { EMPTY_EVENT, type EventValues, eventFields, type ParticipantValues, participationInput } from '../edit/event-values';
import '../../planner/schedule.css';

const StartingPointQuery = graphql(`
  query NewEventStartingPoint($host: ID!, $parent: ID!, $withHost: Boolean!, $withParent: Boolean!) {
    institution(id: $host) @include(if: $withHost) {
      id
      name
    }
    event(id: $parent) @include(if: $withParent) {
      id
      title
    }
  }
`);

/** /events/new[?host=<Institution>][&parent=<Event>][&date=YYYY-MM-DD] — schedule an event, from the planner, an institution or an event. */
export function Component() {
  usePageTitle('Schedule an event');
  return (
    <EditPage>
      <NewEvent />
    </EditPage>
  );
}

function NewEvent() {
  const [search] = useSearchParams();
  const host = search.get('host');
  const parent = search.get('parent');
  const { data, loading } = useQuery(StartingPointQuery, {
    variables: { host: host ?? '', parent: parent ?? '', withHost: !!host, withParent: !!parent },
    skip: !host && !parent,
  });
  if (loading) return null;
  const start: EventValues = { ...EMPTY_EVENT, startDate: search.get('date') ?? '', parent: data?.event ? { id: data.event.id, name: data.event.title } : null };
  const hosts: ParticipantValues[] = data?.institution ? [{ who: { id: data.institution.id, name: data.institution.name, type: 'Institution' }, role: 'HOST', rsvp: 'CONFIRMED' }] : [];
  return <NewEventForm start={start} startParticipants={hosts} />;
}

function NewEventForm({ start, startParticipants }: { start: EventValues; startParticipants: ParticipantValues[] }) {
  const navigate = useNavigate();
  const [values, setValues] = useState(start);
  const [participants, setParticipants] = useState(startParticipants);
  const [saved, setSaved] = useState(false);
  const input = { ...eventFields(values), status: values.status, participations: participants.filter((p) => p.who).map(participationInput) };
  const save = useCheckedSave(CheckCreateEvent, CreateEvent, { checked: (d) => d.createEvent, saved: (d) => d.createEvent, current: { input } });
  const dirty = !saved && (JSON.stringify(values) !== JSON.stringify(start) || JSON.stringify(participants) !== JSON.stringify(startParticipants));

  async function submit() {
    const done = await save.run({ input });
    if (!done?.event) return;
    setSaved(true);
    // After the leave guard has seen `saved`.
    setTimeout(() => navigate(recordPath('Event', done.event!.id) ?? '/'));
  }

  return (
    <div className="page">
      <h1>Schedule an event</h1>
      <EventForm
        values={values}
        onChange={setValues}
        participants={participants}
        onParticipants={setParticipants}
        step={save.step}
        dirty={dirty}
        onSubmit={submit}
        saveLabel="Schedule"
        onCancel={() => navigate(-1)}
      />
    </div>
  );
}
