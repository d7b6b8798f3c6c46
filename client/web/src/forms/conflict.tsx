import { useState } from 'react';
import { Button } from 'react-aria-components';
import { formatDateTime } from './format';
import type { Conflict } from './conflict-query';

export type Comparison = { field: string; label: string; yours: string; theirs: string }[];

/**
 * The record changed since the form was opened (the API refused the stale version). Nothing was
 * written. Reload takes the current record (dropping the form's changes); Compare shows both side
 * by side, field by field, and only then may the person save — keeping, per field, their value or
 * the current one (`onOverwrite(version, takeCurrent)`), knowingly.
 */
export function ConflictNotice({ conflict, onReload, onCompare, onOverwrite }: {
  conflict: Conflict;
  onReload(): void;
  /** The fields that differ between the form and the record as it is now (no Compare without it). */
  onCompare?(): Promise<Comparison>;
  /** Save over the current version: the form's values, except the fields listed, which take the current value. */
  onOverwrite?(version: number, takeCurrent: readonly string[]): unknown;
}) {
  const [comparison, setComparison] = useState<Comparison | null>(null);
  const [current, setCurrent] = useState<ReadonlySet<string>>(new Set());
  const choose = (field: string, takeCurrent: boolean) => {
    const next = new Set(current);
    if (takeCurrent) next.add(field);
    else next.delete(field);
    setCurrent(next);
  };
  return (
    <section className="conflict" role="alert" aria-labelledby="conflict-title">
      <h2 id="conflict-title">This record was changed by {conflict.by ?? 'someone else'} at {formatDateTime(conflict.at)} since you opened it</h2>
      <p>Nothing was saved. Reload to see the current record (your changes are dropped){onCompare ? ', or compare the two and choose, field by field, what to keep' : ''}.</p>
      <div className="form-actions">
        <Button className="button primary" onPress={onReload}>
          Reload
        </Button>
        {onCompare && (
          <Button
            className="button"
            onPress={async () => {
              setComparison(await onCompare());
              setCurrent(new Set());
            }}
          >
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
              <caption className="visually-hidden">Your values and the current ones: pick the one to keep in each row</caption>
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
                    {onOverwrite ? (
                      <>
                        <td>
                          <label className="pick">
                            <input type="radio" name={`keep-${row.field}`} checked={!current.has(row.field)} onChange={() => choose(row.field, false)} />
                            <span className="visually-hidden">Keep yours for {row.label}: </span>
                            {row.yours || '—'}
                          </label>
                        </td>
                        <td>
                          <label className="pick">
                            <input type="radio" name={`keep-${row.field}`} checked={current.has(row.field)} onChange={() => choose(row.field, true)} />
                            <span className="visually-hidden">Keep the current value for {row.label}: </span>
                            {row.theirs || '—'}
                          </label>
                        </td>
                      </>
                    ) : (
                      <>
                        <td>{row.yours || '—'}</td>
                        <td>{row.theirs || '—'}</td>
                      </>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {onOverwrite && (
            <Button className="button" onPress={() => onOverwrite(conflict.version, [...current])}>
              {current.size === 0 ? 'Save mine over the current version' : 'Save with these choices'}
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

/** The form's values with the listed fields taken from the current record. */
export function mergeValues<T extends Record<string, unknown>>(yours: T, current: T, takeCurrent: readonly string[]): T {
  const merged = { ...yours };
  for (const field of takeCurrent) (merged as Record<string, unknown>)[field] = current[field];
  return merged;
}
