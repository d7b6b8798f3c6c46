import { RecordLink } from '../../components/record-link';
import { graphql } from '../../gql';
import type { ScheduleWarningFieldsFragment } from '../../gql/graphql';

/** What a dry run (or a save) says about clashes; every scheduling form selects it. */
export const ScheduleWarningFields = graphql(`
  fragment ScheduleWarningFields on ScheduleConflict {
    kind
    approximate
    message
    from
    to
    other {
      id
      ... on Event {
        title
      }
      ... on Visit {
        title
      }
    }
  }
`);

const KIND: Record<string, string> = { PERSON: 'Same person', HOST: 'Same host', VENUE: 'Same venue' };

/**
 * The clashes the API found for what is about to be saved (a dry run): shown before the planner
 * confirms. They are warnings: saving is allowed.
 */
export function ScheduleWarnings({ warnings, title = 'This clashes with other plans' }: { warnings: readonly ScheduleWarningFieldsFragment[]; title?: string }) {
  if (warnings.length === 0) return null;
  return (
    <section className="schedule-warnings" role="alert" aria-labelledby="schedule-warnings-title">
      <h2 id="schedule-warnings-title">
        {title} ({warnings.length})
      </h2>
      <ul>
        {warnings.map((w) => (
          <li key={`${w.kind}:${w.other.id}:${w.message}`}>
            <span className="badge warn">{KIND[w.kind] ?? w.kind}</span> {w.message}
            {w.approximate && ' (dates known only roughly: they may overlap)'}
            {'title' in w.other && (
              <>
                {' — '}
                <RecordLink typename={w.other.__typename} id={w.other.id}>
                  open “{w.other.title}”
                </RecordLink>
              </>
            )}
          </li>
        ))}
      </ul>
      <p className="muted">Nothing is saved yet. Change the dates or people, or schedule it anyway.</p>
    </section>
  );
}
