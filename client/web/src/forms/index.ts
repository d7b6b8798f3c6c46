/**
 * The form kit: what every edit form shares. Import from '../../forms'.
 *
 * - `useFormMutation(Document, { payload: (data) => data.createX, recordId })` → `{ submit(vars),
 *   pending, errors, fieldError(field), otherErrors(placedFields), failure, conflict, reset }`.
 *   Sends one `Idempotency-Key` per submission (same values → same key, so a double click or a
 *   retry never creates two records; a racing duplicate waits for the first answer). `submit`
 *   resolves to the payload, or null when the API refused (userErrors) or the request failed.
 *   `fieldError('name')` is the userError whose path is ["input", "name"] (nested paths join with
 *   dots: "identifiers.0.value"). A CONFLICT (stale `version`) fills `conflict` with who changed
 *   the record and when, from its history.
 * - `<ConflictNotice conflict onReload onCompare onOverwrite>` says "changed by X at T since you
 *   opened it" and offers Reload / Compare (`compareValues(yours, theirs, labels)` builds the
 *   rows); saving over it is offered only after comparing, keeping per field yours or the current
 *   value (`mergeValues(yours, current, takeCurrent)`).
 * - `useRecordForm(record, valuesOf, empty)` → `{ values, set, version, dirty, conflictProps(…) }`:
 *   a form's values and the version they were read at; `conflictProps` wires <ConflictNotice>.
 * - `<LeaveGuard when={dirty} />` warns on leave with unsaved changes (router navigation and tab close).
 * - `<EditOnly>` / `<AdminOnly>` render their children for editors / admins only; `<EditPage>`
 *   wraps a whole edit page (viewers get an explanation). The API decides anyway.
 * - Fields (React Aria Components, label + API error beside the field): `TextInput`,
 *   `PartialDateInput` ("2024", "2024-10", "2024-10-02"), `DateInput`, `SelectInput` (enums),
 *   `CheckboxInput`, `TextListInput` (one per line), `CountryInput` (ISO code by name); `InstitutionPicker` from components/pickers.
 * - `useSavedNavigation()` → `[saved, goTo(path)]`: after a save, forget cached lists
 *   (`forgetLists(client)`) and navigate once the form no longer blocks leaving.
 * - `<FormDialog label title>{(close) => form}</FormDialog>` for small forms in a modal;
 *   `<FormActions pending />` (Save / Cancel); `<FormStatus failure errors />` for what is not
 *   beside a field. `<RecordFormDialog label title saveLabel form placed submit onSaved reload>`
 *   wraps a whole create-or-edit form in a dialog (forget lists, refresh or open the new page).
 */
import './forms.css';

export { compareValues, type Comparison, ConflictNotice, mergeValues } from './conflict';
export type { Conflict } from './conflict-query';
export { AdminOnly, EditOnly, EditPage } from './edit-only';
export { CheckboxInput, DateInput, PartialDateInput, SelectInput, TextInput, TextListInput } from './fields';
export { FormActions, FormDialog } from './form-dialog';
export { FormStatus } from './form-status';
export { forgetLists } from './forget-lists';
export { formatDateTime } from './format';
export { useSavedNavigation } from './use-saved-navigation';
export { CountryInput } from './country-input';
export { LeaveGuard } from './leave-guard';
export { RecordFormDialog } from './record-dialog';
export { useRecordForm } from './use-record-form';
export { fieldKey, type FormError, type FormMutation, useFormMutation } from './use-form-mutation';
