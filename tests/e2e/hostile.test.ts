// Hostile input over HTTP against the real server: a seeded flood of documents and requests that
// must all be refused with a 4xx (never a 5xx, never an internal error), then ≥1,000 seeded
// random valid operations generated from the schema that must never fail on the server's side.
// The figures printed here are the ones quoted in SECURITY.md.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import fc from 'fast-check';
import type {
  GraphQLArgument,
  GraphQLCompositeType,
  GraphQLField,
  GraphQLInputType,
  GraphQLNamedType,
  GraphQLSchema,
  GraphQLType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromGlobalId } from '../../server/kernel/global-id.js';
import { MAX_ALIASES, MAX_DEPTH, MAX_DIRECTIVES, MAX_TOKENS, createQueryLimits } from '../../server/api/limits.js';
import { buildAccordSchema } from '../../server/app/schema.js';
import { startTestServer, type TestServer } from '../harness/server.js';

// type-graphql builds the schema with graphql's CommonJS build; vitest hands this file the ESM
// build, whose instanceof checks refuse the other build's types. Use the schema's own build.
const gql = createRequire(import.meta.url)('graphql') as typeof import('graphql');

const SEED = 20_261_122;
const CONCURRENCY = 8;

/** `errors[0].extensions.code` values a client may get for its own mistakes (SECURITY.md). */
const CLIENT_CODES = new Set([
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
const HTTP_LAYER_CODES = new Set([
  'FST_ERR_CTP_BODY_TOO_LARGE',
  'FST_ERR_CTP_INVALID_JSON_BODY',
  'FST_ERR_CTP_EMPTY_JSON_BODY',
  'FST_ERR_CTP_INVALID_MEDIA_TYPE',
  'FST_ERR_BAD_URL',
]);

// ---------------------------------------------------------------------------------------------
// Seeded randomness

function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

type Rng = {
  int(lo: number, hi: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
  shuffle<T>(items: T[]): T[];
};

function rng(seed: number): Rng {
  const next = mulberry32(seed);
  const r: Rng = {
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (items) => items[Math.floor(next() * items.length)]!,
    chance: (p) => next() < p,
    shuffle: (items) => {
      for (let i = items.length - 1; i > 0; i--) {
        const j = r.int(0, i);
        [items[i], items[j]] = [items[j]!, items[i]!];
      }
      return items;
    },
  };
  return r;
}

// ---------------------------------------------------------------------------------------------
// Sending requests

type Probe = {
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

type Reply = { status: number; text: string; json: unknown };

/** Sends a probe, with the bearer token if given, unless it sets `authorization` itself ('' = none). */
async function send(url: string, token: string | null, p: Probe): Promise<Reply> {
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

async function runAll<T, R>(items: T[], fn: (item: T) => Promise<R>): Promise<R[]> {
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

const postJson = (kind: string, payload: unknown, extra: Partial<Probe> = {}): Probe => ({
  kind,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(payload),
  ...extra,
});
const postDoc = (kind: string, query: string, variables?: Record<string, unknown>, extra: Partial<Probe> = {}) =>
  postJson(kind, variables === undefined ? { query } : { query, variables }, extra);
const getDoc = (kind: string, query: string, preflight: boolean, extra: Partial<Probe> = {}): Probe => ({
  kind,
  method: 'GET',
  search: `?query=${encodeURIComponent(query)}`,
  headers: preflight ? { 'apollo-require-preflight': 'true' } : {},
  ...extra,
});
const times = <T>(n: number, f: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => f(i));
const close = (n: number) => ' }'.repeat(n);

// ---------------------------------------------------------------------------------------------
// Schema helpers (shared by the hostile and the valid generators)

const named = (t: GraphQLType): GraphQLNamedType => gql.getNamedType(t);
const isLeaf = (t: GraphQLType) => gql.isLeafType(named(t));
const requiredArgs = (f: GraphQLField<unknown, unknown>) => f.args.filter((a) => gql.isRequiredArgument(a));

/** Real IDs (all, and by record type) and real cursors by the connection field they came from. */
type Pools = { ids: string[]; byType: Map<string, string[]>; cursors: Map<string, string[]> };

const WORDS = ['oic', 'ombudsman', 'ENNHRI', 'azerbaycan', 'Azərbaycan', 'Türkiye', 'council', 'UNESCO', 'children', 'É', 'ß', '北京', '🙂', "o'brien", '%', '_', '\\', '"quoted"', ' ', ''];
const COUNTRIES = ['AZ', 'TR', 'FR', 'CH', 'US', 'XX', 'az', 'A', 'AZE', ''];

/** A plausible value for an input type: mostly valid, sometimes a client mistake (never NUL). */
function valueFor(r: Rng, type: GraphQLInputType, argName: string, pools: Pools, depth = 0, cursors: string[] = [], idType?: string): unknown {
  if (gql.isNonNullType(type)) return valueFor(r, type.ofType, argName, pools, depth, cursors, idType);
  if (gql.isListType(type)) {
    const n = argName === 'ids' ? r.int(1, 6) : r.int(0, 3);
    return times(n, () => valueFor(r, type.ofType, argName, pools, depth + 1, cursors, idType));
  }
  if (gql.isEnumType(type)) return r.pick(type.getValues()).name;
  if (gql.isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    const out: Record<string, unknown> = {};
    const oneOf = (type as { isOneOf?: boolean }).isOneOf === true;
    const chosen = oneOf ? [r.pick(fields)] : fields.filter((f) => gql.isRequiredInputField(f) || (depth < 3 && r.chance(0.35)));
    for (const f of chosen) out[f.name] = valueFor(r, f.type, f.name, pools, depth + 1);
    return out;
  }
  const scalar = type.name;
  const name = argName.toLowerCase();
  switch (scalar) {
    case 'Int':
      if (name === 'first' || name === 'last') return r.chance(0.92) ? r.pick([1, 2, 5, 10, 20, 50, 100]) : r.pick([0, -1, 101, 2_147_483_647]);
      return r.chance(0.9) ? r.int(0, 20) : r.pick([-1, 2_147_483_647, -2_147_483_648]);
    case 'Float':
      return r.pick([0, 1.5, -2.25, 1e9]);
    case 'Boolean':
      return r.chance(0.5);
    case 'ID': {
      // `id` of the field's own type; `eventId`/`institutionIds` of that type; else any real ID.
      const wanted = argName === 'id' ? idType : /Ids?$/.test(argName) ? argName[0]!.toUpperCase() + argName.slice(1).replace(/Ids?$/, '') : undefined;
      const typed = wanted ? pools.byType.get(wanted) : undefined;
      const real = typed?.length ? typed : pools.ids;
      return real.length > 0 && r.chance(0.8) ? r.pick(real) : r.pick(['x', '', 'SW5zdGl0dXRpb246', 'not-an-id', 'a'.repeat(300), '00000000-0000-0000-0000-000000000000']);
    }
    case 'DateTimeISO':
      return new Date(Date.UTC(r.int(1950, 2040), r.int(0, 11), r.int(1, 28))).toISOString();
    case 'String':
      if (name === 'after' || name === 'before' || name.includes('cursor'))
        return cursors.length > 0 && r.chance(0.7) ? r.pick(cursors) : r.pick(['', 'x', 'eyJ4IjoxfQ', 'W10', '[]']);
      if (name.includes('country')) return r.pick(COUNTRIES);
      if (name.includes('website') || name.includes('url')) return r.pick(['https://example.org', 'http://a.b/c?d=e', 'ftp://x', 'javascript:alert(1)', 'not a url']);
      return times(r.int(1, 3), () => r.pick(WORDS)).join(' ');
    default:
      // Other custom scalars: dates, possibly partial ("2024", "2024-05"), are what Accord has.
      if (/partial/i.test(scalar)) return r.pick(['2024-05-01', '2024-05', '2024', '1999-12-31']);
      return r.pick(['2024-05-01', '1999-12-31', '2030-01-15']);
  }
}

/** GraphQL literal for a value of the given input type. */
function literal(value: unknown, type: GraphQLInputType): string {
  if (value === null || value === undefined) return 'null';
  if (gql.isNonNullType(type)) return literal(value, type.ofType);
  if (gql.isListType(type)) return `[${(value as unknown[]).map((v) => literal(v, type.ofType)).join(', ')}]`;
  if (gql.isEnumType(type)) return String(value);
  if (gql.isInputObjectType(type)) {
    const fields = type.getFields();
    return `{${Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${k}: ${literal(v, fields[k]!.type)}`)
      .join(', ')}}`;
  }
  return JSON.stringify(value);
}

/** Collects the variables an operation under construction declares. */
type Writer = { schema: GraphQLSchema; vars: Record<string, unknown>; defs: string[]; n: number };

/**
 * `(a: 1, b: $v3)` for the arguments chosen (required ones always), inline or as variables.
 * A real cursor is only meaningful for the connection and the ordering it came from (Relay):
 * when one is passed, `orderBy` is mostly left out so the default ordering it was harvested
 * with holds, and now and then kept (a cursor of another ordering must be BAD_USER_INPUT).
 */
function argsFor(r: Rng, field: GraphQLField<unknown, unknown>, pools: Pools, w: Writer, optional = 0.3, except?: GraphQLArgument): string {
  const cursors = pools.cursors.get(field.name) ?? [];
  const chosen = field.args
    .filter((a) => a !== except && (gql.isRequiredArgument(a) || (except === undefined && r.chance(optional))))
    .map((a) => ({ a, value: valueFor(r, a.type, a.name, pools, 0, cursors, named(field.type).name) }));
  const has = (name: string) => chosen.some(({ a }) => a.name === name);
  const realCursor = chosen.some(({ a, value }) => (a.name === 'after' || a.name === 'before') && cursors.includes(value as string));
  const skip = (a: GraphQLArgument, value: unknown) => {
    if (gql.isRequiredArgument(a)) return false;
    if (a.name === 'orderBy') return realCursor && r.chance(0.7);
    // Relay allows one direction at a time: `first` with `after`, or `last` with `before`.
    if ((a.name === 'last' && has('first')) || (a.name === 'before' && has('after'))) return true;
    // Without a real cursor for this connection, a made-up one is sent only now and then.
    if (a.name === 'after' || a.name === 'before') return !cursors.includes(value as string) && r.chance(0.8);
    return false;
  };
  const parts: string[] = [];
  for (const { a, value } of chosen) {
    if (skip(a, value)) continue;
    if (r.chance(0.5)) {
      parts.push(`${a.name}: ${literal(value, a.type)}`);
    } else {
      const v = `v${w.n++}`;
      w.defs.push(`$${v}: ${String(a.type)}`);
      w.vars[v] = value;
      parts.push(`${a.name}: $${v}`);
    }
  }
  return parts.length ? `(${parts.join(', ')})` : '';
}

/** A random selection set for a composite type, within `depth` levels (inline fragments count). */
function selectionFor(r: Rng, type: GraphQLCompositeType, depth: number, pools: Pools, w: Writer): string {
  if (depth <= 0) return '__typename';
  if (gql.isObjectType(type)) {
    const fields = r.shuffle(Object.values(type.getFields()));
    const take = r.int(1, Math.min(6, fields.length));
    const parts: string[] = [];
    for (const f of fields.slice(0, take)) {
      const args = argsFor(r, f, pools, w);
      if (isLeaf(f.type)) parts.push(`${f.name}${args}`);
      else if (depth > 1) parts.push(`${f.name}${args} { ${selectionFor(r, named(f.type) as GraphQLCompositeType, depth - 1, pools, w)} }`);
    }
    if (r.chance(0.1)) parts.push('__typename');
    return parts.length ? parts.join(' ') : '__typename';
  }
  // Interface or union: shared fields for an interface, then inline fragments per possible type.
  // Fragments on different object types may not reuse a response name with another type.
  const parts = ['__typename'];
  const seen = new Map<string, string>();
  if (gql.isInterfaceType(type)) {
    for (const f of Object.values(type.getFields())) {
      if (isLeaf(f.type) && requiredArgs(f).length === 0 && r.chance(0.6)) {
        parts.push(f.name);
        seen.set(f.name, String(f.type));
      }
    }
  }
  if (depth > 1) {
    const possible = r.shuffle([...w.schema.getPossibleTypes(type)]).slice(0, r.int(1, 3));
    for (const t of possible) {
      const inner: string[] = [];
      for (const f of r.shuffle(Object.values(t.getFields())).slice(0, r.int(1, 4))) {
        if (!isLeaf(f.type) || f.args.length > 0) continue;
        const signature = String(f.type);
        if (seen.has(f.name) && seen.get(f.name) !== signature) continue;
        seen.set(f.name, signature);
        inner.push(f.name);
      }
      if (inner.length) parts.push(`... on ${t.name} { ${inner.join(' ')} }`);
    }
  }
  return parts.join(' ');
}

/** A random query over the whole schema: 1–3 root fields, random arguments and selections. */
function randomOperation(r: Rng, schema: GraphQLSchema, pools: Pools): { query: string; variables: Record<string, unknown> } {
  const w: Writer = { schema, vars: {}, defs: [], n: 0 };
  const roots = Object.values(schema.getQueryType()!.getFields());
  const parts: string[] = [];
  const used = new Set<string>();
  for (let i = r.int(1, 3); i > 0; i--) {
    const f = r.pick(roots);
    const alias = used.has(f.name) ? `r${i}: ` : '';
    used.add(f.name);
    const args = argsFor(r, f, pools, w, 0.5);
    const selection = isLeaf(f.type) ? '' : ` { ${selectionFor(r, named(f.type) as GraphQLCompositeType, r.int(1, 7), pools, w)} }`;
    parts.push(`${alias}${f.name}${args}${selection}`);
  }
  const header = w.defs.length ? `query Random(${w.defs.join(', ')})` : 'query Random';
  return { query: `${header} { ${parts.join(' ')} }`, variables: w.vars };
}

/** Selection that reaches every `id` and cursor below an object type, for harvesting. */
function harvestSelection(schema: GraphQLSchema, type: GraphQLNamedType, depth: number): string {
  if (gql.isAbstractType(type)) {
    const withId = schema.getPossibleTypes(type).filter((t) => 'id' in t.getFields());
    return ['__typename', ...withId.map((t) => `... on ${t.name} { id }`)].join(' ');
  }
  if (!gql.isObjectType(type)) return '__typename';
  const parts: string[] = [];
  for (const f of Object.values(type.getFields())) {
    if (isLeaf(f.type)) {
      if (['id', 'cursor', 'startCursor', 'endCursor'].includes(f.name)) parts.push(f.name);
    } else if (depth > 0 && requiredArgs(f).length === 0) {
      const first = f.args.some((a) => a.name === 'first') ? '(first: 100)' : '';
      parts.push(`${f.name}${first} { ${harvestSelection(schema, named(f.type), depth - 1)} }`);
    }
  }
  return parts.length ? parts.join(' ') : '__typename';
}

/** Every `id` below a value, and the cursors of the connection at its top (edges, pageInfo). */
function harvest(value: unknown, ids: Set<string>, cursors: Set<string>) {
  const top = value as { edges?: { cursor?: unknown }[]; pageInfo?: Record<string, unknown> } | null;
  for (const c of [...(Array.isArray(top?.edges) ? top.edges.map((e) => e?.cursor) : []), top?.pageInfo?.startCursor, top?.pageInfo?.endCursor]) {
    if (typeof c === 'string') cursors.add(c);
  }
  const stack = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (Array.isArray(v)) stack.push(...v);
    else if (v && typeof v === 'object') {
      for (const [key, item] of Object.entries(v)) {
        if (typeof item === 'string' && key === 'id') ids.add(item);
        else stack.push(item);
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The hostile flood

const MiB = 1024 * 1024;
const BAD_UTF8 = [[0xff], [0xfe], [0xc0, 0xaf], [0xe0, 0x80, 0xaf], [0xed, 0xa0, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], [0xe2, 0x82], [0x80], [0xf4, 0x90, 0x80, 0x80], [0xc3], [0xfe, 0xff]];
const bytes = (...parts: (string | number[] | Buffer)[]) =>
  new Uint8Array(Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p as number[])))));
const letters = (r: Rng, n: number) => {
  const alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let s = '';
  while (s.length < n) s += alphabet[r.int(0, alphabet.length - 1)]!.repeat(r.int(1, 4096));
  return s.slice(0, n);
};

function deepNesting(r: Rng): Probe[] {
  const chain = (n: number) => `${times(n, () => `${r.pick(['parent', 'children'])} {`).join(' ')} id${close(n)}`;
  return times(70, (i) => {
    const d = r.int(MAX_DEPTH + 1, 80);
    switch (i % 6) {
      case 0:
        return postDoc('deep nesting', `{ institution(id: "x") { ${chain(d)} } }`, undefined, { status: 400 });
      case 1:
        return postDoc('deep nesting', `{ institutions(first: 1) { nodes { ${chain(d)} } } }`, undefined, { status: 400 });
      case 2:
        return postDoc('deep nesting', `{ node(id: "x") { ... on Institution { ${chain(d)} } } }`, undefined, { status: 400 });
      case 3: {
        const frags = times(d, (k) => `fragment P${k} on Institution { id parent { ...P${k + 1} } }`).join(' ');
        return postDoc('deep nesting', `{ institution(id: "x") { ...P0 } } ${frags} fragment P${d} on Institution { id }`, undefined, { status: 400 });
      }
      case 4:
        return postDoc('deep nesting', `{ institutions { edges { node { ${chain(d)} } } } }`, undefined, { status: 400 });
      default: {
        // As deep as the token limit allows (3 tokens a level): the parser must not overflow.
        const n = r.int(500, 1700);
        return postDoc('deep nesting', `{ ${'a { '.repeat(n)}b${close(n)} }`, undefined, { status: 400 });
      }
    }
  });
}

function aliasFloods(r: Rng): Probe[] {
  const fields = [
    (k: number) => `a${k}: institutions(first: 1) { totalCount }`,
    (k: number) => `a${k}: institution(id: "x") { id }`,
    (k: number) => `a${k}: node(id: "x") { id }`,
    (k: number) => `a${k}: nodes(ids: []) { id }`,
  ];
  return times(80, (i) => {
    const n = r.int(MAX_ALIASES + 1, 600);
    if (i % 4 === 3) return postDoc('alias flood', `{ institutions(first: 100) { nodes { ${times(n, (k) => `a${k}: name`).join(' ')} } } }`, undefined, { status: 400 });
    const field = r.pick(fields);
    return postDoc('alias flood', `{ ${times(n, field).join(' ')} }`, undefined, { status: 400 });
  });
}

function fragmentCycles(r: Rng): Probe[] {
  return times(60, (i) => {
    const length = r.int(1, 15);
    const onQuery = r.chance(0.5);
    const spread = (k: number) => {
      const next = `...C${(k + 1) % length}`;
      if (onQuery) return r.chance(0.5) ? next : `... on Query { ${next} }`;
      return r.pick([next, `parent { ${next} }`, `children { ${next} }`]);
    };
    const frags = times(length, (k) => `fragment C${k} on ${onQuery ? 'Query' : 'Institution'} { ${onQuery ? '__typename' : 'id'} ${spread(k)} }`).join(' ');
    const entry = i % 5 === 4 ? '{ __typename }' : onQuery ? '{ ...C0 }' : '{ institution(id: "x") { ...C0 } }';
    return postDoc('fragment cycle', `${entry} ${frags}`, undefined, { status: 400 });
  });
}

function spreadExplosions(r: Rng): Probe[] {
  return times(60, (i) => {
    if (i % 3 === 0) {
      const k = r.int(MAX_DEPTH + 1, 40);
      const frags = times(k, (j) => `fragment E${j + 1} on Query { ...E${j} ...E${j} }`).join(' ');
      return postDoc('fragment explosion', `{ ...E${k} } fragment E0 on Query { __typename } ${frags}`, undefined, { status: 400 });
    }
    if (i % 3 === 1) {
      const k = r.int(7, 30);
      const frags = times(k, (j) => `fragment E${j + 1} on Institution { ...E${j} parent { ...E${j} } children { ...E${j} } }`).join(' ');
      return postDoc('fragment explosion', `{ institutions(first: 100) { nodes { ...E${k} } } } fragment E0 on Institution { id name } ${frags}`, undefined, { status: 400 });
    }
    const n = r.int(MAX_TOKENS / 2 + 1, MAX_TOKENS * 2);
    return postDoc('fragment explosion', `{ ${'...W '.repeat(n)}} fragment W on Query { __typename }`, undefined, { status: 400 });
  });
}

function directiveFloods(r: Rng): Probe[] {
  const directive = () => r.pick(['@include(if: true)', '@skip(if: false)', '@include(if: $yes)', '@skip(if: $no)', '@deprecated']);
  const header = 'query Flood($yes: Boolean = true, $no: Boolean = false)';
  return times(80, (i) => {
    const n = r.int(MAX_DIRECTIVES + 1, 600);
    switch (i % 4) {
      case 0:
        return postDoc('directive flood', `${header} { ${times(n, (k) => `f${k}: __typename ${directive()}`).join(' ')} }`, undefined, { status: 400 });
      case 1:
        return postDoc('directive flood', `${header} { __typename ${times(n, directive).join(' ')} }`, undefined, { status: 400 });
      case 2:
        return postDoc('directive flood', `${header} { ${times(n, () => `... ${directive()} { __typename }`).join(' ')} }`, undefined, { status: 400 });
      default:
        return postDoc('directive flood', `${header} { ${times(n, () => `...D ${directive()}`).join(' ')} } fragment D on Query { __typename }`, undefined, { status: 400 });
    }
  });
}

function tokenFloods(r: Rng): Probe[] {
  return times(40, (i) => {
    const n = r.int(MAX_TOKENS + 1, MAX_TOKENS * 10);
    switch (i % 4) {
      case 0:
        return postDoc('token flood', `{ ${'__typename '.repeat(n)}}`, undefined, { status: 400 });
      case 1:
        return postDoc('token flood', `{ nodes(ids: [${'"a", '.repeat(n)}]) { id } }`, undefined, { status: 400 });
      case 2:
        return postDoc('token flood', '{ '.repeat(n), undefined, { status: 400 });
      default:
        return postDoc('token flood', `{ nodes(ids: ${'['.repeat(n)}) { id } }`, undefined, { status: 400 });
    }
  });
}

function hugeBodies(r: Rng): Probe[] {
  return times(12, (i) => {
    const size = MiB + r.int(1, 2 * MiB);
    switch (i % 6) {
      case 0:
        return postDoc('huge body', `{ __typename } #${'x'.repeat(size)}`, undefined, { status: 413 });
      case 1:
        return postDoc('huge body', '{ __typename }', { s: 'y'.repeat(size) }, { status: 413 });
      case 2:
        return postJson('huge body', times(Math.ceil(size / 25), () => ({ query: '{ __typename }' })), { status: 413 });
      case 3:
        return { kind: 'huge body', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ query: `{ __typename } #${'x'.repeat(size)}` }), status: 413 };
      case 4:
        return { kind: 'huge body', headers: { 'content-type': 'application/json' }, body: new Uint8Array(size).fill(0xff), status: 413 };
      default:
        return { kind: 'huge body', headers: { 'content-type': 'application/json' }, body: `${' '.repeat(size)}{"query":"{ __typename }"}`, status: 413 };
    }
  });
}

function hugeStrings(r: Rng): Probe[] {
  const refused = times(32, (i) => {
    const s = letters(r, r.int(10_000, 900_000));
    switch (i % 8) {
      case 0:
        return postDoc('huge string', `{ institutions(first: "${s}") { totalCount } }`, undefined, { status: 400 });
      case 1:
        return postDoc('huge string', `{ institutions(filter: {search: "${s}) { totalCount } }`, undefined, { status: 400 });
      case 2:
        return postDoc('huge string', `{ institutions(nope: "${s}") { totalCount } }`, undefined, { status: 400 });
      case 3:
        return postDoc('huge string', 'query($n: Int) { institutions(first: $n) { totalCount } }', { n: s }, { status: 400 });
      case 4:
        return postJson('huge string', { query: 'query A { __typename }', operationName: s }, { status: 400 });
      case 5:
        return postDoc('huge string', `{ institutions(filter: {kind: ${s}}) { totalCount } }`, undefined, { status: 400 });
      case 6:
        return postDoc('huge string', `{ ${s} }`, undefined, { status: 400 });
      default:
        return postDoc('huge string', `{ institutions(first: """${s}""") { totalCount } }`, undefined, { status: 400 });
    }
  });
  // Well-typed but absurd values reach the resolvers, which refuse them (200 with an error or
  // userErrors): answered, not refused, and never a server error.
  const answered = times(20, (i) => {
    const s = letters(r, r.int(10_000, 900_000));
    switch (i % 5) {
      case 0:
        return postDoc('huge string (answered)', 'query($s: String) { institutions(filter: {search: $s}) { totalCount } }', { s }, { answer: true });
      case 1:
        return postDoc('huge string (answered)', `{ institutions(after: "${s}") { totalCount } }`, undefined, { answer: true });
      case 2:
        return postDoc('huge string (answered)', `{ institution(id: "${s}") { id } }`, undefined, { answer: true });
      case 3:
        return postDoc('huge string (answered)', 'query($id: ID!) { node(id: $id) { id } }', { id: s }, { answer: true });
      default:
        return postDoc(
          'huge string (answered)',
          'mutation($i: CreateInstitutionInput!) { createInstitution(input: $i) { userErrors { code } } }',
          { i: { name: s.slice(0, 450_000), kind: 'NGO', description: s.slice(0, 450_000) } },
          { answer: true },
        );
    }
  });
  return [...refused, ...answered];
}

/** A JSON value certainly not accepted for the input type; null when none is known. */
function wrongValue(r: Rng, type: GraphQLInputType): { value: unknown } | null {
  if (gql.isNonNullType(type)) return r.chance(0.3) ? { value: null } : wrongValue(r, type.ofType);
  if (gql.isListType(type)) {
    const item = wrongValue(r, type.ofType);
    return item && { value: r.chance(0.5) || item.value === null ? [item.value] : item.value };
  }
  if (gql.isEnumType(type)) return { value: r.pick(['NOT_A_VALUE', 42, true, {}, type.getValues()[0]!.name.toLowerCase()]) };
  if (gql.isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    const required = fields.filter((f) => gql.isRequiredInputField(f));
    const options: unknown[] = ['a string', [1], 42, true, { zzUnknown: 1 }];
    if (required.length > 0) options.push({});
    const f = r.pick(fields);
    const inner = wrongValue(r, f.type);
    if (inner && required.every((q) => q === f)) options.push({ [f.name]: inner.value });
    return { value: r.pick(options) };
  }
  switch (type.name) {
    case 'Int':
      return { value: r.pick(['12', 1.5, true, {}, [1, 2], 2 ** 31, 'abc', -(2 ** 31) - 1]) };
    case 'Float':
      return { value: r.pick(['1.5', true, {}, 'NaN']) };
    case 'String':
      return { value: r.pick([12, true, {}, 1.5, [{}]]) };
    case 'ID':
      return { value: r.pick([true, {}, 1.5, [[1]]]) };
    case 'Boolean':
      return { value: r.pick(['true', 1, 0, {}, 'yes']) };
    case 'DateTimeISO':
      return { value: r.pick(['not a date', true, {}, '2024-13-45T99:99:99Z']) };
    default:
      return null;
  }
}

function wrongVariableTypes(r: Rng, schema: GraphQLSchema, pools: Pools): Probe[] {
  const targets = (['query', 'mutation'] as const).flatMap((op) => {
    const root = op === 'query' ? schema.getQueryType() : schema.getMutationType();
    return root ? Object.values(root.getFields()).flatMap((field) => field.args.map((arg) => ({ op, field, arg }))) : [];
  });
  const probes: Probe[] = [];
  for (let attempts = 0; probes.length < 150 && attempts < 5000; attempts++) {
    const { op, field, arg } = r.pick(targets);
    const wrong = wrongValue(r, arg.type);
    if (!wrong) continue;
    const w: Writer = { schema, vars: { w: wrong.value }, defs: [`$w: ${String(arg.type)}`], n: 0 };
    const others = argsFor(r, field, pools, w, 0, arg);
    const args = others ? `(${arg.name}: $w, ${others.slice(1)}` : `(${arg.name}: $w)`;
    const selection = isLeaf(field.type) ? '' : ' { __typename }';
    probes.push(postDoc('wrong variable type', `${op} Wrong(${w.defs.join(', ')}) { ${field.name}${args}${selection} }`, w.vars, { status: 400 }));
  }
  return probes;
}

function batches(r: Rng): Probe[] {
  const entries = [() => ({ query: '{ __typename }' }), () => ({ query: '{ institutions { totalCount } }' }), () => ({}), () => 42, () => [{ query: '{ __typename }' }], () => null];
  return times(50, () => postJson('batched array', times(r.int(0, 60), () => r.pick(entries)()), { status: 400 }));
}

function badEncodings(r: Rng): Probe[] {
  const valid = '{"query":"{ __typename }"}';
  return times(80, (i) => {
    const bad = r.pick(BAD_UTF8);
    const json = { 'content-type': 'application/json' };
    switch (i % 10) {
      case 0:
        return { kind: 'bad encoding', headers: json, body: bytes('{"query":"{ __typename ', bad, ' }"}'), status: 400 };
      case 1:
        return { kind: 'bad encoding', headers: json, body: bytes('{"query":"{ __type', bad, 'name }"}'), status: 400 };
      case 2:
        return { kind: 'bad encoding', headers: json, body: bytes('{"query":"{ __typename }"', bad, '}'), status: 400 };
      case 3:
        return { kind: 'bad encoding', headers: json, body: bytes('{"qu', bad, 'ery":"{ __typename }"}'), status: 400 };
      case 4:
        return { kind: 'bad encoding', headers: json, body: bytes(r.chance(0.5) ? [0xff, 0xfe] : [], Buffer.from(valid, 'utf16le')), status: 400 };
      case 5:
        return { kind: 'bad encoding', headers: json, body: bytes(Buffer.from(valid, 'utf16le').swap16()), status: 400 };
      case 6: {
        const utf32 = Buffer.alloc(valid.length * 4);
        for (let k = 0; k < valid.length; k++) utf32.writeUInt32LE(valid.charCodeAt(k), k * 4);
        return { kind: 'bad encoding', headers: json, body: bytes(utf32), status: 400 };
      }
      case 7:
        return { kind: 'bad encoding', headers: { 'content-type': 'application/json; charset=utf-16' }, body: bytes(Buffer.from(valid, 'utf16le')), status: 400 };
      case 8: {
        const pct = bad.map((b) => `%${b.toString(16).toUpperCase()}`).join('');
        return { kind: 'bad encoding', method: 'GET', search: `?query=%7B%20__typename%20${pct}%20%7D`, headers: { 'apollo-require-preflight': 'true' }, status: 400 };
      }
      default:
        // Broken bytes inside a string argument decode to U+FFFD: a harmless search, answered.
        return { kind: 'bad encoding (answered)', headers: json, body: bytes('{"query":"{ institutions(filter: {search: \\"', bad, '\\"}) { totalCount } }"}'), answer: true };
    }
  });
}

function nonJsonBodies(r: Rng): Probe[] {
  const json = { 'content-type': 'application/json' };
  const templates = [
    '<?xml version="1.0"?><query>{ __typename }</query>',
    'query: "{ __typename }"',
    'query=%7B__typename%7D',
    '{ __typename }',
    '{"query": "{ __typename }"',
    '{"query": "{ __typename }",}',
    "{'query': '{ __typename }'}",
    '{"query": "{ __typename }"} // comment',
    '{"query": "{ __typename }"} trailing',
    '{"query": NaN}',
    '{"query": undefined}',
    '{"query": "\\x41"}',
    '\u0000\u0000\u0000',
    '',
    ' ',
    '[',
    '{"a":'.repeat(50),
    '--boundary\r\nContent-Disposition: form-data; name="query"\r\n\r\n{ __typename }\r\n--boundary--',
    'null',
    '"{\\"query\\":\\"{ __typename }\\"}"',
  ];
  const fromTemplates = templates.map((body) => ({ kind: 'non-JSON body', headers: json, body }));
  const strings = fc.sample(fc.string({ unit: 'binary', maxLength: 300 }), { seed: SEED, numRuns: 30 }).map((body) => ({ kind: 'non-JSON body', headers: json, body }));
  const raw = fc.sample(fc.uint8Array({ minLength: 1, maxLength: 300 }), { seed: SEED + 1, numRuns: 30 }).map((body) => ({ kind: 'non-JSON body', headers: json, body }));
  const probes: Probe[] = [...fromTemplates, ...strings, ...raw];
  // A random string that happens to be a JSON object with a string `query` is not hostile.
  return probes.filter((p) => {
    try {
      const parsed = JSON.parse(typeof p.body === 'string' ? p.body : Buffer.from(p.body as Uint8Array).toString('utf8'));
      return !(parsed && typeof parsed === 'object' && typeof parsed.query === 'string');
    } catch {
      return true;
    }
  }).map((p) => (r.chance(0.5) ? p : { ...p, headers: { ...p.headers, accept: 'application/graphql-response+json' } }));
}

function getRequests(r: Rng): Probe[] {
  const mutations = [
    () => `mutation { createInstitution(input: {name: "Via GET ${r.int(0, 1e6)}", kind: NGO}) { institution { id } } }`,
    () => `mutation { deleteInstitution(input: {id: "${r.pick(['x', 'SW5zdGl0dXRpb246'])}"}) { deletedId } }`,
    () => 'mutation M { updateInstitution(input: {id: "x", name: "y"}) { userErrors { code } } }',
    () => 'query Q { __typename } mutation M { createInstitution(input: {name: "z", kind: NGO}) { userErrors { code } } }',
  ];
  const viaGet = times(40, (i) => {
    const query = r.pick(mutations)();
    const withName = query.startsWith('query Q') ? '&operationName=M' : '';
    return i % 4 === 3
      ? getDoc('GET mutation (no preflight)', query, false, { status: 400 })
      : { ...getDoc('GET mutation', query, true, { status: 405 }), search: `?query=${encodeURIComponent(query)}${withName}` };
  });
  const noPreflight = times(20, () => getDoc('GET without CSRF header', r.pick(['{ __typename }', '{ institutions { totalCount } }']), false, { status: 400 }));
  return [...viaGet, ...noPreflight];
}

function contentTypes(r: Rng): Probe[] {
  const valid = '{"query":"{ __typename }"}';
  const kinds: [string, string, number][] = [
    ['text/plain', valid, 400],
    ['text/plain; charset=utf-8', valid, 400],
    ['application/x-www-form-urlencoded', 'query=%7B__typename%7D', 415],
    ['multipart/form-data; boundary=x', '--x\r\nContent-Disposition: form-data; name="operations"\r\n\r\n{"query":"{ __typename }"}\r\n--x--\r\n', 415],
    ['application/graphql', '{ __typename }', 415],
    ['application/xml', '<query/>', 415],
    ['text/html', '<html></html>', 415],
    ['application/octet-stream', valid, 415],
    ['image/png', valid, 415],
    ['garbage', valid, 415],
  ];
  return times(60, () => {
    const [type, body, status] = r.pick(kinds);
    return { kind: `POST ${type.split(';')[0]}`, headers: { 'content-type': type }, body, status };
  });
}

function badParameters(r: Rng): Probe[] {
  const q = '{ __typename }';
  const payloads: unknown[] = [
    {},
    { variables: {} },
    { operationName: 'A' },
    { query: '' },
    { query: 42 },
    { query: true },
    { query: {} },
    { query: ['{ __typename }'] },
    { query: null },
    { query: q, variables: 'x' },
    { query: q, variables: '{}' },
    { query: q, variables: 1 },
    { query: q, variables: [] },
    { query: q, variables: true },
    { query: q, operationName: 1 },
    { query: q, operationName: {} },
    { query: q, operationName: [] },
    { query: q, operationName: true },
    { query: q, extensions: 'x' },
    { query: q, extensions: 1 },
    { query: q, extensions: [] },
    null,
    42,
    'a string',
    true,
  ];
  return times(80, () => postJson('bad parameters', r.pick(payloads), { status: 400 }));
}

function operationResolution(r: Rng): Probe[] {
  const payloads = [
    { query: 'query A { __typename }', operationName: 'B' },
    { query: 'query A { __typename } query B { __typename }' },
    { query: '{ __typename }', operationName: 'A' },
    { query: 'query A { __typename } mutation B { deleteInstitution(input: {id: "x"}) { deletedId } }' },
    { query: 'fragment F on Query { __typename }' },
  ];
  return times(30, () => postJson('operation resolution', r.pick(payloads), { status: 400 }));
}

function nulCharacters(r: Rng): Probe[] {
  const nul = () => `${letters(r, r.int(0, 5))}\u0000${letters(r, r.int(0, 5))}`;
  return times(40, (i) => {
    switch (i % 6) {
      case 0:
        return postDoc('NUL character', `{ institutions(filter: {search: ${JSON.stringify(nul())}}) { totalCount } }`, undefined, { status: 400 });
      case 1:
        return postDoc('NUL character', 'query($s: String) { institutions(filter: {search: $s}) { totalCount } }', { s: nul() }, { status: 400 });
      case 2:
        return postDoc('NUL character', 'mutation($i: CreateInstitutionInput!) { createInstitution(input: $i) { userErrors { code } } }', { i: { name: nul(), kind: 'NGO' } }, { status: 400 });
      case 3:
        return postDoc('NUL character', `{ institution(id: ${JSON.stringify(nul())}) { id } }`, undefined, { status: 400 });
      case 4:
        return postDoc('NUL character', 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: ['a', nul()] }, { status: 400 });
      default:
        return postDoc('NUL character', '{ __typename }', { [nul()]: { deep: [[nul()]] } }, { status: 400 });
    }
  });
}

function otherMethods(r: Rng): Probe[] {
  return times(15, () => {
    const method = r.pick(['PUT', 'DELETE', 'PATCH', 'HEAD']);
    return method === 'HEAD'
      ? { kind: `${method} request`, method }
      : { kind: `${method} request`, method, headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}', status: 404 };
  });
}

function introspectionBombs(r: Rng): Probe[] {
  return times(20, (i) => {
    const k = r.int(3, 40);
    if (i % 2 === 0) return postDoc('introspection bomb', `{ __schema { types { ${'fields { type { ofType { '.repeat(k)}name${close(3 * k)} } } }`, undefined, { status: 400 });
    return postDoc('introspection bomb', `{ __type(name: "Institution") { ${'fields { type { '.repeat(k)}name${close(2 * k)} } }`, undefined, { status: 400 });
  });
}

function overlapFloods(r: Rng): Probe[] {
  return times(10, (i) =>
    i % 2 === 0
      ? postDoc('overlapping fields', `{ ${times(r.int(800, 1200), () => 'institutions { totalCount }').join(' ')} }`, undefined, { status: 400 })
      : postDoc('overlapping fields', `{ ${times(r.int(300, 600), (k) => `institutions(first: ${(k % 100) + 1}) { totalCount }`).join(' ')} }`, undefined, { status: 400 }),
  );
}

function notExecutable(r: Rng): Probe[] {
  const documents = [
    'subscription { institutionChanged { id } }',
    'subscription S { __typename }',
    'type Foo { a: Int }',
    'schema { query: Query }',
    'extend type Query { x: Int }',
    'directive @x on FIELD',
    'scalar Evil',
    '{ __typename } type Foo { a: Int }',
  ];
  return times(20, () => postDoc('not executable', r.pick(documents), undefined, { status: 400 }));
}

function persistedQueries(r: Rng): Probe[] {
  return times(10, (i) => {
    const hash = letters(r, 64).toLowerCase();
    if (i % 3 === 0) return postJson('persisted query', { query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }, { status: 400 });
    if (i % 3 === 1) return postJson('persisted query', { extensions: { persistedQuery: { version: 2, sha256Hash: hash } } }, { status: 400 });
    return postJson('persisted query (answered)', { extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }, { answer: true });
  });
}

function badCredentials(r: Rng): Probe[] {
  const documents = ['{ institutions { totalCount } }', '{ __typename }', 'mutation { deleteInstitution(input: {id: "x"}) { deletedId } }', '{ nope }'];
  const headers = [
    () => '',
    () => 'Bearer',
    () => 'Bearer ',
    () => `Bearer acc_${letters(r, r.int(1, 64))}`,
    () => `Bearer ${letters(r, r.int(1, 64))}`,
    () => `bearer acc_${letters(r, 43)}`,
    () => 'Basic dXNlcjpwYXNzd29yZA==',
    () => `Bearer acc_${letters(r, 10)} acc_${letters(r, 10)}`,
    () => "Bearer acc_' OR '1'='1",
    () => "Bearer acc_';DROP/**/TABLE/**/api_token;--",
    () => `Token ${letters(r, 40)}`,
    () => `Bearer acc_${letters(r, r.int(4_000, 12_000))}`,
    () => `Bearer ${'%00'.repeat(r.int(1, 20))}`,
  ];
  return times(60, () => {
    const authorization = r.pick(headers)();
    const probe = postDoc('bad credentials', r.pick(documents), undefined, { headers: { 'content-type': 'application/json', authorization } });
    // Anonymous requests are refused per field (401 too); `{ __typename }` and `{ nope }` need no
    // field access, so anonymous ones are answered (200) or refused by validation (400).
    return authorization === '' ? { ...probe, answer: true } : { ...probe, status: 401 };
  });
}

function hostileProbes(schema: GraphQLSchema, pools: Pools): Probe[] {
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
function problemWith(p: Probe, reply: Reply): string | null {
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

// ---------------------------------------------------------------------------------------------

describe('hostile input', () => {
  let t: TestServer;
  let schema: GraphQLSchema;
  const pools: Pools = { ids: [], byType: new Map(), cursors: new Map() };

  beforeAll(async () => {
    t = await startTestServer({ seed: true });
    schema = await buildAccordSchema();
    // Real IDs and cursors for the generators: every id and cursor the query roots can list.
    const ids = new Set<string>();
    for (const f of Object.values(schema.getQueryType()!.getFields())) {
      if (requiredArgs(f).length > 0 || isLeaf(f.type)) continue;
      const first = f.args.some((a) => a.name === 'first') ? '(first: 100)' : '';
      const res = await t.post({ query: `{ ${f.name}${first} { ${harvestSelection(schema, named(f.type), 3)} } }` });
      const cursors = new Set<string>();
      harvest(res.json?.data?.[f.name], ids, cursors);
      if (cursors.size > 0) pools.cursors.set(f.name, [...cursors].sort());
    }
    pools.ids = [...ids].sort();
    for (const id of pools.ids) {
      const type = fromGlobalId(id)?.type;
      if (type) pools.byType.set(type, [...(pools.byType.get(type) ?? []), id]);
    }
  });
  afterAll(() => t?.close());

  it('keeps the limits generous enough for every client operation', () => {
    const dir = join(import.meta.dirname, '..', '..', 'client', 'operations');
    const source = readdirSync(dir)
      .filter((f) => f.endsWith('.graphql'))
      .map((f) => readFileSync(join(dir, f), 'utf8'))
      .join('\n');
    const all = gql.parse(source, { noLocation: true });
    const fragments = new Map(all.definitions.filter((d) => d.kind === 'FragmentDefinition').map((d) => [d.name.value, d]));
    const limits = createQueryLimits({ production: true });
    const refused: string[] = [];
    for (const op of all.definitions.filter((d) => d.kind === 'OperationDefinition')) {
      // The operation with the fragments it uses, as the client sends it.
      const used = new Set<string>();
      const stack: unknown[] = [op];
      while (stack.length > 0) {
        const node = stack.pop() as { kind?: string; name?: { value: string } } | null;
        if (!node || typeof node !== 'object') continue;
        if (node.kind === 'FragmentSpread' && node.name && !used.has(node.name.value)) {
          used.add(node.name.value);
          stack.push(fragments.get(node.name.value));
        }
        stack.push(...Object.values(node));
      }
      const text = [op, ...[...used].map((name) => fragments.get(name)!)].map((d) => gql.print(d)).join('\n');
      // As written (page sizes in variables) and with every page size a literal 100: the cost
      // limit multiplies literals, and a hand-written copy of an operation may well use them.
      for (const variant of [text, text.replace(/\b(first|last): \$\w+/g, '$1: 100')]) {
        try {
          const errors = gql.validate(schema, gql.parse(variant, limits.parseOptions), limits.validationRules);
          for (const e of errors) refused.push(`${op.name?.value}: ${e.message}`);
        } catch (error) {
          refused.push(`${op.name?.value}: ${(error as Error).message}`);
        }
      }
    }
    expect(refused).toEqual([]);
  });

  it('refuses ≥1,000 hostile documents and requests with a 4xx and a documented code, never a 5xx', { timeout: 60_000 }, async () => {
    const probes = hostileProbes(schema, pools);
    expect(probes.length).toBeGreaterThanOrEqual(1000);
    const started = Date.now();
    // Anonymous, as an attacker would be; the probes meant to reach the resolvers sign in.
    const replies = await runAll(probes, (p) => send(t.url, p.answer ? t.adminToken : null, p));
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
    const rejected = replies.filter((x) => x.status >= 400 && x.status < 500).length;
    const serverErrors = replies.filter((x) => x.status >= 500).length;
    console.log(
      `hostile flood: ${probes.length} requests in ${((Date.now() - started) / 1000).toFixed(1)} s — ` +
        `${rejected} refused with a 4xx, ${probes.length - rejected - serverErrors} answered (2xx, client errors only), ${serverErrors} with a 5xx`,
    );
    for (const [kind, { n, statuses }] of byKind) {
      console.log(`  ${kind.padEnd(32)} ${String(n).padStart(4)}  ${[...statuses].map(([s, c]) => `${s}×${c}`).join(' ')}`);
    }
    expect(problems).toEqual([]);
    expect(serverErrors).toBe(0);
  });

  it('still serves normally after the flood', async () => {
    expect((await fetch(`${t.server.url}/healthz`)).status).toBe(200);
    const res = await t.post({ query: '{ institutions(first: 5) { totalCount nodes { id name } } }' });
    expect(res.status).toBe(200);
    expect(res.json.errors).toBeUndefined();
    expect(res.json.data.institutions.nodes.length).toBeGreaterThan(0);
  });

  // Found by the random operations below (it was an INTERNAL_SERVER_ERROR); cursors now carry
  // the ordering they were made for (server/api/relay.ts).
  it('refuses a cursor from another ordering with BAD_USER_INPUT', async () => {
    const page = await t.post({ query: '{ institutions(first: 2) { pageInfo { endCursor } } }' });
    const cursor = page.json.data.institutions.pageInfo.endCursor;
    const res = await t.post({
      query: 'query($c: String) { institutions(after: $c, orderBy: {field: CREATED_AT}) { totalCount } }',
      variables: { c: cursor },
    });
    expect(res.json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('answers ≥1,000 random valid operations from the schema without a server-side error', { timeout: 60_000 }, async () => {
    const r = rng(SEED + 2);
    const limits = createQueryLimits({ production: false });
    const rules = [...gql.specifiedRules, ...limits.validationRules];
    const operations: { query: string; variables: Record<string, unknown> }[] = [];
    let discarded = 0;
    while (operations.length < 1000 && discarded < 20_000) {
      const op = randomOperation(r, schema, pools);
      const errors = gql.validate(schema, gql.parse(op.query, limits.parseOptions), rules);
      if (errors.length === 0) operations.push(op);
      else discarded++;
    }
    expect(operations.length).toBe(1000);

    const started = Date.now();
    const replies = await runAll(operations, (op) => send(t.url, t.adminToken, postJson('valid', op)));
    const codes = new Map<string, number>();
    const problems: string[] = [];
    let withData = 0;
    replies.forEach((reply, i) => {
      const body = reply.json as Body | undefined;
      if (reply.status >= 500 || !body) problems.push(`HTTP ${reply.status}: ${operations[i]!.query} — ${reply.text.slice(0, 200)}`);
      for (const e of body?.errors ?? []) {
        const code = String(e.extensions?.code);
        codes.set(code, (codes.get(code) ?? 0) + 1);
        if (!['NOT_FOUND', 'BAD_USER_INPUT'].includes(code)) problems.push(`${code}: ${operations[i]!.query} ${JSON.stringify(operations[i]!.variables)}`);
      }
      if (body?.data && !body.errors) withData++;
    });
    const serverErrors = replies.filter((x) => x.status >= 500).length;
    console.log(
      `random valid operations: ${operations.length} sent (${discarded} generated ones failed local validation and were not sent) ` +
        `in ${((Date.now() - started) / 1000).toFixed(1)} s — ${withData} answered without errors, ` +
        `error codes ${JSON.stringify(Object.fromEntries(codes))}, ${serverErrors} with a 5xx; ` +
        `${pools.ids.length} real IDs of ${pools.byType.size} types and ${[...pools.cursors.values()].flat().length} cursors in the pools`,
    );
    expect(problems).toEqual([]);
    expect(serverErrors).toBe(0);
    expect(codes.get('INTERNAL_SERVER_ERROR') ?? 0).toBe(0);
    // Not degenerate: a good share of the operations are answered in full.
    expect(withData).toBeGreaterThan(400);
  });
});
