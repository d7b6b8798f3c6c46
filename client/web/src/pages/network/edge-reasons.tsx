import { Button } from 'react-aria-components';
import { Link } from 'react-router';
import { RecordLink } from '../../components/record-link';
import { formatDateRange } from '../../lib/dates';
import { connectionPathPath } from '../../lib/routes';
import { humanize, plural } from '../../lib/words';
import { describeEdge, type NetworkEdge, shortName } from './network-model';

/** Relations are summarised by their kind ("COOPERATES_WITH", "MEMBER_OF (observer)"): as words. */
const readableSummary = (summary: string) => summary.replace(/^[A-Z][A-Z_]+\b/, (kind) => humanize(kind));

type Institution = { id: string; name: string; acronym?: string | null };

/** Why two institutions are connected: the records behind the edge, latest first, each a link. */
export function EdgeReasons({ edge, from, to, onClose }: { edge: NetworkEdge; from: Institution; to: Institution; onClose?: () => void }) {
  const more = edge.interactions - edge.records.length;
  return (
    <section className="edge-reasons" aria-labelledby="edge-reasons-heading" data-testid="edge-reasons">
      <div className="edge-reasons-head">
        <h2 id="edge-reasons-heading">
          Why {shortName(from)} and {shortName(to)} are connected
        </h2>
        {onClose && (
          <Button className="link-button" onPress={onClose} aria-label="Close the explanation">
            Close
          </Button>
        )}
      </div>
      <p className="muted">{describeEdge(edge)}</p>
      <ul className="reasons">
        {edge.records.map((r) => (
          <li key={`${r.record.__typename}:${r.record.id}`}>
            <span className="badge">{humanize(r.kind)}</span>{' '}
            <RecordLink typename={r.record.__typename} id={r.record.id}>
              {readableSummary(r.summary)}
            </RecordLink>
            <span className="muted">
              {' '}
              · {formatDateRange(r.date, r.endDate) || 'undated'} · +{r.weight}
            </span>
          </li>
        ))}
      </ul>
      <p>
        {more > 0 && <>{plural(more, 'more record')} behind this connection. </>}
        <Link to={connectionPathPath(from.id, to.id)}>
          Open the connection {from.name} → {to.name}
        </Link>
      </p>
    </section>
  );
}
