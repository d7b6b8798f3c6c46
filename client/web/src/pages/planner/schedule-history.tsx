import { DateText } from '../../components/date-text';
import { formatDateTime } from '../../forms/format';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { humanize } from '../../lib/words';

export const ScheduleHistoryFields = graphql(`
  fragment ScheduleHistoryFields on Reschedule {
    changedAt
    changedBy
    status
    before {
      startDate
      endDate
    }
    after {
      startDate
      endDate
    }
  }
`);

/** Every move or postponement of an event or visit, oldest first (from its audit trail): who, when, from which dates to which. */
export function ScheduleHistory(props: { reschedules: readonly FragmentType<typeof ScheduleHistoryFields>[] }) {
  const reschedules = props.reschedules.map((r) => getFragmentData(ScheduleHistoryFields, r));
  if (reschedules.length === 0) return null;
  return (
    <section aria-labelledby="moved-heading">
      <h2 id="moved-heading">Schedule history</h2>
      <ul className="plain">
        {reschedules.map((r) => (
          <li key={r.changedAt}>
            {r.status ? `${humanize(r.status)}: ` : 'Moved: '}
            <DateText value={r.before.startDate} end={r.before.endDate} /> → {r.after.startDate ? <DateText value={r.after.startDate} end={r.after.endDate} /> : 'no date yet'}
            <div className="muted">
              {formatDateTime(r.changedAt)}
              {r.changedBy && ` · ${r.changedBy}`}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
