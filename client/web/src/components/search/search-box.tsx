import { useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { Collection, ComboBox, Header, Input, Keyboard, Label, ListBox, ListBoxItem, ListBoxSection, Popover } from 'react-aria-components';
import { useNavigate } from 'react-router';
import { graphql } from '../../gql';
import { recordPath } from '../../lib/routes';
import { useDebounced } from '../../lib/use-debounced';
import { HitDetail } from './hit-detail';
import { groupHits, type SearchHit, SearchHitFields } from './search-hits';
import { getFragmentData } from '../../gql';

const HeaderSearchQuery = graphql(`
  query HeaderSearch($text: String!) {
    search(text: $text, first: 24) {
      ...SearchHitFields
    }
  }
`);

const SEE_ALL = 'see-all';

/**
 * The search box in the header (Ctrl K / ⌘K): a combobox over the API's typo- and
 * accent-tolerant search, results grouped by kind; arrow keys move, Enter opens, Escape closes.
 */
export function SearchBox() {
  const navigate = useNavigate();
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const settled = useDebounced(text.trim(), 200);
  const { data, previousData, loading } = useQuery(HeaderSearchQuery, { variables: { text: settled }, skip: settled.length < 2 });
  const hits = getFragmentData(SearchHitFields, (data ?? previousData)?.search ?? []);
  const groups = settled.length < 2 ? [] : groupHits(hits);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        input.current?.focus();
        input.current?.select();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  type Option = { id: string; hit: SearchHit | null };
  const sections: { id: string; heading: string; items: Option[] }[] = [
    ...groups.map((g) => ({ id: g.type, heading: g.heading, items: g.hits.map((hit) => ({ id: hit.node.id, hit })) })),
    ...(groups.length > 0 ? [{ id: `${SEE_ALL}-section`, heading: '', items: [{ id: SEE_ALL, hit: null }] }] : []),
  ];

  return (
    <ComboBox
      className="search-box"
      aria-label="Search everything"
      items={sections}
      inputValue={text}
      onInputChange={setText}
      menuTrigger="input"
      allowsEmptyCollection
      selectedKey={null}
      onSelectionChange={(key) => {
        if (key === null) return;
        const id = String(key);
        const hit = hits.find((h) => h.node.id === id);
        const path = id === SEE_ALL ? `/search?q=${encodeURIComponent(text.trim())}` : recordPath(hit?.type, id);
        if (path) {
          setText('');
          input.current?.blur();
          navigate(path);
        }
      }}
    >
      <Label className="visually-hidden">Search everything</Label>
      <div className="search-input">
        <Input ref={input} placeholder="Search institutions, people, events…" />
        <Keyboard aria-hidden="true">Ctrl K</Keyboard>
      </div>
      <Popover className="search-popover" placement="bottom start" offset={4} isNonModal>
        <ListBox<(typeof sections)[number]>
          className="search-results"
          renderEmptyState={() => (
            <p className="empty">
              {text.trim().length < 2 ? 'Type two or more letters.' : loading || settled !== text.trim() ? 'Searching…' : `Nothing matches “${settled}”.`}
            </p>
          )}
        >
          {(section) => (
            <ListBoxSection id={section.id} aria-label={section.heading ? undefined : 'More'}>
              {section.heading && <Header>{section.heading}</Header>}
              <Collection items={section.items}>
                {(item) =>
                  item.hit ? (
                    <ListBoxItem id={item.id} textValue={item.hit.title} className="search-option">
                      <span className="hit-title">{item.hit.title}</span>
                      <HitDetail hit={item.hit} />
                    </ListBoxItem>
                  ) : (
                    <ListBoxItem id={SEE_ALL} textValue={`All results for ${settled}`} className="search-option see-all">
                      All results for “{settled}” →
                    </ListBoxItem>
                  )
                }
              </Collection>
            </ListBoxSection>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}
