import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AgreementsWithPartiesDocument } from '../../client/generated/graphql.js';
import { AgreementAction } from '../../server/records/agreement/agreement-action.entity.js';
import { AgreementParty } from '../../server/records/agreement/agreement-party.entity.js';
import { Agreement } from '../../server/records/agreement/agreement.entity.js';
import {
  AgreementActionKind,
  AgreementKind,
  AgreementPartyRole,
  AgreementStatus,
} from '../../server/records/agreement/agreement.enums.js';
import { Institution } from '../../server/records/institution/institution.entity.js';
import { InstitutionKind } from '../../server/records/institution/institution.kind.js';
import { Person } from '../../server/records/person/person.entity.js';
import { startTestServer, type TestServer } from '../harness/server.js';

let t: TestServer;

// 110 agreements, each between two of 100 institutions with a signatory each, with two ledger
// entries (one by a party) and each but the first renewing the one before: every related field is
// non-empty, so per-row loading would show up as hundreds of statements.
beforeAll(async () => {
  t = await startTestServer();
  const em = t.db.orm.em.fork();
  const institutions = Array.from({ length: 100 }, (_, i) => {
    const row = em.create(Institution, {
      name: `Batch Institution ${String(i).padStart(3, '0')}`,
      kind: InstitutionKind.OTHER,
      aliases: [],
      country: 'AZ',
      nameKey: '',
      searchText: '',
    });
    row.refreshSearchKeys();
    return row;
  });
  const people = Array.from({ length: 20 }, (_, i) => {
    const row = em.create(Person, { name: `Batch Signatory ${i}`, aliases: [], searchText: '' });
    row.refreshSearchKeys();
    return row;
  });
  let previous: Agreement | null = null;
  for (let i = 0; i < 110; i++) {
    const agreement: Agreement = em.create(Agreement, {
      title: `Batch Agreement ${String(i).padStart(3, '0')}`,
      kind: AgreementKind.MEMORANDUM_OF_UNDERSTANDING,
      status: AgreementStatus.IN_FORCE,
      effectiveFrom: '2024-01-01',
      expiresOn: '2030-01-01',
      renews: previous,
    });
    const a = institutions[i % 100]!;
    const b = institutions[(i + 1) % 100]!;
    for (const [institution, signatory] of [
      [a, people[i % 20]!],
      [b, people[(i + 7) % 20]!],
    ] as const) {
      em.create(AgreementParty, { agreement, institution, role: AgreementPartyRole.PARTY, signatory, signedOn: '2023-12-01' });
    }
    em.create(AgreementAction, { agreement, kind: AgreementActionKind.SIGNATURE, date: '2023-12-01', party: a });
    em.create(AgreementAction, { agreement, kind: AgreementActionKind.ENTRY_INTO_FORCE, date: '2024-01-01', party: null });
    previous = agreement;
  }
  await em.flush();
});
afterAll(() => t?.close());

async function agreementStatements(first: number): Promise<number> {
  const res = await t.client.execute(AgreementsWithPartiesDocument, { filter: { search: 'batch agreement' }, first, after: null });
  expect(res.errors).toBeUndefined();
  const nodes = res.data!.agreements.nodes;
  expect(nodes).toHaveLength(first);
  for (const n of nodes) {
    expect(n.parties).toHaveLength(2);
    for (const p of n.parties) {
      expect(p.institution.name).toMatch(/^Batch Institution /);
      expect(p.signatory?.name).toMatch(/^Batch Signatory /);
    }
    expect(n.actions.map((a) => a.kind)).toEqual(['SIGNATURE', 'ENTRY_INTO_FORCE']);
    expect(n.actions[0]!.party?.name).toMatch(/^Batch Institution /);
  }
  expect(nodes.filter((n) => n.renews !== null).length).toBeGreaterThanOrEqual(first - 1);
  expect(nodes.filter((n) => n.renewedBy.length === 1).length).toBeGreaterThanOrEqual(first - 1);
  return res.extensions!.sqlStatements as number;
}

async function institutionStatements(first: number): Promise<number> {
  const res = await t.post({
    query: `query($first: Int) { institutions(filter: {search: "batch institution"}, first: $first) {
      nodes { name agreements(status: [IN_FORCE]) { title parties { role signedOn } renewedBy { title } } } } }`,
    variables: { first },
  });
  expect(res.json.errors).toBeUndefined();
  const nodes = res.json.data.institutions.nodes as { agreements: unknown[] }[];
  expect(nodes).toHaveLength(first);
  for (const n of nodes) expect(n.agreements.length).toBeGreaterThanOrEqual(2);
  return res.json.extensions.sqlStatements as number;
}

describe('agreement batching', () => {
  it('lists agreements with parties, signatories, ledger and renewal chain in a constant number of SQL statements', async () => {
    const ten = await agreementStatements(10);
    const hundred = await agreementStatements(100);
    console.log(`agreements: ${ten} SQL statements for 10 rows, ${hundred} for 100 rows`);
    expect(hundred).toBe(ten);
    // page + count, parties, actions, renews, renewedBy, institutions, people (+ a second institution batch at most)
    expect(hundred).toBeLessThanOrEqual(9);
  });

  it('lists institutions with their agreements (Institution.agreements) in a constant number of SQL statements', async () => {
    const ten = await institutionStatements(10);
    const hundred = await institutionStatements(100);
    console.log(`Institution.agreements: ${ten} SQL statements for 10 rows, ${hundred} for 100 rows`);
    expect(hundred).toBe(ten);
    // page + count, the institutions' party rows, their agreements, those agreements' parties (loaded
    // with their ledger, see AgreementResolver.parties) and successors
    expect(hundred).toBeLessThanOrEqual(7);
  });
});
