import './history.css';
import { useQuery } from '@apollo/client/react';
import { type ReactNode, useState } from 'react';
import { Button } from 'react-aria-components';
import { type FragmentType, getFragmentData } from '../../gql';
import type { HistoryEntryFragment } from '../../gql/graphql';
import { formatInstant } from '../../lib/dates';
import { humanize } from '../../lib/words';
import { Empty, ErrorState, Skeleton } from '../states';
import { ChangeList } from './change-list';
import { HistoryEntry, RecordHistoryQuery } from './history-query';

/** A record's change history, newest first: who, when, and each field before → after. */
export function HistoryTable({ recordId }: { recordId: string }) {
  const { data, loading, error, refetch } = useQuery(RecordHistoryQuery, { variables: { id: recordId }, fetchPolicy: 'network-only' });
  if (loading && !data) return <Skeleton lines={4} label="Loading the history" />;
  if (error) return <ErrorState error={error} onRetry={() => refetch()} />;
  const node = data?.node as { history?: readonly FragmentType<typeof HistoryEntry>[] } | null | undefined;
  const entries: HistoryEntryFragment[] = [...getFragmentData(HistoryEntry, node?.history ?? [])].reverse();
  if (entries.length === 0) return <Empty>No change recorded through the API (records loaded with the seed have no history).</Empty>;
  return (
    <table className="table compact history">
      <thead>
        <tr>
          <th scope="col">When</th>
          <th scope="col">Who</th>
          <th scope="col">What</th>
          <th scope="col">Changes</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <HistoryRow key={entry.id} entry={entry} />
        ))}
      </tbody>
    </table>
  );
}

/** One change: when, who, what (the action and the operation), each field before → after; `record` adds a cell. */
export function HistoryRow({ entry, record }: { entry: HistoryEntryFragment; record?: ReactNode }) {
  return (
    <tr>
      <td className="date-cell">{formatInstant(entry.createdAt)}</td>
      <td>{entry.userName ?? <span className="muted">—</span>}</td>
      {record !== undefined && <td>{record}</td>}
      <td>
        {humanize(entry.action)}
        {entry.operation && <div className="muted">{entry.operation}</div>}
      </td>
      <td>
        <ChangeList entry={entry} />
      </td>
    </tr>
  );
}

/** "History" on a record page, loaded when asked for. */
export function HistorySection({ recordId }: { recordId: string }) {
  const [open, setOpen] = useState(false);
  return (
    <section className="panel" aria-labelledby="history-heading">
      <div className="toolbar">
        <h2 id="history-heading">History</h2>
        <Button className="link-button" onPress={() => setOpen(!open)} aria-expanded={open}>
          {open ? 'Hide changes' : 'Show changes'}
        </Button>
      </div>
      {open && <HistoryTable recordId={recordId} />}
    </section>
  );
}
