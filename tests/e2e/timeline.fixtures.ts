// Hand-built records for the timeline, partner and analytics tests, written straight through
// the ORM (fast, and exact about dates and keys). Shared by tests/e2e/timeline*.test.ts and
// tests/e2e/analytics*.test.ts.
import type { EntityManager } from '@mikro-orm/postgresql';
import { toGlobalId } from '../../server/kernel/global-id.js';
import { AgreementAction } from '../../server/records/agreement/agreement-action.entity.js';
import { AgreementParty } from '../../server/records/agreement/agreement-party.entity.js';
import { Agreement } from '../../server/records/agreement/agreement.entity.js';
import { AgreementActionKind, AgreementKind, AgreementStatus } from '../../server/records/agreement/agreement.enums.js';
import { Commitment } from '../../server/records/commitment/commitment.entity.js';
import { CommitmentStatus } from '../../server/records/commitment/commitment.enums.js';
import { DocumentParty } from '../../server/records/document/document-party.entity.js';
import { Document } from '../../server/records/document/document.entity.js';
import { DocumentKind, DocumentRole } from '../../server/records/document/document.enums.js';
import { Event } from '../../server/records/event/event.entity.js';
import { EventKind, ParticipationRole, ScheduleStatus } from '../../server/records/event/event.enums.js';
import { Participation } from '../../server/records/event/participation.entity.js';
import { Institution } from '../../server/records/institution/institution.entity.js';
import { InstitutionKind } from '../../server/records/institution/institution.kind.js';
import { Citation } from '../../server/records/provenance/citation.entity.js';
import { SourceKind } from '../../server/records/provenance/provenance.enums.js';
import { Source } from '../../server/records/provenance/source.entity.js';
import { Relation } from '../../server/records/relation/relation.entity.js';
import { RelationKind } from '../../server/records/relation/relation.enums.js';
import { Tagging } from '../../server/records/topic/tagging.entity.js';
import { Topic } from '../../server/records/topic/topic.entity.js';
import { VisitDirection, VisitPurpose } from '../../server/records/visit/visit.enums.js';
import { Visit } from '../../server/records/visit/visit.entity.js';

export const gid = (record: { id: string; constructor: { name: string } }) => toGlobalId(record.constructor.name, record.id);

/** Record builders on one EntityManager (call `em.flush()` after). */
export function builders(em: EntityManager) {
  return {
    institution(name: string, kind: InstitutionKind = InstitutionKind.OMBUDSMAN, country: string | null = null, parent: Institution | null = null) {
      const row = em.create(Institution, { name, kind, country, parent, aliases: [], nameKey: '', searchText: '' });
      row.refreshSearchKeys();
      return row;
    },
    topic(name: string) {
      return em.create(Topic, { name, slug: name.toLowerCase().replace(/\W+/g, '-') });
    },
    tag(topic: Topic, record: { id: string; constructor: { name: string } }) {
      return em.create(Tagging, { topic, recordId: record.id, recordType: record.constructor.name });
    },
    source(title: string) {
      return em.create(Source, { title, kind: SourceKind.NEWS_ARTICLE });
    },
    cite(source: Source, record: { id: string; constructor: { name: string } }) {
      return em.create(Citation, { source, recordId: record.id, recordType: record.constructor.name, quote: 'as reported' });
    },
    event(
      title: string,
      startDate: string | null,
      participants: [Institution, ParticipationRole?][],
      extra: { status?: ScheduleStatus; country?: string | null; endDate?: string | null; confidential?: boolean } = {},
    ) {
      const event = em.create(Event, {
        title,
        kind: EventKind.FORUM,
        startDate,
        endDate: extra.endDate ?? null,
        status: extra.status ?? ScheduleStatus.HELD,
        country: extra.country ?? null,
        confidential: extra.confidential ?? false,
        searchText: '',
      });
      event.refreshSearchKeys();
      for (const [institution, role] of participants) em.create(Participation, { event, institution, role: role ?? ParticipationRole.PARTICIPANT });
      return event;
    },
    document(title: string, date: string | null, parties: [Institution, DocumentRole][], adoptedAt: Event | null = null) {
      const document = em.create(Document, { title, kind: DocumentKind.DECLARATION, date, adoptedAt, searchText: '' });
      document.refreshSearchKeys();
      for (const [institution, role] of parties) em.create(DocumentParty, { document, institution, role });
      return document;
    },
    visit(title: string, delegationOf: Institution, host: Institution | null, startDate: string | null, extra: { country?: string | null; status?: ScheduleStatus } = {}) {
      return em.create(Visit, {
        title,
        delegationOf,
        host,
        startDate,
        direction: VisitDirection.INBOUND,
        purpose: VisitPurpose.OFFICIAL,
        status: extra.status ?? ScheduleStatus.HELD,
        country: extra.country ?? null,
      });
    },
    agreement(
      title: string,
      parties: Institution[],
      actions: [AgreementActionKind, string, Institution?][],
      extra: { status?: AgreementStatus; effectiveFrom?: string | null; expiresOn?: string | null; confidential?: boolean } = {},
    ) {
      const agreement = em.create(Agreement, {
        title,
        kind: AgreementKind.MEMORANDUM_OF_UNDERSTANDING,
        status: extra.status ?? AgreementStatus.IN_FORCE,
        effectiveFrom: extra.effectiveFrom ?? null,
        expiresOn: extra.expiresOn ?? null,
        confidential: extra.confidential ?? false,
      });
      for (const institution of parties) em.create(AgreementParty, { agreement, institution });
      const made = actions.map(([kind, date, party]) => em.create(AgreementAction, { agreement, kind, date, party: party ?? null }));
      return { agreement, actions: made };
    },
    commitment(title: string, owner: Institution, dueDate: string | null, status: CommitmentStatus = CommitmentStatus.OPEN) {
      return em.create(Commitment, { title, ownerInstitution: owner, dueDate, status });
    },
    relation(subject: Institution, kind: RelationKind, object: Institution, startDate: string | null, endDate: string | null = null) {
      return em.create(Relation, { kind, subjectInstitution: subject, object, startDate, endDate });
    },
  };
}

export { AgreementActionKind, AgreementStatus, CommitmentStatus, DocumentRole, InstitutionKind, ParticipationRole, RelationKind, ScheduleStatus };
