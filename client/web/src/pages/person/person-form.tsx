import type { FormEvent, ReactNode } from 'react';
import { Form } from 'react-aria-components';
import { FormActions, type FormError, FormStatus, fieldKey, TextInput, TextListInput } from '../../forms';

export type PersonValues = { name: string; honorific: string; aliases: string[]; country: string; description: string };
export const EMPTY_PERSON: PersonValues = { name: '', honorific: '', aliases: [], country: '', description: '' };

const blank = (v: string) => (v.trim() === '' ? null : v.trim());
export const personInput = (v: PersonValues) => ({
  name: v.name,
  honorific: blank(v.honorific),
  aliases: v.aliases,
  country: blank(v.country)?.toUpperCase() ?? null,
  description: blank(v.description),
});

const FIELDS = ['name', 'honorific', 'aliases', 'country', 'description'];

/** A person's own fields; the API's errors beside them. */
export function PersonForm({ values, onChange, mutation, onSubmit, onCancel, saveLabel, top }: {
  values: PersonValues;
  onChange(values: PersonValues): void;
  mutation: { fieldError(field: string): string | undefined; errors: readonly FormError[]; failure: unknown; pending: boolean };
  onSubmit(): void;
  /** A Cancel button (pages; dialogs have their own). */
  onCancel?(): void;
  saveLabel: string;
  top?: ReactNode;
}) {
  const set = <K extends keyof PersonValues>(key: K) => (value: PersonValues[K]) => onChange({ ...values, [key]: value });
  const err = (f: string) => mutation.fieldError(f) ?? mutation.errors.find((e) => fieldKey(e.field).startsWith(`${f}.`))?.message;
  return (
    <Form
      className="edit-form"
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      {top}
      <div className="field-row">
        <TextInput label="Name" value={values.name} onChange={set('name')} error={err('name')} isRequired autoFocus />
        <TextInput label="Honorific" value={values.honorific} onChange={set('honorific')} error={err('honorific')} placeholder="e.g. Dr, Prof." />
      </div>
      <TextListInput label="Other spellings and transliterations" value={values.aliases} onChange={set('aliases')} error={err('aliases')} />
      <TextInput label="Country" value={values.country} onChange={set('country')} error={err('country')} description="Two letters, e.g. AZ" />
      <TextInput label="Description" value={values.description} onChange={set('description')} error={err('description')} multiline />
      <FormStatus failure={mutation.failure} errors={mutation.errors.filter((e) => e.code !== 'CONFLICT' && !FIELDS.includes(fieldKey(e.field).split('.')[0]!))} />
      <FormActions pending={mutation.pending} saveLabel={saveLabel} onCancel={onCancel} />
    </Form>
  );
}
