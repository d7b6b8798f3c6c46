import { useApolloClient } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { Form } from 'react-aria-components';
import { useNavigate } from 'react-router';
import { recordPath } from '../lib/routes';
import { type Comparison, ConflictNotice } from './conflict';
import { FormActions, FormDialog } from './form-dialog';
import { FormStatus } from './form-status';
import { forgetLists } from './forget-lists';
import type { FormMutation } from './use-form-mutation';

type Saved = { __typename: string; id: string } | null | undefined;

/**
 * A small create-or-edit form in a dialog: on success the cached lists are forgotten and the
 * page refreshed (`onSaved`), or, for a new record, its page opens. A stale version shows the
 * conflict notice: Reload re-reads the page's record and closes the dialog; with `compare` (from
 * `useRecordForm(…).conflictProps`), Compare shows yours and the current values field by field and
 * saves the person's choice over the current version.
 */
export function RecordFormDialog({ label, title, saveLabel, form, placed, submit, children, onSaved, reload, compare }: {
  label: ReactNode;
  title: string;
  saveLabel: string;
  // biome-ignore lint/suspicious/noExplicitAny: any mutation's form state
  form: FormMutation<any, any, any>;
  /** Fields shown beside their inputs (others go to the summary). */
  placed: readonly string[];
  /** Sends the form; resolves to the new or changed record (typename and ID), or null. */
  submit(): Promise<Saved>;
  children: ReactNode;
  /** Edit mode: refresh the page after a save. Create mode (absent): open the new record's page. */
  onSaved?(): void;
  reload?(): void;
  /** Compare and save over the current version; `onOverwrite` resolves to the saved record, like `submit`. */
  compare?: { onCompare(): Promise<Comparison>; onOverwrite(version: number, takeCurrent: readonly string[]): unknown };
}) {
  const client = useApolloClient();
  const navigate = useNavigate();
  function finish(record: Saved, close: () => void) {
    if (!record) return;
    forgetLists(client);
    close();
    if (onSaved) onSaved();
    else navigate(recordPath(record.__typename, record.id) ?? '/');
  }
  return (
    <FormDialog label={label} title={title} className="link-button">
      {(close) => (
        <Form
          validationBehavior="aria"
          onSubmit={async (event) => {
            event.preventDefault();
            finish(await submit(), close);
          }}
        >
          {form.conflict && reload && (
            <ConflictNotice
              conflict={form.conflict}
              onReload={() => {
                reload();
                close();
              }}
              onCompare={compare?.onCompare}
              onOverwrite={compare && (async (version, takeCurrent) => finish((await compare.onOverwrite(version, takeCurrent)) as Saved, close))}
            />
          )}
          {children}
          <FormStatus failure={form.failure} errors={form.otherErrors(placed)} />
          <FormActions pending={form.pending} saveLabel={saveLabel} />
        </Form>
      )}
    </FormDialog>
  );
}
