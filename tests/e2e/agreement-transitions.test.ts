// Agreement.allowedTransitions: the moves changeAgreementStatus accepts now, computed by the
// service from the lifecycle and its preconditions (the web app offers only these buttons).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../harness/server.js';

let t: TestServer;
let az = '';
let ge = '';

async function gql(query: string, variables: Record<string, unknown> = {}) {
  const { json } = await t.post({ query, variables });
  expect(json.errors, JSON.stringify(json.errors)).toBeUndefined();
  return json.data;
}
const allowed = async (id: string) => (await gql('query ($id: ID!) { agreement(id: $id) { status allowedTransitions } }', { id })).agreement;
const mutate = async (name: string, input: Record<string, unknown>) => {
  const data = await gql(`mutation ($input: ${name[0]!.toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { userErrors { message } } }`, { input });
  expect(data[name].userErrors).toEqual([]);
};

beforeAll(async () => {
  t = await startTestServer();
  az = (await t.client.createInstitution({ name: 'Commissioner for Human Rights of Azerbaijan', kind: 'OMBUDSMAN', country: 'AZ' })).id;
  ge = (await t.client.createInstitution({ name: 'Public Defender of Georgia', kind: 'OMBUDSMAN', country: 'GE' })).id;
});
afterAll(() => t?.close());

describe('allowedTransitions', () => {
  it('follows the lifecycle and its preconditions: SIGNED once every party signed, SUPERSEDED once renewed, nothing when final', async () => {
    const created = await gql(
      'mutation ($input: CreateAgreementInput!) { createAgreement(input: $input) { agreement { id } userErrors { message } } }',
      { input: { title: 'MoU AZ–GE', kind: 'MEMORANDUM_OF_UNDERSTANDING', parties: [{ institutionId: az }, { institutionId: ge }] } },
    );
    const id = created.createAgreement.agreement.id as string;
    // A draft nobody signed: negotiation only (SIGNED needs both signatures).
    expect(await allowed(id)).toEqual({ status: 'DRAFT', allowedTransitions: ['NEGOTIATION'] });
    await mutate('changeAgreementStatus', { id, status: 'NEGOTIATION' });
    expect((await allowed(id)).allowedTransitions).toEqual(['DRAFT', 'TERMINATED']);
    // Both signatures: the last one moves it to SIGNED by itself.
    await mutate('recordAgreementAction', { agreementId: id, kind: 'SIGNATURE', partyId: az, date: '2026-01-10' });
    expect((await allowed(id)).allowedTransitions).toEqual(['DRAFT', 'TERMINATED']);
    await mutate('recordAgreementAction', { agreementId: id, kind: 'SIGNATURE', partyId: ge, date: '2026-01-12' });
    expect(await allowed(id)).toEqual({ status: 'SIGNED', allowedTransitions: ['IN_FORCE', 'TERMINATED'] });
    await mutate('changeAgreementStatus', { id, status: 'IN_FORCE', date: '2026-02-01' });
    // In force without a successor: not SUPERSEDED.
    expect((await allowed(id)).allowedTransitions).toEqual(['SUSPENDED', 'EXPIRED', 'TERMINATED']);
    await gql('mutation ($input: CreateAgreementInput!) { createAgreement(input: $input) { userErrors { message } } }', {
      input: { title: 'MoU AZ–GE (renewed)', kind: 'MEMORANDUM_OF_UNDERSTANDING', renewsId: id, parties: [{ institutionId: az }, { institutionId: ge }] },
    });
    expect((await allowed(id)).allowedTransitions).toEqual(['SUSPENDED', 'EXPIRED', 'TERMINATED', 'SUPERSEDED']);
    await mutate('changeAgreementStatus', { id, status: 'TERMINATED', date: '2026-03-01' });
    expect(await allowed(id)).toEqual({ status: 'TERMINATED', allowedTransitions: [] });
  });
});
