import { Link } from 'react-router';
import { DateText } from '../../../components/date-text';
import { ListPage } from '../../../components/list-page/list-page';
import { RecordLink } from '../../../components/record-link';
import { graphql } from '../../../gql';
import type { AgreementKind, AgreementStatus } from '../../../gql/graphql';
import { humanize } from '../../../lib/words';
import { AgreementStatusBadge } from '../agreement-status';

const AgreementListQuery = graphql(`
  query AgreementList($filter: AgreementFilter, $orderBy: AgreementOrder, $first: Int, $after: String) {
    agreements(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
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
          status
          effectiveFrom
          expiresOn
          parties {
            id
            role
            signedOn
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
`);

const STATUSES = Object.keys({
  DRAFT: 1,
  NEGOTIATION: 1,
  SIGNED: 1,
  IN_FORCE: 1,
  SUSPENDED: 1,
  EXPIRED: 1,
  TERMINATED: 1,
  SUPERSEDED: 1,
} satisfies Record<AgreementStatus, 1>);
const KINDS = Object.keys({
  MEMORANDUM_OF_UNDERSTANDING: 1,
  COOPERATION_AGREEMENT: 1,
  JOINT_DECLARATION: 1,
  ACTION_PLAN: 1,
  OTHER: 1,
} satisfies Record<AgreementKind, 1>);

/** The last signature: the day the agreement was signed by all who signed it. */
const signedOn = (parties: readonly { signedOn: string | null }[]) =>
  parties.reduce<string | null>((last, p) => (p.signedOn && (!last || p.signedOn > last) ? p.signedOn : last), null);

/** /agreements — agreements by status, kind, party and title, with their dates. */
export function Component() {
  return (
    <ListPage
      title="Agreements"
      noun={['agreement', 'agreements']}
      query={AgreementListQuery}
      connection={(data) => data.agreements}
      defaultSort={{ field: 'TITLE', direction: 'ASC' }}
      filters={[
        { type: 'search', label: 'Title contains' },
        { type: 'enum', param: 'status', label: 'Status', values: STATUSES },
        { type: 'enum', param: 'kind', label: 'Kind', values: KINDS },
        { type: 'institution', param: 'party', label: 'Party', field: 'partyId' },
      ]}
      columns={[
        {
          header: 'Title',
          sort: 'TITLE',
          className: 'title-cell',
          cell: (a) => (
            <RecordLink typename="Agreement" id={a.id}>
              {a.title}
            </RecordLink>
          ),
        },
        { header: 'Kind', cell: (a) => humanize(a.kind), wide: true },
        { header: 'Status', cell: (a) => <AgreementStatusBadge status={a.status} /> },
        {
          header: 'Parties',
          cell: (a) => (
            <ul className="with-list">
              {a.parties.map((p) => (
                <li key={p.id}>
                  <RecordLink typename="Institution" id={p.institution.id}>
                    {p.institution.acronym ?? p.institution.name}
                  </RecordLink>
                  {p.role !== 'PARTY' && <span className="muted"> ({humanize(p.role)})</span>}
                </li>
              ))}
            </ul>
          ),
        },
        { header: 'Signed', className: 'nowrap', wide: true, cell: (a) => <DateText value={signedOn(a.parties)} /> },
        { header: 'In force from', sort: 'EFFECTIVE_FROM', sortFirst: 'DESC', className: 'nowrap', wide: true, cell: (a) => <DateText value={a.effectiveFrom} /> },
        { header: 'Expires', sort: 'EXPIRES_ON', className: 'nowrap', cell: (a) => (a.expiresOn ? <DateText value={a.expiresOn} relative /> : <span className="muted">open-ended</span>) },
      ]}
      csv={{
        filename: 'accord-agreements.csv',
        query: `query ExportAgreementList($filter: AgreementFilter, $orderBy: AgreementOrder) {
          agreements(filter: $filter, orderBy: $orderBy) {
            nodes { title kind status parties { institution { name } } signed: parties { signedOn } effectiveFrom expiresOn reviewDue autoRenews noticePeriodDays id }
          }
        }`,
      }}
      create={{ to: '/agreements/new', label: 'New agreement' }}
      empty={
        <>
          No agreements recorded yet. Editors draft one with <Link to="/agreements/new">New agreement</Link> or from an institution's page
          (<em>Draft an agreement</em>).
        </>
      }
    />
  );
}
