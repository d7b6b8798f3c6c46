import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Institution } from '../../server/records/institution/institution.entity.js';
import { InstitutionKind } from '../../server/records/institution/institution.kind.js';
import { Person } from '../../server/records/person/person.entity.js';
import { Relation } from '../../server/records/relation/relation.entity.js';
import { RelationKind } from '../../server/records/relation/relation.enums.js';
import { startTestServer, type TestServer } from '../harness/server.js';

// Queries read only the columns their selection needs (server/api/selection.ts), the relations'
// sides with the relations and a page's count and parents with the page (one statement each).
let t: TestServer;
let viewer: string;

beforeAll(async () => {
  t = await startTestServer();
  viewer = await t.tokenFor('VIEWER');
  const em = t.db.orm.em.fork();
  const make = (name: string, parent: Institution | null) => {
    const row = em.create(Institution, {
      name,
      kind: InstitutionKind.OMBUDSMAN,
      aliases: [`${name} alias`],
      country: 'FR',
      acronym: 'PR',
      parent,
      identifiers: [{ scheme: 'wikidata', value: `Q-${name}` }],
      nameKey: '',
      searchText: '',
    });
    row.refreshSearchKeys();
    return row;
  };
  const hub = make('Prune Hub', null);
  for (let i = 0; i < 12; i++) {
    const office = make(`Prune Office ${String(i).padStart(2, '0')}`, hub);
    const person = em.create(Person, { name: `Prune Person ${i}`, aliases: [], searchText: '' });
    person.refreshSearchKeys();
    em.create(Relation, { kind: RelationKind.MEMBER_OF, subjectInstitution: office, object: hub, startDate: '2016' });
    em.create(Relation, { kind: RelationKind.REPRESENTS, subjectPerson: person, object: office, startDate: '2001', endDate: '2005' });
  }
  await em.flush();
});
afterAll(() => t?.close());

// biome-ignore lint/suspicious/noExplicitAny: raw GraphQL answers, checked field by field
async function run(query: string): Promise<{ data: any; statements: number; sql: string[] }> {
  const sql: string[] = [];
  const untap = t.db.sql.tap((s) => sql.push(s));
  try {
    const { json } = await t.post({ query }, { authorization: `Bearer ${viewer}` });
    expect(json.errors).toBeUndefined();
    return { data: json.data, statements: json.extensions.sqlStatements, sql };
  } finally {
    untap();
  }
}

const RELATIONS = (first: number) => `{ institutions(first: ${first}, filter: { search: "prune office" }) {
  nodes { name relations { kind status subject { __typename ... on Institution { name country } ... on Person { name } } object { name acronym } } } } }`;

describe('column pruning', () => {
  it('reads only the selected columns, and every column when an undeclared resolver is selected', async () => {
    const narrow = await run('{ institutions(first: 5, filter: { search: "prune" }) { nodes { name } } }');
    expect(narrow.data.institutions.nodes.map((n: { name: string }) => n.name)).toContain('Prune Hub');
    expect(narrow.sql.join('\n')).not.toMatch(/search_text"?\s*(,|from)/);
    expect(narrow.sql.join('\n')).not.toMatch(/\."identifiers"/);

    const wide = await run(`{ institutions(first: 5, filter: { search: "prune office" }) { nodes {
      id name acronym aliases country countryName kind status website description createdAt version
      identifiers { scheme value } parent { name aliases identifiers { value } } children { name } } } }`);
    const office = wide.data.institutions.nodes[0];
    expect(office).toMatchObject({ name: 'Prune Office 00', acronym: 'PR', aliases: ['Prune Office 00 alias'], country: 'FR', countryName: 'France' });
    expect(office.identifiers).toEqual([{ scheme: 'wikidata', value: 'Q-Prune Office 00' }]);
    expect(office.parent).toEqual({ name: 'Prune Hub', aliases: ['Prune Hub alias'], identifiers: [{ value: 'Q-Prune Hub' }] });
    expect(typeof office.version).toBe('number');
  });

  it("reads an institution's relations with their sides in one statement, whatever the page size", async () => {
    const three = await run(RELATIONS(3));
    const twelve = await run(RELATIONS(12));
    // the page, then the relations with their subjects and objects
    expect(three.statements).toBe(2);
    expect(twelve.statements).toBe(2);
    // neither the page nor the relations nor their sides read whole rows
    expect(twelve.sql.join('\n')).not.toMatch(/search_text"?\s*(,|from)|\bt\.\*|"i0"\.\*/);
    const office = twelve.data.institutions.nodes[0];
    expect(office.name).toBe('Prune Office 00');
    expect(office.relations).toEqual([
      { kind: 'MEMBER_OF', status: 'ACTIVE', subject: { __typename: 'Institution', name: 'Prune Office 00', country: 'FR' }, object: { name: 'Prune Hub', acronym: 'PR' } },
      { kind: 'REPRESENTS', status: 'ENDED', subject: { __typename: 'Person', name: 'Prune Person 0' }, object: { name: 'Prune Office 00', acronym: 'PR' } },
    ]);
  });

  it('reads a page with its totalCount and its parents in one statement', async () => {
    const page = await run('{ institutions(first: 5, filter: { search: "prune office" }) { totalCount nodes { name parent { name } children { name } } } }');
    expect(page.data.institutions.totalCount).toBe(12);
    expect(page.data.institutions.nodes[0]).toEqual({ name: 'Prune Office 00', parent: { name: 'Prune Hub' }, children: [] });
    // the page with count and parents, then the children
    expect(page.statements).toBe(2);
    const empty = await run('{ institutions(first: 5, filter: { search: "no such prune" }) { totalCount nodes { name } } }');
    expect(empty.data.institutions).toEqual({ totalCount: 0, nodes: [] });
  });
});
