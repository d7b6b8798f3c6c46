// Sending raw probes to the GraphQL endpoint: any method, headers and bytes, a few at a time.

const CONCURRENCY = 8;

export type Probe = {
  kind: string;
  method?: string;
  /** URL search string for GET probes, e.g. "?query=…". */
  search?: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
  /** Answered rather than refused: 2xx allowed, but only with client error codes. */
  answer?: boolean;
  /** Stricter expectation for this probe. */
  status?: number;
};

export type Reply = { status: number; text: string; json: unknown };

/** Sends a probe, with the bearer token if given, unless it sets `authorization` itself ('' = none). */
export async function send(url: string, token: string | null, p: Probe): Promise<Reply> {
  const auth = token ? { authorization: `Bearer ${token}` } : {};
  const headers = Object.fromEntries(Object.entries({ ...auth, ...p.headers }).filter(([, v]) => v !== ''));
  const response = await fetch(`${url}${p.search ?? ''}`, {
    method: p.method ?? 'POST',
    headers,
    body: p.body as RequestInit['body'],
  });
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, text, json };
}

export async function runAll<T, R>(items: T[], fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await fn(items[i]!);
      }
    }),
  );
  return out;
}

export const postJson = (kind: string, payload: unknown, extra: Partial<Probe> = {}): Probe => ({
  kind,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(payload),
  ...extra,
});

export const postDoc = (kind: string, query: string, variables?: Record<string, unknown>, extra: Partial<Probe> = {}) =>
  postJson(kind, variables === undefined ? { query } : { query, variables }, extra);

export const getDoc = (kind: string, query: string, preflight: boolean, extra: Partial<Probe> = {}): Probe => ({
  kind,
  method: 'GET',
  search: `?query=${encodeURIComponent(query)}`,
  headers: preflight ? { 'apollo-require-preflight': 'true' } : {},
  ...extra,
});
