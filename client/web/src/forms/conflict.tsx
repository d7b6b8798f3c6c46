import { useState } from 'react';
import { Button } from 'react-aria-components';
import { formatDateTime } from './format';
import type { Conflict } from './conflict-query';

export type Comparison = { field: string; label: string; yours: string; theirs: string }[];

/**
 * The record changed since the form was opened (the API refused the stale version). Nothing was
 * written. Reload takes the current record (dropping the form's changes); Compare shows both side
 * by side, and only then may the person save theirs over it, knowingly.
 */
export function ConflictNotice({ conflict, onReload, onCompare, onOverwrite }: {
  conflict: Conflict;
  onReload(): void;
  /** The fields that differ between the form and the record as it is now (no Compare without it). */
  onCompare?(): Promise<Comparison>;
  /** Save the form's values over the current version (offered after comparing). */
  onOverwrite?(version: number): void;
}) {
  const [comparison, setComparison] = useState<Comparison | null>(null);
  return (
    <section className="conflict" role="alert" aria-labelledby="conflict-title">
      <h2 id="conflict-title">This record was changed by {conflict.by ?? 'someone else'} at {formatDateTime(conflict.at)} since you opened it</h2>
      <p>Nothing was saved. Reload to see the current record (your changes are dropped){onCompare ? ', or compare the two first' : ''}.</p>
      <div className="form-actions">
        <Button className="button primary" onPress={onReload}>
          Reload
        </Button>
        {onCompare && (
          <Button className="button" onPress={async () => setComparison(await onCompare())}>
            Compare
          </Button>
        )}
      </div>
      {comparison && (
        <>
          {comparison.length === 0 ? (
            <p>Your values are the same as the current ones.</p>
          ) : (
            <table className="table compact compare">
              <caption className="visually-hidden">Your values and the current ones</caption>
              <thead>
                <tr>
                  <th scope="col">Field</th>
                  <th scope="col">Yours</th>
                  <th scope="col">Current</th>
                </tr>
              </thead>
              <tbody>
                {comparison.map((row) => (
                  <tr key={row.field}>
                    <th scope="row">{row.label}</th>
                    <td>{row.yours || '—'}</td>
                    <td>{row.theirs || '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {onOverwrite && (
            <Button className="button" onPress={() => onOverwrite(conflict.version)}>
              Save mine over the current version
            </Button>
          )}
        </>
      )}
    </section>
  );
}

/** The rows of a comparison: the fields whose shown values differ. */
export function compareValues<T extends Record<string, unknown>>(yours: T, theirs: T, labels: Partial<Record<keyof T, string>>): Comparison {
  const show = (value: unknown) => (Array.isArray(value) ? value.join(', ') : value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value));
  return (Object.keys(labels) as (keyof T & string)[])
    .filter((field) => show(yours[field]) !== show(theirs[field]))
    .map((field) => ({ field, label: labels[field] ?? field, yours: show(yours[field]), theirs: show(theirs[field]) }));
}
