import { useState } from 'react';
import { InstitutionPicker } from '../../../components/pickers/institution-picker';
import { PartialDateInput, RecordFormDialog, SelectInput, TextInput, useFormMutation } from '../../../forms';
import { graphql } from '../../../gql';
import type { RelationKind } from '../../../gql/graphql';

const CreateRelation = graphql(`
  mutation CreateRelationForm($input: CreateRelationInput!) {
    createRelation(input: $input) {
      relation {
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

const KINDS: RelationKind[] = ['MEMBER_OF', 'PARTNER_OF', 'COOPERATES_WITH', 'OBSERVER_IN', 'ACCREDITED_BY', 'AFFILIATED_WITH', 'BODY_OF', 'REPRESENTS', 'OTHER'];
const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

/** "Add a relation" from an institution: it is a member of, partner of … another, since / until. */
export function RelationDialog({ institution, onSaved }: { institution: { id: string; name: string }; onSaved(): void }) {
  const [kind, setKind] = useState<RelationKind | null>('MEMBER_OF');
  const [object, setObject] = useState<{ id: string; name: string } | null>(null);
  const [dates, setDates] = useState({ startDate: '', endDate: '', role: '' });
  const form = useFormMutation(CreateRelation, { payload: (d) => d.createRelation });
  return (
    <RecordFormDialog
      label="Add a relation"
      title={`Add a relation of ${institution.name}`}
      saveLabel="Create relation"
      form={form}
      placed={['kind', 'objectId', 'startDate', 'endDate', 'role']}
      onSaved={onSaved}
      submit={async () =>
        (
          await form.submit({
            input: {
              subjectInstitutionId: institution.id,
              kind: kind as RelationKind,
              objectId: object?.id ?? '',
              role: orNull(dates.role),
              startDate: orNull(dates.startDate),
              endDate: orNull(dates.endDate),
            },
          })
        )?.relation
      }
    >
      <SelectInput<RelationKind> label={`${institution.name} is`} isRequired value={kind} options={KINDS} onChange={setKind} error={form.fieldError('kind')} />
      <div className="field">
        <InstitutionPicker label="Of (the other institution)" selectedId={object?.id ?? null} onChange={setObject} />
        {form.fieldError('objectId') && <p className="field-error">{form.fieldError('objectId')}</p>}
      </div>
      <div className="field-row">
        <TextInput label="Role" value={dates.role} onChange={(v) => setDates({ ...dates, role: v })} error={form.fieldError('role')} placeholder="full member" />
        <PartialDateInput label="Since" value={dates.startDate} onChange={(v) => setDates({ ...dates, startDate: v })} error={form.fieldError('startDate')} />
        <PartialDateInput label="Until" value={dates.endDate} onChange={(v) => setDates({ ...dates, endDate: v })} error={form.fieldError('endDate')} />
      </div>
    </RecordFormDialog>
  );
}
