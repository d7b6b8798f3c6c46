import type { EntityManager } from '@mikro-orm/postgresql';
import { Agreement } from '../../records/agreement/agreement.entity.js';
import { AgreementParty } from '../../records/agreement/agreement-party.entity.js';
import { Commitment } from '../../records/commitment/commitment.entity.js';
import { Document } from '../../records/document/document.entity.js';
import { DocumentParty } from '../../records/document/document-party.entity.js';
import { Event } from '../../records/event/event.entity.js';
import { Participation } from '../../records/event/participation.entity.js';
import { Institution } from '../../records/institution/institution.entity.js';
import { Person } from '../../records/person/person.entity.js';
import { Post } from '../../records/person/post.entity.js';
import { Tenure } from '../../records/person/tenure.entity.js';
import { Citation } from '../../records/provenance/citation.entity.js';
import { Claim } from '../../records/provenance/claim.entity.js';
import { Source } from '../../records/provenance/source.entity.js';
import { CitationBasis, type SourceKind } from '../../records/provenance/provenance.enums.js';
import { Relation } from '../../records/relation/relation.entity.js';
import { foldForSearch } from '../../kernel/text.js';
import { Tagging } from '../../records/topic/tagging.entity.js';
import { Topic } from '../../records/topic/topic.entity.js';
import { Visit } from '../../records/visit/visit.entity.js';
import type { Cite } from './cite.js';
import { citedItems } from './cited-items.js';
import { institutions } from './dataset.js';
import * as activity from './dataset-activity.js';
import { EDITORS, sources, topics } from './dataset-sources.js';
import { seedId } from './seed-id.js';
import { removeRetiredSeedRows } from './retired.js';

/** Per entity: rows created, rows already there; `removed`: retired rows of older datasets deleted (retired.ts). */
type Counts = Record<string, { created: number; unchanged: number; removed?: number }>;
type EntityClass<T> = new () => T;
/** Any stored record (all entities have a UUID key). */
type RecordEntity = { id: string };

/**
 * Writes the seed records that are missing. Every seed record has a deterministic ID derived from
 * its key (seedId), so a record that exists is left exactly as it is — even if edited since —
 * and running the seed twice changes nothing.
 */
class SeedWriter {
  readonly counts: Counts = {};
  private readonly byKey = new Map<string, RecordEntity>();
  private readonly existing = new Map<string, RecordEntity>();
  /**
   * One creation time for every row of a run: rows written in the same millisecond or the next
   * would otherwise list in an order that changes from run to run (lists order by creation time,
   * then by ID — and seed IDs are fixed).
   */
  private readonly now = new Date();

  constructor(readonly em: EntityManager) {}

  /** Loads the rows that already exist for these keys (one query per entity type). */
  async preload<T extends RecordEntity>(entity: EntityClass<T>, keys: string[]): Promise<void> {
    const rows = (await this.em.find(entity as never, { id: { $in: keys.map(seedId) } } as never)) as T[];
    for (const row of rows) this.existing.set(row.id, row);
  }

  ensure<T extends RecordEntity>(entity: EntityClass<T>, key: string, data: () => Record<string, unknown>): T {
    const id = seedId(key);
    let row = this.existing.get(id) as T | undefined;
    const count = this.count(entity.name);
    if (row) {
      count.unchanged++;
    } else {
      row = this.em.create(entity as never, { id, createdAt: this.now, updatedAt: this.now, ...data() } as never) as T;
      (row as { refreshSearchKeys?: () => void }).refreshSearchKeys?.();
      this.existing.set(id, row);
      count.created++;
    }
    this.byKey.set(key, row);
    return row;
  }

  count(type: string): { created: number; unchanged: number } {
    this.counts[type] ??= { created: 0, unchanged: 0 };
    return this.counts[type];
  }

  /** Marks a record found by other means (institutions matched by name) under its seed key. */
  remember(key: string, row: RecordEntity): void {
    this.byKey.set(key, row);
  }

  ref<T extends RecordEntity>(key: string | undefined): T | null {
    if (key === undefined) return null;
    const row = this.byKey.get(key);
    if (!row) throw new Error(`seed dataset refers to unknown key "${key}"`);
    return row as T;
  }

  cite(recordKey: string, cites: Cite[]): void {
    const record = this.ref<RecordEntity>(recordKey)!;
    cites.forEach((c, i) => {
      this.ensure(Citation, `${recordKey}#cite#${i}`, () => ({
        source: this.ref<Source>(c.source),
        recordId: record.id,
        recordType: record.constructor.name,
        quote: c.quote ?? null,
        fields: c.fields ?? [],
        basis: c.source === EDITORS ? CitationBasis.INFERRED : CitationBasis.QUOTED,
        reason: c.reason ?? null,
      }));
    });
  }

  tag(recordKey: string, topicKeys: string[] | undefined): void {
    const record = this.ref<RecordEntity>(recordKey)!;
    for (const slug of topicKeys ?? []) {
      this.ensure(Tagging, `${recordKey}#topic#${slug}`, () => ({
        topic: this.ref<Topic>(`topic-${slug}`),
        recordId: record.id,
        recordType: record.constructor.name,
      }));
    }
  }
}

const keysOf = (items: { key: string }[]) => items.map((i) => i.key);

async function seedInstitutions(w: SeedWriter): Promise<void> {
  // Institutions are matched by natural key too, so a database seeded before seed IDs existed
  // (or holding the same institution entered by hand) gets no duplicate.
  const existing = await w.em.find(Institution, { nameKey: { $in: institutions.map((i) => foldForSearch(i.name)) } });
  await w.preload(Institution, keysOf(institutions));
  for (const item of institutions) {
    const match = existing.find((e) => e.nameKey === foldForSearch(item.name) && (e.country ?? null) === (item.country ?? null));
    if (match) {
      w.remember(item.key, match);
      w.count('Institution').unchanged++;
      continue;
    }
    w.ensure(Institution, item.key, () => ({
      name: item.name,
      acronym: item.acronym ?? null,
      aliases: item.aliases ?? [],
      kind: item.kind,
      country: item.country ?? null,
      website: item.website ?? null,
      description: item.description ?? null,
      parent: w.ref(item.parent),
      nameKey: '',
      searchText: '',
    }));
  }
}

export type SeedSummary = Counts;

/** Loads the whole seed dataset in one transaction. */
export async function seedDatabase(root: EntityManager): Promise<SeedSummary> {
  return root.transactional(async (tx) => {
    const w = new SeedWriter(tx as EntityManager);
    const retired = await removeRetiredSeedRows(tx as EntityManager);
    for (const [name, removed] of Object.entries(retired)) w.counts[name] = { created: 0, unchanged: 0, removed };
    const a = activity;
    await seedInstitutions(w);

    const participationKeys = a.events.flatMap((e) => (e.participants ?? []).map((_, i) => `${e.key}#participant#${i}`));
    const documentPartyKeys = a.documents.flatMap((d) => d.parties.map((_, i) => `${d.key}#party#${i}`));
    const agreementPartyKeys = a.agreements.flatMap((g) => g.parties.map((_, i) => `${g.key}#party#${i}`));
    for (const [entity, keys] of [
      [Source, keysOf(sources)],
      [Topic, keysOf(topics)],
      [Person, keysOf(a.people)],
      [Post, keysOf(a.posts)],
      [Tenure, keysOf(a.tenures)],
      [Relation, keysOf(a.relations)],
      [Event, keysOf(a.events)],
      [Participation, participationKeys],
      [Document, keysOf(a.documents)],
      [DocumentParty, documentPartyKeys],
      [Visit, keysOf(a.visits)],
      [Agreement, keysOf(a.agreements)],
      [AgreementParty, agreementPartyKeys],
      [Commitment, keysOf(a.commitments)],
      [Claim, keysOf(a.claims)],
    ] as const) {
      await w.preload(entity as EntityClass<RecordEntity>, keys);
    }
    const citationKeys: string[] = [];
    const taggingKeys: string[] = [];

    for (const s of sources) {
      w.ensure(Source, s.key, () => ({
        title: s.title,
        kind: s.kind as SourceKind,
        publisherName: s.publisherName ?? null,
        publisher: w.ref(s.publisher),
        publishedOn: s.publishedOn ?? null,
        language: s.language,
        description: s.description,
      }));
    }
    for (const t of topics) w.ensure(Topic, t.key, () => ({ name: t.name, slug: t.slug, description: t.description ?? null }));
    for (const p of a.people) {
      w.ensure(Person, p.key, () => ({ name: p.name, aliases: p.aliases ?? [], country: p.country ?? null, honorific: p.honorific ?? null, searchText: '' }));
    }
    for (const p of a.posts) w.ensure(Post, p.key, () => ({ title: p.title, institution: w.ref(p.institution), isHead: p.isHead }));
    for (const t of a.tenures) {
      w.ensure(Tenure, t.key, () => ({ person: w.ref(t.person), post: w.ref(t.post), startDate: t.startDate ?? null, endDate: t.endDate ?? null }));
    }
    for (const r of a.relations) {
      w.ensure(Relation, r.key, () => ({
        kind: r.kind,
        subjectInstitution: w.ref(r.subject),
        object: w.ref(r.object),
        role: r.role ?? null,
        startDate: r.startDate ?? null,
        description: r.description ?? null,
      }));
    }
    for (const e of a.events) {
      w.ensure(Event, e.key, () => ({
        title: e.title,
        kind: e.kind,
        status: e.status,
        startDate: e.startDate ?? null,
        endDate: e.endDate ?? null,
        city: e.city ?? null,
        country: e.country ?? null,
        parent: w.ref(e.parent),
        recurrence: e.recurrence ?? null,
        description: e.description ?? null,
        searchText: '',
      }));
      (e.participants ?? []).forEach((p, i) => {
        w.ensure(Participation, `${e.key}#participant#${i}`, () => ({
          event: w.ref(e.key),
          institution: w.ref(p.institution),
          person: w.ref(p.person),
          onBehalfOf: w.ref(p.onBehalfOf),
          role: p.role,
          rsvp: p.rsvp,
          note: p.note ?? null,
        }));
      });
    }
    for (const d of a.documents) {
      w.ensure(Document, d.key, () => ({
        title: d.title,
        kind: d.kind,
        date: d.date ?? null,
        adoptedAt: w.ref(d.adoptedAt),
        summary: d.summary ?? null,
        searchText: '',
      }));
      d.parties.forEach((p, i) => {
        w.ensure(DocumentParty, `${d.key}#party#${i}`, () => ({
          document: w.ref(d.key),
          institution: w.ref(p.institution),
          role: p.role,
          date: p.date ?? null,
          atEvent: w.ref(p.atEvent),
        }));
      });
    }
    for (const v of a.visits) {
      w.ensure(Visit, v.key, () => ({
        title: v.title,
        delegationOf: w.ref(v.delegationOf),
        host: w.ref(v.host),
        direction: v.direction,
        purpose: v.purpose,
        status: v.status,
        startDate: v.startDate ?? null,
        endDate: v.endDate ?? null,
        place: v.place ?? null,
        country: v.country ?? null,
        outcome: w.ref(v.outcome),
        description: v.description ?? null,
      }));
    }
    for (const g of a.agreements) {
      w.ensure(Agreement, g.key, () => ({ title: g.title, kind: g.kind, status: g.status, summary: g.summary }));
      g.parties.forEach((p, i) => {
        w.ensure(AgreementParty, `${g.key}#party#${i}`, () => ({ agreement: w.ref(g.key), institution: w.ref(p.institution), role: p.role }));
      });
    }
    for (const c of a.commitments) {
      w.ensure(Commitment, c.key, () => ({
        title: c.title,
        status: c.status,
        dueDate: c.dueDate ?? null,
        ownerInstitution: w.ref(c.ownerInstitution),
        madeAtEvent: w.ref(c.madeAtEvent),
        madeInDocument: w.ref(c.madeInDocument),
        madeInAgreement: w.ref(c.madeInAgreement),
        description: c.description ?? null,
      }));
    }
    for (const c of a.claims) {
      const record = w.ref<RecordEntity>(c.record)!;
      w.ensure(Claim, c.key, () => ({
        recordId: record.id,
        recordType: record.constructor.name,
        measure: c.measure,
        qualifier: c.qualifier,
        value: c.value,
        statement: c.statement,
        asOf: c.asOf ?? null,
      }));
    }

    // Provenance and topics of everything above.
    const cited = citedItems();
    for (const item of cited) for (let i = 0; i < item.cite.length; i++) citationKeys.push(`${item.key}#cite#${i}`);
    const tagged: { key: string; topics?: string[] }[] = [...a.relations, ...a.events, ...a.documents, ...a.visits, ...a.commitments];
    for (const item of tagged) for (const slug of item.topics ?? []) taggingKeys.push(`${item.key}#topic#${slug}`);
    await w.preload(Citation, citationKeys);
    await w.preload(Tagging, taggingKeys);
    for (const item of cited) w.cite(item.key, item.cite);
    for (const item of tagged) w.tag(item.key, item.topics);

    await w.em.flush();
    return w.counts;
  });
}
