import { useApolloClient, useMutation } from '@apollo/client/react';
import type { TypedDocumentNode } from '@apollo/client';
import { useCallback, useRef, useState } from 'react';
import { errorCodeOf } from '../app/apollo';
import { type Conflict, loadConflict } from './conflict-query';

/** One problem the API reported with the input (a `userErrors` entry). */
export type FormError = { field: readonly string[]; message: string; code: string };
type WithErrors = { userErrors: readonly FormError[] };

/** The field key of an error path: ["input", "identifiers", "0", "value"] → "identifiers.0.value". */
export function fieldKey(path: readonly string[]): string {
  return (path[0] === 'input' ? path.slice(1) : path).join('.');
}

const newKey = () => (crypto.randomUUID ? crypto.randomUUID() : `${Date.now()}-${Math.random()}`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export type FormMutation<TData, TVars, P extends WithErrors = WithErrors> = ReturnType<typeof useFormMutation<TData, TVars, P>>;

/**
 * A mutation sent from a form. One idempotency key per submission: a double click or a retry of
 * the same values reuses it (the server replays the first answer), new values get a new key.
 * userErrors become `errors` (shown beside fields by their path); a CONFLICT (stale `version`)
 * becomes `conflict` (who changed the record, when), looked up from the record's history.
 */
export function useFormMutation<TData, TVars, P extends WithErrors>(
  document: TypedDocumentNode<TData, TVars>,
  options: { payload(data: TData): P | null | undefined; recordId?: string },
) {
  const client = useApolloClient();
  const opts = useRef(options);
  opts.current = options;
  const [mutate] = useMutation(document);
  const [pending, setPending] = useState(false);
  const [errors, setErrors] = useState<readonly FormError[]>([]);
  const [failure, setFailure] = useState<unknown>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const key = useRef<{ vars: string; key: string } | null>(null);
  const inFlight = useRef<Promise<unknown> | null>(null);

  const submit = useCallback(
    async (variables: TVars): Promise<P | null> => {
      // A second press while the first is in flight waits for it instead of sending again.
      if (inFlight.current) return (await inFlight.current) as P | null;
      const vars = JSON.stringify(variables);
      if (key.current?.vars !== vars) key.current = { vars, key: newKey() };
      const idempotencyKey = key.current.key;
      const run = async () => {
        setPending(true);
        setFailure(null);
        try {
          for (let attempt = 0; ; attempt++) {
            try {
              const result = await mutate({ variables, context: { headers: { 'idempotency-key': idempotencyKey } } } as never);
              const payload = opts.current.payload(result.data as TData);
              const userErrors = payload?.userErrors ?? [];
              setErrors(userErrors);
              const stale = userErrors.find((e) => e.code === 'CONFLICT');
              setConflict(stale && opts.current.recordId ? await loadConflict(client, opts.current.recordId) : null);
              if (userErrors.length > 0) return null;
              return payload ?? null;
            } catch (error) {
              // The same submission still running on the server (a retry raced it): ask again shortly.
              if (errorCodeOf(error) === 'IDEMPOTENCY_IN_PROGRESS' && attempt < 10) {
                await sleep(300);
                continue;
              }
              throw error;
            }
          }
        } catch (error) {
          setFailure(error);
          return null;
        } finally {
          setPending(false);
        }
      };
      const promise = run();
      inFlight.current = promise;
      try {
        return await promise;
      } finally {
        inFlight.current = null;
      }
    },
    [mutate, client],
  );

  return {
    submit,
    pending,
    /** Every userError of the last submission. */
    errors,
    /** A request that failed outright (network, server error); show with <FormStatus>. */
    failure,
    conflict,
    /** The message for one field ("name", "identifiers.0.value"), if the API refused it. */
    fieldError: (field: string): string | undefined => errors.find((e) => fieldKey(e.field) === field)?.message,
    /** Errors not placed beside a field (pass the fields the form shows). */
    otherErrors: (placed: readonly string[]) => errors.filter((e) => e.code !== 'CONFLICT' && !placed.includes(fieldKey(e.field))),
    reset() {
      setErrors([]);
      setConflict(null);
      setFailure(null);
      key.current = null;
    },
  };
}
