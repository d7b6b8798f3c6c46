import { RecordPicker } from './record-picker';

const INSTITUTION: ['INSTITUTION'] = ['INSTITUTION'];

/** Pick an institution by typing part of its name, acronym or alias (the API's search). */
export function InstitutionPicker(props: {
  label: string;
  selectedId: string | null;
  /** Shown in the box when an institution is already picked (e.g. from the URL). */
  selectedName?: string | null;
  onChange(institution: { id: string; name: string } | null): void;
  error?: string;
  isRequired?: boolean;
}) {
  return <RecordPicker {...props} types={INSTITUTION} empty="No institution matches." />;
}
