import { Agreement } from '../records/agreement/agreement.entity.js';
import { AuditEntry } from '../records/audit/audit-entry.entity.js';
import { ApiToken } from '../records/auth/api-token.entity.js';
import { User } from '../records/auth/user.entity.js';
import { AgreementAction } from '../records/agreement/agreement-action.entity.js';
import { AgreementParty } from '../records/agreement/agreement-party.entity.js';
import { Commitment } from '../records/commitment/commitment.entity.js';
import { Document } from '../records/document/document.entity.js';
import { DocumentParty } from '../records/document/document-party.entity.js';
import { Event } from '../records/event/event.entity.js';
import { EventSeries } from '../records/event/event-series.entity.js';
import { Participation } from '../records/event/participation.entity.js';
import { IdempotencyKey } from '../records/idempotency/idempotency-key.entity.js';
import { Institution } from '../records/institution/institution.entity.js';
import { Person } from '../records/person/person.entity.js';
import { Post } from '../records/person/post.entity.js';
import { Tenure } from '../records/person/tenure.entity.js';
import { Citation } from '../records/provenance/citation.entity.js';
import { Claim } from '../records/provenance/claim.entity.js';
import { Source } from '../records/provenance/source.entity.js';
import { Relation } from '../records/relation/relation.entity.js';
import { Tagging } from '../records/topic/tagging.entity.js';
import { Topic } from '../records/topic/topic.entity.js';
import { Visit } from '../records/visit/visit.entity.js';
import { VisitMember } from '../records/visit/visit-member.entity.js';
import { RecordEntity } from '../kernel/record.entity.js';

/** Every entity class, in one place for the ORM, the CLI and the migrations. */
export const entities = [
  RecordEntity,
  Institution,
  Person,
  Post,
  Tenure,
  Relation,
  Agreement,
  AgreementParty,
  AgreementAction,
  EventSeries,
  Event,
  Participation,
  Visit,
  VisitMember,
  Document,
  DocumentParty,
  Commitment,
  Topic,
  Tagging,
  Source,
  Citation,
  Claim,
  User,
  ApiToken,
  AuditEntry,
  IdempotencyKey,
];
