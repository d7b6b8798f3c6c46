import { useState } from 'react';
import { compareValues, type Comparison } from './conflict';
import type { Conflict } from './conflict-query';

/**
 * The values of a create-or-edit form, the version they were read at, and the wiring of the
 * conflict notice: Reload takes the record as it is now into the form; Compare lists what differs
 * (by `labels`, values shown through `shown`); Overwrite saves again at the current version.
 */
export function useRecordForm<R extends { version: number }, V extends Record<string, unknown>>(record: R | undefined, valuesOf: (record: R) => V, empty: V) {
  const [initial, setInitial] = useState<V>(() => (record ? valuesOf(record) : empty));
  const [values, setValues] = useState<V>(initial);
  const [version, setVersion] = useState<number | null>(record?.version ?? null);
  const take = (current: R) => {
    setInitial(valuesOf(current));
    setValues(valuesOf(current));
    setVersion(current.version);
  };
  return {
    values,
    setValues,
    set: <K extends keyof V>(field: K, value: V[K]) => setValues((v) => ({ ...v, [field]: value })),
    version,
    dirty: JSON.stringify(values) !== JSON.stringify(initial),
    conflictProps(options: {
      conflict: Conflict;
      reload(): Promise<R | null>;
      reset(): void;
      save(version: number): void;
      labels: Partial<Record<keyof V, string>>;
      shown?: (values: V) => Record<string, unknown>;
    }) {
      const shown = options.shown ?? ((v: V) => v);
      return {
        conflict: options.conflict,
        onReload: async () => {
          const current = await options.reload();
          if (current) take(current);
          options.reset();
        },
        onCompare: async (): Promise<Comparison> => {
          const current = await options.reload();
          return current ? compareValues(shown(values), shown(valuesOf(current)), options.labels as never) : [];
        },
        onOverwrite: (latest: number) => {
          setVersion(latest);
          options.save(latest);
        },
      };
    },
  };
}
