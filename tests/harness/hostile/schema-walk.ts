// Walking the schema to build requests: values for input types, arguments, random selections,
// random valid operations, and the real IDs and cursors to feed them (collectPools).
import { createRequire } from 'node:module';
import type { GraphQLArgument, GraphQLCompositeType, GraphQLField, GraphQLInputType, GraphQLNamedType, GraphQLSchema, GraphQLType } from 'graphql';
import { fromGlobalId } from '../../../server/kernel/global-id.js';
import { createQueryLimits } from '../../../server/api/limits.js';
import { type Rng, rng, times } from './random.js';

// type-graphql builds the schema with graphql's CommonJS build; vitest may hand test files the ESM
// build, whose instanceof checks refuse the other build's types. Use the schema's own build.
export const gql = createRequire(import.meta.url)('graphql') as typeof import('graphql');

export const named = (t: GraphQLType): GraphQLNamedType => gql.getNamedType(t);

export const isLeaf = (t: GraphQLType) => gql.isLeafType(named(t));

export const requiredArgs = (f: GraphQLField<unknown, unknown>) => f.args.filter((a) => gql.isRequiredArgument(a));

/** Real IDs (all, and by record type) and real cursors by the connection field they came from. */
export type Pools = { ids: string[]; byType: Map<string, string[]>; cursors: Map<string, string[]> };

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
export type Writer = { schema: GraphQLSchema; vars: Record<string, unknown>; defs: string[]; n: number };

/**
 * `(a: 1, b: $v3)` for the arguments chosen (required ones always), inline or as variables.
 * A real cursor is only meaningful for the connection and the ordering it came from (Relay):
 * when one is passed, `orderBy` is mostly left out so the default ordering it was harvested
 * with holds, and now and then kept (a cursor of another ordering must be BAD_USER_INPUT).
 */
export function argsFor(r: Rng, field: GraphQLField<unknown, unknown>, pools: Pools, w: Writer, optional = 0.3, except?: GraphQLArgument): string {
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
export function randomOperation(r: Rng, schema: GraphQLSchema, pools: Pools): { query: string; variables: Record<string, unknown> } {
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

/**
 * Real IDs and cursors for the generators: every id and cursor the query roots without required
 * arguments can list, read through `post` (a signed-in GraphQL POST).
 */
export async function collectPools(schema: GraphQLSchema, post: (body: { query: string }) => Promise<{ json: { data?: Record<string, unknown> } }>): Promise<Pools> {
  const pools: Pools = { ids: [], byType: new Map(), cursors: new Map() };
  const ids = new Set<string>();
  for (const f of Object.values(schema.getQueryType()!.getFields())) {
    if (requiredArgs(f).length > 0 || isLeaf(f.type)) continue;
    const first = f.args.some((a) => a.name === 'first') ? '(first: 100)' : '';
    const res = await post({ query: `{ ${f.name}${first} { ${harvestSelection(schema, named(f.type), 3)} } }` });
    const cursors = new Set<string>();
    harvest(res.json?.data?.[f.name], ids, cursors);
    if (cursors.size > 0) pools.cursors.set(f.name, [...cursors].sort());
  }
  pools.ids = [...ids].sort();
  for (const id of pools.ids) {
    const type = fromGlobalId(id)?.type;
    if (type) pools.byType.set(type, [...(pools.byType.get(type) ?? []), id]);
  }
  return pools;
}

/** `count` random operations (seeded) that pass validation with the server's limits, and how many generated ones did not. */
export function randomValidOperations(schema: GraphQLSchema, pools: Pools, seed: number, count: number): { operations: { query: string; variables: Record<string, unknown> }[]; discarded: number } {
  const r = rng(seed);
  const limits = createQueryLimits({ production: false });
  const rules = [...gql.specifiedRules, ...limits.validationRules];
  const operations: { query: string; variables: Record<string, unknown> }[] = [];
  let discarded = 0;
  while (operations.length < count && discarded < 20 * count) {
    const op = randomOperation(r, schema, pools);
    const errors = gql.validate(schema, gql.parse(op.query, limits.parseOptions), rules);
    if (errors.length === 0) operations.push(op);
    else discarded++;
  }
  return { operations, discarded };
}
