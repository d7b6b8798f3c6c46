import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AccordGraphQLError,
  AccordHttpError,
  AccordNetworkError,
  AccordUserInputError,
  createAccordClient,
} from '../../client/index.js';
import { startTestServer, type TestServer } from '../harness/server.js';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t?.close());

describe('typed client errors', () => {
  it('throws AccordGraphQLError with the code for NOT_FOUND', async () => {
    const error = await t.client.institution('nope').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AccordGraphQLError);
    expect((error as AccordGraphQLError).code).toBe('NOT_FOUND');
  });

  it('throws AccordUserInputError with field paths when a mutation is refused', async () => {
    const error = await t.client.createInstitution({ name: '', kind: 'NGO', country: 'QQ' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AccordUserInputError);
    expect((error as AccordUserInputError).userErrors.map((e) => e.field.join('.'))).toEqual(['input.name', 'input.country']);
  });

  it('throws AccordNetworkError when nothing listens', async () => {
    const offline = createAccordClient({ url: 'http://127.0.0.1:9/graphql' });
    await expect(offline.institutions()).rejects.toBeInstanceOf(AccordNetworkError);
  });

  it('throws AccordHttpError for non-GraphQL HTTP failures', async () => {
    const wrong = createAccordClient({ url: `${t.server.url}/nowhere` });
    const error = await wrong.institutions().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AccordHttpError);
    expect((error as AccordHttpError).status).toBe(404);
  });

  it('sends the token as a bearer header', async () => {
    let seen: string | null = null;
    const spy: typeof fetch = async (input, init) => {
      seen = new Headers(init?.headers).get('authorization');
      return fetch(input, init);
    };
    await createAccordClient({ url: t.url, token: t.adminToken, fetch: spy }).institutions();
    expect(seen).toBe(`Bearer ${t.adminToken}`);
    const anonymous = await createAccordClient({ url: t.url }).institutions().catch((e: unknown) => e);
    expect((anonymous as AccordGraphQLError).code).toBe('UNAUTHENTICATED');
  });
});
