import { useState } from 'react';
import { CheckboxInput, PartialDateInput, RecordFormDialog, SelectInput, TextInput, useFormMutation } from '../../../forms';
import { graphql } from '../../../gql';
import type { DocumentKind, DocumentRole } from '../../../gql/graphql';

const CreateDocument = graphql(`
  mutation CreateDocumentForm($input: CreateDocumentInput!) {
    createDocument(input: $input) {
      document {
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

const UpdateDocument = graphql(`
  mutation UpdateDocumentForm($input: UpdateDocumentInput!) {
    updateDocument(input: $input) {
      document {
        id
        version
        title
        kind
        date
        url
        summary
        confidential
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

const KINDS: DocumentKind[] = ['DECLARATION', 'STATEMENT', 'REPORT', 'SPECIAL_REPORT', 'RESOLUTION', 'APPEAL', 'MINUTES', 'AGREEMENT_TEXT', 'OTHER'];
const ROLES: DocumentRole[] = ['ISSUER', 'CO_ISSUER', 'ADOPTED_BY', 'APPROVED_BY', 'ENDORSED_BY', 'ADDRESSED_TO', 'SUBMITTED_TO'];

type Values = { title: string; kind: DocumentKind | null; date: string; url: string; summary: string; confidential: boolean };
type Existing = { id: string; version: number; title: string; kind: DocumentKind; date: string | null; url: string | null; summary: string | null; confidential: boolean };
const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

/** "Add a document" (from an institution, which becomes its issuer or another role) or "Edit" a document. */
export function DocumentDialog({ institution, document, onSaved }: { institution?: { id: string; name: string }; document?: Existing; onSaved?(): void }) {
  const [values, setValues] = useState<Values>(
    document
      ? { title: document.title, kind: document.kind, date: document.date ?? '', url: document.url ?? '', summary: document.summary ?? '', confidential: document.confidential }
      : { title: '', kind: 'STATEMENT', date: '', url: '', summary: '', confidential: false },
  );
  const [role, setRole] = useState<DocumentRole | null>('ISSUER');
  const set = (patch: Partial<Values>) => setValues((v) => ({ ...v, ...patch }));
  const create = useFormMutation(CreateDocument, { payload: (d) => d.createDocument });
  const update = useFormMutation(UpdateDocument, { payload: (d) => d.updateDocument, recordId: document?.id });
  const form = document ? update : create;
  const fields = { title: values.title.trim(), kind: values.kind as DocumentKind, date: orNull(values.date), url: orNull(values.url), summary: orNull(values.summary), confidential: values.confidential };
  return (
    <RecordFormDialog
      label={document ? 'Edit' : 'Add a document'}
      title={document ? `Edit ${document.title}` : `Add a document of ${institution?.name}`}
      saveLabel={document ? 'Save changes' : 'Create document'}
      form={form}
      placed={['title', 'kind', 'date', 'url', 'summary', 'parties']}
      onSaved={onSaved}
      reload={onSaved}
      submit={async () =>
        document
          ? (await update.submit({ input: { id: document.id, version: document.version, ...fields } }))?.document
          : (await create.submit({ input: { ...fields, parties: institution ? [{ institutionId: institution.id, role: role as DocumentRole }] : [] } }))?.document
      }
    >
      <TextInput label="Title" isRequired autoFocus value={values.title} onChange={(v) => set({ title: v })} error={form.fieldError('title')} />
      <div className="field-row">
        <SelectInput label="Kind" isRequired value={values.kind} options={KINDS} onChange={(v) => set({ kind: v })} error={form.fieldError('kind')} />
        <PartialDateInput label="Date" value={values.date} onChange={(v) => set({ date: v })} error={form.fieldError('date')} />
        {institution && <SelectInput<DocumentRole> label={`Role of ${institution.name}`} value={role} options={ROLES} onChange={setRole} error={form.fieldError('parties')} />}
      </div>
      <TextInput label="Link" type="url" value={values.url} onChange={(v) => set({ url: v })} error={form.fieldError('url')} />
      <TextInput label="Summary" multiline value={values.summary} onChange={(v) => set({ summary: v })} error={form.fieldError('summary')} />
      <CheckboxInput label="Confidential (only editors and admins see it)" value={values.confidential} onChange={(v) => set({ confidential: v })} />
    </RecordFormDialog>
  );
}
