/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AgreementStatus =
  | 'DRAFT'
  | 'EXPIRED'
  | 'IN_FORCE'
  | 'NEGOTIATION'
  | 'SIGNED'
  | 'SUPERSEDED'
  | 'SUSPENDED'
  | 'TERMINATED';

/** The sections of a briefing, in the order they are printed. */
export type BriefingSectionKind =
  /** Agreements in force, expiring and overdue, each with its action ledger. */
  | 'AGREEMENTS'
  /** Open and overdue commitments, ours and theirs. */
  | 'COMMITMENTS'
  /** Scheduling conflicts in the coming window. */
  | 'CONFLICTS'
  /** Visit: the delegation’s members with their posts at the time. */
  | 'DELEGATION'
  /** Reported figures (claims) with their qualifiers. */
  | 'FIGURES'
  /** Visit or event: when, where, who hosts, status. */
  | 'LOGISTICS'
  /** Event: who takes part, in which role, and their RSVP. */
  | 'PARTICIPANTS'
  /** Current post holders (heads first) and when our side last met them. */
  | 'PEOPLE'
  /** Institution: names, acronym, aliases, kind, country, parent and bodies, identifiers. */
  | 'PROFILE'
  /** The latest events, visits and documents, with outcomes and who took part. */
  | 'RECENT'
  /** First and last recorded interaction, intensity by year, direct relations or the strongest path. */
  | 'RELATIONSHIP'
  /** Open commitments, upcoming deadlines and unanswered invitations, stated as facts. */
  | 'TALKING_POINTS'
  /** What is on the agenda. */
  | 'UPCOMING';

/** What a briefing is about. */
export type BriefingSubjectKind =
  | 'EVENT'
  | 'INSTITUTION'
  | 'VISIT';

/** How a reported figure relates to its value: "over 200" is MORE_THAN 200, "some 30" is ABOUT 30. */
export type ClaimQualifier =
  | 'ABOUT'
  | 'AT_LEAST'
  | 'AT_MOST'
  | 'EXACT'
  | 'FEWER_THAN'
  | 'MORE_THAN';

export type CommitmentStatus =
  | 'DONE'
  | 'DROPPED'
  | 'IN_PROGRESS'
  | 'OPEN';

/** How precisely a partial date is known. */
export type DatePrecision =
  | 'DAY'
  | 'MONTH'
  | 'YEAR';

export type DocumentKind =
  | 'AGREEMENT_TEXT'
  | 'APPEAL'
  | 'DECLARATION'
  | 'MINUTES'
  | 'OTHER'
  | 'REPORT'
  | 'RESOLUTION'
  | 'SPECIAL_REPORT'
  | 'STATEMENT';

/** Issued, co-issued, adopted, approved or endorsed by an institution, or addressed/submitted to one. */
export type DocumentRole =
  | 'ADDRESSED_TO'
  | 'ADOPTED_BY'
  | 'APPROVED_BY'
  | 'CO_ISSUER'
  | 'ENDORSED_BY'
  | 'ISSUER'
  | 'SUBMITTED_TO';

export type EventKind =
  | 'BOARD_MEETING'
  | 'CAMPAIGN'
  | 'CONFERENCE'
  | 'FORUM'
  | 'GENERAL_ASSEMBLY'
  | 'OTHER'
  | 'SESSION'
  | 'SIDE_EVENT'
  | 'SYMPOSIUM'
  | 'WORKSHOP';

/** What kind of body an institution is. */
export type InstitutionKind =
  /** A university or research institute. */
  | 'ACADEMIC'
  /** A ministry, agency or other state body. */
  | 'GOVERNMENT_BODY'
  /** An organ or body of an intergovernmental organisation (e.g. the OIC IPHRC). */
  | 'IGO_BODY'
  /** The UN, the Council of Europe, UNESCO, the OIC … */
  | 'INTERGOVERNMENTAL_ORGANIZATION'
  /** A news outlet or publisher. */
  | 'MEDIA'
  /** An association or network of institutions (ENOC, ENNHRI, the OIC Ombudsman Association). */
  | 'NETWORK'
  /** A civil-society organisation. */
  | 'NGO'
  /** A national human rights institution. */
  | 'NHRI'
  /** An ombudsman or ombudsperson office (incl. children’s ombudspersons). */
  | 'OMBUDSMAN'
  /** Anything else. */
  | 'OTHER';

/** Whether an institution still exists and operates. */
export type InstitutionStatus =
  | 'ACTIVE'
  | 'DISSOLVED'
  | 'INACTIVE'
  | 'MERGED';

export type ParticipationRole =
  | 'CHAIR'
  | 'CO_ORGANISER'
  | 'DELEGATE'
  | 'HOST'
  | 'MEDIA'
  | 'OBSERVER'
  | 'ORGANISER'
  | 'PARTICIPANT'
  | 'RAPPORTEUR'
  | 'SPEAKER';

/** How the subject relates to the object institution ("Ombudsman of Azerbaijan MEMBER_OF OIC Ombudsman Association"). */
export type RelationKind =
  /** Accreditation, e.g. GANHRI status. */
  | 'ACCREDITED_BY'
  /** An affiliated or associated institution. */
  | 'AFFILIATED_WITH'
  /** An organ or body of an organisation. */
  | 'BODY_OF'
  /** Ongoing cooperation without formal membership. */
  | 'COOPERATES_WITH'
  /** A member of a network or association. */
  | 'MEMBER_OF'
  /** Observer status in an organisation. */
  | 'OBSERVER_IN'
  /** Anything else; say what in `role`. */
  | 'OTHER'
  /** A formal partnership (often backed by an agreement). */
  | 'PARTNER_OF'
  /** A person representing an institution (liaison, envoy). */
  | 'REPRESENTS';

export type Role =
  /** Also deletes records, imports, and manages users and tokens. */
  | 'ADMIN'
  /** Also creates and changes records, and sees confidential ones. */
  | 'EDITOR'
  /** Reads records (not confidential ones). */
  | 'VIEWER';

export type RsvpStatus =
  | 'ATTENDED'
  | 'CONFIRMED'
  | 'DECLINED'
  | 'INVITED'
  | 'NO_SHOW';

/** Where a scheduled event or visit stands. */
export type ScheduleStatus =
  | 'CANCELLED'
  | 'CONFIRMED'
  | 'HELD'
  | 'PLANNED'
  | 'POSTPONED';

export type SortDirection =
  | 'ASC'
  | 'DESC';

/** What kind of publication a source is. */
export type SourceKind =
  | 'INTERNAL_NOTE'
  | 'INTERVIEW'
  | 'NEWS_ARTICLE'
  | 'OFFICIAL_DOCUMENT'
  | 'OTHER'
  | 'PRESS_RELEASE'
  | 'WEBSITE';

/** Narrows a timeline (and its counts). All given conditions must hold. */
export type TimelineFilter = {
  /** Commitments only in these statuses; other kinds are not affected. */
  commitmentStatus?: Array<CommitmentStatus> | null | undefined;
  /** ISO 3166-1 alpha-2 codes: events and visits by the country they took place in; items without a place (and events or visits whose country is unknown) by the country of an institution involved. */
  country?: Array<string> | null | undefined;
  /** true: only dated items; false: only undated ones; null: both (undated last). */
  dated?: boolean | null | undefined;
  /** Only items that may fall on or after this (partial) date: their end is not wholly before it. Leaves undated items out. */
  from?: string | null | undefined;
  /** Only these kinds of items. */
  kind?: Array<TimelineItemKind> | null | undefined;
  /** Events and visits only in these statuses (e.g. [PLANNED, CONFIRMED] for the future part); other kinds are not affected. */
  scheduleStatus?: Array<ScheduleStatus> | null | undefined;
  /** Only items that may fall on or before this (partial) date: their start is not wholly after it. Leaves undated items out. */
  to?: string | null | undefined;
  /** Only items tagged with any of these topics (agreement actions by their agreement’s topics). At most 100. */
  topicId?: Array<string> | null | undefined;
};

/** What a timeline item is. Items on the same day come in this order. */
export type TimelineItemKind =
  /** An entry of an agreement’s action ledger (signature, entry into force, termination …). */
  | 'AGREEMENT_ACTION'
  /** A commitment the institutions own, at its due date. */
  | 'COMMITMENT'
  /** A document the institutions issued, adopted, approved, endorsed or received. */
  | 'DOCUMENT'
  /** An event the institutions take part in (any role, or a person on their behalf). */
  | 'EVENT'
  /** A relation ends: its end date. */
  | 'RELATION_END'
  /** A relation (membership, partnership …) begins: its start date. */
  | 'RELATION_START'
  /** A visit by or to the institutions (delegation, host or delegation member). */
  | 'VISIT';

/** Relative to the registry’s own institution: INBOUND = a delegation comes to us; OUTBOUND = we go. */
export type VisitDirection =
  | 'INBOUND'
  | 'OUTBOUND';

export type VisitPurpose =
  | 'ASSESSMENT_MISSION'
  | 'MONITORING'
  | 'MUTUAL_VISIT'
  | 'OFFICIAL'
  | 'STUDY_VISIT';

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { __typename: 'Query', me: { __typename: 'User', id: string, name: string, email: string, role: Role } };

export type InstitutionPickerQueryVariables = Exact<{
  text: string;
}>;


export type InstitutionPickerQuery = { __typename: 'Query', search: Array<{ __typename: 'SearchHit', title: string, node:
      | { __typename: 'Agreement', id: string }
      | { __typename: 'AgreementAction', id: string }
      | { __typename: 'AgreementParty', id: string }
      | { __typename: 'ApiToken', id: string }
      | { __typename: 'AuditEntry', id: string }
      | { __typename: 'Citation', id: string }
      | { __typename: 'Claim', id: string }
      | { __typename: 'Commitment', id: string }
      | { __typename: 'Document', id: string }
      | { __typename: 'DocumentParty', id: string }
      | { __typename: 'Event', id: string }
      | { __typename: 'EventSeries', id: string }
      | { __typename: 'Institution', acronym: string | null, countryName: string | null, id: string }
      | { __typename: 'Participation', id: string }
      | { __typename: 'Person', id: string }
      | { __typename: 'Post', id: string }
      | { __typename: 'Relation', id: string }
      | { __typename: 'Source', id: string }
      | { __typename: 'Tenure', id: string }
      | { __typename: 'Topic', id: string }
      | { __typename: 'User', id: string }
      | { __typename: 'Visit', id: string }
      | { __typename: 'VisitMember', id: string }
     }> };

export type CitationFieldsFragment = { __typename: 'Citation', id: string, quote: string | null, locator: string | null, source: { __typename: 'Source', id: string, title: string, kind: SourceKind, url: string | null, publisherName: string | null, publishedOn: string | null } } & { ' $fragmentName'?: 'CitationFieldsFragment' };

export type ClaimFieldsFragment = { __typename: 'Claim', id: string, measure: string, qualifier: ClaimQualifier, value: number, statement: string | null, asOf: string | null, citations: Array<(
    { __typename: 'Citation' }
    & { ' $fragmentRefs'?: { 'CitationFieldsFragment': CitationFieldsFragment } }
  )> } & { ' $fragmentName'?: 'ClaimFieldsFragment' };

export type HeaderSearchQueryVariables = Exact<{
  text: string;
}>;


export type HeaderSearchQuery = { __typename: 'Query', search: Array<(
    { __typename: 'SearchHit' }
    & { ' $fragmentRefs'?: { 'SearchHitFieldsFragment': SearchHitFieldsFragment } }
  )> };

export type SearchHitFieldsFragment = { __typename: 'SearchHit', type: string, title: string, score: number, node:
    | { __typename: 'Agreement', effectiveFrom: string | null, id: string, agreementStatus: AgreementStatus }
    | { __typename: 'AgreementAction', id: string }
    | { __typename: 'AgreementParty', id: string }
    | { __typename: 'ApiToken', id: string }
    | { __typename: 'AuditEntry', id: string }
    | { __typename: 'Citation', id: string }
    | { __typename: 'Claim', id: string }
    | { __typename: 'Commitment', dueDate: string | null, id: string, commitmentStatus: CommitmentStatus }
    | { __typename: 'Document', date: string | null, id: string, documentKind: DocumentKind }
    | { __typename: 'DocumentParty', id: string }
    | { __typename: 'Event', startDate: string | null, endDate: string | null, city: string | null, id: string, eventKind: EventKind }
    | { __typename: 'EventSeries', id: string }
    | { __typename: 'Institution', acronym: string | null, countryName: string | null, id: string, institutionKind: InstitutionKind }
    | { __typename: 'Participation', id: string }
    | { __typename: 'Person', countryName: string | null, id: string }
    | { __typename: 'Post', id: string }
    | { __typename: 'Relation', id: string }
    | { __typename: 'Source', publisherName: string | null, publishedOn: string | null, id: string }
    | { __typename: 'Tenure', id: string }
    | { __typename: 'Topic', id: string }
    | { __typename: 'User', id: string }
    | { __typename: 'Visit', startDate: string | null, purpose: VisitPurpose, id: string }
    | { __typename: 'VisitMember', id: string }
   } & { ' $fragmentName'?: 'SearchHitFieldsFragment' };

type TimelineItemFields_TimelineAgreementAction_Fragment = { __typename: 'TimelineAgreementAction', kind: TimelineItemKind, date: string | null, endDate: string | null, precision: DatePrecision | null, title: string, status: string | null, agreement: { __typename: 'Agreement', id: string }, record:
    | { __typename: 'Agreement', id: string }
    | { __typename: 'AgreementAction', id: string }
    | { __typename: 'AgreementParty', id: string }
    | { __typename: 'ApiToken', id: string }
    | { __typename: 'AuditEntry', id: string }
    | { __typename: 'Citation', id: string }
    | { __typename: 'Claim', id: string }
    | { __typename: 'Commitment', id: string }
    | { __typename: 'Document', id: string }
    | { __typename: 'DocumentParty', id: string }
    | { __typename: 'Event', id: string }
    | { __typename: 'EventSeries', id: string }
    | { __typename: 'Institution', id: string }
    | { __typename: 'Participation', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'Post', id: string }
    | { __typename: 'Relation', id: string }
    | { __typename: 'Source', id: string }
    | { __typename: 'Tenure', id: string }
    | { __typename: 'Topic', id: string }
    | { __typename: 'User', id: string }
    | { __typename: 'Visit', id: string }
    | { __typename: 'VisitMember', id: string }
  , institutions: Array<{ __typename: 'Institution', id: string, name: string, acronym: string | null }>, sources: Array<{ __typename: 'Source', id: string, title: string, publisherName: string | null, publishedOn: string | null }> } & { ' $fragmentName'?: 'TimelineItemFields_TimelineAgreementAction_Fragment' };

type TimelineItemFields_TimelineCommitment_Fragment = { __typename: 'TimelineCommitment', kind: TimelineItemKind, date: string | null, endDate: string | null, precision: DatePrecision | null, title: string, status: string | null, record:
    | { __typename: 'Agreement', id: string }
    | { __typename: 'AgreementAction', id: string }
    | { __typename: 'AgreementParty', id: string }
    | { __typename: 'ApiToken', id: string }
    | { __typename: 'AuditEntry', id: string }
    | { __typename: 'Citation', id: string }
    | { __typename: 'Claim', id: string }
    | { __typename: 'Commitment', id: string }
    | { __typename: 'Document', id: string }
    | { __typename: 'DocumentParty', id: string }
    | { __typename: 'Event', id: string }
    | { __typename: 'EventSeries', id: string }
    | { __typename: 'Institution', id: string }
    | { __typename: 'Participation', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'Post', id: string }
    | { __typename: 'Relation', id: string }
    | { __typename: 'Source', id: string }
    | { __typename: 'Tenure', id: string }
    | { __typename: 'Topic', id: string }
    | { __typename: 'User', id: string }
    | { __typename: 'Visit', id: string }
    | { __typename: 'VisitMember', id: string }
  , institutions: Array<{ __typename: 'Institution', id: string, name: string, acronym: string | null }>, sources: Array<{ __typename: 'Source', id: string, title: string, publisherName: string | null, publishedOn: string | null }> } & { ' $fragmentName'?: 'TimelineItemFields_TimelineCommitment_Fragment' };

type TimelineItemFields_TimelineDocument_Fragment = { __typename: 'TimelineDocument', kind: TimelineItemKind, date: string | null, endDate: string | null, precision: DatePrecision | null, title: string, status: string | null, record:
    | { __typename: 'Agreement', id: string }
    | { __typename: 'AgreementAction', id: string }
    | { __typename: 'AgreementParty', id: string }
    | { __typename: 'ApiToken', id: string }
    | { __typename: 'AuditEntry', id: string }
    | { __typename: 'Citation', id: string }
    | { __typename: 'Claim', id: string }
    | { __typename: 'Commitment', id: string }
    | { __typename: 'Document', id: string }
    | { __typename: 'DocumentParty', id: string }
    | { __typename: 'Event', id: string }
    | { __typename: 'EventSeries', id: string }
    | { __typename: 'Institution', id: string }
    | { __typename: 'Participation', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'Post', id: string }
    | { __typename: 'Relation', id: string }
    | { __typename: 'Source', id: string }
    | { __typename: 'Tenure', id: string }
    | { __typename: 'Topic', id: string }
    | { __typename: 'User', id: string }
    | { __typename: 'Visit', id: string }
    | { __typename: 'VisitMember', id: string }
  , institutions: Array<{ __typename: 'Institution', id: string, name: string, acronym: string | null }>, sources: Array<{ __typename: 'Source', id: string, title: string, publisherName: string | null, publishedOn: string | null }> } & { ' $fragmentName'?: 'TimelineItemFields_TimelineDocument_Fragment' };

type TimelineItemFields_TimelineEvent_Fragment = { __typename: 'TimelineEvent', kind: TimelineItemKind, date: string | null, endDate: string | null, precision: DatePrecision | null, title: string, status: string | null, participations: Array<{ __typename: 'Participation', id: string, role: ParticipationRole, institution: { __typename: 'Institution', id: string } | null, person: { __typename: 'Person', id: string, name: string } | null }>, record:
    | { __typename: 'Agreement', id: string }
    | { __typename: 'AgreementAction', id: string }
    | { __typename: 'AgreementParty', id: string }
    | { __typename: 'ApiToken', id: string }
    | { __typename: 'AuditEntry', id: string }
    | { __typename: 'Citation', id: string }
    | { __typename: 'Claim', id: string }
    | { __typename: 'Commitment', id: string }
    | { __typename: 'Document', id: string }
    | { __typename: 'DocumentParty', id: string }
    | { __typename: 'Event', id: string }
    | { __typename: 'EventSeries', id: string }
    | { __typename: 'Institution', id: string }
    | { __typename: 'Participation', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'Post', id: string }
    | { __typename: 'Relation', id: string }
    | { __typename: 'Source', id: string }
    | { __typename: 'Tenure', id: string }
    | { __typename: 'Topic', id: string }
    | { __typename: 'User', id: string }
    | { __typename: 'Visit', id: string }
    | { __typename: 'VisitMember', id: string }
  , institutions: Array<{ __typename: 'Institution', id: string, name: string, acronym: string | null }>, sources: Array<{ __typename: 'Source', id: string, title: string, publisherName: string | null, publishedOn: string | null }> } & { ' $fragmentName'?: 'TimelineItemFields_TimelineEvent_Fragment' };

type TimelineItemFields_TimelineRelationChange_Fragment = { __typename: 'TimelineRelationChange', kind: TimelineItemKind, date: string | null, endDate: string | null, precision: DatePrecision | null, title: string, status: string | null, record:
    | { __typename: 'Agreement', id: string }
    | { __typename: 'AgreementAction', id: string }
    | { __typename: 'AgreementParty', id: string }
    | { __typename: 'ApiToken', id: string }
    | { __typename: 'AuditEntry', id: string }
    | { __typename: 'Citation', id: string }
    | { __typename: 'Claim', id: string }
    | { __typename: 'Commitment', id: string }
    | { __typename: 'Document', id: string }
    | { __typename: 'DocumentParty', id: string }
    | { __typename: 'Event', id: string }
    | { __typename: 'EventSeries', id: string }
    | { __typename: 'Institution', id: string }
    | { __typename: 'Participation', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'Post', id: string }
    | { __typename: 'Relation', id: string }
    | { __typename: 'Source', id: string }
    | { __typename: 'Tenure', id: string }
    | { __typename: 'Topic', id: string }
    | { __typename: 'User', id: string }
    | { __typename: 'Visit', id: string }
    | { __typename: 'VisitMember', id: string }
  , institutions: Array<{ __typename: 'Institution', id: string, name: string, acronym: string | null }>, sources: Array<{ __typename: 'Source', id: string, title: string, publisherName: string | null, publishedOn: string | null }> } & { ' $fragmentName'?: 'TimelineItemFields_TimelineRelationChange_Fragment' };

type TimelineItemFields_TimelineVisit_Fragment = { __typename: 'TimelineVisit', kind: TimelineItemKind, date: string | null, endDate: string | null, precision: DatePrecision | null, title: string, status: string | null, record:
    | { __typename: 'Agreement', id: string }
    | { __typename: 'AgreementAction', id: string }
    | { __typename: 'AgreementParty', id: string }
    | { __typename: 'ApiToken', id: string }
    | { __typename: 'AuditEntry', id: string }
    | { __typename: 'Citation', id: string }
    | { __typename: 'Claim', id: string }
    | { __typename: 'Commitment', id: string }
    | { __typename: 'Document', id: string }
    | { __typename: 'DocumentParty', id: string }
    | { __typename: 'Event', id: string }
    | { __typename: 'EventSeries', id: string }
    | { __typename: 'Institution', id: string }
    | { __typename: 'Participation', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'Post', id: string }
    | { __typename: 'Relation', id: string }
    | { __typename: 'Source', id: string }
    | { __typename: 'Tenure', id: string }
    | { __typename: 'Topic', id: string }
    | { __typename: 'User', id: string }
    | { __typename: 'Visit', id: string }
    | { __typename: 'VisitMember', id: string }
  , institutions: Array<{ __typename: 'Institution', id: string, name: string, acronym: string | null }>, sources: Array<{ __typename: 'Source', id: string, title: string, publisherName: string | null, publishedOn: string | null }> } & { ' $fragmentName'?: 'TimelineItemFields_TimelineVisit_Fragment' };

export type TimelineItemFieldsFragment =
  | TimelineItemFields_TimelineAgreementAction_Fragment
  | TimelineItemFields_TimelineCommitment_Fragment
  | TimelineItemFields_TimelineDocument_Fragment
  | TimelineItemFields_TimelineEvent_Fragment
  | TimelineItemFields_TimelineRelationChange_Fragment
  | TimelineItemFields_TimelineVisit_Fragment
;

export type BriefingSectionFieldsFragment = { __typename: 'BriefingSection', kind: BriefingSectionKind, title: string, emptyText: string | null, lines: Array<{ __typename: 'BriefingLine', text: string, dateText: string | null, footnotes: Array<number>, unsourced: boolean, level: number, record:
      | { __typename: 'Agreement', id: string }
      | { __typename: 'AgreementAction', id: string }
      | { __typename: 'AgreementParty', id: string }
      | { __typename: 'ApiToken', id: string }
      | { __typename: 'AuditEntry', id: string }
      | { __typename: 'Citation', id: string }
      | { __typename: 'Claim', id: string }
      | { __typename: 'Commitment', id: string }
      | { __typename: 'Document', id: string }
      | { __typename: 'DocumentParty', id: string }
      | { __typename: 'Event', id: string }
      | { __typename: 'EventSeries', id: string }
      | { __typename: 'Institution', id: string }
      | { __typename: 'Participation', id: string }
      | { __typename: 'Person', id: string }
      | { __typename: 'Post', id: string }
      | { __typename: 'Relation', id: string }
      | { __typename: 'Source', id: string }
      | { __typename: 'Tenure', id: string }
      | { __typename: 'Topic', id: string }
      | { __typename: 'User', id: string }
      | { __typename: 'Visit', id: string }
      | { __typename: 'VisitMember', id: string }
     | null }> } & { ' $fragmentName'?: 'BriefingSectionFieldsFragment' };

export type BriefingPageQueryVariables = Exact<{
  id: string;
  perspectiveId?: string | null | undefined;
  asOf?: string | null | undefined;
  since?: string | null | undefined;
}>;


export type BriefingPageQuery = { __typename: 'Query', briefing: { __typename: 'Briefing', title: string, subjectKind: BriefingSubjectKind, asOf: string, since: string | null, subject:
      | { __typename: 'Agreement', id: string }
      | { __typename: 'AgreementAction', id: string }
      | { __typename: 'AgreementParty', id: string }
      | { __typename: 'ApiToken', id: string }
      | { __typename: 'AuditEntry', id: string }
      | { __typename: 'Citation', id: string }
      | { __typename: 'Claim', id: string }
      | { __typename: 'Commitment', id: string }
      | { __typename: 'Document', id: string }
      | { __typename: 'DocumentParty', id: string }
      | { __typename: 'Event', id: string }
      | { __typename: 'EventSeries', id: string }
      | { __typename: 'Institution', id: string }
      | { __typename: 'Participation', id: string }
      | { __typename: 'Person', id: string }
      | { __typename: 'Post', id: string }
      | { __typename: 'Relation', id: string }
      | { __typename: 'Source', id: string }
      | { __typename: 'Tenure', id: string }
      | { __typename: 'Topic', id: string }
      | { __typename: 'User', id: string }
      | { __typename: 'Visit', id: string }
      | { __typename: 'VisitMember', id: string }
    , perspective: { __typename: 'Institution', id: string, name: string } | null, sections: Array<(
      { __typename: 'BriefingSection' }
      & { ' $fragmentRefs'?: { 'BriefingSectionFieldsFragment': BriefingSectionFieldsFragment } }
    )>, institutions: Array<{ __typename: 'Briefing', title: string, subject:
        | { __typename: 'Agreement', id: string }
        | { __typename: 'AgreementAction', id: string }
        | { __typename: 'AgreementParty', id: string }
        | { __typename: 'ApiToken', id: string }
        | { __typename: 'AuditEntry', id: string }
        | { __typename: 'Citation', id: string }
        | { __typename: 'Claim', id: string }
        | { __typename: 'Commitment', id: string }
        | { __typename: 'Document', id: string }
        | { __typename: 'DocumentParty', id: string }
        | { __typename: 'Event', id: string }
        | { __typename: 'EventSeries', id: string }
        | { __typename: 'Institution', id: string }
        | { __typename: 'Participation', id: string }
        | { __typename: 'Person', id: string }
        | { __typename: 'Post', id: string }
        | { __typename: 'Relation', id: string }
        | { __typename: 'Source', id: string }
        | { __typename: 'Tenure', id: string }
        | { __typename: 'Topic', id: string }
        | { __typename: 'User', id: string }
        | { __typename: 'Visit', id: string }
        | { __typename: 'VisitMember', id: string }
      , sections: Array<(
        { __typename: 'BriefingSection' }
        & { ' $fragmentRefs'?: { 'BriefingSectionFieldsFragment': BriefingSectionFieldsFragment } }
      )> }>, sources: Array<{ __typename: 'BriefingSource', number: number, title: string, publisher: string | null, publishedOn: string | null, url: string | null, quote: string | null, locator: string | null }> } };

export type HomeQueryVariables = Exact<{
  today: string;
}>;


export type HomeQuery = { __typename: 'Query', recent: { __typename: 'TimelineConnection', totalCount: number, edges: Array<{ __typename: 'TimelineEdge', cursor: string, node:
        | (
          { __typename: 'TimelineAgreementAction' }
          & { ' $fragmentRefs'?: { 'TimelineItemFields_TimelineAgreementAction_Fragment': TimelineItemFields_TimelineAgreementAction_Fragment } }
        )
        | (
          { __typename: 'TimelineCommitment' }
          & { ' $fragmentRefs'?: { 'TimelineItemFields_TimelineCommitment_Fragment': TimelineItemFields_TimelineCommitment_Fragment } }
        )
        | (
          { __typename: 'TimelineDocument' }
          & { ' $fragmentRefs'?: { 'TimelineItemFields_TimelineDocument_Fragment': TimelineItemFields_TimelineDocument_Fragment } }
        )
        | (
          { __typename: 'TimelineEvent' }
          & { ' $fragmentRefs'?: { 'TimelineItemFields_TimelineEvent_Fragment': TimelineItemFields_TimelineEvent_Fragment } }
        )
        | (
          { __typename: 'TimelineRelationChange' }
          & { ' $fragmentRefs'?: { 'TimelineItemFields_TimelineRelationChange_Fragment': TimelineItemFields_TimelineRelationChange_Fragment } }
        )
        | (
          { __typename: 'TimelineVisit' }
          & { ' $fragmentRefs'?: { 'TimelineItemFields_TimelineVisit_Fragment': TimelineItemFields_TimelineVisit_Fragment } }
        )
       }> }, upcoming: { __typename: 'TimelineConnection', totalCount: number, edges: Array<{ __typename: 'TimelineEdge', cursor: string, node:
        | (
          { __typename: 'TimelineAgreementAction' }
          & { ' $fragmentRefs'?: { 'TimelineItemFields_TimelineAgreementAction_Fragment': TimelineItemFields_TimelineAgreementAction_Fragment } }
        )
        | (
          { __typename: 'TimelineCommitment' }
          & { ' $fragmentRefs'?: { 'TimelineItemFields_TimelineCommitment_Fragment': TimelineItemFields_TimelineCommitment_Fragment } }
        )
        | (
          { __typename: 'TimelineDocument' }
          & { ' $fragmentRefs'?: { 'TimelineItemFields_TimelineDocument_Fragment': TimelineItemFields_TimelineDocument_Fragment } }
        )
        | (
          { __typename: 'TimelineEvent' }
          & { ' $fragmentRefs'?: { 'TimelineItemFields_TimelineEvent_Fragment': TimelineItemFields_TimelineEvent_Fragment } }
        )
        | (
          { __typename: 'TimelineRelationChange' }
          & { ' $fragmentRefs'?: { 'TimelineItemFields_TimelineRelationChange_Fragment': TimelineItemFields_TimelineRelationChange_Fragment } }
        )
        | (
          { __typename: 'TimelineVisit' }
          & { ' $fragmentRefs'?: { 'TimelineItemFields_TimelineVisit_Fragment': TimelineItemFields_TimelineVisit_Fragment } }
        )
       }> } };

export type InstitutionPageQueryVariables = Exact<{
  id: string;
}>;


export type InstitutionPageQuery = { __typename: 'Query', institution: (
    { __typename: 'Institution', id: string, name: string, acronym: string | null, aliases: Array<string>, kind: InstitutionKind, status: InstitutionStatus, countryName: string | null, description: string | null, website: string | null, parent: { __typename: 'Institution', id: string, name: string, acronym: string | null } | null, children: Array<{ __typename: 'Institution', id: string }>, identifiers: Array<{ __typename: 'InstitutionIdentifier', scheme: string, value: string, url: string | null }>, citations: Array<(
      { __typename: 'Citation' }
      & { ' $fragmentRefs'?: { 'CitationFieldsFragment': CitationFieldsFragment } }
    )>, claims: Array<(
      { __typename: 'Claim' }
      & { ' $fragmentRefs'?: { 'ClaimFieldsFragment': ClaimFieldsFragment } }
    )> }
    & { ' $fragmentRefs'?: { 'InstitutionSideFieldsFragment': InstitutionSideFieldsFragment;'InstitutionRecordsFieldsFragment': InstitutionRecordsFieldsFragment } }
  ), topics: { __typename: 'TopicConnection', nodes: Array<{ __typename: 'Topic', id: string, name: string }> } };

export type InstitutionRecordsFieldsFragment = { __typename: 'Institution', id: string, events: Array<{ __typename: 'Participation', id: string, role: ParticipationRole, rsvp: RsvpStatus, person: { __typename: 'Person', id: string, name: string } | null, event: { __typename: 'Event', id: string, title: string, kind: EventKind, startDate: string | null, endDate: string | null, city: string | null, countryName: string | null, status: ScheduleStatus } }>, visits: Array<{ __typename: 'Visit', id: string, title: string, direction: VisitDirection, purpose: VisitPurpose, startDate: string | null, endDate: string | null, place: string | null, status: ScheduleStatus, delegationOf: { __typename: 'Institution', id: string, name: string }, host: { __typename: 'Institution', id: string, name: string } | null }>, documentParties: Array<{ __typename: 'DocumentParty', id: string, role: DocumentRole, date: string | null, document: { __typename: 'Document', id: string, title: string, kind: DocumentKind, date: string | null } }> } & { ' $fragmentName'?: 'InstitutionRecordsFieldsFragment' };

export type InstitutionSideFieldsFragment = { __typename: 'Institution', id: string, parent: { __typename: 'Institution', id: string, name: string } | null, children: Array<{ __typename: 'Institution', id: string, name: string, acronym: string | null }>, agreements: Array<{ __typename: 'Agreement', id: string, title: string, status: AgreementStatus, expiresOn: string | null, daysToExpiry: number | null, isOverdueExpiry: boolean }>, commitments: Array<{ __typename: 'Commitment', id: string, title: string, dueDate: string | null, isOverdue: boolean, status: CommitmentStatus }>, posts: Array<{ __typename: 'Post', id: string, title: string, isHead: boolean, holders: Array<{ __typename: 'Person', id: string, name: string }> }>, upcoming: Array<{ __typename: 'Participation', id: string, role: ParticipationRole, event: { __typename: 'Event', id: string, title: string, startDate: string | null, endDate: string | null, status: ScheduleStatus } }> } & { ' $fragmentName'?: 'InstitutionSideFieldsFragment' };

export type InstitutionPartnersQueryVariables = Exact<{
  id: string;
  date: string;
  from: string;
  compare: boolean;
}>;


export type InstitutionPartnersQuery = { __typename: 'Query', partnersAsOf: { __typename: 'PartnersAsOf', date: string, partners: Array<{ __typename: 'Partner', institution: { __typename: 'Institution', id: string, name: string, acronym: string | null, countryName: string | null }, relations: Array<{ __typename: 'Relation', id: string, kind: RelationKind, role: string | null, subject:
          | { __typename: 'Institution', id: string }
          | { __typename: 'Person' }
         }>, agreements: Array<{ __typename: 'Agreement', id: string, title: string }> }> }, partnerChanges?: { __typename: 'PartnerChanges', from: string, to: string, partnersGained: Array<{ __typename: 'Institution', id: string, name: string }>, partnersLost: Array<{ __typename: 'Institution', id: string, name: string }>, agreementsEntered: Array<{ __typename: 'Agreement', id: string, title: string }>, agreementsLeft: Array<{ __typename: 'Agreement', id: string, title: string }>, relationsStarted: Array<{ __typename: 'Relation', id: string, kind: RelationKind, object: { __typename: 'Institution', id: string, name: string } }>, relationsEnded: Array<{ __typename: 'Relation', id: string, kind: RelationKind, object: { __typename: 'Institution', id: string, name: string } }> } };

export type InstitutionTimelineQueryVariables = Exact<{
  ids?: Array<string> | string | null | undefined;
  bodiesOf?: string | null | undefined;
  sharedWith?: string | null | undefined;
  filter?: TimelineFilter | null | undefined;
  order?: SortDirection | null | undefined;
  after?: string | null | undefined;
  withId: string;
  hasWith: boolean;
}>;


export type InstitutionTimelineQuery = { __typename: 'Query', timeline: { __typename: 'TimelineConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'TimelineEdge', cursor: string, node:
        | (
          { __typename: 'TimelineAgreementAction' }
          & { ' $fragmentRefs'?: { 'TimelineItemFields_TimelineAgreementAction_Fragment': TimelineItemFields_TimelineAgreementAction_Fragment } }
        )
        | (
          { __typename: 'TimelineCommitment' }
          & { ' $fragmentRefs'?: { 'TimelineItemFields_TimelineCommitment_Fragment': TimelineItemFields_TimelineCommitment_Fragment } }
        )
        | (
          { __typename: 'TimelineDocument' }
          & { ' $fragmentRefs'?: { 'TimelineItemFields_TimelineDocument_Fragment': TimelineItemFields_TimelineDocument_Fragment } }
        )
        | (
          { __typename: 'TimelineEvent' }
          & { ' $fragmentRefs'?: { 'TimelineItemFields_TimelineEvent_Fragment': TimelineItemFields_TimelineEvent_Fragment } }
        )
        | (
          { __typename: 'TimelineRelationChange' }
          & { ' $fragmentRefs'?: { 'TimelineItemFields_TimelineRelationChange_Fragment': TimelineItemFields_TimelineRelationChange_Fragment } }
        )
        | (
          { __typename: 'TimelineVisit' }
          & { ' $fragmentRefs'?: { 'TimelineItemFields_TimelineVisit_Fragment': TimelineItemFields_TimelineVisit_Fragment } }
        )
       }> }, withInstitution?:
    | { __typename: 'Agreement', id: string }
    | { __typename: 'AgreementAction', id: string }
    | { __typename: 'AgreementParty', id: string }
    | { __typename: 'ApiToken', id: string }
    | { __typename: 'AuditEntry', id: string }
    | { __typename: 'Citation', id: string }
    | { __typename: 'Claim', id: string }
    | { __typename: 'Commitment', id: string }
    | { __typename: 'Document', id: string }
    | { __typename: 'DocumentParty', id: string }
    | { __typename: 'Event', id: string }
    | { __typename: 'EventSeries', id: string }
    | { __typename: 'Institution', name: string, id: string }
    | { __typename: 'Participation', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'Post', id: string }
    | { __typename: 'Relation', id: string }
    | { __typename: 'Source', id: string }
    | { __typename: 'Tenure', id: string }
    | { __typename: 'Topic', id: string }
    | { __typename: 'User', id: string }
    | { __typename: 'Visit', id: string }
    | { __typename: 'VisitMember', id: string }
   | null };

export const CitationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"locator"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"publisherName"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}}]}}]}}]} as unknown as DocumentNode<CitationFieldsFragment, unknown>;
export const ClaimFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClaimFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"locator"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"publisherName"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}}]}}]}}]} as unknown as DocumentNode<ClaimFieldsFragment, unknown>;
export const SearchHitFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SearchHitFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SearchHit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Institution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"countryName"}},{"kind":"Field","alias":{"kind":"Name","value":"institutionKind"},"name":{"kind":"Name","value":"kind"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"countryName"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","alias":{"kind":"Name","value":"eventKind"},"name":{"kind":"Name","value":"kind"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Visit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"agreementStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","alias":{"kind":"Name","value":"documentKind"},"name":{"kind":"Name","value":"kind"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commitment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","alias":{"kind":"Name","value":"commitmentStatus"},"name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publisherName"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}}]}}]}}]}}]} as unknown as DocumentNode<SearchHitFieldsFragment, unknown>;
export const TimelineItemFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimelineItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimelineItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"record"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institutions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisherName"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimelineAgreementAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimelineEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TimelineItemFieldsFragment, unknown>;
export const BriefingSectionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BriefingSectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BriefingSection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"emptyText"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"dateText"}},{"kind":"Field","name":{"kind":"Name","value":"footnotes"}},{"kind":"Field","name":{"kind":"Name","value":"unsourced"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"record"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<BriefingSectionFieldsFragment, unknown>;
export const InstitutionRecordsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstitutionRecordsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Institution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"rsvp"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"countryName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"visits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"delegationOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"host"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"documentParties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]}}]} as unknown as DocumentNode<InstitutionRecordsFieldsFragment, unknown>;
export const InstitutionSideFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstitutionSideFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Institution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"daysToExpiry"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdueExpiry"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commitments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"OPEN"},{"kind":"EnumValue","value":"IN_PROGRESS"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"posts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"isHead"}},{"kind":"Field","name":{"kind":"Name","value":"holders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"upcoming"},"name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<InstitutionSideFieldsFragment, unknown>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const InstitutionPickerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InstitutionPicker"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"INSTITUTION"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"12"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Institution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"countryName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InstitutionPickerQuery, InstitutionPickerQueryVariables>;
export const HeaderSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HeaderSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"24"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SearchHitFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SearchHitFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SearchHit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Institution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"countryName"}},{"kind":"Field","alias":{"kind":"Name","value":"institutionKind"},"name":{"kind":"Name","value":"kind"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"countryName"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","alias":{"kind":"Name","value":"eventKind"},"name":{"kind":"Name","value":"kind"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Visit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"agreementStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","alias":{"kind":"Name","value":"documentKind"},"name":{"kind":"Name","value":"kind"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commitment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","alias":{"kind":"Name","value":"commitmentStatus"},"name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publisherName"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}}]}}]}}]}}]} as unknown as DocumentNode<HeaderSearchQuery, HeaderSearchQueryVariables>;
export const BriefingPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BriefingPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"perspectiveId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"since"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PartialDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"briefing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"perspectiveId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"perspectiveId"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"since"},"value":{"kind":"Variable","name":{"kind":"Name","value":"since"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"subjectKind"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"perspective"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BriefingSectionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institutions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BriefingSectionFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"locator"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BriefingSectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BriefingSection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"emptyText"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"dateText"}},{"kind":"Field","name":{"kind":"Name","value":"footnotes"}},{"kind":"Field","name":{"kind":"Name","value":"unsourced"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"record"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<BriefingPageQuery, BriefingPageQueryVariables>;
export const HomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Home"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"today"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PartialDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"recent"},"name":{"kind":"Name","value":"timeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"order"},"value":{"kind":"EnumValue","value":"DESC"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"12"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"today"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimelineItemFields"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"upcoming"},"name":{"kind":"Name","value":"timeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"order"},"value":{"kind":"EnumValue","value":"ASC"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"8"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"today"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"scheduleStatus"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"PLANNED"},{"kind":"EnumValue","value":"CONFIRMED"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimelineItemFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimelineItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimelineItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"record"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institutions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisherName"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimelineAgreementAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimelineEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HomeQuery, HomeQueryVariables>;
export const InstitutionPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InstitutionPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"countryName"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"identifiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claims"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClaimFields"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstitutionSideFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstitutionRecordsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"locator"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"publisherName"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClaimFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstitutionSideFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Institution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"daysToExpiry"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdueExpiry"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commitments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"OPEN"},{"kind":"EnumValue","value":"IN_PROGRESS"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"posts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"isHead"}},{"kind":"Field","name":{"kind":"Name","value":"holders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"upcoming"},"name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstitutionRecordsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Institution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"rsvp"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"countryName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"visits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"delegationOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"host"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"documentParties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]}}]} as unknown as DocumentNode<InstitutionPageQuery, InstitutionPageQueryVariables>;
export const InstitutionPartnersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InstitutionPartners"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"compare"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnersAsOf"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"institutionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"countryName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Institution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnerChanges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"institutionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"compare"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"partnersGained"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnersLost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreementsEntered"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreementsLeft"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationsStarted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"object"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationsEnded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"object"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InstitutionPartnersQuery, InstitutionPartnersQueryVariables>;
export const InstitutionTimelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InstitutionTimeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bodiesOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sharedWith"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TimelineFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"order"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SortDirection"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hasWith"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"institutionIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}},{"kind":"Argument","name":{"kind":"Name","value":"bodiesOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bodiesOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"sharedWith"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sharedWith"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"order"},"value":{"kind":"Variable","name":{"kind":"Name","value":"order"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"25"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimelineItemFields"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"withInstitution"},"name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withId"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hasWith"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Institution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimelineItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimelineItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"record"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institutions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisherName"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimelineAgreementAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimelineEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InstitutionTimelineQuery, InstitutionTimelineQueryVariables>;