import { DateText } from '../../../components/date-text';
import { ListPage } from '../../../components/list-page/list-page';
import { RecordLink } from '../../../components/record-link';
import { graphql } from '../../../gql';
import type { DocumentKind } from '../../../gql/graphql';
import { humanize } from '../../../lib/words';

const DocumentListQuery = graphql(`
  query DocumentList($filter: DocumentFilter, $orderBy: DocumentOrder, $first: Int, $after: String) {
    documents(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          title
          kind
          date
          issuers {
            id
            name
            acronym
          }
        }
      }
    }
  }
`);

const KINDS = Object.keys({
  DECLARATION: 1,
  STATEMENT: 1,
  REPORT: 1,
  SPECIAL_REPORT: 1,
  RESOLUTION: 1,
  APPEAL: 1,
  MINUTES: 1,
  AGREEMENT_TEXT: 1,
  OTHER: 1,
} satisfies Record<DocumentKind, 1>);

/** /documents — documents newest first, by kind, period, issuer and title. */
export function Component() {
  return (
    <ListPage
      title="Documents"
      noun={['document', 'documents']}
      query={DocumentListQuery}
      connection={(data) => data.documents}
      defaultSort={{ field: 'DATE', direction: 'DESC' }}
      filters={[
        { type: 'search', label: 'Title or summary' },
        { type: 'enum', param: 'kind', label: 'Kind', values: KINDS },
        { type: 'period' },
        { type: 'institution', param: 'issuer', label: 'Issued by', field: 'issuerId' },
      ]}
      columns={[
        { header: 'Date', sort: 'DATE', sortFirst: 'DESC', className: 'date-cell', cell: (d) => <DateText value={d.date} /> },
        {
          header: 'Title',
          sort: 'TITLE',
          className: 'title-cell',
          cell: (d) => (
            <RecordLink typename="Document" id={d.id}>
              {d.title}
            </RecordLink>
          ),
        },
        { header: 'Kind', sort: 'KIND', cell: (d) => humanize(d.kind), className: 'nowrap' },
        {
          header: 'Issued by',
          wide: true,
          cell: (d) => (
            <ul className="with-list">
              {d.issuers.map((i) => (
                <li key={i.id}>
                  <RecordLink typename="Institution" id={i.id}>
                    {i.acronym ?? i.name}
                  </RecordLink>
                </li>
              ))}
            </ul>
          ),
        },
      ]}
      csv={{
        filename: 'accord-documents.csv',
        query: `query ExportDocumentList($filter: DocumentFilter, $orderBy: DocumentOrder) {
          documents(filter: $filter, orderBy: $orderBy) {
            nodes { title kind date adoptedAt { title } issuers { name } parties { institution { name } } url summary topics { name } id }
          }
        }`,
      }}
      empty="No documents recorded yet. Editors add a document from an institution's page."
    />
  );
}
