import { type ReactNode, useState } from 'react';
import {
  Button,
  Checkbox,
  FieldError,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Select,
  SelectValue,
  Text,
  TextArea,
  TextField,
} from 'react-aria-components';
import { humanize } from '../lib/words';

type Common = { label: string; error?: string; description?: ReactNode; isRequired?: boolean; name?: string; className?: string };

/** A labelled text input; `error` (from the API) shows beside it and marks it invalid. */
export function TextInput({ label, error, description, value, onChange, multiline, type, autoFocus, ...rest }: Common & {
  value: string;
  onChange(value: string): void;
  multiline?: boolean;
  type?: 'text' | 'url' | 'date' | 'number';
  autoFocus?: boolean;
  placeholder?: string;
}) {
  return (
    <TextField
      className={`field ${rest.className ?? ''}`}
      value={value}
      onChange={onChange}
      isInvalid={!!error}
      isRequired={rest.isRequired}
      name={rest.name}
      type={type}
      autoFocus={autoFocus}
      validationBehavior="aria"
    >
      <Label>
        {label}
        {rest.isRequired && <span aria-hidden="true"> *</span>}
      </Label>
      {multiline ? <TextArea rows={3} placeholder={rest.placeholder} /> : <Input placeholder={rest.placeholder} />}
      {description && <Text slot="description" className="field-hint">{description}</Text>}
      <FieldError className="field-error">{error}</FieldError>
    </TextField>
  );
}

const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** A date known to the year, month or day ("2024", "2024-10", "2024-10-02"), as the API takes them. */
export function PartialDateInput(props: Common & { value: string; onChange(value: string): void }) {
  const local = props.value && !PARTIAL_DATE.test(props.value) ? 'Write a year (2024), a month (2024-10) or a day (2024-10-02)' : undefined;
  return <TextInput {...props} error={props.error ?? local} placeholder="YYYY, YYYY-MM or YYYY-MM-DD" description={props.description ?? 'Year, month or day'} />;
}

/** A full date (YYYY-MM-DD), with the browser's date picker. */
export function DateInput(props: Common & { value: string; onChange(value: string): void }) {
  return <TextInput {...props} type="date" />;
}

/** One of a fixed set of values (an enum), each shown in words. */
export function SelectInput<T extends string>({ label, error, value, options, onChange, isRequired, describe = humanize, emptyLabel }: Common & {
  value: T | null;
  options: readonly T[];
  onChange(value: T | null): void;
  describe?: (value: T) => string;
  /** Offer "none" (clears the value) with this label. */
  emptyLabel?: string;
}) {
  const items = [...(emptyLabel ? [{ id: '', name: emptyLabel }] : []), ...options.map((o) => ({ id: o, name: describe(o) }))];
  return (
    <Select
      className="field"
      selectedKey={value ?? (emptyLabel ? '' : null)}
      onSelectionChange={(key) => onChange(key === '' || key === null ? null : (String(key) as T))}
      isInvalid={!!error}
      isRequired={isRequired}
      validationBehavior="aria"
    >
      <Label>
        {label}
        {isRequired && <span aria-hidden="true"> *</span>}
      </Label>
      <Button className="select-button">
        <SelectValue />
        <span aria-hidden="true"> ▾</span>
      </Button>
      <FieldError className="field-error">{error}</FieldError>
      <Popover className="popover">
        <ListBox className="search-results" items={items}>
          {(item) => (
            <ListBoxItem id={item.id} className="search-option">
              {item.name}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </Select>
  );
}

export function CheckboxInput({ label, value, onChange }: { label: string; value: boolean; onChange(value: boolean): void }) {
  return (
    <Checkbox className="checkbox field-check" isSelected={value} onChange={onChange}>
      <span className="box" aria-hidden="true" />
      {label}
    </Checkbox>
  );
}

/** A list of short texts (aliases): one per line, edited as a whole. */
export function TextListInput({ label, error, value, onChange, description }: Common & { value: readonly string[]; onChange(value: string[]): void }) {
  const [text, setText] = useState(value.join('\n'));
  return (
    <TextInput
      label={label}
      error={error}
      multiline
      description={description ?? 'One per line'}
      value={text}
      onChange={(next) => {
        setText(next);
        onChange(next.split('\n').map((line) => line.trim()).filter(Boolean));
      }}
    />
  );
}
