import './history.css';
import type { ReactNode } from 'react';
import type { HistoryEntryFragment } from '../../gql/graphql';
import { humanize } from '../../lib/words';
import { RecordLink } from '../record-link';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** "effectiveFrom" → "Effective from". */
export function fieldLabel(field: string): string {
  return humanize(field.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase());
}

type Reference = HistoryEntryFragment['references'][number];

/** Lists arrive as stored: JSON ("[]", "[{…}]") or a PostgreSQL array literal ("{a,"b c"}"). */
function decoded(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  if (/^\[.*\]$/s.test(value)) {
    try {
      return JSON.parse(value);
    } catch {
      return value;
    }
  }
  const literal = /^\{(.*)\}$/s.exec(value);
  if (!literal) return value;
  return [...literal[1].matchAll(/"((?:[^"\\]|\\.)*)"|([^,]+)/g)].map((m) => (m[1] !== undefined ? m[1].replace(/\\(.)/g, '$1') : m[2]));
}

function Value({ value: raw, references }: { value: unknown; references: readonly Reference[] }): ReactNode {
  const value = decoded(raw);
  if (value === null || value === undefined || value === '') return <span className="muted">—</span>;
  if (typeof value === 'string') {
    const ref = references.find((r) => r.key === value);
    if (ref) {
      return (
        <RecordLink typename={ref.type} id={ref.id}>
          {ref.name}
        </RecordLink>
      );
    }
    // A key the caller may not see, or a record deleted since: never shown as a UUID.
    if (UUID.test(value)) return <span className="muted">(another record)</span>;
    // Enum values (OMBUDSMAN, IN_FORCE) in words; country codes stay as they are.
    return <>{/^[A-Z][A-Z_]{2,}$/.test(value) ? humanize(value) : value}</>;
  }
  if (typeof value === 'boolean') return <>{value ? 'yes' : 'no'}</>;
  if (typeof value === 'number') return <>{value.toLocaleString('en-GB')}</>;
  if (Array.isArray(value)) {
    if (value.length === 0) return <span className="muted">none</span>;
    return <>{value.map((v) => (typeof v === 'object' && v !== null ? Object.values(v).filter(Boolean).join(': ') : String(v))).join(', ')}</>;
  }
  return <>{JSON.stringify(value)}</>;
}

/** Each changed field of one audit entry: before → after, references by name. */
export function ChangeList({ entry }: { entry: Pick<HistoryEntryFragment, 'action' | 'changes' | 'references'> }) {
  // A creation lists only the fields it set.
  const changes = Object.entries(entry.changes as Record<string, { before: unknown; after: unknown }>).filter(
    ([, change]) => entry.action !== 'CREATE' || (change?.after !== null && change?.after !== ''),
  );
  if (changes.length === 0) return <span className="muted">no field changed</span>;
  return (
    <dl className="changes">
      {changes.map(([field, change]) => (
        <div key={field} className="change">
          <dt>{fieldLabel(field)}</dt>
          <dd>
            {entry.action !== 'CREATE' && (
              <>
                <span className="before">
                  <Value value={change?.before} references={entry.references} />
                </span>
                <span aria-hidden="true"> → </span>
                <span className="visually-hidden"> changed to </span>
              </>
            )}
            <span className="after">
              <Value value={change?.after} references={entry.references} />
            </span>
          </dd>
        </div>
      ))}
    </dl>
  );
}
