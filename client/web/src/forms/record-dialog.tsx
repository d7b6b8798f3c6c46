import { useApolloClient } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { Form } from 'react-aria-components';
import { useNavigate } from 'react-router';
import { recordPath } from '../lib/routes';
import { ConflictNotice } from './conflict';
import { FormActions, FormDialog } from './form-dialog';
import { FormStatus } from './form-status';
import { forgetLists } from './forget-lists';
import type { FormMutation } from './use-form-mutation';

/**
 * A small create-or-edit form in a dialog: on success the cached lists are forgotten and the
 * page refreshed (`onSaved`), or, for a new record, its page opens. A stale version shows the
 * conflict notice (Reload re-reads the page's record; the dialog keeps what was typed).
 */
export function RecordFormDialog({ label, title, saveLabel, form, placed, submit, children, onSaved, reload }: {
  label: string;
  title: string;
  saveLabel: string;
  // biome-ignore lint/suspicious/noExplicitAny: any mutation's form state
  form: FormMutation<any, any, any>;
  /** Fields shown beside their inputs (others go to the summary). */
  placed: readonly string[];
  /** Sends the form; resolves to the new or changed record (typename and ID), or null. */
  submit(): Promise<{ __typename: string; id: string } | null | undefined>;
  children: ReactNode;
  /** Edit mode: refresh the page after a save. Create mode (absent): open the new record's page. */
  onSaved?(): void;
  reload?(): void;
}) {
  const client = useApolloClient();
  const navigate = useNavigate();
  return (
    <FormDialog label={label} title={title} className="link-button">
      {(close) => (
        <Form
          validationBehavior="aria"
          onSubmit={async (event) => {
            event.preventDefault();
            const record = await submit();
            if (!record) return;
            forgetLists(client);
            close();
            if (onSaved) onSaved();
            else navigate(recordPath(record.__typename, record.id) ?? '/');
          }}
        >
          {form.conflict && reload && (
            <ConflictNotice
              conflict={form.conflict}
              onReload={() => {
                reload();
                close();
              }}
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
