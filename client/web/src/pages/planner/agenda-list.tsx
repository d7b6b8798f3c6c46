import { RecordLink } from '../../components/record-link';
import { Empty } from '../../components/states';
import { humanize } from '../../lib/words';
import { type AgendaEntry, byMonth, entryWhen } from './agenda-model';

/** The agenda as a table, month by month: when (at its precision, times in the chosen zone), what, where. */
export function AgendaList({ items, timeZone, caption }: { items: AgendaEntry[]; timeZone: string; caption: string }) {
  if (items.length === 0) return <Empty>Nothing scheduled in this period. Move to another period, or include cancelled and done items.</Empty>;
  return (
    <table className="table agenda" data-testid="agenda-list">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">When</th>
          <th scope="col">What</th>
          <th scope="col">Where</th>
          <th scope="col">Status</th>
        </tr>
      </thead>
      {byMonth(items).map((group) => (
        <tbody key={group.month}>
          <tr className="group-row">
            <th scope="colgroup" colSpan={4}>
              {group.month}
            </th>
          </tr>
          {group.items.map((item) => (
            <tr key={item.key} className={item.approximate ? 'approximate' : undefined}>
              <td className="date-cell">
                {entryWhen(item, timeZone)}
                {item.approximate && <div className="muted small">any day of that {item.precision === 'YEAR' ? 'year' : 'month'}</div>}
              </td>
              <td>
                <span className={`badge kind-${item.kind.toLowerCase()}`}>{humanize(item.kind)}</span>{' '}
                <RecordLink typename={item.record.__typename} id={item.record.id}>
                  {item.title}
                </RecordLink>
                {item.recurring && <span className="muted small"> · one occurrence of a recurring event</span>}
                {item.confidential && <span className="badge warn"> confidential</span>}
              </td>
              <td>{item.place ?? <span className="muted">—</span>}</td>
              <td>
                {humanize(item.status)}
                {/* Time has overtaken the recorded status: say so, and what to record (the server's reason). */}
                {item.needsUpdate && (
                  <div>
                    <span className="badge warn" title={item.needsUpdateReason ?? undefined}>
                      needs update
                    </span>
                    {item.needsUpdateReason && <div className="muted small">{item.needsUpdateReason}</div>}
                  </div>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      ))}
    </table>
  );
}
