import { type FormEvent, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useNavigate } from 'react-router';
import { InstitutionPicker } from '../../../components/pickers/institution-picker';
import { type PickedRecord, RecordPicker } from '../../../components/pickers/record-picker';
import { CheckboxInput, EditPage, FormStatus, fieldKey, LeaveGuard, PartialDateInput, SelectInput, TextInput } from '../../../forms';
import { graphql } from '../../../gql';
import type { DelegationRole, VisitDirection, VisitPurpose } from '../../../gql/graphql';
import { recordPath } from '../../../lib/routes';
import { usePageTitle } from '../../../lib/use-page-title';
import { ScheduleWarnings } from '../../planner/schedule-warnings';
import { useCheckedSave } from '../../planner/use-checked-save';
import { DELEGATION_ROLES } from '../visit-edit-controls';
import { DIRECTIONS, PURPOSES } from '../visit-enums';
import '../../planner/schedule.css';


const CheckCreateVisit = graphql(`
  mutation CheckCreateVisit($input: CreateVisitInput!) {
    createVisit(input: $input, dryRun: true) {
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

const CreateVisit = graphql(`
  mutation CreateVisit($input: CreateVisitInput!) {
    createVisit(input: $input) {
      visit {
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

type Member = { who: PickedRecord | null; role: DelegationRole };
type Picked = { id: string; name: string } | null;
const blank = (v: string) => (v.trim() === '' ? null : v.trim());

/** /visits/new — record a visit with its delegation; clashes of the travellers are shown before saving. */
export function Component() {
  usePageTitle('Record a visit');
  return (
    <EditPage>
      <NewVisit />
    </EditPage>
  );
}

function NewVisit() {
  const navigate = useNavigate();
  const [title, setTitle] = useState('');
  const [purpose, setPurpose] = useState<VisitPurpose | null>('OFFICIAL');
  const [direction, setDirection] = useState<VisitDirection | null>('OUTBOUND');
  const [delegationOf, setDelegationOf] = useState<Picked>(null);
  const [host, setHost] = useState<Picked>(null);
  const [startDate, setStartDate] = useState('');
  const [endDate, setEndDate] = useState('');
  const [place, setPlace] = useState('');
  const [country, setCountry] = useState('');
  const [description, setDescription] = useState('');
  const [confidential, setConfidential] = useState(false);
  const [members, setMembers] = useState<Member[]>([]);
  const [saved, setSaved] = useState(false);
  const input = {
    title,
    purpose: purpose ?? 'OFFICIAL',
    direction: direction ?? 'OUTBOUND',
    delegationOfId: delegationOf?.id ?? '',
    hostId: host?.id ?? null,
    startDate: blank(startDate),
    endDate: blank(endDate),
    place: blank(place),
    country: blank(country)?.toUpperCase() ?? null,
    description: blank(description),
    confidential,
    members: members.filter((m) => m.who).map((m) => ({ personId: m.who?.type === 'Person' ? m.who.id : null, institutionId: m.who?.type === 'Institution' ? m.who.id : null, role: m.role })),
  };
  const save = useCheckedSave(CheckCreateVisit, CreateVisit, { checked: (d) => d.createVisit, saved: (d) => d.createVisit, current: { input } });
  const err = save.step.fieldError;
  const dirty = !saved && (title !== '' || delegationOf !== null || startDate !== '' || members.length > 0);
  const placed = ['title', 'purpose', 'direction', 'delegationOfId', 'hostId', 'startDate', 'endDate', 'place', 'country', 'description'];
  const update = (i: number, patch: Partial<Member>) => setMembers(members.map((m, j) => (j === i ? { ...m, ...patch } : m)));

  async function submit(e: FormEvent) {
    e.preventDefault();
    const done = await save.run({ input });
    if (!done?.visit) return;
    setSaved(true);
    setTimeout(() => navigate(recordPath('Visit', done.visit!.id) ?? '/'));
  }

  return (
    <div className="page">
      <h1>Record a visit</h1>
      <Form onSubmit={submit} className="edit-form event-form">
        <LeaveGuard when={dirty} />
        <TextInput label="Title" value={title} onChange={setTitle} error={err('title')} isRequired autoFocus />
        <div className="field-row">
          <SelectInput<VisitPurpose> label="Purpose" value={purpose} options={PURPOSES} onChange={setPurpose} error={err('purpose')} />
          <SelectInput<VisitDirection> label="Direction" value={direction} options={DIRECTIONS} onChange={setDirection} error={err('direction')} />
        </div>
        <div className="field-row">
          <InstitutionPicker label="Whose delegation" selectedId={delegationOf?.id ?? null} onChange={setDelegationOf} error={err('delegationOfId')} isRequired />
          <InstitutionPicker label="Host (optional)" selectedId={host?.id ?? null} onChange={setHost} error={err('hostId')} />
        </div>
        <div className="field-row">
          <PartialDateInput label="Starts" value={startDate} onChange={setStartDate} error={err('startDate')} />
          <PartialDateInput label="Ends" value={endDate} onChange={setEndDate} error={err('endDate')} />
        </div>
        <div className="field-row">
          <TextInput label="Place" value={place} onChange={setPlace} error={err('place')} />
          <TextInput label="Country" value={country} onChange={setCountry} error={err('country')} description="Two letters, e.g. GE" />
        </div>
        <fieldset className="field-group">
          <legend>Delegation members</legend>
          {members.map((m, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity until saved
            <div className="field-row participant-row" key={i}>
              <RecordPicker label={`Member ${i + 1}`} types={['PERSON', 'INSTITUTION']} selectedId={m.who?.id ?? null} selectedName={m.who?.name} onChange={(who) => update(i, { who })} error={err(`members.${i}.personId`) ?? err(`members.${i}`)} />
              <SelectInput<DelegationRole> label="Role" value={m.role} options={DELEGATION_ROLES} onChange={(role) => update(i, { role: role ?? 'MEMBER' })} error={err(`members.${i}.role`)} />
              <Button className="link-button remove-row" onPress={() => setMembers(members.filter((_, j) => j !== i))}>
                Remove<span className="visually-hidden"> member {i + 1}</span>
              </Button>
            </div>
          ))}
          <Button className="button" onPress={() => setMembers([...members, { who: null, role: members.length === 0 ? 'HEAD' : 'MEMBER' }])}>
            Add a member
          </Button>
        </fieldset>
        <TextInput label="Description" value={description} onChange={setDescription} error={err('description')} multiline />
        <CheckboxInput label="Confidential (only editors and admins see it)" value={confidential} onChange={setConfidential} />
        {save.step.warnings && <ScheduleWarnings warnings={save.step.warnings} />}
        <FormStatus failure={save.step.failure} errors={save.step.errors.filter((e) => e.code !== 'CONFLICT' && !placed.includes(fieldKey(e.field)) && !fieldKey(e.field).startsWith('members.'))} />
        <div className="form-actions">
          <Button type="submit" className="button primary" isDisabled={save.step.pending}>
            {save.step.pending ? 'Checking…' : save.step.warnings?.length ? 'Save anyway' : 'Save'}
          </Button>
          <Button className="button" onPress={() => navigate(-1)}>
            Cancel
          </Button>
        </div>
      </Form>
    </div>
  );
}
