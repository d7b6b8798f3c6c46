// Hostile HTTP requests: huge bodies, batches, broken encodings, bodies that are not JSON, GET
// mutations and missing CSRF headers, wrong content types, bad request parameters, other methods,
// bad credentials.
import fc from 'fast-check';
import { getDoc, type Probe, postDoc, postJson } from './http.js';
import { letters, type Rng, SEED, times } from './random.js';

const MiB = 1024 * 1024;

const BAD_UTF8 = [[0xff], [0xfe], [0xc0, 0xaf], [0xe0, 0x80, 0xaf], [0xed, 0xa0, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], [0xe2, 0x82], [0x80], [0xf4, 0x90, 0x80, 0x80], [0xc3], [0xfe, 0xff]];

const bytes = (...parts: (string | number[] | Buffer)[]) =>
  new Uint8Array(Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p as number[])))));

export function hugeBodies(r: Rng): Probe[] {
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

export function batches(r: Rng): Probe[] {
  const entries = [() => ({ query: '{ __typename }' }), () => ({ query: '{ institutions { totalCount } }' }), () => ({}), () => 42, () => [{ query: '{ __typename }' }], () => null];
  return times(50, () => postJson('batched array', times(r.int(0, 60), () => r.pick(entries)()), { status: 400 }));
}

export function badEncodings(r: Rng): Probe[] {
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

export function nonJsonBodies(r: Rng): Probe[] {
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

export function getRequests(r: Rng): Probe[] {
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

export function contentTypes(r: Rng): Probe[] {
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

export function badParameters(r: Rng): Probe[] {
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

export function otherMethods(r: Rng): Probe[] {
  return times(15, () => {
    const method = r.pick(['PUT', 'DELETE', 'PATCH', 'HEAD']);
    return method === 'HEAD'
      ? { kind: `${method} request`, method }
      : { kind: `${method} request`, method, headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}', status: 404 };
  });
}

export function badCredentials(r: Rng): Probe[] {
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
