import { useQuery } from '@apollo/client/react';
import { Button, Form } from 'react-aria-components';
import { HistoryRow } from '../../components/history/history-panel';
import { HistoryEntry } from '../../components/history/history-query';
import { RecordLink } from '../../components/record-link';
import { Empty, ErrorState, Skeleton } from '../../components/states';
import { DateInput, SelectInput, TextInput } from '../../forms';
import { getFragmentData, graphql } from '../../gql';
import type { AuditAction } from '../../gql/graphql';
import { usePageTitle } from '../../lib/use-page-title';
import { useUrlState } from '../../lib/use-url-state';
import { AdminPage } from '../admin/admin-page';

const AuditLogQuery = graphql(`
  query AuditLog($filter: AuditLogFilter, $after: String) {
    auditLog(filter: $filter, first: 50, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        recordGlobalId
        recordType
        ...HistoryEntry
      }
    }
    users(first: 100) {
      nodes {
        id
        name
      }
    }
  }
`);

const RECORD_TYPES = ['Institution', 'Agreement', 'AgreementParty', 'AgreementAction', 'Event', 'Participation', 'Visit', 'VisitMember', 'Document', 'Commitment', 'Relation', 'Person', 'Post', 'Tenure', 'Topic', 'Source', 'Citation', 'Claim', 'User', 'ApiToken'];
const ACTIONS: AuditAction[] = ['CREATE', 'UPDATE', 'DELETE'];
const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString();

/** The audit trail for administrators: every change, newest first, filtered by URL parameters. */
export function Component() {
  usePageTitle('Audit log');
  return (
    <AdminPage>
      <AuditLog />
    </AdminPage>
  );
}

function AuditLog() {
  const url = useUrlState();
  const from = url.get('from') ?? '';
  const to = url.get('to') ?? '';
  const filter = {
    recordType: url.get('type'),
    userId: url.get('user'),
    action: url.get('action') ? [url.get('action') as AuditAction] : null,
    operation: url.get('operation'),
    from: from ? `${from}T00:00:00Z` : null,
    to: to ? nextDay(to) : null,
  };
  const { data, loading, error, refetch, fetchMore } = useQuery(AuditLogQuery, { variables: { filter } });
  const users = data?.users.nodes ?? [];
  const log = data?.auditLog;
  return (
    <div className="page">
      <h1>Audit log</h1>
      <p className="lead">Every change made through the API: who, when, through which operation, each field before → after.</p>
      <Form className="filters" aria-label="Filter the audit log" onSubmit={(event) => event.preventDefault()}>
        <div className="toolbar">
          <SelectInput label="Record type" value={url.get('type')} options={RECORD_TYPES} describe={(t) => t} emptyLabel="Any type" onChange={(v) => url.set({ type: v })} />
          <SelectInput label="Action" value={url.get('action') as AuditAction | null} options={ACTIONS} emptyLabel="Any action" onChange={(v) => url.set({ action: v })} />
          <SelectInput
            label="By"
            value={url.get('user')}
            options={users.map((u) => u.id)}
            describe={(id) => users.find((u) => u.id === id)?.name ?? id}
            emptyLabel="Anyone"
            onChange={(v) => url.set({ user: v })}
          />
          <TextInput label="Operation" value={url.get('operation') ?? ''} onChange={(v) => url.set({ operation: v })} placeholder="updateInstitution" />
          <DateInput label="From" value={from} onChange={(v) => url.set({ from: v })} />
          <DateInput label="To" value={to} onChange={(v) => url.set({ to: v })} />
        </div>
      </Form>
      {error && <ErrorState error={error} onRetry={() => refetch()} />}
      {loading && !data ? (
        <Skeleton lines={8} label="Loading the audit log" />
      ) : log && log.nodes.length === 0 ? (
        <Empty>No change matches these filters.</Empty>
      ) : (
        log && (
          <>
            <p className="muted">{log.totalCount.toLocaleString('en-GB')} changes</p>
            <table className="table compact history">
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">Who</th>
                  <th scope="col">Record</th>
                  <th scope="col">What</th>
                  <th scope="col">Changes</th>
                </tr>
              </thead>
              <tbody>
                {log.nodes.map((node) => {
                  const entry = getFragmentData(HistoryEntry, node);
                  return (
                    <HistoryRow
                      key={entry.id}
                      entry={entry}
                      record={entry.action === 'DELETE' ? node.recordType : <RecordLink typename={node.recordType} id={node.recordGlobalId}>{node.recordType}</RecordLink>}
                    />
                  );
                })}
              </tbody>
            </table>
            {log.pageInfo.hasNextPage && (
              <div className="load-more">
                <Button
                  className="button"
                  onPress={() =>
                    fetchMore({
                      variables: { after: log.pageInfo.endCursor },
                      updateQuery: (previous, { fetchMoreResult }) => ({
                        ...fetchMoreResult,
                        auditLog: { ...fetchMoreResult.auditLog, nodes: [...previous.auditLog.nodes, ...fetchMoreResult.auditLog.nodes] },
                      }),
                    })
                  }
                >
                  Show older changes
                </Button>
              </div>
            )}
          </>
        )
      )}
    </div>
  );
}
