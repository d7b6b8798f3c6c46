import { useQuery } from '@apollo/client/react';
import { Input, Label, SearchField } from 'react-aria-components';
import { HitDetail } from '../../components/search/hit-detail';
import { groupHits, SearchHitFields } from '../../components/search/search-hits';
import { RecordLink } from '../../components/record-link';
import { ErrorState, Empty, Skeleton } from '../../components/states';
import { getFragmentData, graphql } from '../../gql';
import { usePageTitle } from '../../lib/use-page-title';
import { useUrlState } from '../../lib/use-url-state';

const SearchPageQuery = graphql(`
  query SearchPage($text: String!) {
    search(text: $text, first: 100) {
      ...SearchHitFields
    }
  }
`);

/** All results for a search (?q=…), grouped by kind: the "All results" of the header search. */
export function Component() {
  const url = useUrlState();
  const q = (url.get('q') ?? '').trim();
  usePageTitle(q ? `Search: ${q}` : 'Search');
  const { data, error, loading, refetch } = useQuery(SearchPageQuery, { variables: { text: q }, skip: q.length < 2 });
  const groups = groupHits(getFragmentData(SearchHitFields, data?.search ?? []));
  return (
    <div className="page">
      <h1>Search</h1>
      <SearchField key={q} className="field" defaultValue={q} onSubmit={(value) => url.set({ q: value.trim() })}>
        <Label>Search all records (press Enter)</Label>
        <Input className="input" />
      </SearchField>
      {error && <ErrorState error={error} onRetry={() => refetch()} />}
      {q.length < 2 ? (
        <Empty>Type two or more letters. Names, acronyms, aliases and titles match, ignoring case, accents and small typos.</Empty>
      ) : loading ? (
        <Skeleton lines={6} label="Searching" />
      ) : groups.length === 0 ? (
        <Empty>Nothing matches “{q}”. Try fewer words or another spelling.</Empty>
      ) : (
        groups.map((group) => (
          <section key={group.type} aria-labelledby={`group-${group.type}`}>
            <h2 id={`group-${group.type}`}>
              {group.heading} ({group.hits.length})
            </h2>
            <table className="table compact">
              <tbody>
                {group.hits.map((hit) => (
                  <tr key={hit.node.id}>
                    <td>
                      <RecordLink typename={hit.type} id={hit.node.id}>
                        {hit.title}
                      </RecordLink>
                    </td>
                    <td className="muted">
                      <HitDetail hit={hit} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        ))
      )}
    </div>
  );
}
