import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { graphql } from '../../../gql';
import { recordPath } from '../../../lib/routes';
import { useDebounced } from '../../../lib/use-debounced';

const LikelyDuplicatesQuery = graphql(`
  query LikelyDuplicates($text: String!) {
    search(text: $text, types: [INSTITUTION], first: 6) {
      title
      allWords
      node {
        id
        ... on Institution {
          acronym
          aliases
          countryName
        }
      }
    }
  }
`);

/**
 * While a name is typed: institutions already in the registry that match it (by name, acronym or
 * alias, through the API's search), so nobody creates a second record of the same body.
 */
export function DuplicateHint({ name, exceptId }: { name: string; exceptId?: string }) {
  const text = useDebounced(name.trim(), 250);
  const { data } = useQuery(LikelyDuplicatesQuery, { variables: { text }, skip: text.length < 3 });
  const hits = (text.length < 3 ? [] : (data?.search ?? [])).filter((h) => h.allWords && h.node.id !== exceptId);
  if (hits.length === 0) return null;
  return (
    <div className="duplicates" role="status" aria-live="polite">
      <p>
        <strong>Already in the registry?</strong> These match “{text}”:
      </p>
      <ul className="plain">
        {hits.map((hit) => {
          const i = hit.node.__typename === 'Institution' ? hit.node : null;
          const detail = [i?.acronym, i?.countryName, i?.aliases.length ? `also known as ${i.aliases.join(', ')}` : null].filter(Boolean).join(' · ');
          return (
            <li key={hit.node.id}>
              <Link to={recordPath('Institution', hit.node.id) ?? '#'}>{hit.title}</Link>
              {detail && <span className="muted"> · {detail}</span>}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
