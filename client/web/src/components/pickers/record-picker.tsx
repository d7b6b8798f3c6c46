import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { ComboBox, FieldError, Input, Label, ListBox, ListBoxItem, Popover } from 'react-aria-components';
import { graphql } from '../../gql';
import type { SearchableType } from '../../gql/graphql';
import { formatPartialDate } from '../../lib/dates';
import { useDebounced } from '../../lib/use-debounced';

const RecordPickerQuery = graphql(`
  query RecordPicker($text: String!, $types: [SearchableType!]) {
    search(text: $text, types: $types, first: 12) {
      title
      node {
        id
        ... on Institution {
          acronym
          countryName
        }
        ... on Person {
          countryName
        }
        ... on Event {
          startDate
        }
        ... on Topic {
          slug
        }
      }
    }
  }
`);

/** A picked record; `type` is its GraphQL type name (Person, Institution …). */
export type PickedRecord = { id: string; name: string; type: string };
type Hit = PickedRecord & { detail: string };

function detailOf(node: Record<string, unknown>): string {
  const date = typeof node.startDate === 'string' ? formatPartialDate(node.startDate) : null;
  return [node.acronym, node.countryName, date].filter((v): v is string => typeof v === 'string' && v.length > 0).join(' · ');
}

/**
 * Pick a record of these kinds by typing part of its name (the API's search: typo- and
 * accent-tolerant, aliases too). `error` is the API's complaint about the field, shown beside it.
 */
export function RecordPicker({ label, types, selectedId, selectedName, onChange, error, isRequired, empty = 'Nothing matches.' }: {
  label: string;
  types: SearchableType[];
  selectedId: string | null;
  /** Shown in the box when a record is already picked (e.g. from the URL). */
  selectedName?: string | null;
  onChange(record: PickedRecord | null): void;
  error?: string;
  isRequired?: boolean;
  empty?: string;
}) {
  const [text, setText] = useState(selectedName ?? '');
  const settled = useDebounced(text.trim(), 200);
  const { data, previousData, loading } = useQuery(RecordPickerQuery, { variables: { text: settled, types }, skip: settled.length < 2 || settled === selectedName });
  const hits = (data ?? previousData)?.search ?? [];
  const items: Hit[] = hits.map((h) => ({ id: h.node.id, name: h.title, type: h.node.__typename, detail: detailOf(h.node as Record<string, unknown>) }));
  return (
    <ComboBox
      className="field picker"
      items={items}
      inputValue={text}
      onInputChange={(value) => {
        setText(value);
        if (value === '' && selectedId) onChange(null);
      }}
      selectedKey={selectedId}
      onSelectionChange={(key) => {
        const item = items.find((i) => i.id === key);
        if (item) {
          setText(item.name);
          onChange({ id: item.id, name: item.name, type: item.type });
        }
      }}
      menuTrigger="input"
      // Open while the first results are on their way (typing only opens a menu that has items).
      allowsEmptyCollection
      allowsCustomValue
      isInvalid={!!error}
      isRequired={isRequired}
      validationBehavior="aria"
    >
      <Label>
        {label}
        {isRequired && <span aria-hidden="true"> *</span>}
      </Label>
      <Input placeholder="Type a name…" />
      <FieldError className="field-error">{error}</FieldError>
      <Popover className="search-popover" placement="bottom start" isNonModal>
        <ListBox className="search-results" renderEmptyState={() => <p className="empty">{loading || text.trim() !== settled ? 'Searching…' : empty}</p>}>
          {(item: Hit) => (
            <ListBoxItem id={item.id} textValue={item.name} className="search-option">
              <span>{item.name}</span>
              {item.detail && <span className="hit-detail">{item.detail}</span>}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}
