// Every GraphQL resolver class of this area, for the schema build (server/app/schema.ts).
import type { ClassType } from 'type-graphql';
import { Agreement } from '../agreement/agreement.entity.js';
import { AgreementAction } from '../agreement/agreement-action.entity.js';
import { AgreementParty } from '../agreement/agreement-party.entity.js';
import { Commitment } from '../commitment/commitment.entity.js';
import { Document } from '../document/document.entity.js';
import { DocumentParty } from '../document/document-party.entity.js';
import { Event } from '../event/event.entity.js';
import { EventSeries } from '../event/event-series.entity.js';
import { Participation } from '../event/participation.entity.js';
import { Institution } from '../institution/institution.entity.js';
import { Person } from '../person/person.entity.js';
import { Post } from '../person/post.entity.js';
import { Tenure } from '../person/tenure.entity.js';
import { Relation } from '../relation/relation.entity.js';
import { Topic } from '../topic/topic.entity.js';
import { Visit } from '../visit/visit.entity.js';
import { VisitMember } from '../visit/visit-member.entity.js';
import { Claim } from './claim.entity.js';
import { provenanceResolver } from './provenance.fields.js';
import { CitationResolver, ClaimResolver, SourceResolver } from './provenance.resolver.js';
import { Source } from './source.entity.js';

/** Every record type that can cite sources and carry reported figures (a citation names any record by type and key). */
const CITABLE: ClassType<{ id: string }>[] = [
  Institution,
  Person,
  Post,
  Tenure,
  Relation,
  Agreement,
  AgreementParty,
  AgreementAction,
  Event,
  EventSeries,
  Participation,
  Visit,
  VisitMember,
  Document,
  DocumentParty,
  Commitment,
  Topic,
  Claim,
];

export const provenanceResolvers: Function[] = [
  SourceResolver,
  CitationResolver,
  ClaimResolver,
  ...CITABLE.flatMap((type) => provenanceResolver(type)),
  // Source.citations lists the records citing the source (SourceResolver), not sources it cites.
  ...provenanceResolver(Source, { citations: false }),
];
