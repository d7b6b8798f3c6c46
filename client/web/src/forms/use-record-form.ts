import { useRef, useState } from 'react';
import { compareValues, type Comparison, mergeValues } from './conflict';
import type { Conflict } from './conflict-query';

/**
 * The values of a create-or-edit form, the version they were read at, and the wiring of the
 * conflict notice: Reload takes the record as it is now into the form; Compare lists what differs
 * (by `labels`, values shown through `shown`); Overwrite saves again at the current version, each
 * field keeping the form's value or — as the person chose — the current one.
 */
export function useRecordForm<R extends { version: number }, V extends Record<string, unknown>>(record: R | undefined, valuesOf: (record: R) => V, empty: V) {
  const [initial, setInitial] = useState<V>(() => (record ? valuesOf(record) : empty));
  const [values, setValues] = useState<V>(initial);
  const [version, setVersion] = useState<number | null>(record?.version ?? null);
  const compared = useRef<R | null>(null);
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
      /** Save these values (the form's, merged with the chosen current ones) at this version. */
      save(version: number, values: V): unknown;
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
          compared.current = current;
          return current ? compareValues(shown(values), shown(valuesOf(current)), options.labels as never) : [];
        },
        onOverwrite: (latest: number, takeCurrent: readonly string[]) => {
          const merged = compared.current ? mergeValues(values, valuesOf(compared.current), takeCurrent) : values;
          setValues(merged);
          setVersion(latest);
          return options.save(latest, merged);
        },
      };
    },
  };
}
