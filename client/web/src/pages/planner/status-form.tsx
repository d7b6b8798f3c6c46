import type { TypedDocumentNode } from '@apollo/client';
import { type FormEvent, useState } from 'react';
import { Form } from 'react-aria-components';
import { type FormError, FormActions, FormDialog, FormStatus, PartialDateInput, useFormMutation } from '../../forms';

type StatusVars = { input: { id: string; version: number; status: 'POSTPONED' | 'CANCELLED'; startDate?: string; endDate?: string | null } };
type Record = { id: string; title: string; version: number; status: string };
type Props<TData> = {
  document: TypedDocumentNode<TData, StatusVars>;
  payload(data: TData): { userErrors: readonly FormError[] } | null | undefined;
  record: Record;
  /** "event" or "visit", in the texts. */
  what: string;
  onChanged(): void;
};

/** Postpone and Cancel for an event or a visit (the update mutation with a status); the old dates stay in its schedule history. */
export function PostponeCancel<TData>(props: Props<TData>) {
  const { record, what, onChanged } = props;
  if (record.status === 'CANCELLED' || record.status === 'HELD') return null;
  return (
    <>
      <FormDialog label="Postpone" title={`Postpone “${record.title}”`}>
        {(close) => (
          <StatusForm
            {...props}
            status="POSTPONED"
            onDone={() => {
              close();
              onChanged();
            }}
          />
        )}
      </FormDialog>
      <FormDialog label={`Cancel the ${what}`} title={`Cancel “${record.title}”?`}>
        {(close) => (
          <StatusForm
            {...props}
            status="CANCELLED"
            onDone={() => {
              close();
              onChanged();
            }}
          />
        )}
      </FormDialog>
    </>
  );
}

function StatusForm<TData>({ document, payload, record, what, status, onDone }: Props<TData> & { status: 'POSTPONED' | 'CANCELLED'; onDone(): void }) {
  const [startDate, setStart] = useState('');
  const [endDate, setEnd] = useState('');
  const mutation = useFormMutation(document, { payload, recordId: record.id });
  async function save(e: FormEvent) {
    e.preventDefault();
    const dates = status === 'POSTPONED' && startDate ? { startDate, endDate: endDate || null } : {};
    if (await mutation.submit({ input: { id: record.id, version: record.version, status, ...dates } })) onDone();
  }
  return (
    <Form onSubmit={save} className="edit-form">
      {status === 'POSTPONED' ? (
        <>
          <p>It will show as postponed and clash with nothing while postponed. Give the new dates if they are known (or set them later).</p>
          <div className="field-row">
            <PartialDateInput label="New start" value={startDate} onChange={setStart} error={mutation.fieldError('startDate')} />
            <PartialDateInput label="New end" value={endDate} onChange={setEnd} error={mutation.fieldError('endDate')} />
          </div>
        </>
      ) : (
        <p>It stays in the registry, marked cancelled, with its people and history.</p>
      )}
      {mutation.conflict && (
        <p className="form-errors" role="alert">
          The {what} was changed by {mutation.conflict.by ?? 'someone else'} since you opened it; nothing was saved. Reload the page and try again.
        </p>
      )}
      <FormStatus failure={mutation.failure} errors={mutation.otherErrors(['startDate', 'endDate'])} />
      <FormActions pending={mutation.pending} saveLabel={status === 'POSTPONED' ? 'Postpone' : `Yes, cancel the ${what}`} />
    </Form>
  );
}
