import { Link } from 'react-router';
import { ListPage } from '../../../components/list-page/list-page';
import { RecordLink } from '../../../components/record-link';
import { graphql } from '../../../gql';

const PersonListQuery = graphql(`
  query PersonList($filter: PersonFilter, $orderBy: PersonOrder, $first: Int, $after: String) {
    people(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          name
          honorific
          country
          countryName
          tenures {
            id
            status
            acting
            post {
              id
              title
              institution {
                id
                name
                acronym
              }
            }
          }
        }
      }
    }
  }
`);

/** /people — people by name, country and institution, with the posts they hold today. */
export function Component() {
  return (
    <ListPage
      title="People"
      noun={['person', 'people']}
      query={PersonListQuery}
      connection={(data) => data.people}
      defaultSort={{ field: 'NAME', direction: 'ASC' }}
      filters={[{ type: 'search', label: 'Name or other spelling' }, { type: 'country' }, { type: 'institution', param: 'institution', label: 'Institution', field: 'institutionId' }]}
      columns={[
        {
          header: 'Name',
          sort: 'NAME',
          cell: (p) => (
            <>
              {p.honorific && <span className="muted">{p.honorific} </span>}
              <RecordLink typename="Person" id={p.id}>
                {p.name}
              </RecordLink>
            </>
          ),
        },
        {
          header: 'Current posts',
          cell: (p) => (
            <ul className="with-list">
              {p.tenures
                .filter((t) => t.status === 'ACTIVE')
                .map((t) => (
                  <li key={t.id}>
                    {t.post.title}
                    {t.acting && ' (acting)'},{' '}
                    <RecordLink typename="Institution" id={t.post.institution.id}>
                      {t.post.institution.acronym ?? t.post.institution.name}
                    </RecordLink>
                  </li>
                ))}
            </ul>
          ),
        },
        { header: 'Country', wide: true, cell: (p) => p.countryName ?? p.country ?? '' },
      ]}
      csv={{
        filename: 'accord-people.csv',
        query: `query ExportPersonList($filter: PersonFilter, $orderBy: PersonOrder) {
          people(filter: $filter, orderBy: $orderBy) { nodes { name honorific country aliases description id } }
        }`,
      }}
      create={{ to: '/people/new', label: 'New person' }}
      empty={
        <>
          No people recorded yet. Editors add them with <Link to="/people/new">New person</Link>.
        </>
      }
    />
  );
}
