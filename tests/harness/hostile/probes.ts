// The hostile flood: every family of hostile probes (seeded, in a fixed order so the figures in
// SECURITY.md can be reproduced), and the verdict on each reply: refused with a 4xx and a
// documented code, never a 5xx or an internal error.
import type { GraphQLSchema } from 'graphql';
import type { Probe, Reply } from './http.js';
import {
  aliasFloods,
  deepNesting,
  directiveFloods,
  fragmentCycles,
  hugeStrings,
  introspectionBombs,
  notExecutable,
  nulCharacters,
  operationResolution,
  overlapFloods,
  persistedQueries,
  spreadExplosions,
  tokenFloods,
  wrongVariableTypes,
} from './probes-graphql.js';
import { badCredentials, badEncodings, badParameters, batches, contentTypes, getRequests, hugeBodies, nonJsonBodies, otherMethods } from './probes-http.js';
import { rng, SEED } from './random.js';
import type { Pools } from './schema-walk.js';

/** `errors[0].extensions.code` values a client may get for its own mistakes (SECURITY.md). */
export const CLIENT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'FORBIDDEN',
]);
/** Codes of requests refused by the HTTP layer (Fastify) before GraphQL sees them. */
export const HTTP_LAYER_CODES = new Set([
  'FST_ERR_CTP_BODY_TOO_LARGE',
  'FST_ERR_CTP_INVALID_JSON_BODY',
  'FST_ERR_CTP_EMPTY_JSON_BODY',
  'FST_ERR_CTP_INVALID_MEDIA_TYPE',
  'FST_ERR_BAD_URL',
]);

/** Every hostile probe, ≥1,000 of them. */
export function hostileProbes(schema: GraphQLSchema, pools: Pools): Probe[] {
  const r = rng(SEED);
  return [
    ...deepNesting(r),
    ...aliasFloods(r),
    ...fragmentCycles(r),
    ...spreadExplosions(r),
    ...directiveFloods(r),
    ...tokenFloods(r),
    ...hugeBodies(r),
    ...hugeStrings(r),
    ...wrongVariableTypes(r, schema, pools),
    ...batches(r),
    ...badEncodings(r),
    ...nonJsonBodies(r),
    ...getRequests(r),
    ...contentTypes(r),
    ...badParameters(r),
    ...operationResolution(r),
    ...nulCharacters(r),
    ...otherMethods(r),
    ...introspectionBombs(r),
    ...overlapFloods(r),
    ...notExecutable(r),
    ...persistedQueries(r),
    ...badCredentials(r),
  ];
}

type Body = { errors?: { extensions?: { code?: unknown } }[]; data?: unknown; statusCode?: unknown; code?: unknown };

/** What is wrong with the reply to a hostile probe; null when it is as documented. */
export function problemWith(p: Probe, reply: Reply): string | null {
  if (reply.status >= 500) return `HTTP ${reply.status}`;
  if (!p.answer && reply.status < 400) return `expected a 4xx, got HTTP ${reply.status}`;
  if (p.status !== undefined && reply.status !== p.status) return `expected HTTP ${p.status}, got ${reply.status}`;
  const body = reply.json as Body | undefined;
  if (body === undefined) return reply.text === '' ? null : 'a body that is not JSON';
  if (Array.isArray(body.errors)) {
    const codes = body.errors.map((e) => e?.extensions?.code);
    if (!CLIENT_CODES.has(codes[0] as string)) return `errors[0].extensions.code ${String(codes[0])}`;
    if (codes.some((c) => c === 'INTERNAL_SERVER_ERROR' || c === 'DATABASE_UNAVAILABLE')) return `codes ${codes.join(',')}`;
    return null;
  }
  if (typeof body.statusCode === 'number') {
    if (body.statusCode !== reply.status) return `statusCode ${body.statusCode} in an HTTP ${reply.status}`;
    if (body.code === undefined) return reply.status === 404 ? null : 'a Fastify error without code';
    return HTTP_LAYER_CODES.has(body.code as string) ? null : `Fastify code ${String(body.code)}`;
  }
  return p.answer && body.data !== undefined ? null : 'a JSON body with neither errors nor data';
}

export type FloodReport = {
  problems: string[];
  /** Replies with a 4xx. */
  refused: number;
  serverErrors: number;
  /** Per probe family: how many, and how many of each HTTP status. */
  byKind: Map<string, { n: number; statuses: Map<number, number> }>;
};

/** Judges the replies to `probes` (same order). */
export function judgeFlood(probes: Probe[], replies: Reply[]): FloodReport {
  const problems: string[] = [];
  const byKind = new Map<string, { n: number; statuses: Map<number, number> }>();
  replies.forEach((reply, i) => {
    const p = probes[i]!;
    const problem = problemWith(p, reply);
    if (problem) problems.push(`${p.kind}: ${problem} — ${reply.text.slice(0, 160)}`);
    const entry = byKind.get(p.kind) ?? { n: 0, statuses: new Map() };
    entry.n++;
    entry.statuses.set(reply.status, (entry.statuses.get(reply.status) ?? 0) + 1);
    byKind.set(p.kind, entry);
  });
  return {
    problems,
    refused: replies.filter((x) => x.status >= 400 && x.status < 500).length,
    serverErrors: replies.filter((x) => x.status >= 500).length,
    byKind,
  };
}

export type ValidReport = { problems: string[]; codes: Map<string, number>; withData: number; serverErrors: number };

/** Judges the replies to random valid operations: only NOT_FOUND and BAD_USER_INPUT may come back. */
export function judgeValidOperations(operations: { query: string; variables: Record<string, unknown> }[], replies: Reply[]): ValidReport {
  const codes = new Map<string, number>();
  const problems: string[] = [];
  let withData = 0;
  replies.forEach((reply, i) => {
    const body = reply.json as Body | undefined;
    if (reply.status >= 500 || !body) problems.push(`HTTP ${reply.status}: ${operations[i]!.query} — ${reply.text.slice(0, 200)}`);
    for (const e of body?.errors ?? []) {
      const code = String(e.extensions?.code);
      codes.set(code, (codes.get(code) ?? 0) + 1);
      // A page size given as a variable counts in the cost limit (issue 11): a refusal by that check is expected.
      const variableCost = code === 'GRAPHQL_VALIDATION_FAILED' && /page sizes given as variables count/.test(String((e as { message?: string }).message));
      if (!['NOT_FOUND', 'BAD_USER_INPUT'].includes(code) && !variableCost) problems.push(`${code}: ${operations[i]!.query} ${JSON.stringify(operations[i]!.variables)}`);
    }
    if (body?.data && !body.errors) withData++;
  });
  return { problems, codes, withData, serverErrors: replies.filter((x) => x.status >= 500).length };
}
