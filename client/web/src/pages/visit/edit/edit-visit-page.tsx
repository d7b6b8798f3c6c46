import { useApolloClient, useQuery } from '@apollo/client/react';
import type { FormEvent } from 'react';
import { Button, Form } from 'react-aria-components';
import { useNavigate, useParams } from 'react-router';
import { InstitutionPicker } from '../../../components/pickers/institution-picker';
import { RecordPageState } from '../../../components/record-page';
import { CheckboxInput, ConflictNotice, EditPage, FormStatus, fieldKey, LeaveGuard, PartialDateInput, SelectInput, TextInput, useRecordForm, useSavedNavigation } from '../../../forms';
import { graphql } from '../../../gql';
import type { EditVisitQuery, VisitDirection, VisitPurpose } from '../../../gql/graphql';
import { recordPath } from '../../../lib/routes';
import { usePageTitle } from '../../../lib/use-page-title';
import { humanize } from '../../../lib/words';
import { ScheduleWarnings } from '../../planner/schedule-warnings';
import { useCheckedSave } from '../../planner/use-checked-save';
import { DIRECTIONS, PURPOSES } from '../visit-enums';
import '../../planner/schedule.css';

const EditVisitQueryDoc = graphql(`
  query EditVisit($id: ID!) {
    visit(id: $id) {
      id
      version
      title
      purpose
      direction
      startDate
      endDate
      place
      country
      description
      confidential
      delegationOf {
        id
        name
      }
      host {
        id
        name
      }
    }
  }
`);

const CheckUpdateVisit = graphql(`
  mutation CheckUpdateVisit($input: UpdateVisitInput!) {
    updateVisit(input: $input, dryRun: true) {
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

const UpdateVisit = graphql(`
  mutation UpdateVisit($input: UpdateVisitInput!) {
    updateVisit(input: $input) {
      visit {
        id
        version
        title
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

type VisitRecord = EditVisitQuery['visit'];
type Picked = { id: string; name: string } | null;
type Values = {
  title: string;
  purpose: VisitPurpose;
  direction: VisitDirection;
  delegationOf: Picked;
  host: Picked;
  startDate: string;
  endDate: string;
  place: string;
  country: string;
  description: string;
  confidential: boolean;
};

const valuesOf = (v: VisitRecord): Values => ({
  title: v.title,
  purpose: v.purpose,
  direction: v.direction,
  delegationOf: { id: v.delegationOf.id, name: v.delegationOf.name },
  host: v.host ? { id: v.host.id, name: v.host.name } : null,
  startDate: v.startDate ?? '',
  endDate: v.endDate ?? '',
  place: v.place ?? '',
  country: v.country ?? '',
  description: v.description ?? '',
  confidential: v.confidential,
});

const LABELS: Partial<Record<keyof Values, string>> = {
  title: 'Title',
  purpose: 'Purpose',
  direction: 'Direction',
  delegationOf: 'Whose delegation',
  host: 'Host',
  startDate: 'Starts',
  endDate: 'Ends',
  place: 'Place',
  country: 'Country',
  description: 'Description',
  confidential: 'Confidential',
};
const shown = (v: Values) => ({ ...v, purpose: humanize(v.purpose), direction: humanize(v.direction), delegationOf: v.delegationOf?.name ?? '', host: v.host?.name ?? '', confidential: v.confidential ? 'yes' : 'no' });
const blank = (v: string) => (v.trim() === '' ? null : v.trim());
const PLACED = ['title', 'purpose', 'direction', 'delegationOfId', 'hostId', 'startDate', 'endDate', 'place', 'country', 'description'];

/** /visits/<id>/edit — change a visit's own fields (its dates are checked for the travellers' clashes first). */
export function Component() {
  return (
    <EditPage>
      <EditVisit />
    </EditPage>
  );
}

function EditVisit() {
  const { id = '' } = useParams();
  const client = useApolloClient();
  const { data, error, loading, refetch } = useQuery(EditVisitQueryDoc, { variables: { id }, fetchPolicy: 'network-only' });
  usePageTitle(data ? `Edit ${data.visit.title}` : null);
  // The visit as it is now, outside the cache (the form keeps what the person typed).
  const reload = async () => (await client.query({ query: EditVisitQueryDoc, variables: { id }, fetchPolicy: 'no-cache' })).data?.visit ?? null;
  return (
    <RecordPageState loading={loading} error={error} hasData={!!data} what="visit" onRetry={() => refetch()}>
      {() => <EditVisitForm visit={data!.visit} reload={reload} />}
    </RecordPageState>
  );
}

function EditVisitForm({ visit, reload }: { visit: VisitRecord; reload(): Promise<VisitRecord | null> }) {
  const navigate = useNavigate();
  const state = useRecordForm(visit, valuesOf, valuesOf(visit));
  const { values, set, version } = state;
  const [saved, goTo] = useSavedNavigation();
  const inputOf = (v: Values, withVersion: number | null) => ({
    id: visit.id,
    version: withVersion,
    title: v.title,
    purpose: v.purpose,
    direction: v.direction,
    delegationOfId: v.delegationOf?.id ?? '',
    hostId: v.host?.id ?? null,
    startDate: blank(v.startDate),
    endDate: blank(v.endDate),
    place: blank(v.place),
    country: blank(v.country)?.toUpperCase() ?? null,
    description: blank(v.description),
    confidential: v.confidential,
  });
  const input = inputOf(values, version);
  const save = useCheckedSave(CheckUpdateVisit, UpdateVisit, { checked: (d) => d.updateVisit, saved: (d) => d.updateVisit, recordId: visit.id, current: { input } });
  const err = save.step.fieldError;
  const page = recordPath('Visit', visit.id) ?? '/';

  async function send(vars: { input: ReturnType<typeof inputOf> }) {
    const done = await save.run(vars);
    if (done?.visit) goTo(page);
  }
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void send({ input });
  };

  return (
    <div className="page">
      <h1>Edit {visit.title}</h1>
      <LeaveGuard when={state.dirty && !saved} />
      {save.conflict && (
        <ConflictNotice
          {...state.conflictProps({ conflict: save.conflict, reload, reset: () => undefined, save: (v, vals) => send({ input: inputOf(vals, v) }), labels: LABELS, shown })}
        />
      )}
      <Form onSubmit={submit} className="edit-form event-form" validationBehavior="aria" aria-label={`Edit ${visit.title}`}>
        <TextInput label="Title" value={values.title} onChange={(v) => set('title', v)} error={err('title')} isRequired autoFocus />
        <div className="field-row">
          <SelectInput<VisitPurpose> label="Purpose" value={values.purpose} options={PURPOSES} onChange={(v) => set('purpose', v ?? 'OFFICIAL')} error={err('purpose')} />
          <SelectInput<VisitDirection> label="Direction" value={values.direction} options={DIRECTIONS} onChange={(v) => set('direction', v ?? 'OUTBOUND')} error={err('direction')} />
        </div>
        <div className="field-row">
          <InstitutionPicker label="Whose delegation" selectedId={values.delegationOf?.id ?? null} selectedName={values.delegationOf?.name} onChange={(v) => set('delegationOf', v)} error={err('delegationOfId')} isRequired />
          <InstitutionPicker label="Host (optional)" selectedId={values.host?.id ?? null} selectedName={values.host?.name} onChange={(v) => set('host', v)} error={err('hostId')} />
        </div>
        <div className="field-row">
          <PartialDateInput label="Starts" value={values.startDate} onChange={(v) => set('startDate', v)} error={err('startDate')} />
          <PartialDateInput label="Ends" value={values.endDate} onChange={(v) => set('endDate', v)} error={err('endDate')} />
        </div>
        <div className="field-row">
          <TextInput label="Place" value={values.place} onChange={(v) => set('place', v)} error={err('place')} />
          <TextInput label="Country" value={values.country} onChange={(v) => set('country', v)} error={err('country')} description="Two letters, e.g. GE" />
        </div>
        <TextInput label="Description" value={values.description} onChange={(v) => set('description', v)} error={err('description')} multiline />
        <CheckboxInput label="Confidential (only editors and admins see it)" value={values.confidential} onChange={(v) => set('confidential', v)} />
        <p className="field-hint">The status changes with Postpone or Cancel on the visit’s page; the delegation’s members are added and removed there too.</p>
        {save.step.warnings && <ScheduleWarnings warnings={save.step.warnings} title="Travelling would clash" />}
        <FormStatus failure={save.step.failure} errors={save.step.errors.filter((e) => e.code !== 'CONFLICT' && !PLACED.includes(fieldKey(e.field)))} />
        <div className="form-actions">
          <Button type="submit" className="button primary" isDisabled={save.step.pending}>
            {save.step.pending ? 'Checking…' : save.step.warnings?.length ? 'Save anyway' : 'Save changes'}
          </Button>
          <Button className="button" onPress={() => navigate(page)}>
            Cancel
          </Button>
        </div>
      </Form>
    </div>
  );
}
