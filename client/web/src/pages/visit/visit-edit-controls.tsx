import { type FormEvent, useState } from 'react';
import { Form } from 'react-aria-components';
import { Link } from 'react-router';
import { type PickedRecord, RecordPicker } from '../../components/pickers/record-picker';
import { EditOnly, FormActions, FormDialog, FormStatus, SelectInput, useFormMutation } from '../../forms';
import { graphql } from '../../gql';
import type { DelegationRole } from '../../gql/graphql';
import { ScheduleWarnings } from '../planner/schedule-warnings';
import { PostponeCancel } from '../planner/status-form';
import { useCheckedSave } from '../planner/use-checked-save';
import '../planner/schedule.css';

export const DELEGATION_ROLES: readonly DelegationRole[] = ['HEAD', 'MEMBER', 'EXPERT', 'STAFF', 'HOST'];

const ChangeVisitStatus = graphql(`
  mutation ChangeVisitStatus($input: UpdateVisitInput!) {
    updateVisit(input: $input) {
      visit {
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

const CheckAddVisitMember = graphql(`
  mutation CheckAddVisitMember($input: AddVisitMemberInput!) {
    addVisitMember(input: $input, dryRun: true) {
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

const AddVisitMember = graphql(`
  mutation AddVisitMember($input: AddVisitMemberInput!) {
    addVisitMember(input: $input) {
      visitMember {
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

const RemoveVisitMember = graphql(`
  mutation RemoveVisitMember($input: RemoveVisitMemberInput!) {
    removeVisitMember(input: $input) {
      deletedId
      userErrors {
        field
        message
        code
      }
    }
  }
`);

type VisitRef = { id: string; title: string; version: number; status: string };

/** Postpone, cancel, add a delegation member: the visit page's controls (editors only). */
export function VisitActions({ visit, onChanged }: { visit: VisitRef; onChanged(): void }) {
  return (
    <EditOnly>
      <div className="edit-controls">
        <Link to={`/visits/${encodeURIComponent(visit.id)}/edit`} className="button">
          Edit
        </Link>
        <PostponeCancel document={ChangeVisitStatus} payload={(d) => d.updateVisit} record={visit} what="visit" onChanged={onChanged} />
        <FormDialog label="Add delegation member" title="Add a delegation member">
          {(close) => (
            <AddMemberForm
              visitId={visit.id}
              onDone={() => {
                close();
                onChanged();
              }}
            />
          )}
        </FormDialog>
      </div>
    </EditOnly>
  );
}

function AddMemberForm({ visitId, onDone }: { visitId: string; onDone(): void }) {
  const [who, setWho] = useState<PickedRecord | null>(null);
  const [role, setRole] = useState<DelegationRole | null>('MEMBER');
  const input = { visitId, personId: who?.type === 'Person' ? who.id : null, institutionId: who?.type === 'Institution' ? who.id : null, role };
  const save = useCheckedSave(CheckAddVisitMember, AddVisitMember, { checked: (d) => d.addVisitMember, saved: (d) => d.addVisitMember, current: { input } });
  const err = save.step.fieldError;
  async function submit(e: FormEvent) {
    e.preventDefault();
    if (await save.run({ input })) onDone();
  }
  return (
    <Form onSubmit={submit} className="edit-form">
      <RecordPicker label="Person or institution" types={['PERSON', 'INSTITUTION']} selectedId={who?.id ?? null} onChange={setWho} error={err('personId') ?? err('institutionId')} isRequired empty="No person or institution matches." />
      <SelectInput<DelegationRole> label="Role in the delegation" value={role} options={DELEGATION_ROLES} onChange={setRole} error={err('role')} />
      {save.step.warnings && <ScheduleWarnings warnings={save.step.warnings} title="Travelling would clash" />}
      <FormStatus failure={save.step.failure} errors={save.step.errors.filter((e) => !['personId', 'institutionId', 'role'].includes(e.field.slice(1).join('.')))} />
      <FormActions pending={save.step.pending} saveLabel={save.step.warnings?.length ? 'Add anyway' : 'Add'} />
    </Form>
  );
}

/** Remove a delegation member (editors only). */
export function RemoveMemberButton({ member, onChanged }: { member: { id: string; name: string }; onChanged(): void }) {
  const mutation = useFormMutation(RemoveVisitMember, { payload: (d) => d.removeVisitMember });
  return (
    <EditOnly>
      <FormDialog
        className="link-button"
        label={
          <>
            Remove<span className="visually-hidden"> {member.name}</span>
          </>
        }
        title={`Remove ${member.name} from the delegation?`}
      >
        {(close) => (
          <Form
            onSubmit={async (e) => {
              e.preventDefault();
              if (await mutation.submit({ input: { id: member.id } })) {
                close();
                onChanged();
              }
            }}
          >
            <FormStatus failure={mutation.failure} errors={mutation.errors} />
            <FormActions pending={mutation.pending} saveLabel="Remove" />
          </Form>
        )}
      </FormDialog>
    </EditOnly>
  );
}
