import { useState } from 'react';
import { Form } from 'react-aria-components';
import { AdminOnly, CheckboxInput, FormActions, FormDialog, FormStatus, useFormMutation } from '../../forms';
import { graphql } from '../../gql';

// Removing a tenure (from the person's page) or a post (from the institution's): administrators
// only, as the API (deleteTenure, deletePost); the API's refusal is shown as it comes.

const DeleteTenure = graphql(`
  mutation DeleteTenureForm($input: DeleteTenureInput!) {
    deleteTenure(input: $input) {
      deletedId
      userErrors {
        field
        message
        code
      }
    }
  }
`);

const DeletePost = graphql(`
  mutation DeletePostForm($input: DeletePostInput!) {
    deletePost(input: $input) {
      deletedId
      userErrors {
        field
        message
        code
      }
    }
  }
`);

type Tenure = { id: string; version: number; post: { title: string; institution: { name: string } } };

/** Remove a tenure recorded by mistake (a tenure that ended is edited with an end date instead). */
export function RemoveTenureButton({ tenure, personName, onChanged }: { tenure: Tenure; personName: string; onChanged(): void }) {
  const mutation = useFormMutation(DeleteTenure, { payload: (d) => d.deleteTenure, recordId: tenure.id });
  const what = `${tenure.post.title}, ${tenure.post.institution.name}`;
  return (
    <AdminOnly>
      <FormDialog
        className="link-button"
        label={
          <>
            Remove<span className="visually-hidden"> the post {what}</span>
          </>
        }
        title={`Remove “${what}” from ${personName}’s posts?`}
      >
        {(close) => (
          <Form
            onSubmit={async (e) => {
              e.preventDefault();
              if (await mutation.submit({ input: { id: tenure.id, version: tenure.version } })) {
                close();
                onChanged();
              }
            }}
          >
            <p>The tenure is deleted; the post stays at {tenure.post.institution.name}. Its history stays in the audit log.</p>
            {mutation.conflict && <p className="notice">The tenure changed since the page was opened; close this and look at it again.</p>}
            <FormStatus failure={mutation.failure} errors={mutation.errors.filter((e) => e.code !== 'CONFLICT')} />
            <FormActions pending={mutation.pending} saveLabel="Remove tenure" />
          </Form>
        )}
      </FormDialog>
    </AdminOnly>
  );
}

/** Delete a post of an institution; the tenures of it go too only when asked (the API refuses otherwise). */
export function DeletePostButton({ post, onChanged }: { post: { id: string; version: number; title: string; holders: readonly unknown[] }; onChanged(): void }) {
  const [detach, setDetach] = useState(false);
  const mutation = useFormMutation(DeletePost, { payload: (d) => d.deletePost, recordId: post.id });
  return (
    <AdminOnly>
      <FormDialog
        className="link-button"
        label={
          <>
            Delete<span className="visually-hidden"> the</span> post<span className="visually-hidden"> {post.title}</span>
          </>
        }
        title={`Delete the post “${post.title}”?`}
      >
        {(close) => (
          <Form
            onSubmit={async (e) => {
              e.preventDefault();
              if (await mutation.submit({ input: { id: post.id, version: post.version, detach } })) {
                close();
                onChanged();
              }
            }}
          >
            <CheckboxInput label="Also delete every tenure of this post (past holders too)" value={detach} onChange={setDetach} />
            {mutation.conflict && <p className="notice">The post changed since the page was opened; close this and look at it again.</p>}
            <FormStatus failure={mutation.failure} errors={mutation.errors.filter((e) => e.code !== 'CONFLICT')} />
            <FormActions pending={mutation.pending} saveLabel="Delete post" />
          </Form>
        )}
      </FormDialog>
    </AdminOnly>
  );
}
