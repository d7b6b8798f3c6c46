import { useState } from 'react';
import { InstitutionPicker } from '../../../components/pickers/institution-picker';
import { PartialDateInput, RecordFormDialog, SelectInput, TextInput, useFormMutation } from '../../../forms';
import { graphql } from '../../../gql';
import type { CommitmentStatus } from '../../../gql/graphql';

const CreateCommitment = graphql(`
  mutation CreateCommitmentForm($input: CreateCommitmentInput!) {
    createCommitment(input: $input) {
      commitment {
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

const UpdateCommitment = graphql(`
  mutation UpdateCommitmentForm($input: UpdateCommitmentInput!) {
    updateCommitment(input: $input) {
      commitment {
        id
        version
        title
        status
        dueDate
        isOverdue
        description
        evidence
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

const STATUSES: CommitmentStatus[] = ['OPEN', 'IN_PROGRESS', 'DONE', 'DROPPED'];
type Values = { title: string; status: CommitmentStatus | null; dueDate: string; description: string; evidence: string };
type Existing = { id: string; version: number; title: string; status: CommitmentStatus; dueDate: string | null; description: string | null; evidence: string | null };
const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

/**
 * "Add a commitment" — by an institution (its owner), or made in an agreement (owner picked) — or
 * "Edit" one (status, due date, evidence).
 */
export function CommitmentDialog({ owner, agreement, commitment, onSaved }: {
  owner?: { id: string; name: string };
  agreement?: { id: string; title: string };
  commitment?: Existing;
  onSaved?(): void;
}) {
  const [values, setValues] = useState<Values>(
    commitment
      ? { title: commitment.title, status: commitment.status, dueDate: commitment.dueDate ?? '', description: commitment.description ?? '', evidence: commitment.evidence ?? '' }
      : { title: '', status: 'OPEN', dueDate: '', description: '', evidence: '' },
  );
  const [picked, setPicked] = useState<{ id: string; name: string } | null>(owner ?? null);
  const set = (patch: Partial<Values>) => setValues((v) => ({ ...v, ...patch }));
  const create = useFormMutation(CreateCommitment, { payload: (d) => d.createCommitment });
  const update = useFormMutation(UpdateCommitment, { payload: (d) => d.updateCommitment, recordId: commitment?.id });
  const form = commitment ? update : create;
  const fields = { title: values.title.trim(), status: values.status, dueDate: orNull(values.dueDate), description: orNull(values.description), evidence: orNull(values.evidence) };
  return (
    <RecordFormDialog
      label={commitment ? 'Edit' : 'Add a commitment'}
      title={commitment ? `Edit ${commitment.title}` : agreement ? `Add a commitment made in ${agreement.title}` : `Add a commitment by ${owner?.name}`}
      saveLabel={commitment ? 'Save changes' : 'Create commitment'}
      form={form}
      placed={['title', 'status', 'dueDate', 'description', 'evidence', 'ownerId']}
      onSaved={onSaved}
      reload={onSaved}
      submit={async () =>
        commitment
          ? (await update.submit({ input: { id: commitment.id, version: commitment.version, ...fields } }))?.commitment
          : (await create.submit({ input: { ...fields, ownerId: picked?.id ?? '', madeInAgreementId: agreement?.id ?? null } }))?.commitment
      }
    >
      <TextInput label="Commitment" isRequired autoFocus value={values.title} onChange={(v) => set({ title: v })} error={form.fieldError('title')} />
      {!commitment && !owner && (
        <div className="field">
          <InstitutionPicker label="Who committed" selectedId={picked?.id ?? null} onChange={setPicked} />
          {form.fieldError('ownerId') && <p className="field-error">{form.fieldError('ownerId')}</p>}
        </div>
      )}
      <div className="field-row">
        <SelectInput label="Status" value={values.status} options={STATUSES} onChange={(v) => set({ status: v })} error={form.fieldError('status')} />
        <PartialDateInput label="Due" value={values.dueDate} onChange={(v) => set({ dueDate: v })} error={form.fieldError('dueDate')} />
      </div>
      <TextInput label="Description" multiline value={values.description} onChange={(v) => set({ description: v })} error={form.fieldError('description')} />
      {commitment && <TextInput label="Evidence of progress" multiline value={values.evidence} onChange={(v) => set({ evidence: v })} error={form.fieldError('evidence')} />}
    </RecordFormDialog>
  );
}
