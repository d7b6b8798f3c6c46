import { Form } from 'react-aria-components';
import { InstitutionPicker } from '../../../components/pickers/institution-picker';
import { AdminOnly, FormActions, FormDialog, FormStatus, PartialDateInput, RecordFormDialog, SelectInput, TextInput, useFormMutation, useRecordForm } from '../../../forms';
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

const UpdateRelation = graphql(`
  mutation UpdateRelationForm($input: UpdateRelationInput!) {
    updateRelation(input: $input) {
      relation {
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

const DeleteRelation = graphql(`
  mutation DeleteRelationForm($input: DeleteRelationInput!) {
    deleteRelation(input: $input) {
      deletedId
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const RELATION_KINDS: RelationKind[] = ['MEMBER_OF', 'PARTNER_OF', 'COOPERATES_WITH', 'OBSERVER_IN', 'ACCREDITED_BY', 'AFFILIATED_WITH', 'BODY_OF', 'REPRESENTS', 'OTHER'];
const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

type Named = { id: string; name: string };
/** A relation as the institution page reads it (for editing). */
export type RelationRecord = {
  id: string;
  version: number;
  kind: RelationKind;
  role?: string | null;
  startDate?: string | null;
  endDate?: string | null;
  description?: string | null;
  subjectName: string;
  object: Named;
};
type Values = { kind: RelationKind | null; object: Named | null; role: string; startDate: string; endDate: string; description: string };

const EMPTY: Values = { kind: 'MEMBER_OF', object: null, role: '', startDate: '', endDate: '', description: '' };
const valuesOf = (r: RelationRecord): Values => ({
  kind: r.kind,
  object: r.object,
  role: r.role ?? '',
  startDate: r.startDate ?? '',
  endDate: r.endDate ?? '',
  description: r.description ?? '',
});
const LABELS: Partial<Record<keyof Values, string>> = { kind: 'Kind', object: 'Of', role: 'Role', startDate: 'Since', endDate: 'Until', description: 'Description' };
const shown = (v: Values) => ({ ...v, object: v.object?.name ?? '' });
const fieldsOf = (v: Values) => ({
  kind: v.kind as RelationKind,
  objectId: v.object?.id ?? '',
  role: orNull(v.role),
  startDate: orNull(v.startDate),
  endDate: orNull(v.endDate),
  description: orNull(v.description),
});
const PLACED = ['kind', 'objectId', 'startDate', 'endDate', 'role', 'description'];

/**
 * "Add a relation" from an institution (it is a member of, partner of … another, since / until),
 * or, given `relation`, "Edit" one. Key it by the relation's version so a saved change reopens fresh.
 */
export function RelationDialog({ institution, relation, onSaved, reload }: {
  institution: Named;
  relation?: RelationRecord;
  onSaved(): void;
  /** The relation as it is now (edit mode: for the conflict notice). */
  reload?(): Promise<RelationRecord | null>;
}) {
  const state = useRecordForm(relation, valuesOf, EMPTY);
  const { values, set } = state;
  const create = useFormMutation(CreateRelation, { payload: (d) => d.createRelation });
  const update = useFormMutation(UpdateRelation, { payload: (d) => d.updateRelation, recordId: relation?.id });
  const form = relation ? update : create;
  const save = async (version: number | null, v: Values) => {
    if (relation) return (await update.submit({ input: { id: relation.id, version, ...fieldsOf(v) } }))?.relation;
    return (await create.submit({ input: { subjectInstitutionId: institution.id, ...fieldsOf(v) } }))?.relation;
  };
  const subject = relation?.subjectName ?? institution.name;
  return (
    <RecordFormDialog
      label={
        relation ? (
          <>
            Edit<span className="visually-hidden"> the relation {subject} – {relation.object.name}</span>
          </>
        ) : (
          'Add a relation'
        )
      }
      title={relation ? `Edit the relation of ${subject} with ${relation.object.name}` : `Add a relation of ${institution.name}`}
      saveLabel={relation ? 'Save relation' : 'Create relation'}
      form={form}
      placed={PLACED}
      onSaved={onSaved}
      submit={() => save(state.version, values)}
      reload={relation && reload ? () => onSaved() : undefined}
      compare={
        relation && reload && update.conflict
          ? state.conflictProps({ conflict: update.conflict, reload, reset: update.reset, save: (version, v) => save(version, v), labels: LABELS, shown })
          : undefined
      }
    >
      <SelectInput<RelationKind> label={`${subject} is`} isRequired value={values.kind} options={RELATION_KINDS} onChange={(v) => set('kind', v)} error={form.fieldError('kind')} />
      <div className="field">
        <InstitutionPicker label="Of (the other institution)" selectedId={values.object?.id ?? null} selectedName={values.object?.name} onChange={(v) => set('object', v)} />
        {form.fieldError('objectId') && <p className="field-error">{form.fieldError('objectId')}</p>}
      </div>
      <div className="field-row">
        <TextInput label="Role" value={values.role} onChange={(v) => set('role', v)} error={form.fieldError('role')} placeholder="full member" />
        <PartialDateInput label="Since" value={values.startDate} onChange={(v) => set('startDate', v)} error={form.fieldError('startDate')} />
        <PartialDateInput label="Until" value={values.endDate} onChange={(v) => set('endDate', v)} error={form.fieldError('endDate')} />
      </div>
      <TextInput label="Description" value={values.description} onChange={(v) => set('description', v)} error={form.fieldError('description')} multiline />
    </RecordFormDialog>
  );
}

/** Delete a relation (administrators, as the API). */
export function DeleteRelationButton({ relation, onDeleted }: { relation: RelationRecord; onDeleted(): void }) {
  const mutation = useFormMutation(DeleteRelation, { payload: (d) => d.deleteRelation, recordId: relation.id });
  const what = `${relation.subjectName} ${relation.kind.toLowerCase().replaceAll('_', ' ')} ${relation.object.name}`;
  return (
    <AdminOnly>
      <FormDialog
        className="link-button"
        label={
          <>
            Delete<span className="visually-hidden"> the relation {relation.subjectName} – {relation.object.name}</span>
          </>
        }
        title="Delete this relation?"
      >
        {(close) => (
          <Form
            onSubmit={async (e) => {
              e.preventDefault();
              if (await mutation.submit({ input: { id: relation.id, version: relation.version } })) {
                close();
                onDeleted();
              }
            }}
          >
            <p>“{what}” is deleted with its citations. Its history stays in the audit log. If it only ended, edit it and set “Until” instead.</p>
            {mutation.conflict && <p className="notice">The relation changed since the page was opened; close this and look at it again.</p>}
            <FormStatus failure={mutation.failure} errors={mutation.errors.filter((e) => e.code !== 'CONFLICT')} />
            <FormActions pending={mutation.pending} saveLabel="Delete relation" />
          </Form>
        )}
      </FormDialog>
    </AdminOnly>
  );
}
