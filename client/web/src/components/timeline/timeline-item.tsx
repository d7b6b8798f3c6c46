import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { formatDateRange } from '../../lib/dates';
import { humanize } from '../../lib/words';
import { RecordLink } from '../record-link';
import { SourcesMarker } from '../sources-marker';

export const TimelineItemFields = graphql(`
  fragment TimelineItemFields on TimelineItem {
    kind
    date
    endDate
    precision
    title
    status
    record {
      id
    }
    institutions {
      id
      name
      acronym
    }
    sources {
      id
      title
      publisherName
      publishedOn
    }
    ... on TimelineAgreementAction {
      agreement {
        id
      }
    }
    ... on TimelineVisit {
      needsUpdate
      needsUpdateReason
    }
    ... on TimelineEvent {
      needsUpdate
      needsUpdateReason
      participations {
        id
        role
        institution {
          id
        }
        person {
          id
          name
        }
      }
    }
  }
`);

/** One row of a timeline: when, what kind, what (a link), who was involved, and its sources. */
export function TimelineRow(props: { item: FragmentType<typeof TimelineItemFields>; focusIds?: string[] }) {
  const item = getFragmentData(TimelineItemFields, props.item);
  const focus = new Set(props.focusIds ?? []);
  const others = item.institutions.filter((i) => !focus.has(i.id));
  const roles =
    item.__typename === 'TimelineEvent'
      ? [...new Set(item.participations.filter((p) => p.institution && focus.has(p.institution.id)).map((p) => humanize(p.role)))]
      : [];
  return (
    <tr>
      <td className="date-cell">
        <time dateTime={item.date ?? undefined}>{item.date ? formatDateRange(item.date, item.endDate) : 'undated'}</time>
      </td>
      <td>
        <span className={`kind kind-${item.kind.toLowerCase()}`}>{humanize(item.kind)}</span>
      </td>
      <td>
        {item.__typename === 'TimelineAgreementAction' ? (
          <RecordLink typename="Agreement" id={item.agreement.id}>
            {item.title}
          </RecordLink>
        ) : (
          <RecordLink typename={item.record.__typename} id={item.record.id}>
            {item.title}
          </RecordLink>
        )}
        {roles.length > 0 && <span className="muted"> · {roles.join(', ')}</span>}
        {item.status && <span className="status"> {humanize(item.status)}</span>}
        {(item.__typename === 'TimelineEvent' || item.__typename === 'TimelineVisit') && item.needsUpdate && (
          <span className="badge warn" title={item.needsUpdateReason ?? undefined}>
            {' '}
            needs update
          </span>
        )}
        {others.length > 0 && (
          <div className="with">
            {others.slice(0, 6).map((i, n) => (
              <span key={i.id}>
                {n > 0 && ', '}
                <RecordLink typename="Institution" id={i.id}>
                  {i.acronym ?? i.name}
                </RecordLink>
              </span>
            ))}
            {others.length > 6 && <span className="muted"> and {others.length - 6} more</span>}
          </div>
        )}
      </td>
      <td className="sources-cell">
        <SourcesMarker sources={item.sources} />
      </td>
    </tr>
  );
}
