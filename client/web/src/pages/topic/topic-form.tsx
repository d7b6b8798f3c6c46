import { type FormEvent, type ReactNode, useState } from 'react';
import { Form } from 'react-aria-components';
import { RecordPicker } from '../../components/pickers/record-picker';
import { FormActions, type FormError, FormStatus, TextInput } from '../../forms';

export type TopicValues = { name: string; slug: string; description: string; parent: { id: string; name: string } | null };
export const EMPTY_TOPIC: TopicValues = { name: '', slug: '', description: '', parent: null };
const blank = (v: string) => (v.trim() === '' ? null : v.trim());
export const topicInput = (v: TopicValues) => ({ name: v.name, slug: blank(v.slug), description: blank(v.description), parentId: v.parent?.id ?? null });

/** A topic's fields: name, key, broader topic, description; the API's errors beside them. */
export function TopicForm({ start, mutation, onSubmit, onCancel, saveLabel, top }: {
  start: TopicValues;
  mutation: { fieldError(field: string): string | undefined; otherErrors(placed: readonly string[]): readonly FormError[]; failure: unknown; pending: boolean };
  onSubmit(values: TopicValues): void;
  /** A Cancel button (pages; dialogs have their own). */
  onCancel?(): void;
  saveLabel: string;
  top?: ReactNode;
}) {
  const [values, setValues] = useState(start);
  const set = <K extends keyof TopicValues>(key: K) => (value: TopicValues[K]) => setValues({ ...values, [key]: value });
  return (
    <Form
      className="edit-form"
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        onSubmit(values);
      }}
    >
      {top}
      <TextInput label="Name" value={values.name} onChange={set('name')} error={mutation.fieldError('name')} isRequired autoFocus />
      <TextInput label="Key" value={values.slug} onChange={set('slug')} error={mutation.fieldError('slug')} description='Lower case, e.g. "climate-justice"; made from the name when blank' />
      <RecordPicker label="Broader topic" types={['TOPIC']} selectedId={values.parent?.id ?? null} selectedName={values.parent?.name} onChange={set('parent')} error={mutation.fieldError('parentId')} empty="No topic matches." />
      <TextInput label="Description" value={values.description} onChange={set('description')} error={mutation.fieldError('description')} multiline />
      <FormStatus failure={mutation.failure} errors={mutation.otherErrors(['name', 'slug', 'parentId', 'description'])} />
      <FormActions pending={mutation.pending} saveLabel={saveLabel} onCancel={onCancel} />
    </Form>
  );
}
