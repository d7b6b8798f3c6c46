import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { ComboBox, Input, Label, ListBox, ListBoxItem, Popover } from 'react-aria-components';
import { graphql } from '../../gql';
import { useDebounced } from '../../lib/use-debounced';

const PickInstitutionQuery = graphql(`
  query PickInstitution($search: String!) {
    institutions(filter: { search: $search }, first: 10) {
      nodes {
        id
        name
        acronym
        countryName
      }
    }
  }
`);

/** Type a name, acronym or alias and pick an institution (accent- and case-insensitive, as the API searches). */
export function InstitutionPicker({ label, onPick }: { label: string; onPick: (id: string) => void }) {
  const [text, setText] = useState('');
  const search = useDebounced(text.trim(), 200);
  const { data } = useQuery(PickInstitutionQuery, { variables: { search }, skip: search.length < 2 });
  const items = search.length < 2 ? [] : (data?.institutions.nodes ?? []);
  return (
    <ComboBox
      className="field picker"
      inputValue={text}
      onInputChange={setText}
      items={items}
      onSelectionChange={(key) => key && onPick(String(key))}
      menuTrigger="input"
    >
      <Label>{label}</Label>
      <Input className="input" placeholder="Name, acronym or alias" />
      <Popover className="popover">
        <ListBox className="listbox">
          {(item: (typeof items)[number]) => (
            <ListBoxItem id={item.id} textValue={item.name} className="listbox-item">
              {item.name}
              {item.acronym ? ` (${item.acronym})` : ''}
              {item.countryName ? <span className="muted"> · {item.countryName}</span> : null}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}
