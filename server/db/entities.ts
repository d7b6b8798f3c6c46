import { Agreement } from '../modules/agreement/agreement.entity.js';
import { AuditEntry } from '../modules/audit/audit-entry.entity.js';
import { ApiToken } from '../modules/auth/api-token.entity.js';
import { User } from '../modules/auth/user.entity.js';
import { AgreementAction } from '../modules/agreement/agreement-action.entity.js';
import { AgreementParty } from '../modules/agreement/agreement-party.entity.js';
import { Commitment } from '../modules/commitment/commitment.entity.js';
import { Document } from '../modules/document/document.entity.js';
import { DocumentParty } from '../modules/document/document-party.entity.js';
import { Event } from '../modules/event/event.entity.js';
import { EventSeries } from '../modules/event/event-series.entity.js';
import { Participation } from '../modules/event/participation.entity.js';
import { IdempotencyKey } from '../modules/idempotency/idempotency-key.entity.js';
import { Institution } from '../modules/institution/institution.entity.js';
import { Person } from '../modules/person/person.entity.js';
import { Post } from '../modules/person/post.entity.js';
import { Tenure } from '../modules/person/tenure.entity.js';
import { Citation } from '../modules/provenance/citation.entity.js';
import { Claim } from '../modules/provenance/claim.entity.js';
import { Source } from '../modules/provenance/source.entity.js';
import { Relation } from '../modules/relation/relation.entity.js';
import { Tagging } from '../modules/topic/tagging.entity.js';
import { Topic } from '../modules/topic/topic.entity.js';
import { Visit } from '../modules/visit/visit.entity.js';
import { VisitMember } from '../modules/visit/visit-member.entity.js';
import { RecordEntity } from './record.entity.js';

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
