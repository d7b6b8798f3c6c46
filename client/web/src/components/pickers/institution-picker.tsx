import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { ComboBox, Input, Label, ListBox, ListBoxItem, Popover } from 'react-aria-components';
import { graphql } from '../../gql';
import { useDebounced } from '../../lib/use-debounced';

const InstitutionPickerQuery = graphql(`
  query InstitutionPicker($text: String!) {
    search(text: $text, types: [INSTITUTION], first: 12) {
      title
      node {
        id
        ... on Institution {
          acronym
          countryName
        }
      }
    }
  }
`);

/** Pick an institution by typing part of its name, acronym or alias (the API's search). */
export function InstitutionPicker({ label, selectedId, selectedName, onChange }: {
  label: string;
  selectedId: string | null;
  /** Shown in the box when an institution is already picked (e.g. from the URL). */
  selectedName?: string | null;
  onChange(institution: { id: string; name: string } | null): void;
}) {
  const [text, setText] = useState(selectedName ?? '');
  const settled = useDebounced(text.trim(), 200);
  const { data, previousData, loading } = useQuery(InstitutionPickerQuery, { variables: { text: settled }, skip: settled.length < 2 || settled === selectedName });
  const hits = (data ?? previousData)?.search ?? [];
  const items = hits.map((h) => ({ id: h.node.id, name: h.title, detail: h.node.__typename === 'Institution' ? [h.node.acronym, h.node.countryName].filter(Boolean).join(' · ') : '' }));
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
          onChange({ id: item.id, name: item.name });
        }
      }}
      menuTrigger="input"
      allowsCustomValue
      // Opens while the first results are still on their way (they arrive after the typing settles).
      allowsEmptyCollection
    >
      <Label>{label}</Label>
      <Input placeholder="Type a name…" />
      <Popover className="search-popover" placement="bottom start" isNonModal>
        <ListBox className="search-results" renderEmptyState={() => <p className="empty">{loading || settled !== text.trim() ? 'Searching…' : 'No institution matches.'}</p>}>
          {(item: (typeof items)[number]) => (
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
