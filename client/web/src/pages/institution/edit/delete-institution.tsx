import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useNavigate } from 'react-router';
import { CheckboxInput, FormDialog, FormStatus, useFormMutation } from '../../../forms';
import { graphql } from '../../../gql';
import { plural } from '../../../lib/words';

const DeleteInstitutionMutation = graphql(`
  mutation DeleteInstitution($input: DeleteInstitutionInput!) {
    deleteInstitution(input: $input) {
      deletedId
      userErrors {
        field
        message
        code
      }
    }
  }
`);

/**
 * Delete, with the API's refusal shown as it is: IN_USE lists what still refers to the institution.
 * The one detach the API offers (its bodies become top-level) is a choice, never a default.
 */
export function DeleteInstitution({ record }: { record: { id: string; version: number; name: string; children: readonly { id: string; name: string }[] } }) {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [detach, setDetach] = useState(false);
  const remove = useFormMutation(DeleteInstitutionMutation, { payload: (d) => d.deleteInstitution, recordId: record.id });
  return (
    <section className="panel danger-zone" aria-labelledby="delete-heading">
      <h2 id="delete-heading">Delete</h2>
      <FormDialog label="Delete this institution…" title={`Delete ${record.name}?`}>
        {(close) => (
          <>
            <p>This removes the institution with its citations, reported figures and topic tags. Records that refer to it must be removed or re-pointed first.</p>
            {record.children.length > 0 && (
              <CheckboxInput
                label={`Make its ${plural(record.children.length, 'body', 'bodies')} (${record.children.map((c) => c.name).join(', ')}) top-level`}
                value={detach}
                onChange={setDetach}
              />
            )}
            <FormStatus failure={remove.failure} errors={remove.errors} />
            <div className="form-actions">
              <Button
                className="button danger"
                aria-busy={remove.pending || undefined}
                onPress={async () => {
                  const payload = await remove.submit({ input: { id: record.id, version: record.version, detachChildren: detach } });
                  if (payload?.deletedId) {
                    close();
                    client.cache.evict({ id: client.cache.identify({ __typename: 'Institution', id: record.id }) });
                    navigate('/');
                  }
                }}
              >
                Delete
              </Button>
              <Button className="button" onPress={close}>
                Keep it
              </Button>
            </div>
          </>
        )}
      </FormDialog>
    </section>
  );
}
