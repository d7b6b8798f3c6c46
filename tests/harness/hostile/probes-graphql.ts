// Hostile GraphQL documents: nesting, aliases, fragments, directives and tokens beyond the limits,
// huge strings, wrongly typed variables, NUL characters, introspection bombs, documents that are not
// executable. Each family returns seeded probes with the reply they must get.
import type { GraphQLInputType, GraphQLSchema } from 'graphql';
import { MAX_ALIASES, MAX_DEPTH, MAX_DIRECTIVES, MAX_TOKENS } from '../../../server/api/limits.js';
import { type Probe, postDoc, postJson } from './http.js';
import { letters, type Rng, times } from './random.js';
import { argsFor, gql, isLeaf, type Pools, type Writer } from './schema-walk.js';

const close = (n: number) => ' }'.repeat(n);

export function deepNesting(r: Rng): Probe[] {
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

export function aliasFloods(r: Rng): Probe[] {
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

export function fragmentCycles(r: Rng): Probe[] {
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

export function spreadExplosions(r: Rng): Probe[] {
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

export function directiveFloods(r: Rng): Probe[] {
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

export function tokenFloods(r: Rng): Probe[] {
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

export function hugeStrings(r: Rng): Probe[] {
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

export function wrongVariableTypes(r: Rng, schema: GraphQLSchema, pools: Pools): Probe[] {
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

export function operationResolution(r: Rng): Probe[] {
  const payloads = [
    { query: 'query A { __typename }', operationName: 'B' },
    { query: 'query A { __typename } query B { __typename }' },
    { query: '{ __typename }', operationName: 'A' },
    { query: 'query A { __typename } mutation B { deleteInstitution(input: {id: "x"}) { deletedId } }' },
    { query: 'fragment F on Query { __typename }' },
  ];
  return times(30, () => postJson('operation resolution', r.pick(payloads), { status: 400 }));
}

export function nulCharacters(r: Rng): Probe[] {
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

export function introspectionBombs(r: Rng): Probe[] {
  return times(20, (i) => {
    const k = r.int(3, 40);
    if (i % 2 === 0) return postDoc('introspection bomb', `{ __schema { types { ${'fields { type { ofType { '.repeat(k)}name${close(3 * k)} } } }`, undefined, { status: 400 });
    return postDoc('introspection bomb', `{ __type(name: "Institution") { ${'fields { type { '.repeat(k)}name${close(2 * k)} } }`, undefined, { status: 400 });
  });
}

export function overlapFloods(r: Rng): Probe[] {
  return times(10, (i) =>
    i % 2 === 0
      ? postDoc('overlapping fields', `{ ${times(r.int(800, 1200), () => 'institutions { totalCount }').join(' ')} }`, undefined, { status: 400 })
      : postDoc('overlapping fields', `{ ${times(r.int(300, 600), (k) => `institutions(first: ${(k % 100) + 1}) { totalCount }`).join(' ')} }`, undefined, { status: 400 }),
  );
}

export function notExecutable(r: Rng): Probe[] {
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

export function persistedQueries(r: Rng): Probe[] {
  return times(10, (i) => {
    const hash = letters(r, 64).toLowerCase();
    if (i % 3 === 0) return postJson('persisted query', { query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }, { status: 400 });
    if (i % 3 === 1) return postJson('persisted query', { extensions: { persistedQuery: { version: 2, sha256Hash: hash } } }, { status: 400 });
    return postJson('persisted query (answered)', { extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }, { answer: true });
  });
}
