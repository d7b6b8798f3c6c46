import { DateText } from './date-text';
import { RecordLink } from './record-link';
import { Empty } from './states';

export type ListedRecord = { id: string; title: string; date?: string | null; endDate?: string | null; detail?: string | null };

/** A titled table of records of one kind: date, title (a link), a short detail. */
export function RecordList({ heading, typename, items, empty }: { heading: string; typename: string; items: readonly ListedRecord[]; empty: string }) {
  const headingId = `${heading.toLowerCase().replace(/\W+/g, '-')}-heading`;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>
        {heading} ({items.length})
      </h2>
      {items.length === 0 ? (
        <Empty>{empty}</Empty>
      ) : (
        <table className="table compact" aria-labelledby={headingId}>
          <tbody>
            {items.map((item) => (
              <tr key={item.id}>
                <td className="date-cell">{item.date !== undefined && <DateText value={item.date} end={item.endDate} />}</td>
                <td>
                  <RecordLink typename={typename} id={item.id}>
                    {item.title}
                  </RecordLink>
                  {item.detail && <span className="muted"> · {item.detail}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
