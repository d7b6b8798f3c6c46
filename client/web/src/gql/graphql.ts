/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** An institution to add as a party to an agreement. */
export type AddAgreementPartyInput = {
  /** Global ID of the agreement the institution joins. */
  agreementId: string;
  /** The institution that is party (at most once per agreement). */
  institutionId: string;
  /** Defaults to PARTY. */
  role?: AgreementPartyRole | null | undefined;
  /** The Person who signed (or will sign) for the institution. */
  signatoryId?: string | null | undefined;
  /** Date the institution signed. A SIGNATURE ledger entry is added for it when the agreement moves to SIGNED. */
  signedOn?: string | null | undefined;
};

/** A participant to add to an event (exactly one of institutionId, personId). */
export type AddParticipationInput = {
  /** Global ID of the event. */
  eventId: string;
  /** Global ID of the participating institution (or give personId). */
  institutionId?: string | null | undefined;
  /** Free text about the participation, e.g. the title of the address given. */
  note?: string | null | undefined;
  /** The institution the participant represents. */
  onBehalfOfId?: string | null | undefined;
  /** Global ID of the participating person (or give institutionId). */
  personId?: string | null | undefined;
  /** The participant’s role at the event. */
  role: ParticipationRole;
  /** Defaults to INVITED. */
  rsvp?: RsvpStatus | null | undefined;
};

/** A person or an institution to add to a visit’s delegation (exactly one of personId, institutionId). */
export type AddVisitMemberInput = {
  /** Global ID of the institution (or give personId). */
  institutionId?: string | null | undefined;
  /** Global ID of the person (or give institutionId). */
  personId?: string | null | undefined;
  /** Defaults to MEMBER. */
  role?: DelegationRole | null | undefined;
  /** Global ID of the visit. */
  visitId: string;
};

/** What an agenda (or calendar) entry is. */
export type AgendaItemKind =
  /** An agreement’s expiry date (expiresOn). */
  | 'AGREEMENT_EXPIRY'
  /** Last day to give notice against an agreement’s auto-renewal (expiresOn − noticePeriodDays). */
  | 'AGREEMENT_NOTICE_DEADLINE'
  /** An agreement’s review date (reviewDue). */
  | 'AGREEMENT_REVIEW'
  /** A commitment’s due date. */
  | 'COMMITMENT_DUE'
  /** An event (each occurrence of a recurring one). */
  | 'EVENT'
  /** A visit. */
  | 'VISIT';

/** An entry of an agreement’s action ledger, as treaty registries record per-party actions. */
export type AgreementActionKind =
  /** The text was amended. */
  | 'AMENDMENT'
  /** The agreement entered into force (for all parties or one). */
  | 'ENTRY_INTO_FORCE'
  /** The agreement expired at the end of its term. */
  | 'EXPIRY'
  /** The term was extended without a new agreement. */
  | 'EXTENSION'
  /** The agreement was renewed for a further term. */
  | 'RENEWAL'
  /** A suspended agreement applies again. */
  | 'RESUMPTION'
  /** A party signed. */
  | 'SIGNATURE'
  /** The agreement was suspended (for all parties or one). */
  | 'SUSPENSION'
  /** The agreement was ended before its term. */
  | 'TERMINATION'
  /** One party withdrew; the agreement may go on for the others. */
  | 'WITHDRAWAL';

/** Which date of an agreement a deadline is. */
export type AgreementDeadlineKind =
  /** The agreement expires (expiresOn). */
  | 'EXPIRY'
  /** Last day to give notice against automatic renewal (expiresOn minus noticePeriodDays). */
  | 'NOTICE_DEADLINE'
  /** The parties are due to review the agreement (reviewDue). */
  | 'REVIEW';

/** Narrows `agreements`. All given conditions must hold. */
export type AgreementFilter = {
  /** true: only confidential agreements; false: only the others. Callers below EDITOR never see confidential ones. */
  confidential?: boolean | null | undefined;
  /** Only agreements that expire on or after this date. */
  expiresAfter?: string | null | undefined;
  /** Only agreements that expire on or before this date. */
  expiresBefore?: string | null | undefined;
  /** Any of these kinds. */
  kind?: Array<AgreementKind> | null | undefined;
  /** Only agreements this institution is a party to (in any role). */
  partyId?: string | null | undefined;
  /** Case-insensitive substring of the title. */
  search?: string | null | undefined;
  /** Any of these statuses. */
  status?: Array<AgreementStatus> | null | undefined;
  /** true: only records that cite no source; false: only records citing at least one. */
  uncited?: boolean | null | undefined;
};

/** What sort of instrument an agreement is. */
export type AgreementKind =
  /** A plan of joint activities, usually for a few years. */
  | 'ACTION_PLAN'
  /** A cooperation agreement with obligations for the parties. */
  | 'COOPERATION_AGREEMENT'
  /** A joint declaration or statement of intent. */
  | 'JOINT_DECLARATION'
  /** A memorandum of understanding (MoU). */
  | 'MEMORANDUM_OF_UNDERSTANDING'
  /** Any other kind of agreement. */
  | 'OTHER';

/** How to sort a list of agreement records. */
export type AgreementOrder = {
  /** ASC (smallest, earliest or A first) or DESC. */
  direction?: SortDirection;
  /** What to sort by. */
  field?: AgreementOrderField;
};

/** Agreements without the date come after those with one, in either direction. */
export type AgreementOrderField =
  /** By when the record was created in the registry. */
  | 'CREATED_AT'
  /** By the date it takes effect. */
  | 'EFFECTIVE_FROM'
  /** By the date it expires. */
  | 'EXPIRES_ON'
  /** Alphabetically by title. */
  | 'TITLE'
  /** By when the record was last changed. */
  | 'UPDATED_AT';

/** A party named when creating an agreement. */
export type AgreementPartyInput = {
  /** The institution that is party (at most once per agreement). */
  institutionId: string;
  /** Defaults to PARTY. */
  role?: AgreementPartyRole | null | undefined;
  /** The Person who signed (or will sign) for the institution. */
  signatoryId?: string | null | undefined;
  /** Date the institution signed. A SIGNATURE ledger entry is added for it when the agreement moves to SIGNED. */
  signedOn?: string | null | undefined;
};

/** The role of an institution in an agreement. */
export type AgreementPartyRole =
  /** Keeps the original text and records the parties’ actions. */
  | 'DEPOSITARY'
  /** Follows the agreement without being bound by it. */
  | 'OBSERVER'
  /** Bound by the agreement. */
  | 'PARTY'
  /** Witnessed the signature. */
  | 'WITNESS';

/** Where an agreement stands: DRAFT → NEGOTIATION → SIGNED → IN_FORCE ⇄ SUSPENDED → EXPIRED, TERMINATED or SUPERSEDED. */
export type AgreementStatus =
  /** Being drafted; not yet shared with the other parties. */
  | 'DRAFT'
  /** Its term ended without renewal. */
  | 'EXPIRED'
  /** In force and applying to its parties. */
  | 'IN_FORCE'
  /** Under negotiation between the parties. */
  | 'NEGOTIATION'
  /** Signed but not yet in force. */
  | 'SIGNED'
  /** Replaced by a newer agreement (see renewedBy). */
  | 'SUPERSEDED'
  /** Temporarily not applied. */
  | 'SUSPENDED'
  /** Ended before its term. */
  | 'TERMINATED';

/** What a write did to a record. */
export type AuditAction =
  /** The record was created. */
  | 'CREATE'
  /** The record was deleted. */
  | 'DELETE'
  /** The record was changed. */
  | 'UPDATE';

/** Narrows `auditLog`. All given conditions must hold. */
export type AuditLogFilter = {
  /** Only entries of any of these actions. */
  action?: Array<AuditAction> | null | undefined;
  /** Only entries written at or after this instant. */
  from?: string | null | undefined;
  /** The mutation, e.g. "updateInstitution". */
  operation?: string | null | undefined;
  /** Changes to this record. */
  recordId?: string | null | undefined;
  /** Changes to records of this type, e.g. "Institution". */
  recordType?: string | null | undefined;
  /** Only entries written before this instant. */
  to?: string | null | undefined;
  /** Changes made by this user. */
  userId?: string | null | undefined;
};

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
  /** A briefing about an event. */
  | 'EVENT'
  /** A briefing about an institution. */
  | 'INSTITUTION'
  /** A briefing about a visit. */
  | 'VISIT';

/** Moves an agreement along its lifecycle and records the matching ledger entry. */
export type ChangeAgreementStatusInput = {
  /** When the move happened; the date of the ledger entry it records. Defaults to effectiveFrom for IN_FORCE and to expiresOn for EXPIRED; required for SUSPENDED, TERMINATED and SUPERSEDED and for a resumption. */
  date?: string | null | undefined;
  /** Global ID of the agreement. */
  id: string;
  /** Note for the ledger entry. */
  note?: string | null | undefined;
  /** The status to move to; must be an allowed move from the current one (INVALID_TRANSITION otherwise). */
  status: AgreementStatus;
  /** The version you read; refused with CONFLICT if the agreement changed since. Left out: no check. */
  version?: number | null | undefined;
};

/** QUOTED: the source says it (see quote). INFERRED: the registry editors supplied a value the source does not state (see reason). */
export type CitationBasis =
  /** The registry editors supplied the value; the source does not state it (see reason). */
  | 'INFERRED'
  /** The source states it (see quote). */
  | 'QUOTED';

/** Cites a source for any record (institution, event, document, figure …). */
export type CiteSourceInput = {
  /** Default QUOTED; INFERRED needs a reason. */
  basis?: CitationBasis | null | undefined;
  /** The record fields this citation supports (e.g. ["startDate"]); omitted = the record as a whole. */
  fields?: Array<string> | null | undefined;
  /** Where in the source: paragraph, page, timestamp. */
  locator?: string | null | undefined;
  /** The words of the source that support the record. */
  quote?: string | null | undefined;
  /** Why an INFERRED value was chosen. */
  reason?: string | null | undefined;
  /** Global ID of the record the source supports. */
  recordId: string;
  /** Global ID of the source to cite. */
  sourceId: string;
};

/** How a reported figure relates to its value: "over 200" is MORE_THAN 200, "some 30" is ABOUT 30. */
export type ClaimQualifier =
  /** Approximately the value ("some 30", "around 30"). */
  | 'ABOUT'
  /** The value or more ("at least 30"). */
  | 'AT_LEAST'
  /** The value or fewer ("up to 30"). */
  | 'AT_MOST'
  /** Exactly the value. */
  | 'EXACT'
  /** Strictly below the value ("fewer than 30"). */
  | 'FEWER_THAN'
  /** Strictly above the value ("over 200"). */
  | 'MORE_THAN';

/** Where a commitment stands: OPEN → IN_PROGRESS → DONE, or DROPPED. */
export type CommitmentStatus =
  /** Fulfilled (evidence says how). */
  | 'DONE'
  /** Given up or overtaken; no longer followed. */
  | 'DROPPED'
  /** Work on it has started. */
  | 'IN_PROGRESS'
  /** Taken on, nothing done yet. */
  | 'OPEN';

/** What two overlapping events or visits share. */
export type ConflictKind =
  /** The same institution hosts both (HOST participation of an event, host of a visit). */
  | 'HOST'
  /** The same person takes part in both (participant, speaker, delegation member; declined RSVPs do not count). */
  | 'PERSON'
  /** Both events take place at the same venue (same city when both give one). */
  | 'VENUE';

/** Which records count as cooperation, and which institutions the network may pass through. */
export type CooperationFilter = {
  /** Only reach institutions in these countries (ISO 3166-1 alpha-2). */
  countries?: Array<string> | null | undefined;
  /** Only records whose dates reach this date or later (partial dates compare by the days they cover; undated records are left out). */
  from?: string | null | undefined;
  /** Only reach institutions of these kinds (the starting institution and the path target always count). */
  institutionKinds?: Array<InstitutionKind> | null | undefined;
  /** Only these kinds of records (default: all). */
  kinds?: Array<CooperationKind> | null | undefined;
  /** Ignore edges lighter than this weight. */
  minWeight?: number | null | undefined;
  /** Only records whose dates start on or before this date (undated records are left out). */
  to?: string | null | undefined;
};

/** What kind of record connects two institutions in the cooperation network. */
export type CooperationKind =
  /** Both are parties to the same agreement. Weight 3. */
  | 'AGREEMENT'
  /** Both issued, co-issued, adopted, approved or endorsed the same document. Weight 1.5. */
  | 'DOCUMENT'
  /** Both took part in the same event (not cancelled; declined and no-show participations do not count). Weight 1. */
  | 'EVENT'
  /** A relation between the two (member of, partner of, body of …). Weight 2. */
  | 'RELATION'
  /** Both were part of the same visit: the delegation, its host, or an institution in the delegation (not cancelled). Weight 2. */
  | 'VISIT';

/** A new agreement. It starts in DRAFT; use changeAgreementStatus to move it on. */
export type CreateAgreementInput = {
  /** Defaults to false. */
  autoRenews?: boolean | null | undefined;
  /** Defaults to false. */
  confidential?: boolean | null | undefined;
  /** Date it takes effect, if known. */
  effectiveFrom?: string | null | undefined;
  /** Must be after effectiveFrom. */
  expiresOn?: string | null | undefined;
  /** What sort of agreement it is. */
  kind: AgreementKind;
  /** ≥ 0; only with autoRenews. */
  noticePeriodDays?: number | null | undefined;
  /** Parties, each institution at most once. */
  parties?: Array<AgreementPartyInput> | null | undefined;
  /** The agreement this one renews or replaces. */
  renewsId?: string | null | undefined;
  /** Must lie within the term (effectiveFrom..expiresOn). */
  reviewDue?: string | null | undefined;
  /** A short summary of what it covers. */
  summary?: string | null | undefined;
  /** The agreement’s title. */
  title: string;
};

/** A new personal API token for the caller (or, for an admin, another user). */
export type CreateApiTokenInput = {
  /** Days until it expires (1..3650); null = no expiry. */
  expiresInDays?: number | null | undefined;
  /** What the token is for, e.g. "laptop CLI"; shown in token lists. */
  name: string;
  /** Admins may issue a token for another user. */
  userId?: string | null | undefined;
};

/** A commitment has exactly one owner (an institution or a person) and at most one origin: the event, agreement or document it was made in. */
export type CreateCommitmentInput = {
  /** Hidden from viewers; default false. */
  confidential?: boolean | null | undefined;
  /** Details of what is promised. */
  description?: string | null | undefined;
  /** When it is due: YYYY, YYYY-MM or YYYY-MM-DD. */
  dueDate?: string | null | undefined;
  /** What shows progress or completion (text or a link). */
  evidence?: string | null | undefined;
  /** A document that shows progress or completion. */
  evidenceDocumentId?: string | null | undefined;
  /** Global ID of the event where the commitment was made. */
  madeAtEventId?: string | null | undefined;
  /** Global ID of the agreement that contains the commitment. */
  madeInAgreementId?: string | null | undefined;
  /** Global ID of the document that states the commitment. */
  madeInDocumentId?: string | null | undefined;
  /** Global ID of the owning Institution or Person. */
  ownerId: string;
  /** Default OPEN. DONE needs `evidence` or `evidenceDocumentId`. */
  status?: CommitmentStatus | null | undefined;
  /** What is committed to, in a line. */
  title: string;
};

/** A new document, with the institutions that issued or received it. */
export type CreateDocumentInput = {
  /** The event at which it was adopted. */
  adoptedAtId?: string | null | undefined;
  /** Hidden from viewers; default false. */
  confidential?: boolean | null | undefined;
  /** Date of the document: YYYY, YYYY-MM or YYYY-MM-DD. */
  date?: string | null | undefined;
  /** What sort of document it is. */
  kind: DocumentKind;
  /** Issuers, approvers, addressees … (at most 100). */
  parties?: Array<DocumentPartyInput> | null | undefined;
  /** A short summary of its content. */
  summary?: string | null | undefined;
  /** The document’s title. */
  title: string;
  /** http(s) link to the text. */
  url?: string | null | undefined;
};

/** A new event, with its participants if known. */
export type CreateEventInput = {
  /** City where it takes place. */
  city?: string | null | undefined;
  /** Hidden from viewers (only editors and admins see it). Defaults to false. */
  confidential?: boolean | null | undefined;
  /** ISO 3166-1 alpha-2 code. */
  country?: string | null | undefined;
  /** What the event is about. */
  description?: string | null | undefined;
  /** Edition number, unique within the series. */
  edition?: number | null | undefined;
  /** Last day: YYYY, YYYY-MM or YYYY-MM-DD; defaults to the start date. */
  endDate?: string | null | undefined;
  /** HH:MM (24 h); needs a day-precision end (or start) date and a time zone. */
  endTime?: string | null | undefined;
  /** What sort of event it is. */
  kind: EventKind;
  /** Occurrences with a status of their own (e.g. one HELD, one CANCELLED while the series goes on) or moved to another day, by their start day under the rule. */
  occurrenceChanges?: Array<OccurrenceChangeInput> | null | undefined;
  /** The event this one is part of; its dates must lie within the parent’s. */
  parentId?: string | null | undefined;
  /** Participations to create with the event (the same name as the event's output field `participations`). */
  participations?: Array<ParticipationInput> | null | undefined;
  /** RFC 5545 recurrence rule (RRULE value): FREQ=DAILY, WEEKLY, MONTHLY or YEARLY with INTERVAL, COUNT or UNTIL and BYMONTH, BYMONTHDAY, BYDAY (e.g. 3TH: the third Thursday), BYSETPOS, BYWEEKNO, BYYEARDAY, WKST; needs a day-precision start date (the first occurrence). */
  recurrence?: string | null | undefined;
  /** Occurrences left out (RFC 5545 EXDATE), by their start day; each must be an occurrence of the rule. */
  recurrenceExceptions?: Array<string> | null | undefined;
  /** Global ID of the series it is an edition of. */
  seriesId?: string | null | undefined;
  /** First day: YYYY, YYYY-MM or YYYY-MM-DD. */
  startDate?: string | null | undefined;
  /** HH:MM (24 h); needs a day-precision start date and a time zone. */
  startTime?: string | null | undefined;
  /** Defaults to PLANNED. */
  status?: ScheduleStatus | null | undefined;
  /** IANA time zone, e.g. "Asia/Baku". */
  timeZone?: string | null | undefined;
  /** The event’s title. */
  title: string;
  /** Venue (building or hall). */
  venue?: string | null | undefined;
};

/** A new institution. */
export type CreateInstitutionInput = {
  /** Short name, e.g. "OIC", "ENNHRI". */
  acronym?: string | null | undefined;
  /** Other names it is known by (translations, former names). */
  aliases?: Array<string> | null | undefined;
  /** ISO 3166-1 alpha-2 code. */
  country?: string | null | undefined;
  /** What the institution does, in a few sentences. */
  description?: string | null | undefined;
  /** Identifiers in other registries (Wikidata, GANHRI, national registers …). */
  identifiers?: Array<InstitutionIdentifierInput> | null | undefined;
  /** What sort of institution it is. */
  kind: InstitutionKind;
  /** Official name in English; unique within its country. */
  name: string;
  /** Global ID of the institution it belongs to (e.g. a commission of an organisation). */
  parentId?: string | null | undefined;
  /** Defaults to ACTIVE. */
  status?: InstitutionStatus | null | undefined;
  /** Home page URL (http or https). */
  website?: string | null | undefined;
};

/** A new person. */
export type CreatePersonInput = {
  /** Other spellings and transliterations. */
  aliases?: Array<string> | null | undefined;
  /** ISO 3166-1 alpha-2 code. */
  country?: string | null | undefined;
  /** Who the person is, in a few sentences. */
  description?: string | null | undefined;
  /** Form of address, e.g. "Ms", "Dr", "H.E.". */
  honorific?: string | null | undefined;
  /** Full name as commonly written, e.g. "Sabina Aliyeva". */
  name: string;
};

/** A new position at an institution. */
export type CreatePostInput = {
  /** What the post involves. */
  description?: string | null | undefined;
  /** Global ID of the institution the post belongs to. */
  institutionId: string;
  /** The head of the institution; default false. */
  isHead?: boolean | null | undefined;
  /** Unique per institution (ignoring case and accents). */
  title: string;
};

/** Exactly one of subjectInstitutionId and subjectPersonId must be given. */
export type CreateRelationInput = {
  /** Free-text detail of the relation. */
  description?: string | null | undefined;
  /** Not before startDate. */
  endDate?: string | null | undefined;
  /** What sort of relation it is (member of, partner of …). */
  kind: RelationKind;
  /** The institution related to. */
  objectId: string;
  /** Role in the relation, e.g. "board member", "full member (A status)". */
  role?: string | null | undefined;
  /** When it began: YYYY, YYYY-MM or YYYY-MM-DD. */
  startDate?: string | null | undefined;
  /** The institution that relates to the object. */
  subjectInstitutionId?: string | null | undefined;
  /** The person that relates to the object. */
  subjectPersonId?: string | null | undefined;
};

/** A new source: a publication that records cite. */
export type CreateSourceInput = {
  /** What the source contains. */
  description?: string | null | undefined;
  /** What kind of publication it is. */
  kind: SourceKind;
  /** BCP 47 language tag, e.g. "en", "az", "pt-BR". */
  language?: string | null | undefined;
  /** Publication date: YYYY, YYYY-MM or YYYY-MM-DD. */
  publishedOn?: string | null | undefined;
  /** The publisher as an institution of the registry. */
  publisherId?: string | null | undefined;
  /** Publisher as printed, e.g. "Azernews". */
  publisherName?: string | null | undefined;
  /** The source’s title or headline. */
  title: string;
  /** http(s) link; two sources cannot share one (DUPLICATE). */
  url?: string | null | undefined;
};

/** A person holding a post from a date. */
export type CreateTenureInput = {
  /** Acting or interim holder; default false. */
  acting?: boolean | null | undefined;
  /** Not before startDate; null while in office. */
  endDate?: string | null | undefined;
  /** Global ID of the person. */
  personId: string;
  /** Global ID of the post. */
  postId: string;
  /** When the person took up the post: YYYY, YYYY-MM or YYYY-MM-DD. */
  startDate?: string | null | undefined;
};

/** A new term of the controlled vocabulary. */
export type CreateTopicInput = {
  /** What the topic covers. */
  description?: string | null | undefined;
  /** Unique, ignoring case. */
  name: string;
  /** The broader topic. */
  parentId?: string | null | undefined;
  /** Unique lower-case key like "climate-justice"; made from the name when left out. */
  slug?: string | null | undefined;
};

/** A new user account. */
export type CreateUserInput = {
  /** Sign-in e-mail address; unique. */
  email: string;
  /** Display name. */
  name: string;
  /** What the user may do: VIEWER, EDITOR or ADMIN. */
  role: Role;
};

/** A new visit, with its delegation if known. */
export type CreateVisitInput = {
  /** Hidden from viewers (e.g. a visit still being negotiated). Defaults to false. */
  confidential?: boolean | null | undefined;
  /** ISO 3166-1 alpha-2 code. */
  country?: string | null | undefined;
  /** The institution whose delegation travels. */
  delegationOfId: string;
  /** What the visit is about. */
  description?: string | null | undefined;
  /** INBOUND (a delegation comes to us) or OUTBOUND (we go). */
  direction: VisitDirection;
  /** Last day: YYYY, YYYY-MM or YYYY-MM-DD; defaults to the start date. */
  endDate?: string | null | undefined;
  /** The institution visited, if any; not the delegation’s own. */
  hostId?: string | null | undefined;
  /** Delegation members to create with the visit. */
  members?: Array<VisitMemberInput> | null | undefined;
  /** The Document the visit produced (a report). */
  outcomeId?: string | null | undefined;
  /** Places visited, e.g. "liberated territories (Karabakh)". */
  place?: string | null | undefined;
  /** Why the visit is made. */
  purpose: VisitPurpose;
  /** First day: YYYY, YYYY-MM or YYYY-MM-DD. */
  startDate?: string | null | undefined;
  /** Defaults to PLANNED. */
  status?: ScheduleStatus | null | undefined;
  /** The visit’s title. */
  title: string;
};

/** How precisely a partial date is known. */
export type DatePrecision =
  /** Known to the day (YYYY-MM-DD). */
  | 'DAY'
  /** Known to the month (YYYY-MM). */
  | 'MONTH'
  /** Known to the year (YYYY). */
  | 'YEAR';

/** A member’s role in a visiting delegation. */
export type DelegationRole =
  /** An expert advising the delegation. */
  | 'EXPERT'
  /** Heads the delegation. */
  | 'HEAD'
  /** Receives the delegation on the host’s side. */
  | 'HOST'
  /** A member of the delegation. */
  | 'MEMBER'
  /** Staff accompanying the delegation. */
  | 'STAFF';

/** Which institution to delete. */
export type DeleteInstitutionInput = {
  /** Also detach child institutions (they become top-level) instead of refusing the delete. */
  detachChildren?: boolean;
  /** Global ID of the institution to delete. */
  id: string;
  /** The version you read; the delete is refused with CONFLICT if the institution changed since. Left out: delete whatever its version. */
  version?: number | null | undefined;
};

/** Which post to delete. */
export type DeletePostInput = {
  /** Also delete the tenures of this post instead of refusing the delete. */
  detach?: boolean;
  /** Global ID of the post to delete. */
  id: string;
  /** The version you read; the delete is refused with CONFLICT if the post changed since. Left out: delete whatever its version. */
  version?: number | null | undefined;
};

/** Which relation to delete. */
export type DeleteRelationInput = {
  /** Global ID of the relation to delete. */
  id: string;
  /** The version you read; the delete is refused with CONFLICT if the relation changed since. Left out: delete whatever its version. */
  version?: number | null | undefined;
};

/** Which tenure to delete. */
export type DeleteTenureInput = {
  /** Global ID of the tenure to delete. */
  id: string;
  /** The version you read; the delete is refused with CONFLICT if the tenure changed since. Left out: delete whatever its version. */
  version?: number | null | undefined;
};

/** Narrows `documents`. All given conditions must hold. */
export type DocumentFilter = {
  /** Adopted at this event. */
  adoptedAtId?: string | null | undefined;
  /** Dated on or after this (partial) date: the document date can fall on or after it. */
  from?: string | null | undefined;
  /** Issued or co-issued by this institution. */
  issuerId?: string | null | undefined;
  /** Any of these kinds. */
  kind?: Array<DocumentKind> | null | undefined;
  /** This institution is a party (in any role, or in one of `partyRole`). */
  partyId?: string | null | undefined;
  /** With `partyId`: that institution has one of these roles. Alone: some institution has one of these roles. */
  partyRole?: Array<DocumentRole> | null | undefined;
  /** Matches title and summary; case- and accent-insensitive substring match. */
  search?: string | null | undefined;
  /** Dated on or before this (partial) date: the document date can fall on or before it. */
  to?: string | null | undefined;
  /** Tagged with this topic. */
  topicId?: string | null | undefined;
  /** true: only records that cite no source; false: only records citing at least one. */
  uncited?: boolean | null | undefined;
};

/** What sort of document a document is. */
export type DocumentKind =
  /** The text of an agreement. */
  | 'AGREEMENT_TEXT'
  /** An appeal to an authority or the public. */
  | 'APPEAL'
  /** A declaration adopted at an event or by institutions. */
  | 'DECLARATION'
  /** Minutes of a meeting. */
  | 'MINUTES'
  /** Any other kind of document. */
  | 'OTHER'
  /** A report (annual, activity, thematic). */
  | 'REPORT'
  /** A resolution adopted by a body. */
  | 'RESOLUTION'
  /** A special report on one subject (e.g. to parliament). */
  | 'SPECIAL_REPORT'
  /** A public statement. */
  | 'STATEMENT';

/** How to sort a list of document records. */
export type DocumentOrder = {
  /** Default: DESC for DATE (newest first), ASC for the others. */
  direction?: SortDirection | null | undefined;
  /** What to sort by. */
  field?: DocumentOrderField;
};

/** DATE sorts partial dates as written ("2024" before "2024-03"); undated documents come last. */
export type DocumentOrderField =
  /** By when the record was created in the registry. */
  | 'CREATED_AT'
  /** By the document’s date. */
  | 'DATE'
  /** By kind, alphabetically by the kind’s name. */
  | 'KIND'
  /** Alphabetically by title. */
  | 'TITLE'
  /** By when the record was last changed. */
  | 'UPDATED_AT';

/** An institution’s role for a document, given when creating the document. */
export type DocumentPartyInput = {
  /** The event at which it took this role (e.g. the CFM session that approved it). */
  atEventId?: string | null | undefined;
  /** When it took this role (e.g. the approval date). */
  date?: string | null | undefined;
  /** Global ID of the institution. */
  institutionId: string;
  /** What the institution did with the document. */
  role: DocumentRole;
};

/** Issued, co-issued, adopted, approved or endorsed by an institution, or addressed/submitted to one. */
export type DocumentRole =
  /** The document is addressed to the institution. */
  | 'ADDRESSED_TO'
  /** The institution adopted it (e.g. a general assembly). */
  | 'ADOPTED_BY'
  /** The institution approved it. */
  | 'APPROVED_BY'
  /** The institution issued it together with others. */
  | 'CO_ISSUER'
  /** The institution endorsed it afterwards. */
  | 'ENDORSED_BY'
  /** The institution issued it. */
  | 'ISSUER'
  /** The document was submitted to the institution (e.g. a report to parliament). */
  | 'SUBMITTED_TO';

/** Narrows `events`. All given conditions must hold. */
export type EventFilter = {
  /** Any of these ISO 3166-1 alpha-2 country codes. */
  country?: Array<string> | null | undefined;
  /** Only events that may still be running on or after this (partial) date: their end (or start) is not wholly before it. */
  from?: string | null | undefined;
  /** true: only events that are part of another; false: only top-level ones. */
  hasParent?: boolean | null | undefined;
  /** Any of these kinds. */
  kind?: Array<EventKind> | null | undefined;
  /** Only direct parts of this event (side events, sessions …). */
  parentId?: string | null | undefined;
  /** Only events this institution or person takes part in (in any role). */
  participantId?: string | null | undefined;
  /** Matches title, city, venue and description; case- and accent-insensitive. */
  search?: string | null | undefined;
  /** Only editions of this series. */
  seriesId?: string | null | undefined;
  /** Any of these statuses. */
  status?: Array<ScheduleStatus> | null | undefined;
  /** Only events that may have started by this (partial) date: their start is not wholly after it. */
  to?: string | null | undefined;
  /** true: only records that cite no source; false: only records citing at least one. */
  uncited?: boolean | null | undefined;
};

/** What sort of event an event is. */
export type EventKind =
  /** A meeting of a board or bureau. */
  | 'BOARD_MEETING'
  /** A campaign over a period rather than a meeting. */
  | 'CAMPAIGN'
  /** A conference. */
  | 'CONFERENCE'
  /** A forum. */
  | 'FORUM'
  /** A general assembly of an organisation or network. */
  | 'GENERAL_ASSEMBLY'
  /** Any other kind of event. */
  | 'OTHER'
  /** A session of a body (e.g. of a council or commission). */
  | 'SESSION'
  /** A side event held alongside a larger event. */
  | 'SIDE_EVENT'
  /** A symposium. */
  | 'SYMPOSIUM'
  /** A workshop or training. */
  | 'WORKSHOP';

/** How to sort a list of event records. */
export type EventOrder = {
  /** ASC (smallest, earliest or A first) or DESC. */
  direction?: SortDirection;
  /** What to sort by. */
  field?: EventOrderField;
};

/** What events can be sorted by. */
export type EventOrderField =
  /** By when the record was created in the registry. */
  | 'CREATED_AT'
  /** By start date; partial dates sort as written ("2024" before "2024-03"); undated ones come last in either direction. */
  | 'START_DATE'
  /** Alphabetically by title. */
  | 'TITLE'
  /** By when the record was last changed. */
  | 'UPDATED_AT';

/** One write of an import: a mutation of this schema and its input. */
export type ImportOperationInput = {
  /** Its `input` argument, as the mutation takes it. */
  input: Record<string, unknown>;
  /** The mutation, e.g. "createPerson", "updateInstitution". */
  mutation: string;
  /** IDs to take from earlier operations (records created in this same import). */
  refs?: Array<ImportRefInput> | null | undefined;
};

/** A batch of writes run as one transaction. */
export type ImportRecordsInput = {
  /** Check every operation, then roll back even if all pass. */
  dryRun?: boolean;
  /** The writes, in order (at most 10000). */
  operations: Array<ImportOperationInput>;
};

/** Fills an ID field of an operation's input with the ID an earlier operation of the same import wrote. */
export type ImportRefInput = {
  /** The earlier operation (0-based index) whose written record ID is meant. */
  operation: number;
  /** Where in `input` the ID goes, e.g. ["parentId"] or ["participations", "0", "participantId"]. */
  path: Array<string>;
};

/** Narrows `institutions`. All given conditions must hold. */
export type InstitutionFilter = {
  /** Any of these ISO 3166-1 alpha-2 country codes. */
  country?: Array<string> | null | undefined;
  /** true: only institutions with a parent; false: only top-level ones. */
  hasParent?: boolean | null | undefined;
  /** Any of these kinds. */
  kind?: Array<InstitutionKind> | null | undefined;
  /** Only direct children of this institution. */
  parentId?: string | null | undefined;
  /** Matches name, acronym and aliases; case- and accent-insensitive substring match. */
  search?: string | null | undefined;
  /** Any of these statuses. */
  status?: Array<InstitutionStatus> | null | undefined;
  /** true: only records that cite no source; false: only records citing at least one. */
  uncited?: boolean | null | undefined;
};

/** An identifier of an institution in another registry. */
export type InstitutionIdentifierInput = {
  /** Registry or scheme, e.g. "WIKIDATA", "GANHRI", "ROR", "VAT". */
  scheme: string;
  /** A link to the record in that registry. */
  url?: string | null | undefined;
  /** The identifier within that scheme, e.g. "Q4116553". */
  value: string;
};

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

/** How to sort a list of institution records. */
export type InstitutionOrder = {
  /** ASC (smallest, earliest or A first) or DESC. */
  direction?: SortDirection;
  /** What to sort by. */
  field?: InstitutionOrderField;
};

/** What institutions can be sorted by. */
export type InstitutionOrderField =
  /** By when the record was created in the registry. */
  | 'CREATED_AT'
  /** By kind, alphabetically by the kind’s name. */
  | 'KIND'
  /** Alphabetically by name. */
  | 'NAME'
  /** By when the record was last changed. */
  | 'UPDATED_AT';

/** Whether an institution still exists and operates. */
export type InstitutionStatus =
  /** Exists and operates. */
  | 'ACTIVE'
  /** Abolished; no successor. */
  | 'DISSOLVED'
  /** Exists but does not currently operate. */
  | 'INACTIVE'
  /** Merged into another institution. */
  | 'MERGED';

/** The status of one occurrence of a recurring event, and the day it moved to if it did. */
export type OccurrenceChangeInput = {
  /** Start day of the occurrence under the rule. */
  date: string;
  /** Move this occurrence alone to start on this day (it keeps its length and times); null or left out = on its day under the rule. */
  movedTo?: string | null | undefined;
  /** The status of this occurrence alone. */
  status: ScheduleStatus;
};

/** An institution or a person taking part in an event (exactly one of institutionId, personId). */
export type ParticipationInput = {
  /** Global ID of the participating institution (or give personId). */
  institutionId?: string | null | undefined;
  /** Free text about the participation, e.g. the title of the address given. */
  note?: string | null | undefined;
  /** The institution the participant represents. */
  onBehalfOfId?: string | null | undefined;
  /** Global ID of the participating person (or give institutionId). */
  personId?: string | null | undefined;
  /** The participant’s role at the event. */
  role: ParticipationRole;
  /** Defaults to INVITED. */
  rsvp?: RsvpStatus | null | undefined;
};

/** The role of a participant at an event. */
export type ParticipationRole =
  /** Chaired the event or a session. */
  | 'CHAIR'
  /** Organised it together with the organiser. */
  | 'CO_ORGANISER'
  /** A member of a delegation attending. */
  | 'DELEGATE'
  /** Hosted the event. */
  | 'HOST'
  /** Attended as press. */
  | 'MEDIA'
  /** Attended as an observer. */
  | 'OBSERVER'
  /** Organised the event. */
  | 'ORGANISER'
  /** Took part. */
  | 'PARTICIPANT'
  /** Reported on the event or a session. */
  | 'RAPPORTEUR'
  /** Gave an address or spoke on a panel. */
  | 'SPEAKER';

/** The outcome of a connection-path search. */
export type PathStatus =
  /** At least one shortest path within maxHops was found. */
  | 'FOUND'
  /** A definite answer: no path of at most maxHops exists (with the filter applied). */
  | 'NO_PATH'
  /** The search stopped at a size or time cap before it could decide; a path may exist. Narrow the filter or lower maxHops. */
  | 'SEARCH_LIMIT_REACHED';

/** Narrows `people`. All given conditions must hold. */
export type PersonFilter = {
  /** Any of these ISO 3166-1 alpha-2 country codes. */
  country?: Array<string> | null | undefined;
  /** Only people who hold or held a post at this institution. */
  institutionId?: string | null | undefined;
  /** Matches name and aliases; case- and accent-insensitive substring match. */
  search?: string | null | undefined;
  /** true: only records that cite no source; false: only records citing at least one. */
  uncited?: boolean | null | undefined;
};

/** How to sort a list of person records. */
export type PersonOrder = {
  /** ASC (smallest, earliest or A first) or DESC. */
  direction?: SortDirection;
  /** What to sort by. */
  field?: PersonOrderField;
};

/** What people can be sorted by. */
export type PersonOrderField =
  /** By when the record was created in the registry. */
  | 'CREATED_AT'
  /** Alphabetically by name. */
  | 'NAME'
  /** By when the record was last changed. */
  | 'UPDATED_AT';

/** Records one dated action in an agreement’s ledger. */
export type RecordAgreementActionInput = {
  /** Global ID of the agreement. */
  agreementId: string;
  /** When the action took place. */
  date: string;
  /** With EXTENSION or RENEWAL only: the new expiry date of the agreement. */
  expiresOn?: string | null | undefined;
  /** SIGNATURE needs partyId. ENTRY_INTO_FORCE, SUSPENSION, RESUMPTION, TERMINATION and EXPIRY of the agreement as a whole are recorded by changeAgreementStatus; here they are accepted only for a single party. */
  kind: AgreementActionKind;
  /** Free text, e.g. the source of the record. */
  note?: string | null | undefined;
  /** The institution that acted; it must be a party to the agreement. */
  partyId?: string | null | undefined;
};

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

/** Removes a ledger entry recorded by mistake. */
export type RemoveAgreementActionInput = {
  /** Global ID of the ledger entry to remove. */
  id: string;
  /** The version you read; the remove is refused with CONFLICT if the ledger entry changed since. Left out: remove whatever its version. */
  version?: number | null | undefined;
};

/** Which agreement party to remove. */
export type RemoveAgreementPartyInput = {
  /** Global ID of the agreement party to remove. */
  id: string;
  /** Also delete the ledger entries of this party in this agreement instead of refusing with IN_USE. */
  removeActions?: boolean;
  /** The version you read; the remove is refused with CONFLICT if the agreement party changed since. Left out: remove whatever its version. */
  version?: number | null | undefined;
};

/** Which participation to remove. */
export type RemoveParticipationInput = {
  /** Global ID of the participation to remove. */
  id: string;
  /** The version you read; the remove is refused with CONFLICT if the participation changed since. Left out: remove whatever its version. */
  version?: number | null | undefined;
};

/** Which visit member to remove. */
export type RemoveVisitMemberInput = {
  /** Global ID of the visit member to remove. */
  id: string;
  /** The version you read; the remove is refused with CONFLICT if the visit member changed since. Left out: remove whatever its version. */
  version?: number | null | undefined;
};

/** Records a figure a source reports about a record, optionally citing that source at once. */
export type ReportFigureInput = {
  /** When the figure applies. */
  asOf?: string | null | undefined;
  /** With sourceId: where in the source. */
  locator?: string | null | undefined;
  /** What is counted, e.g. "participants", "countries". */
  measure: string;
  /** Default EXACT; "over 200" is MORE_THAN 200. */
  qualifier?: ClaimQualifier | null | undefined;
  /** With sourceId: the supporting words. */
  quote?: string | null | undefined;
  /** Global ID of the record the figure is about. */
  recordId: string;
  /** The source reporting it; cited for the figure in the same transaction. */
  sourceId?: string | null | undefined;
  /** The figure as the source words it. */
  statement?: string | null | undefined;
  /** The number reported, e.g. 200 for "over 200 representatives". */
  value: number;
};

/** What a user may do; each role includes the ones below it. */
export type Role =
  /** Also deletes records, imports, and manages users and tokens. */
  | 'ADMIN'
  /** Also creates and changes records, and sees confidential ones. */
  | 'EDITOR'
  /** Reads records (not confidential ones). */
  | 'VIEWER';

/** Whether a participant answered the invitation and came: INVITED → CONFIRMED → ATTENDED or NO_SHOW, or DECLINED. */
export type RsvpStatus =
  /** Came. */
  | 'ATTENDED'
  /** Accepted the invitation. */
  | 'CONFIRMED'
  /** Declined the invitation. */
  | 'DECLINED'
  /** Invited; no answer yet. */
  | 'INVITED'
  /** Accepted but did not come. */
  | 'NO_SHOW';

/** Where a scheduled event or visit stands. */
export type ScheduleStatus =
  /** Will not take place. */
  | 'CANCELLED'
  /** Dates and attendance confirmed. */
  | 'CONFIRMED'
  /** Took place. */
  | 'HELD'
  /** Planned; not yet confirmed. */
  | 'PLANNED'
  /** Put off to a later, possibly unknown, date. */
  | 'POSTPONED';

/** A record type that `search` can look in. */
export type SearchableType =
  /** Agreements. */
  | 'AGREEMENT'
  /** Commitments. */
  | 'COMMITMENT'
  /** Documents. */
  | 'DOCUMENT'
  /** Events. */
  | 'EVENT'
  /** Institutions. */
  | 'INSTITUTION'
  /** People. */
  | 'PERSON'
  /** Sources. */
  | 'SOURCE'
  /** Topics. */
  | 'TOPIC'
  /** Visits. */
  | 'VISIT';

/** Which way a list is sorted. */
export type SortDirection =
  /** Ascending: A before Z, earlier before later, smaller before larger. */
  | 'ASC'
  /** Descending: Z before A, later before earlier, larger before smaller. */
  | 'DESC';

/** What kind of publication a source is. */
export type SourceKind =
  /** A note kept by the registry’s own staff. */
  | 'INTERNAL_NOTE'
  /** An interview. */
  | 'INTERVIEW'
  /** An article in the news media. */
  | 'NEWS_ARTICLE'
  /** An official document of an institution. */
  | 'OFFICIAL_DOCUMENT'
  /** Any other kind of publication. */
  | 'OTHER'
  /** A press release of an institution. */
  | 'PRESS_RELEASE'
  /** The registry editors themselves, for values they inferred. */
  | 'REGISTRY_EDITORS'
  /** A page of a website. */
  | 'WEBSITE';

/** What to group counts by. TOPIC, INSTITUTION_KIND, INSTITUTION and COUNTRY (for records without a place) can put one record in several groups; `total` counts each record once. */
export type StatsDimension =
  /** Where it took place (events, visits); for records without a place, the countries of the institutions involved. */
  | 'COUNTRY'
  /** Each institution involved. */
  | 'INSTITUTION'
  /** The kinds of the institutions involved (participants, parties, delegation and host, owner, relation ends). */
  | 'INSTITUTION_KIND'
  /** The record’s own kind (EventKind, VisitPurpose, AgreementKind, DocumentKind, RelationKind; null for commitments). */
  | 'KIND'
  /** The record’s status (ScheduleStatus, AgreementStatus, CommitmentStatus, TemporalStatus for relations; null for documents). */
  | 'STATUS'
  /** Each topic the record is tagged with (null: untagged). */
  | 'TOPIC'
  /** The record type (EVENT, VISIT …). */
  | 'TYPE'
  /** The year of the record’s date (null: undated). */
  | 'YEAR';

/** Narrows what `stats` counts. All given conditions must hold. */
export type StatsFilter = {
  /** Only records in these countries (as for the COUNTRY dimension). */
  country?: Array<string> | null | undefined;
  /** Only records that may fall on or after this (partial) date (leaves undated ones out). */
  from?: string | null | undefined;
  /** Only records involving any of these institutions (at most 100). */
  institutionId?: Array<string> | null | undefined;
  /** Only records that may fall on or before this (partial) date (leaves undated ones out). */
  to?: string | null | undefined;
  /** Only records tagged with any of these topics (at most 100). */
  topicId?: Array<string> | null | undefined;
};

/** Which records `stats` counts. */
export type StatsRecordType =
  /** Dated by effectiveFrom, else the first signature of a party, else the first action. */
  | 'AGREEMENT'
  /** Dated by its due date. */
  | 'COMMITMENT'
  /** Dated by its date. */
  | 'DOCUMENT'
  /** Dated by start (or end) date; place: its country. */
  | 'EVENT'
  /** Dated by its start date; status: UPCOMING / ACTIVE / ENDED today. */
  | 'RELATION'
  /** Dated by start (or end) date; place: the country visited; kind: its purpose. */
  | 'VISIT';

/** Topics to attach to (or detach from) one Agreement, Event, Visit, Document or Commitment. */
export type TagRecordInput = {
  /** Global ID of the record. */
  recordId: string;
  /** Topics (at most 50). Tagging twice or untagging what is not tagged changes nothing. */
  topicIds: Array<string>;
};

/** Where today falls relative to a period with (partial) start and end dates. Derived when read, never stored. */
export type TemporalStatus =
  /** Started (or no start date) and not ended (or no end date). */
  | 'ACTIVE'
  /** The end date lies wholly before today. */
  | 'ENDED'
  /** The start date lies wholly after today. */
  | 'UPCOMING';

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
  /** A relation (membership, partnership …) begins: its start date. A relation recorded without any date appears once as an undated start (date null, title saying the time is not recorded). */
  | 'RELATION_START'
  /** A visit by or to the institutions (delegation, host or delegation member). */
  | 'VISIT';

/** Corrects a ledger entry. Fields left out stay as they are; kind and party are not changed (remove the entry and record another). */
export type UpdateAgreementActionInput = {
  /** A SIGNATURE’s date moves its party’s signedOn along. */
  date?: string | null | undefined;
  /** Global ID of the ledger entry to correct. */
  id: string;
  /** null clears the note. */
  note?: string | null | undefined;
  /** The version you read; the update is refused with CONFLICT if the ledger entry changed since. Left out: overwrite whatever is there. */
  version?: number | null | undefined;
};

/** Fields left out stay as they are; an explicit null clears an optional field. The status is changed only by changeAgreementStatus. */
export type UpdateAgreementInput = {
  /** True when the agreement renews itself at expiry unless a party gives notice. */
  autoRenews?: boolean | null | undefined;
  /** Hidden from viewers (e.g. still in negotiation). */
  confidential?: boolean | null | undefined;
  /** Date it takes effect, if known. */
  effectiveFrom?: string | null | undefined;
  /** Must be after effectiveFrom. */
  expiresOn?: string | null | undefined;
  /** Global ID of the agreement to change. */
  id: string;
  /** What sort of agreement it is. */
  kind?: AgreementKind | null | undefined;
  /** ≥ 0; only with autoRenews. */
  noticePeriodDays?: number | null | undefined;
  /** The agreement this one renews or replaces. */
  renewsId?: string | null | undefined;
  /** Must lie within the term (effectiveFrom..expiresOn). */
  reviewDue?: string | null | undefined;
  /** A short summary of what it covers. */
  summary?: string | null | undefined;
  /** The agreement’s title. */
  title?: string | null | undefined;
  /** The version you read; the update is refused with CONFLICT if it changed since. */
  version?: number | null | undefined;
};

/** Fields left out stay as they are; an explicit null clears an optional field. */
export type UpdateAgreementPartyInput = {
  /** Global ID of the agreement party to change. */
  id: string;
  /** The institution that is party (at most once per agreement). */
  institutionId?: string | null | undefined;
  /** The institution’s role in the agreement. */
  role?: AgreementPartyRole | null | undefined;
  /** The Person who signed (or will sign) for the institution. */
  signatoryId?: string | null | undefined;
  /** Date the institution signed. A SIGNATURE ledger entry is added for it when the agreement moves to SIGNED. */
  signedOn?: string | null | undefined;
  /** The version you read; the update is refused with CONFLICT if the agreement party changed since. Left out: overwrite whatever is there. */
  version?: number | null | undefined;
};

/** Fields left out stay as they are; an explicit null clears an optional field. Status moves follow the commitment lifecycle (INVALID_TRANSITION otherwise). */
export type UpdateCommitmentInput = {
  /** Hidden from viewers. */
  confidential?: boolean | null | undefined;
  /** Details of what is promised. */
  description?: string | null | undefined;
  /** When it is due: YYYY, YYYY-MM or YYYY-MM-DD. */
  dueDate?: string | null | undefined;
  /** What shows progress or completion (text or a link). */
  evidence?: string | null | undefined;
  /** A document that shows progress or completion. */
  evidenceDocumentId?: string | null | undefined;
  /** Global ID of the commitment to change. */
  id: string;
  /** Global ID of the event where the commitment was made. */
  madeAtEventId?: string | null | undefined;
  /** Global ID of the agreement that contains the commitment. */
  madeInAgreementId?: string | null | undefined;
  /** Global ID of the document that states the commitment. */
  madeInDocumentId?: string | null | undefined;
  /** Global ID of the owning Institution or Person (cannot be cleared). */
  ownerId?: string | null | undefined;
  /** The new status; moves follow the lifecycle (INVALID_TRANSITION otherwise). DONE needs `evidence` or `evidenceDocumentId`. */
  status?: CommitmentStatus | null | undefined;
  /** What is committed to, in a line. */
  title?: string | null | undefined;
  /** The version you read; the update is refused with CONFLICT if it changed since. */
  version?: number | null | undefined;
};

/** Fields left out stay as they are; an explicit null clears an optional field. Parties change through addDocumentParty/removeDocumentParty. */
export type UpdateDocumentInput = {
  /** The event at which it was adopted. */
  adoptedAtId?: string | null | undefined;
  /** Hidden from viewers. */
  confidential?: boolean | null | undefined;
  /** Date of the document: YYYY, YYYY-MM or YYYY-MM-DD. */
  date?: string | null | undefined;
  /** Global ID of the document to change. */
  id: string;
  /** What sort of document it is. */
  kind?: DocumentKind | null | undefined;
  /** A short summary of its content. */
  summary?: string | null | undefined;
  /** The document’s title. */
  title?: string | null | undefined;
  /** http(s) link to the text. */
  url?: string | null | undefined;
  /** The version you read; the update is refused with CONFLICT if it changed since. */
  version?: number | null | undefined;
};

/** Fields left out stay as they are; an explicit null clears an optional field. */
export type UpdateEventInput = {
  /** City where it takes place. */
  city?: string | null | undefined;
  /** Hidden from viewers (only editors and admins see it). */
  confidential?: boolean | null | undefined;
  /** ISO 3166-1 alpha-2 code. */
  country?: string | null | undefined;
  /** What the event is about. */
  description?: string | null | undefined;
  /** Edition number, unique within the series. */
  edition?: number | null | undefined;
  /** Last day: YYYY, YYYY-MM or YYYY-MM-DD. */
  endDate?: string | null | undefined;
  /** HH:MM (24 h); needs a day-precision end (or start) date and a time zone. */
  endTime?: string | null | undefined;
  /** Global ID of the event to change. */
  id: string;
  /** What sort of event it is. */
  kind?: EventKind | null | undefined;
  /** Occurrences with a status of their own (e.g. one HELD, one CANCELLED while the series goes on) or moved to another day, by their start day under the rule. Replaces the list. */
  occurrenceChanges?: Array<OccurrenceChangeInput> | null | undefined;
  /** The event this one is part of; its dates must lie within the parent’s. */
  parentId?: string | null | undefined;
  /** RFC 5545 recurrence rule (RRULE value): FREQ=DAILY, WEEKLY, MONTHLY or YEARLY with INTERVAL, COUNT or UNTIL and BYMONTH, BYMONTHDAY, BYDAY (e.g. 3TH: the third Thursday), BYSETPOS, BYWEEKNO, BYYEARDAY, WKST; needs a day-precision start date (the first occurrence). */
  recurrence?: string | null | undefined;
  /** Occurrences left out (RFC 5545 EXDATE), by their start day; each must be an occurrence of the rule. Replaces the list. */
  recurrenceExceptions?: Array<string> | null | undefined;
  /** Global ID of the series it is an edition of. */
  seriesId?: string | null | undefined;
  /** First day: YYYY, YYYY-MM or YYYY-MM-DD. */
  startDate?: string | null | undefined;
  /** HH:MM (24 h); needs a day-precision start date and a time zone. */
  startTime?: string | null | undefined;
  /** Moves along the lifecycle; other moves give INVALID_TRANSITION. */
  status?: ScheduleStatus | null | undefined;
  /** IANA time zone, e.g. "Asia/Baku". */
  timeZone?: string | null | undefined;
  /** The event’s title. */
  title?: string | null | undefined;
  /** Venue (building or hall). */
  venue?: string | null | undefined;
  /** The version you read; the update is refused with CONFLICT if it changed since. */
  version?: number | null | undefined;
  /** When the dates change (a postponement, a move): shift every part of the event (sub-events, at any depth) by the same number of days, so they stay within it. Each part records its own reschedule. Needs day-precision start dates. */
  withSubEvents?: boolean | null | undefined;
};

/** Fields left out stay as they are; an explicit null clears an optional field. */
export type UpdateInstitutionInput = {
  /** Short name, e.g. "OIC", "ENNHRI". */
  acronym?: string | null | undefined;
  /** Other names it is known by (translations, former names). */
  aliases?: Array<string> | null | undefined;
  /** ISO 3166-1 alpha-2 code. */
  country?: string | null | undefined;
  /** What the institution does, in a few sentences. */
  description?: string | null | undefined;
  /** Global ID of the institution to change. */
  id: string;
  /** Replaces the whole list. */
  identifiers?: Array<InstitutionIdentifierInput> | null | undefined;
  /** What sort of institution it is. */
  kind?: InstitutionKind | null | undefined;
  /** Official name in English; unique within its country. */
  name?: string | null | undefined;
  /** Global ID of the institution it belongs to (e.g. a commission of an organisation). */
  parentId?: string | null | undefined;
  /** Whether it still exists and operates. */
  status?: InstitutionStatus | null | undefined;
  /** The version you read; the update is refused with CONFLICT if it changed since. */
  version?: number | null | undefined;
  /** Home page URL (http or https). */
  website?: string | null | undefined;
};

/** Fields left out stay as they are. The participant and the event cannot change (remove and add instead). */
export type UpdateParticipationInput = {
  /** Global ID of the participation to change. */
  id: string;
  /** Free text about the participation, e.g. the title of the address given. */
  note?: string | null | undefined;
  /** The institution the participant represents. */
  onBehalfOfId?: string | null | undefined;
  /** The participant’s role at the event. */
  role?: ParticipationRole | null | undefined;
  /** Moves along the RSVP lifecycle; other moves give INVALID_TRANSITION. */
  rsvp?: RsvpStatus | null | undefined;
  /** The version you read; the update is refused with CONFLICT if the participation changed since. Left out: overwrite whatever is there. */
  version?: number | null | undefined;
};

/** Fields left out stay as they are; an explicit null clears an optional field. */
export type UpdatePersonInput = {
  /** Other spellings and transliterations. */
  aliases?: Array<string> | null | undefined;
  /** ISO 3166-1 alpha-2 code. */
  country?: string | null | undefined;
  /** Who the person is, in a few sentences. */
  description?: string | null | undefined;
  /** Form of address, e.g. "Ms", "Dr", "H.E.". */
  honorific?: string | null | undefined;
  /** Global ID of the person to change. */
  id: string;
  /** Full name as commonly written, e.g. "Sabina Aliyeva". */
  name?: string | null | undefined;
  /** The version you read; the update is refused with CONFLICT if it changed since. */
  version?: number | null | undefined;
};

/** Fields left out stay as they are; an explicit null clears an optional field. To switch the subject, give the new one and null for the other (e.g. subjectPersonId: "…", subjectInstitutionId: null). */
export type UpdateRelationInput = {
  /** Free-text detail of the relation. */
  description?: string | null | undefined;
  /** Not before startDate. */
  endDate?: string | null | undefined;
  /** Global ID of the relation to change. */
  id: string;
  /** What sort of relation it is (member of, partner of …). */
  kind?: RelationKind | null | undefined;
  /** The institution related to. */
  objectId?: string | null | undefined;
  /** Role in the relation, e.g. "board member", "full member (A status)". */
  role?: string | null | undefined;
  /** When it began: YYYY, YYYY-MM or YYYY-MM-DD. */
  startDate?: string | null | undefined;
  /** The institution that relates to the object. */
  subjectInstitutionId?: string | null | undefined;
  /** The person that relates to the object. */
  subjectPersonId?: string | null | undefined;
  /** The version you read; the update is refused with CONFLICT if the relation changed since. Left out: overwrite whatever is there. */
  version?: number | null | undefined;
};

/** Fields left out stay as they are; an explicit null clears an optional field (a null slug is made again from the name). */
export type UpdateTopicInput = {
  /** What the topic covers. */
  description?: string | null | undefined;
  /** Global ID of the topic to change. */
  id: string;
  /** Unique, ignoring case. */
  name?: string | null | undefined;
  /** The broader topic. */
  parentId?: string | null | undefined;
  /** Unique lower-case key like "climate-justice"; null makes it again from the name. */
  slug?: string | null | undefined;
  /** The version you read; the update is refused with CONFLICT if it changed since. */
  version?: number | null | undefined;
};

/** Fields left out stay as they are. */
export type UpdateUserInput = {
  /** Disabling a user refuses all of their tokens from the next request on. */
  disabled?: boolean | null | undefined;
  /** Global ID of the user to change. */
  id: string;
  /** Display name. */
  name?: string | null | undefined;
  /** What the user may do: VIEWER, EDITOR or ADMIN. */
  role?: Role | null | undefined;
  /** The version you read; the update is refused with CONFLICT if the user changed since. Left out: overwrite whatever is there. */
  version?: number | null | undefined;
};

/** Fields left out stay as they are; an explicit null clears an optional field. */
export type UpdateVisitInput = {
  /** Hidden from viewers (e.g. a visit still being negotiated). */
  confidential?: boolean | null | undefined;
  /** ISO 3166-1 alpha-2 code. */
  country?: string | null | undefined;
  /** The institution whose delegation travels. */
  delegationOfId?: string | null | undefined;
  /** What the visit is about. */
  description?: string | null | undefined;
  /** INBOUND (a delegation comes to us) or OUTBOUND (we go). */
  direction?: VisitDirection | null | undefined;
  /** Last day: YYYY, YYYY-MM or YYYY-MM-DD. */
  endDate?: string | null | undefined;
  /** The institution visited, if any; not the delegation’s own. */
  hostId?: string | null | undefined;
  /** Global ID of the visit to change. */
  id: string;
  /** The Document the visit produced (a report). */
  outcomeId?: string | null | undefined;
  /** Places visited, e.g. "liberated territories (Karabakh)". */
  place?: string | null | undefined;
  /** Why the visit is made. */
  purpose?: VisitPurpose | null | undefined;
  /** First day: YYYY, YYYY-MM or YYYY-MM-DD. */
  startDate?: string | null | undefined;
  /** Moves along the lifecycle; other moves give INVALID_TRANSITION. */
  status?: ScheduleStatus | null | undefined;
  /** The visit’s title. */
  title?: string | null | undefined;
  /** The version you read; the update is refused with CONFLICT if it changed since. */
  version?: number | null | undefined;
};

/** Why a mutation refused its input. Nothing is written when any userError is returned. */
export type UserErrorCode =
  /** The record changed since the given version; reload and retry. */
  | 'CONFLICT'
  /** The change would make a record its own ancestor. */
  | 'CYCLE'
  /** Another record already has this identity (e.g. same name in the same country). */
  | 'DUPLICATE'
  /** Not an ISO 3166-1 alpha-2 country code. */
  | 'INVALID_COUNTRY'
  /** An end date lies before its start date (partial dates compare by the days they cover). */
  | 'INVALID_DATE_RANGE'
  /** A value is not in the expected format (e.g. a URL). */
  | 'INVALID_FORMAT'
  /** Not a global ID of the expected record type. */
  | 'INVALID_ID'
  /** The status cannot move from its current value to the requested one. */
  | 'INVALID_TRANSITION'
  /** A value is out of range or not allowed here (e.g. a negative notice period). */
  | 'INVALID_VALUE'
  /** Other records still reference this one. */
  | 'IN_USE'
  /** The referenced record does not exist. */
  | 'NOT_FOUND'
  /** A required value is missing or blank. */
  | 'REQUIRED'
  /** A text is longer than allowed. */
  | 'TOO_LONG'
  /** A list has more items than allowed. */
  | 'TOO_MANY';

/** Relative to the registry’s own institution: INBOUND = a delegation comes to us; OUTBOUND = we go. */
export type VisitDirection =
  /** A delegation comes to us. */
  | 'INBOUND'
  /** We send a delegation. */
  | 'OUTBOUND';

/** Narrows `visits`. All given conditions must hold. */
export type VisitFilter = {
  /** Any of these ISO 3166-1 alpha-2 codes of the country visited. */
  country?: Array<string> | null | undefined;
  /** Only visits in this direction. */
  direction?: VisitDirection | null | undefined;
  /** Only visits that may still be under way on or after this (partial) date. */
  from?: string | null | undefined;
  /** Only visits of this institution’s delegation or to this institution as host. */
  institutionId?: string | null | undefined;
  /** Any of these purposes. */
  purpose?: Array<VisitPurpose> | null | undefined;
  /** Any of these statuses. */
  status?: Array<ScheduleStatus> | null | undefined;
  /** Only visits that may have started by this (partial) date. */
  to?: string | null | undefined;
  /** true: only records that cite no source; false: only records citing at least one. */
  uncited?: boolean | null | undefined;
};

/** A member of a delegation: exactly one of personId, institutionId. */
export type VisitMemberInput = {
  /** Global ID of the institution (or give personId). */
  institutionId?: string | null | undefined;
  /** Global ID of the person (or give institutionId). */
  personId?: string | null | undefined;
  /** Defaults to MEMBER. */
  role?: DelegationRole | null | undefined;
};

/** How to sort a list of visit records. */
export type VisitOrder = {
  /** ASC (smallest, earliest or A first) or DESC. */
  direction?: SortDirection;
  /** What to sort by. */
  field?: VisitOrderField;
};

/** What visits can be sorted by. */
export type VisitOrderField =
  /** By when the record was created in the registry. */
  | 'CREATED_AT'
  /** By start date; partial dates sort as written ("2024" before "2024-03"); undated ones come last in either direction. */
  | 'START_DATE'
  /** Alphabetically by title. */
  | 'TITLE'
  /** By when the record was last changed. */
  | 'UPDATED_AT';

/** Why a visit is made. */
export type VisitPurpose =
  /** A mission to assess a situation (e.g. after a conflict). */
  | 'ASSESSMENT_MISSION'
  /** Monitoring of places or rights (e.g. detention places). */
  | 'MONITORING'
  /** A visit between peer institutions to cooperate. */
  | 'MUTUAL_VISIT'
  /** An official visit. */
  | 'OFFICIAL'
  /** A visit to learn from the host’s practice. */
  | 'STUDY_VISIT';

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { __typename: 'Query', me: { __typename: 'User', id: string, name: string, email: string, role: Role } };

export type HistoryEntryFragment = { __typename: 'AuditEntry', id: string, action: AuditAction, createdAt: string, userName: string | null, operation: string | null, changes: Record<string, unknown>, references: Array<{ __typename: 'AuditReference', field: string, key: string, id: string, type: string, name: string }> } & { ' $fragmentName'?: 'HistoryEntryFragment' };

export type RecordHistoryQueryVariables = Exact<{
  id: string;
}>;


export type RecordHistoryQuery = { __typename: 'Query', node:
    | { __typename: 'Agreement', id: string, history: Array<(
        { __typename: 'AuditEntry' }
        & { ' $fragmentRefs'?: { 'HistoryEntryFragment': HistoryEntryFragment } }
      )> }
    | { __typename: 'AgreementAction', id: string, history: Array<(
        { __typename: 'AuditEntry' }
        & { ' $fragmentRefs'?: { 'HistoryEntryFragment': HistoryEntryFragment } }
      )> }
    | { __typename: 'AgreementParty', id: string, history: Array<(
        { __typename: 'AuditEntry' }
        & { ' $fragmentRefs'?: { 'HistoryEntryFragment': HistoryEntryFragment } }
      )> }
    | { __typename: 'ApiToken', id: string }
    | { __typename: 'AuditEntry', id: string }
    | { __typename: 'Citation', id: string }
    | { __typename: 'Claim', id: string, history: Array<(
        { __typename: 'AuditEntry' }
        & { ' $fragmentRefs'?: { 'HistoryEntryFragment': HistoryEntryFragment } }
      )> }
    | { __typename: 'Commitment', id: string, history: Array<(
        { __typename: 'AuditEntry' }
        & { ' $fragmentRefs'?: { 'HistoryEntryFragment': HistoryEntryFragment } }
      )> }
    | { __typename: 'Document', id: string, history: Array<(
        { __typename: 'AuditEntry' }
        & { ' $fragmentRefs'?: { 'HistoryEntryFragment': HistoryEntryFragment } }
      )> }
    | { __typename: 'DocumentParty', id: string, history: Array<(
        { __typename: 'AuditEntry' }
        & { ' $fragmentRefs'?: { 'HistoryEntryFragment': HistoryEntryFragment } }
      )> }
    | { __typename: 'Event', id: string, history: Array<(
        { __typename: 'AuditEntry' }
        & { ' $fragmentRefs'?: { 'HistoryEntryFragment': HistoryEntryFragment } }
      )> }
    | { __typename: 'EventSeries', id: string, history: Array<(
        { __typename: 'AuditEntry' }
        & { ' $fragmentRefs'?: { 'HistoryEntryFragment': HistoryEntryFragment } }
      )> }
    | { __typename: 'Institution', id: string, history: Array<(
        { __typename: 'AuditEntry' }
        & { ' $fragmentRefs'?: { 'HistoryEntryFragment': HistoryEntryFragment } }
      )> }
    | { __typename: 'Participation', id: string, history: Array<(
        { __typename: 'AuditEntry' }
        & { ' $fragmentRefs'?: { 'HistoryEntryFragment': HistoryEntryFragment } }
      )> }
    | { __typename: 'Person', id: string, history: Array<(
        { __typename: 'AuditEntry' }
        & { ' $fragmentRefs'?: { 'HistoryEntryFragment': HistoryEntryFragment } }
      )> }
    | { __typename: 'Post', id: string, history: Array<(
        { __typename: 'AuditEntry' }
        & { ' $fragmentRefs'?: { 'HistoryEntryFragment': HistoryEntryFragment } }
      )> }
    | { __typename: 'Relation', id: string, history: Array<(
        { __typename: 'AuditEntry' }
        & { ' $fragmentRefs'?: { 'HistoryEntryFragment': HistoryEntryFragment } }
      )> }
    | { __typename: 'Source', id: string, history: Array<(
        { __typename: 'AuditEntry' }
        & { ' $fragmentRefs'?: { 'HistoryEntryFragment': HistoryEntryFragment } }
      )> }
    | { __typename: 'Tenure', id: string, history: Array<(
        { __typename: 'AuditEntry' }
        & { ' $fragmentRefs'?: { 'HistoryEntryFragment': HistoryEntryFragment } }
      )> }
    | { __typename: 'Topic', id: string, history: Array<(
        { __typename: 'AuditEntry' }
        & { ' $fragmentRefs'?: { 'HistoryEntryFragment': HistoryEntryFragment } }
      )> }
    | { __typename: 'User', id: string }
    | { __typename: 'Visit', id: string, history: Array<(
        { __typename: 'AuditEntry' }
        & { ' $fragmentRefs'?: { 'HistoryEntryFragment': HistoryEntryFragment } }
      )> }
    | { __typename: 'VisitMember', id: string, history: Array<(
        { __typename: 'AuditEntry' }
        & { ' $fragmentRefs'?: { 'HistoryEntryFragment': HistoryEntryFragment } }
      )> }
   | null };

export type ListPickedInstitutionQueryVariables = Exact<{
  id: string;
}>;


export type ListPickedInstitutionQuery = { __typename: 'Query', node:
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

export type RecordPickerQueryVariables = Exact<{
  text: string;
  types?: Array<SearchableType> | SearchableType | null | undefined;
}>;


export type RecordPickerQuery = { __typename: 'Query', search: Array<{ __typename: 'SearchHit', title: string, node:
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
      | { __typename: 'Event', startDate: string | null, id: string }
      | { __typename: 'EventSeries', id: string }
      | { __typename: 'Institution', acronym: string | null, countryName: string | null, id: string }
      | { __typename: 'Participation', id: string }
      | { __typename: 'Person', countryName: string | null, id: string }
      | { __typename: 'Post', id: string }
      | { __typename: 'Relation', id: string }
      | { __typename: 'Source', id: string }
      | { __typename: 'Tenure', id: string }
      | { __typename: 'Topic', slug: string, id: string }
      | { __typename: 'User', id: string }
      | { __typename: 'Visit', id: string }
      | { __typename: 'VisitMember', id: string }
     }> };

export type SourcePickerQueryVariables = Exact<{
  text: string;
}>;


export type SourcePickerQuery = { __typename: 'Query', search: Array<{ __typename: 'SearchHit', title: string, node:
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
      | { __typename: 'Source', publisherName: string | null, publishedOn: string | null, id: string }
      | { __typename: 'Tenure', id: string }
      | { __typename: 'Topic', id: string }
      | { __typename: 'User', id: string }
      | { __typename: 'Visit', id: string }
      | { __typename: 'VisitMember', id: string }
     }> };

export type CreateSourceFormMutationVariables = Exact<{
  input: CreateSourceInput;
}>;


export type CreateSourceFormMutation = { __typename: 'Mutation', createSource: { __typename: 'CreateSourcePayload', source: { __typename: 'Source', id: string } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }> } };

export type CiteSourceFormMutationVariables = Exact<{
  input: CiteSourceInput;
}>;


export type CiteSourceFormMutation = { __typename: 'Mutation', citeSource: { __typename: 'CiteSourcePayload', citation: { __typename: 'Citation', id: string } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }> } };

export type ReportFigureFormMutationVariables = Exact<{
  input: ReportFigureInput;
}>;


export type ReportFigureFormMutation = { __typename: 'Mutation', reportFigure: { __typename: 'ReportFigurePayload', claim: { __typename: 'Claim', id: string } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }> } };

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

export type SearchHitFieldsFragment = { __typename: 'SearchHit', type: string, title: string, score: number, matchedName: string | null, node:
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

type TimelineItemFields_TimelineEvent_Fragment = { __typename: 'TimelineEvent', needsUpdate: boolean, needsUpdateReason: string | null, kind: TimelineItemKind, date: string | null, endDate: string | null, precision: DatePrecision | null, title: string, status: string | null, participations: Array<{ __typename: 'Participation', id: string, role: ParticipationRole, institution: { __typename: 'Institution', id: string } | null, person: { __typename: 'Person', id: string, name: string } | null }>, record:
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

type TimelineItemFields_TimelineVisit_Fragment = { __typename: 'TimelineVisit', needsUpdate: boolean, needsUpdateReason: string | null, kind: TimelineItemKind, date: string | null, endDate: string | null, precision: DatePrecision | null, title: string, status: string | null, record:
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

export type ChangeFieldsFragment = { __typename: 'AuditEntry', id: string, action: AuditAction, createdAt: string, userName: string | null } & { ' $fragmentName'?: 'ChangeFieldsFragment' };

export type RecordChangeQueryVariables = Exact<{
  id: string;
}>;


export type RecordChangeQuery = { __typename: 'Query', node:
    | { __typename: 'Agreement', version: number, updatedAt: string, id: string, history: Array<(
        { __typename: 'AuditEntry' }
        & { ' $fragmentRefs'?: { 'ChangeFieldsFragment': ChangeFieldsFragment } }
      )> }
    | { __typename: 'AgreementAction', version: number, updatedAt: string, id: string, history: Array<(
        { __typename: 'AuditEntry' }
        & { ' $fragmentRefs'?: { 'ChangeFieldsFragment': ChangeFieldsFragment } }
      )> }
    | { __typename: 'AgreementParty', version: number, updatedAt: string, id: string, history: Array<(
        { __typename: 'AuditEntry' }
        & { ' $fragmentRefs'?: { 'ChangeFieldsFragment': ChangeFieldsFragment } }
      )> }
    | { __typename: 'ApiToken', id: string }
    | { __typename: 'AuditEntry', id: string }
    | { __typename: 'Citation', id: string }
    | { __typename: 'Claim', version: number, updatedAt: string, id: string, history: Array<(
        { __typename: 'AuditEntry' }
        & { ' $fragmentRefs'?: { 'ChangeFieldsFragment': ChangeFieldsFragment } }
      )> }
    | { __typename: 'Commitment', version: number, updatedAt: string, id: string, history: Array<(
        { __typename: 'AuditEntry' }
        & { ' $fragmentRefs'?: { 'ChangeFieldsFragment': ChangeFieldsFragment } }
      )> }
    | { __typename: 'Document', version: number, updatedAt: string, id: string, history: Array<(
        { __typename: 'AuditEntry' }
        & { ' $fragmentRefs'?: { 'ChangeFieldsFragment': ChangeFieldsFragment } }
      )> }
    | { __typename: 'DocumentParty', version: number, updatedAt: string, id: string, history: Array<(
        { __typename: 'AuditEntry' }
        & { ' $fragmentRefs'?: { 'ChangeFieldsFragment': ChangeFieldsFragment } }
      )> }
    | { __typename: 'Event', version: number, updatedAt: string, id: string, history: Array<(
        { __typename: 'AuditEntry' }
        & { ' $fragmentRefs'?: { 'ChangeFieldsFragment': ChangeFieldsFragment } }
      )> }
    | { __typename: 'EventSeries', version: number, updatedAt: string, id: string, history: Array<(
        { __typename: 'AuditEntry' }
        & { ' $fragmentRefs'?: { 'ChangeFieldsFragment': ChangeFieldsFragment } }
      )> }
    | { __typename: 'Institution', version: number, updatedAt: string, id: string, history: Array<(
        { __typename: 'AuditEntry' }
        & { ' $fragmentRefs'?: { 'ChangeFieldsFragment': ChangeFieldsFragment } }
      )> }
    | { __typename: 'Participation', version: number, updatedAt: string, id: string, history: Array<(
        { __typename: 'AuditEntry' }
        & { ' $fragmentRefs'?: { 'ChangeFieldsFragment': ChangeFieldsFragment } }
      )> }
    | { __typename: 'Person', version: number, updatedAt: string, id: string, history: Array<(
        { __typename: 'AuditEntry' }
        & { ' $fragmentRefs'?: { 'ChangeFieldsFragment': ChangeFieldsFragment } }
      )> }
    | { __typename: 'Post', version: number, updatedAt: string, id: string, history: Array<(
        { __typename: 'AuditEntry' }
        & { ' $fragmentRefs'?: { 'ChangeFieldsFragment': ChangeFieldsFragment } }
      )> }
    | { __typename: 'Relation', version: number, updatedAt: string, id: string, history: Array<(
        { __typename: 'AuditEntry' }
        & { ' $fragmentRefs'?: { 'ChangeFieldsFragment': ChangeFieldsFragment } }
      )> }
    | { __typename: 'Source', version: number, updatedAt: string, id: string, history: Array<(
        { __typename: 'AuditEntry' }
        & { ' $fragmentRefs'?: { 'ChangeFieldsFragment': ChangeFieldsFragment } }
      )> }
    | { __typename: 'Tenure', version: number, updatedAt: string, id: string, history: Array<(
        { __typename: 'AuditEntry' }
        & { ' $fragmentRefs'?: { 'ChangeFieldsFragment': ChangeFieldsFragment } }
      )> }
    | { __typename: 'Topic', version: number, updatedAt: string, id: string, history: Array<(
        { __typename: 'AuditEntry' }
        & { ' $fragmentRefs'?: { 'ChangeFieldsFragment': ChangeFieldsFragment } }
      )> }
    | { __typename: 'User', id: string }
    | { __typename: 'Visit', version: number, updatedAt: string, id: string, history: Array<(
        { __typename: 'AuditEntry' }
        & { ' $fragmentRefs'?: { 'ChangeFieldsFragment': ChangeFieldsFragment } }
      )> }
    | { __typename: 'VisitMember', version: number, updatedAt: string, id: string, history: Array<(
        { __typename: 'AuditEntry' }
        & { ' $fragmentRefs'?: { 'ChangeFieldsFragment': ChangeFieldsFragment } }
      )> }
   | null };

export type ApiTokensQueryVariables = Exact<{
  userId?: string | null | undefined;
}>;


export type ApiTokensQuery = { __typename: 'Query', apiTokens: Array<{ __typename: 'ApiToken', id: string, name: string, prefix: string, createdAt: string, expiresAt: string | null, lastUsedAt: string | null, revokedAt: string | null }> };

export type CreateApiTokenMutationVariables = Exact<{
  input: CreateApiTokenInput;
}>;


export type CreateApiTokenMutation = { __typename: 'Mutation', createApiToken: { __typename: 'CreateApiTokenPayload', token: string | null, apiToken: { __typename: 'ApiToken', id: string, name: string } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }> } };

export type RevokeApiTokenMutationVariables = Exact<{
  id: string;
}>;


export type RevokeApiTokenMutation = { __typename: 'Mutation', revokeApiToken: { __typename: 'RevokeApiTokenPayload', apiToken: { __typename: 'ApiToken', id: string, revokedAt: string | null } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }> } };

export type AdminUserQueryVariables = Exact<{
  id: string;
}>;


export type AdminUserQuery = { __typename: 'Query', node:
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
    | { __typename: 'User', name: string, email: string, role: Role, disabled: boolean, id: string }
    | { __typename: 'Visit', id: string }
    | { __typename: 'VisitMember', id: string }
   | null };

export type AdminUsersQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminUsersQuery = { __typename: 'Query', users: { __typename: 'UserConnection', totalCount: number, nodes: Array<{ __typename: 'User', id: string, name: string, email: string, role: Role, disabled: boolean, version: number, createdAt: string }> } };

export type AdminCreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type AdminCreateUserMutation = { __typename: 'Mutation', createUser: { __typename: 'UserPayload', user: { __typename: 'User', id: string, name: string, email: string, role: Role, disabled: boolean, version: number, createdAt: string } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }> } };

export type AdminUpdateUserMutationVariables = Exact<{
  input: UpdateUserInput;
}>;


export type AdminUpdateUserMutation = { __typename: 'Mutation', updateUser: { __typename: 'UserPayload', user: { __typename: 'User', id: string, name: string, role: Role, disabled: boolean, version: number } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }> } };

export type AgreementPageQueryVariables = Exact<{
  id: string;
}>;


export type AgreementPageQuery = { __typename: 'Query', agreement: { __typename: 'Agreement', id: string, title: string, kind: AgreementKind, status: AgreementStatus, version: number, allowedTransitions: Array<AgreementStatus>, summary: string | null, effectiveFrom: string | null, expiresOn: string | null, reviewDue: string | null, noticeDeadline: string | null, noticePeriodDays: number | null, autoRenews: boolean, daysToExpiry: number | null, isOverdueExpiry: boolean, parties: Array<{ __typename: 'AgreementParty', id: string, version: number, role: AgreementPartyRole, signedOn: string | null, institution: { __typename: 'Institution', id: string, name: string }, signatory: { __typename: 'Person', id: string, name: string } | null }>, actions: Array<{ __typename: 'AgreementAction', id: string, version: number, kind: AgreementActionKind, date: string, note: string | null, party: { __typename: 'Institution', id: string, name: string } | null }>, renews: { __typename: 'Agreement', id: string, title: string, status: AgreementStatus } | null, renewedBy: Array<{ __typename: 'Agreement', id: string, title: string, status: AgreementStatus }>, topics: Array<{ __typename: 'Topic', id: string, name: string }>, citations: Array<(
      { __typename: 'Citation' }
      & { ' $fragmentRefs'?: { 'CitationFieldsFragment': CitationFieldsFragment } }
    )>, claims: Array<(
      { __typename: 'Claim' }
      & { ' $fragmentRefs'?: { 'ClaimFieldsFragment': ClaimFieldsFragment } }
    )> }, commitments: { __typename: 'CommitmentConnection', nodes: Array<{ __typename: 'Commitment', id: string, title: string, status: CommitmentStatus, dueDate: string | null }> } };

export type ChangeAgreementStatusFormMutationVariables = Exact<{
  input: ChangeAgreementStatusInput;
}>;


export type ChangeAgreementStatusFormMutation = { __typename: 'Mutation', changeAgreementStatus: { __typename: 'ChangeAgreementStatusPayload', agreement: { __typename: 'Agreement', id: string } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }> } };

export type RecordAgreementActionFormMutationVariables = Exact<{
  input: RecordAgreementActionInput;
}>;


export type RecordAgreementActionFormMutation = { __typename: 'Mutation', recordAgreementAction: { __typename: 'RecordAgreementActionPayload', agreementAction: { __typename: 'AgreementAction', id: string } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }> } };

export type AddAgreementPartyFormMutationVariables = Exact<{
  input: AddAgreementPartyInput;
}>;


export type AddAgreementPartyFormMutation = { __typename: 'Mutation', addAgreementParty: { __typename: 'AddAgreementPartyPayload', agreementParty: { __typename: 'AgreementParty', id: string } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }> } };

export type AgreementEditQueryVariables = Exact<{
  id: string;
}>;


export type AgreementEditQuery = { __typename: 'Query', agreement: { __typename: 'Agreement', id: string, version: number, title: string, kind: AgreementKind, summary: string | null, effectiveFrom: string | null, expiresOn: string | null, reviewDue: string | null, autoRenews: boolean, noticePeriodDays: number | null, confidential: boolean, parties: Array<{ __typename: 'AgreementParty', id: string, role: AgreementPartyRole, institution: { __typename: 'Institution', id: string, name: string } }> } };

export type AgreementDraftPartyQueryVariables = Exact<{
  id: string;
}>;


export type AgreementDraftPartyQuery = { __typename: 'Query', institution: { __typename: 'Institution', id: string, name: string } };

export type CreateAgreementMutationVariables = Exact<{
  input: CreateAgreementInput;
}>;


export type CreateAgreementMutation = { __typename: 'Mutation', createAgreement: { __typename: 'CreateAgreementPayload', agreement: { __typename: 'Agreement', id: string } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }> } };

export type UpdateAgreementMutationVariables = Exact<{
  input: UpdateAgreementInput;
}>;


export type UpdateAgreementMutation = { __typename: 'Mutation', updateAgreement: { __typename: 'UpdateAgreementPayload', agreement: { __typename: 'Agreement', id: string, version: number, title: string, kind: AgreementKind, summary: string | null, effectiveFrom: string | null, expiresOn: string | null, reviewDue: string | null, noticeDeadline: string | null, daysToExpiry: number | null, autoRenews: boolean, noticePeriodDays: number | null, confidential: boolean } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }> } };

export type UpdateAgreementPartyFormMutationVariables = Exact<{
  input: UpdateAgreementPartyInput;
}>;


export type UpdateAgreementPartyFormMutation = { __typename: 'Mutation', updateAgreementParty: { __typename: 'UpdateAgreementPartyPayload', agreementParty: { __typename: 'AgreementParty', id: string, version: number } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }> } };

export type RemoveAgreementPartyFormMutationVariables = Exact<{
  input: RemoveAgreementPartyInput;
}>;


export type RemoveAgreementPartyFormMutation = { __typename: 'Mutation', removeAgreementParty: { __typename: 'RemoveAgreementPartyPayload', deletedId: string | null, userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }> } };

export type UpdateAgreementActionFormMutationVariables = Exact<{
  input: UpdateAgreementActionInput;
}>;


export type UpdateAgreementActionFormMutation = { __typename: 'Mutation', updateAgreementAction: { __typename: 'UpdateAgreementActionPayload', agreementAction: { __typename: 'AgreementAction', id: string, version: number } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }> } };

export type RemoveAgreementActionFormMutationVariables = Exact<{
  input: RemoveAgreementActionInput;
}>;


export type RemoveAgreementActionFormMutation = { __typename: 'Mutation', removeAgreementAction: { __typename: 'RemoveAgreementActionPayload', deletedId: string | null, userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }> } };

export type CurrentLedgerRecordQueryVariables = Exact<{
  id: string;
}>;


export type CurrentLedgerRecordQuery = { __typename: 'Query', node:
    | { __typename: 'Agreement', id: string }
    | { __typename: 'AgreementAction', version: number, kind: AgreementActionKind, date: string, note: string | null, id: string, party: { __typename: 'Institution', id: string, name: string } | null }
    | { __typename: 'AgreementParty', version: number, role: AgreementPartyRole, signedOn: string | null, id: string, institution: { __typename: 'Institution', id: string, name: string }, signatory: { __typename: 'Person', id: string, name: string } | null }
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
   | null };

export type AgreementListQueryVariables = Exact<{
  filter?: AgreementFilter | null | undefined;
  orderBy?: AgreementOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AgreementListQuery = { __typename: 'Query', agreements: { __typename: 'AgreementConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'AgreementEdge', cursor: string, node: { __typename: 'Agreement', id: string, title: string, kind: AgreementKind, status: AgreementStatus, effectiveFrom: string | null, expiresOn: string | null, parties: Array<{ __typename: 'AgreementParty', id: string, role: AgreementPartyRole, signedOn: string | null, institution: { __typename: 'Institution', id: string, name: string, acronym: string | null } }> } }> } };

export type AuditLogQueryVariables = Exact<{
  filter?: AuditLogFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type AuditLogQuery = { __typename: 'Query', auditLog: { __typename: 'AuditEntryConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, nodes: Array<(
      { __typename: 'AuditEntry', recordGlobalId: string, recordType: string }
      & { ' $fragmentRefs'?: { 'HistoryEntryFragment': HistoryEntryFragment } }
    )> }, users: { __typename: 'UserConnection', nodes: Array<{ __typename: 'User', id: string, name: string }> } };

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

export type CommitmentPageQueryVariables = Exact<{
  id: string;
}>;


export type CommitmentPageQuery = { __typename: 'Query', commitment: { __typename: 'Commitment', id: string, version: number, title: string, status: CommitmentStatus, dueDate: string | null, isOverdue: boolean, description: string | null, evidence: string | null, evidenceDocument: { __typename: 'Document', id: string, title: string } | null, ownerInstitution: { __typename: 'Institution', id: string, name: string } | null, ownerPerson: { __typename: 'Person', id: string, name: string } | null, madeAtEvent: { __typename: 'Event', id: string, title: string } | null, madeInAgreement: { __typename: 'Agreement', id: string, title: string } | null, madeInDocument: { __typename: 'Document', id: string, title: string } | null, topics: Array<{ __typename: 'Topic', id: string, name: string }>, citations: Array<(
      { __typename: 'Citation' }
      & { ' $fragmentRefs'?: { 'CitationFieldsFragment': CitationFieldsFragment } }
    )>, claims: Array<(
      { __typename: 'Claim' }
      & { ' $fragmentRefs'?: { 'ClaimFieldsFragment': ClaimFieldsFragment } }
    )> } };

export type CreateCommitmentFormMutationVariables = Exact<{
  input: CreateCommitmentInput;
}>;


export type CreateCommitmentFormMutation = { __typename: 'Mutation', createCommitment: { __typename: 'CreateCommitmentPayload', commitment: { __typename: 'Commitment', id: string } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }> } };

export type UpdateCommitmentFormMutationVariables = Exact<{
  input: UpdateCommitmentInput;
}>;


export type UpdateCommitmentFormMutation = { __typename: 'Mutation', updateCommitment: { __typename: 'UpdateCommitmentPayload', commitment: { __typename: 'Commitment', id: string, version: number, title: string, status: CommitmentStatus, dueDate: string | null, isOverdue: boolean, description: string | null, evidence: string | null } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }> } };

export type DocumentPageQueryVariables = Exact<{
  id: string;
}>;


export type DocumentPageQuery = { __typename: 'Query', document: { __typename: 'Document', id: string, version: number, confidential: boolean, title: string, kind: DocumentKind, date: string | null, summary: string | null, url: string | null, adoptedAt: { __typename: 'Event', id: string, title: string, startDate: string | null } | null, parties: Array<{ __typename: 'DocumentParty', id: string, role: DocumentRole, date: string | null, institution: { __typename: 'Institution', id: string, name: string }, atEvent: { __typename: 'Event', id: string, title: string } | null }>, commitments: Array<{ __typename: 'Commitment', id: string, title: string, status: CommitmentStatus, dueDate: string | null }>, topics: Array<{ __typename: 'Topic', id: string, name: string }>, citations: Array<(
      { __typename: 'Citation' }
      & { ' $fragmentRefs'?: { 'CitationFieldsFragment': CitationFieldsFragment } }
    )>, claims: Array<(
      { __typename: 'Claim' }
      & { ' $fragmentRefs'?: { 'ClaimFieldsFragment': ClaimFieldsFragment } }
    )> } };

export type CreateDocumentFormMutationVariables = Exact<{
  input: CreateDocumentInput;
}>;


export type CreateDocumentFormMutation = { __typename: 'Mutation', createDocument: { __typename: 'CreateDocumentPayload', document: { __typename: 'Document', id: string } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }> } };

export type UpdateDocumentFormMutationVariables = Exact<{
  input: UpdateDocumentInput;
}>;


export type UpdateDocumentFormMutation = { __typename: 'Mutation', updateDocument: { __typename: 'UpdateDocumentPayload', document: { __typename: 'Document', id: string, version: number, title: string, kind: DocumentKind, date: string | null, url: string | null, summary: string | null, confidential: boolean } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }> } };

export type DocumentListQueryVariables = Exact<{
  filter?: DocumentFilter | null | undefined;
  orderBy?: DocumentOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type DocumentListQuery = { __typename: 'Query', documents: { __typename: 'DocumentConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'DocumentEdge', cursor: string, node: { __typename: 'Document', id: string, title: string, kind: DocumentKind, date: string | null, issuers: Array<{ __typename: 'Institution', id: string, name: string, acronym: string | null }> } }> } };

export type EditEventQueryVariables = Exact<{
  id: string;
}>;


export type EditEventQuery = { __typename: 'Query', event: (
    { __typename: 'Event' }
    & { ' $fragmentRefs'?: { 'EventFormFieldsFragment': EventFormFieldsFragment } }
  ) };

export type CheckCreateEventMutationVariables = Exact<{
  input: CreateEventInput;
}>;


export type CheckCreateEventMutation = { __typename: 'Mutation', createEvent: { __typename: 'CreateEventPayload', userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }>, warnings: Array<(
      { __typename: 'ScheduleConflict' }
      & { ' $fragmentRefs'?: { 'ScheduleWarningFieldsFragment': ScheduleWarningFieldsFragment } }
    )> } };

export type CreateEventMutationVariables = Exact<{
  input: CreateEventInput;
}>;


export type CreateEventMutation = { __typename: 'Mutation', createEvent: { __typename: 'CreateEventPayload', event: { __typename: 'Event', id: string, title: string } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }>, warnings: Array<(
      { __typename: 'ScheduleConflict' }
      & { ' $fragmentRefs'?: { 'ScheduleWarningFieldsFragment': ScheduleWarningFieldsFragment } }
    )> } };

export type CheckUpdateEventMutationVariables = Exact<{
  input: UpdateEventInput;
}>;


export type CheckUpdateEventMutation = { __typename: 'Mutation', updateEvent: { __typename: 'UpdateEventPayload', userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }>, warnings: Array<(
      { __typename: 'ScheduleConflict' }
      & { ' $fragmentRefs'?: { 'ScheduleWarningFieldsFragment': ScheduleWarningFieldsFragment } }
    )> } };

export type UpdateEventMutationVariables = Exact<{
  input: UpdateEventInput;
}>;


export type UpdateEventMutation = { __typename: 'Mutation', updateEvent: { __typename: 'UpdateEventPayload', event: (
      { __typename: 'Event' }
      & { ' $fragmentRefs'?: { 'EventFormFieldsFragment': EventFormFieldsFragment } }
    ) | null, userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }>, warnings: Array<(
      { __typename: 'ScheduleConflict' }
      & { ' $fragmentRefs'?: { 'ScheduleWarningFieldsFragment': ScheduleWarningFieldsFragment } }
    )> } };

export type EventFormFieldsFragment = { __typename: 'Event', id: string, version: number, title: string, kind: EventKind, status: ScheduleStatus, startDate: string | null, endDate: string | null, startTime: string | null, endTime: string | null, timeZone: string | null, venue: string | null, city: string | null, country: string | null, description: string | null, confidential: boolean, edition: number | null, series: { __typename: 'EventSeries', id: string, name: string } | null, parent: { __typename: 'Event', id: string, title: string } | null } & { ' $fragmentName'?: 'EventFormFieldsFragment' };

export type EventFormSeriesQueryVariables = Exact<{ [key: string]: never; }>;


export type EventFormSeriesQuery = { __typename: 'Query', eventSeriesList: { __typename: 'EventSeriesConnection', nodes: Array<{ __typename: 'EventSeries', id: string, name: string }> } };

export type ChangeEventStatusMutationVariables = Exact<{
  input: UpdateEventInput;
}>;


export type ChangeEventStatusMutation = { __typename: 'Mutation', updateEvent: { __typename: 'UpdateEventPayload', event: { __typename: 'Event', id: string, version: number, status: ScheduleStatus, startDate: string | null, endDate: string | null } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }> } };

export type CheckAddParticipationMutationVariables = Exact<{
  input: AddParticipationInput;
}>;


export type CheckAddParticipationMutation = { __typename: 'Mutation', addParticipation: { __typename: 'AddParticipationPayload', userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }>, warnings: Array<(
      { __typename: 'ScheduleConflict' }
      & { ' $fragmentRefs'?: { 'ScheduleWarningFieldsFragment': ScheduleWarningFieldsFragment } }
    )> } };

export type AddParticipationMutationVariables = Exact<{
  input: AddParticipationInput;
}>;


export type AddParticipationMutation = { __typename: 'Mutation', addParticipation: { __typename: 'AddParticipationPayload', participation: { __typename: 'Participation', id: string } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }>, warnings: Array<(
      { __typename: 'ScheduleConflict' }
      & { ' $fragmentRefs'?: { 'ScheduleWarningFieldsFragment': ScheduleWarningFieldsFragment } }
    )> } };

export type UpdateParticipationMutationVariables = Exact<{
  input: UpdateParticipationInput;
}>;


export type UpdateParticipationMutation = { __typename: 'Mutation', updateParticipation: { __typename: 'UpdateParticipationPayload', participation: { __typename: 'Participation', id: string, version: number, role: ParticipationRole, rsvp: RsvpStatus, note: string | null, onBehalfOf: { __typename: 'Institution', id: string, name: string } | null } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }> } };

export type RemoveParticipationMutationVariables = Exact<{
  input: RemoveParticipationInput;
}>;


export type RemoveParticipationMutation = { __typename: 'Mutation', removeParticipation: { __typename: 'RemoveParticipationPayload', deletedId: string | null, userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }> } };

export type EventPageQueryVariables = Exact<{
  id: string;
}>;


export type EventPageQuery = { __typename: 'Query', event: { __typename: 'Event', id: string, version: number, title: string, kind: EventKind, status: ScheduleStatus, startDate: string | null, endDate: string | null, startTime: string | null, endTime: string | null, timeZone: string | null, venue: string | null, city: string | null, countryName: string | null, description: string | null, recurrence: string | null, edition: number | null, series: { __typename: 'EventSeries', id: string, name: string, events: Array<{ __typename: 'Event', id: string, title: string, startDate: string | null, edition: number | null }> } | null, parent: { __typename: 'Event', id: string, title: string, startDate: string | null } | null, children: Array<{ __typename: 'Event', id: string, title: string, kind: EventKind, startDate: string | null, endDate: string | null, status: ScheduleStatus }>, hosts: Array<{ __typename: 'Institution', id: string, name: string }>, organisers: Array<{ __typename: 'Institution', id: string, name: string }>, participations: Array<{ __typename: 'Participation', id: string, version: number, role: ParticipationRole, rsvp: RsvpStatus, note: string | null, institution: { __typename: 'Institution', id: string, name: string, acronym: string | null } | null, person: { __typename: 'Person', id: string, name: string } | null, onBehalfOf: { __typename: 'Institution', id: string, name: string } | null }>, documents: Array<{ __typename: 'Document', id: string, title: string, kind: DocumentKind, date: string | null }>, topics: Array<{ __typename: 'Topic', id: string, name: string }>, reschedules: Array<(
      { __typename: 'Reschedule' }
      & { ' $fragmentRefs'?: { 'ScheduleHistoryFieldsFragment': ScheduleHistoryFieldsFragment } }
    )>, citations: Array<(
      { __typename: 'Citation' }
      & { ' $fragmentRefs'?: { 'CitationFieldsFragment': CitationFieldsFragment } }
    )>, claims: Array<(
      { __typename: 'Claim' }
      & { ' $fragmentRefs'?: { 'ClaimFieldsFragment': ClaimFieldsFragment } }
    )> }, commitments: { __typename: 'CommitmentConnection', nodes: Array<{ __typename: 'Commitment', id: string, title: string, status: CommitmentStatus, dueDate: string | null, ownerInstitution: { __typename: 'Institution', id: string, name: string } | null, ownerPerson: { __typename: 'Person', id: string, name: string } | null }> } };

export type EventListQueryVariables = Exact<{
  filter?: EventFilter | null | undefined;
  orderBy?: EventOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type EventListQuery = { __typename: 'Query', events: { __typename: 'EventConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'EventEdge', cursor: string, node: { __typename: 'Event', id: string, title: string, kind: EventKind, status: ScheduleStatus, startDate: string | null, endDate: string | null, venue: string | null, city: string | null, country: string | null, countryName: string | null } }> } };

export type NewEventStartingPointQueryVariables = Exact<{
  host: string;
  parent: string;
  withHost: boolean;
  withParent: boolean;
}>;


export type NewEventStartingPointQuery = { __typename: 'Query', institution?: { __typename: 'Institution', id: string, name: string }, event?: { __typename: 'Event', id: string, title: string } };

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

export type ImportInstitutionsMutationVariables = Exact<{
  input: ImportRecordsInput;
}>;


export type ImportInstitutionsMutation = { __typename: 'Mutation', importRecords: { __typename: 'ImportRecordsPayload', committed: boolean, failed: number, results: Array<{ __typename: 'ImportOperationResult', index: number, id: string | null, userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }> }>, userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }> } };

export type ImportDuplicateSearchQueryVariables = Exact<{
  text: string;
}>;


export type ImportDuplicateSearchQuery = { __typename: 'Query', search: Array<{ __typename: 'SearchHit', title: string, allWords: boolean, node:
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
     }> };

export type DeleteInstitutionMutationVariables = Exact<{
  input: DeleteInstitutionInput;
}>;


export type DeleteInstitutionMutation = { __typename: 'Mutation', deleteInstitution: { __typename: 'DeleteInstitutionPayload', deletedId: string | null, userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }> } };

export type LikelyDuplicatesQueryVariables = Exact<{
  text: string;
}>;


export type LikelyDuplicatesQuery = { __typename: 'Query', search: Array<{ __typename: 'SearchHit', title: string, allWords: boolean, node:
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
      | { __typename: 'Institution', acronym: string | null, aliases: Array<string>, countryName: string | null, id: string }
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

export type InstitutionEditQueryVariables = Exact<{
  id: string;
}>;


export type InstitutionEditQuery = { __typename: 'Query', institution: { __typename: 'Institution', id: string, version: number, name: string, acronym: string | null, aliases: Array<string>, kind: InstitutionKind, country: string | null, website: string | null, description: string | null, status: InstitutionStatus, parent: { __typename: 'Institution', id: string, name: string } | null, children: Array<{ __typename: 'Institution', id: string, name: string }>, identifiers: Array<{ __typename: 'InstitutionIdentifier', scheme: string, value: string, url: string | null }> } };

export type CreateInstitutionMutationVariables = Exact<{
  input: CreateInstitutionInput;
}>;


export type CreateInstitutionMutation = { __typename: 'Mutation', createInstitution: { __typename: 'CreateInstitutionPayload', institution: { __typename: 'Institution', id: string } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }> } };

export type UpdateInstitutionMutationVariables = Exact<{
  input: UpdateInstitutionInput;
}>;


export type UpdateInstitutionMutation = { __typename: 'Mutation', updateInstitution: { __typename: 'UpdateInstitutionPayload', institution: { __typename: 'Institution', id: string, version: number, name: string, acronym: string | null, aliases: Array<string>, kind: InstitutionKind, country: string | null, countryName: string | null, website: string | null, description: string | null, status: InstitutionStatus, parent: { __typename: 'Institution', id: string, name: string } | null, identifiers: Array<{ __typename: 'InstitutionIdentifier', scheme: string, value: string, url: string | null }> } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }> } };

export type CreateRelationFormMutationVariables = Exact<{
  input: CreateRelationInput;
}>;


export type CreateRelationFormMutation = { __typename: 'Mutation', createRelation: { __typename: 'CreateRelationPayload', relation: { __typename: 'Relation', id: string } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }> } };

export type UpdateRelationFormMutationVariables = Exact<{
  input: UpdateRelationInput;
}>;


export type UpdateRelationFormMutation = { __typename: 'Mutation', updateRelation: { __typename: 'UpdateRelationPayload', relation: { __typename: 'Relation', id: string, version: number } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }> } };

export type DeleteRelationFormMutationVariables = Exact<{
  input: DeleteRelationInput;
}>;


export type DeleteRelationFormMutation = { __typename: 'Mutation', deleteRelation: { __typename: 'DeleteRelationPayload', deletedId: string | null, userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }> } };

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

export type InstitutionSideFieldsFragment = { __typename: 'Institution', id: string, parent: { __typename: 'Institution', id: string, name: string } | null, children: Array<{ __typename: 'Institution', id: string, name: string, acronym: string | null }>, agreements: Array<{ __typename: 'Agreement', id: string, title: string, status: AgreementStatus, expiresOn: string | null, daysToExpiry: number | null, isOverdueExpiry: boolean }>, commitments: Array<{ __typename: 'Commitment', id: string, title: string, dueDate: string | null, isOverdue: boolean, status: CommitmentStatus }>, posts: Array<{ __typename: 'Post', id: string, version: number, title: string, isHead: boolean, holders: Array<{ __typename: 'Person', id: string, name: string }> }>, upcoming: Array<{ __typename: 'Participation', id: string, role: ParticipationRole, event: { __typename: 'Event', id: string, title: string, startDate: string | null, endDate: string | null, status: ScheduleStatus } }> } & { ' $fragmentName'?: 'InstitutionSideFieldsFragment' };

export type InstitutionListQueryVariables = Exact<{
  filter?: InstitutionFilter | null | undefined;
  orderBy?: InstitutionOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type InstitutionListQuery = { __typename: 'Query', institutions: { __typename: 'InstitutionConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'InstitutionEdge', cursor: string, node: { __typename: 'Institution', id: string, name: string, acronym: string | null, kind: InstitutionKind, status: InstitutionStatus, country: string | null, countryName: string | null, parent: { __typename: 'Institution', id: string, name: string, acronym: string | null } | null } }> } };

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

export type InstitutionRelationsQueryVariables = Exact<{
  id: string;
}>;


export type InstitutionRelationsQuery = { __typename: 'Query', institution: { __typename: 'Institution', id: string, name: string, relations: Array<{ __typename: 'Relation', id: string, version: number, kind: RelationKind, role: string | null, startDate: string | null, endDate: string | null, description: string | null, status: TemporalStatus, subject:
        | { __typename: 'Institution', id: string, name: string }
        | { __typename: 'Person', id: string, name: string }
      , object: { __typename: 'Institution', id: string, name: string } }> } };

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

export type MiniNetworkQueryVariables = Exact<{
  institutionId: string;
}>;


export type MiniNetworkQuery = { __typename: 'Query', neighbourhood: { __typename: 'Neighbourhood', hops: number, truncated: boolean, centre: { __typename: 'Institution', id: string, name: string, acronym: string | null }, nodes: Array<{ __typename: 'NetworkNode', institutionId: string, distance: number, degree: number, weight: number, institution: { __typename: 'Institution', id: string, name: string, acronym: string | null } }>, edges: Array<{ __typename: 'CooperationEdge', sourceId: string, targetId: string, weight: number, interactions: number }> } };

export type NetworkNeighbourhoodQueryVariables = Exact<{
  institutionId: string;
  hops: number;
  limit: number;
  filter?: CooperationFilter | null | undefined;
  records: number;
}>;


export type NetworkNeighbourhoodQuery = { __typename: 'Query', neighbourhood: { __typename: 'Neighbourhood', hops: number, truncated: boolean, centre: { __typename: 'Institution', id: string, name: string, acronym: string | null }, nodes: Array<{ __typename: 'NetworkNode', institutionId: string, distance: number, degree: number, weight: number, institution: { __typename: 'Institution', id: string, name: string, acronym: string | null, kind: InstitutionKind, country: string | null, countryName: string | null } }>, edges: Array<{ __typename: 'CooperationEdge', sourceId: string, targetId: string, weight: number, interactions: number, firstInteraction: string | null, lastInteraction: string | null, byKind: Array<{ __typename: 'CooperationKindCount', kind: CooperationKind, count: number }>, records: Array<{ __typename: 'CooperationRecord', kind: CooperationKind, summary: string, date: string | null, endDate: string | null, weight: number, record:
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
         }> }> } };

export type PathPageQueryVariables = Exact<{
  from: string;
  to: string;
  hasFrom: boolean;
  hasTo: boolean;
  both: boolean;
}>;


export type PathPageQuery = { __typename: 'Query', fromNode?:
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
   | null, toNode?:
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
   | null, connectionPath?: { __typename: 'ConnectionPathResult', status: PathStatus, message: string, hops: number | null, paths: Array<{ __typename: 'CooperationPath', hops: number, weight: number, institutions: Array<{ __typename: 'Institution', id: string, name: string, acronym: string | null }>, steps: Array<{ __typename: 'CooperationEdge', weight: number, interactions: number, firstInteraction: string | null, lastInteraction: string | null, source: { __typename: 'Institution', id: string, name: string }, target: { __typename: 'Institution', id: string, name: string }, records: Array<{ __typename: 'CooperationRecord', kind: CooperationKind, summary: string, date: string | null, endDate: string | null, record:
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
            | { __typename: 'Relation', kind: RelationKind, role: string | null, description: string | null, id: string, citations: Array<{ __typename: 'Citation', id: string, quote: string | null, source: { __typename: 'Source', id: string, title: string } }> }
            | { __typename: 'Source', id: string }
            | { __typename: 'Tenure', id: string }
            | { __typename: 'Topic', id: string }
            | { __typename: 'User', id: string }
            | { __typename: 'Visit', id: string }
            | { __typename: 'VisitMember', id: string }
           }> }> }> } };

export type PersonListQueryVariables = Exact<{
  filter?: PersonFilter | null | undefined;
  orderBy?: PersonOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PersonListQuery = { __typename: 'Query', people: { __typename: 'PersonConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'PersonEdge', cursor: string, node: { __typename: 'Person', id: string, name: string, honorific: string | null, country: string | null, countryName: string | null, tenures: Array<{ __typename: 'Tenure', id: string, status: TemporalStatus, acting: boolean, post: { __typename: 'Post', id: string, title: string, institution: { __typename: 'Institution', id: string, name: string, acronym: string | null } } }> } }> } };

export type CreatePersonMutationVariables = Exact<{
  input: CreatePersonInput;
}>;


export type CreatePersonMutation = { __typename: 'Mutation', createPerson: { __typename: 'CreatePersonPayload', person: { __typename: 'Person', id: string } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }> } };

export type UpdatePersonMutationVariables = Exact<{
  input: UpdatePersonInput;
}>;


export type UpdatePersonMutation = { __typename: 'Mutation', updatePerson: { __typename: 'UpdatePersonPayload', person: { __typename: 'Person', id: string, version: number, name: string, honorific: string | null, aliases: Array<string>, country: string | null, countryName: string | null, description: string | null } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }> } };

export type InstitutionPostsQueryVariables = Exact<{
  id: string;
}>;


export type InstitutionPostsQuery = { __typename: 'Query', institution: { __typename: 'Institution', id: string, posts: Array<{ __typename: 'Post', id: string, title: string }> } };

export type CreatePostMutationVariables = Exact<{
  input: CreatePostInput;
}>;


export type CreatePostMutation = { __typename: 'Mutation', createPost: { __typename: 'CreatePostPayload', post: { __typename: 'Post', id: string, title: string } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }> } };

export type CreateTenureMutationVariables = Exact<{
  input: CreateTenureInput;
}>;


export type CreateTenureMutation = { __typename: 'Mutation', createTenure: { __typename: 'CreateTenurePayload', tenure: { __typename: 'Tenure', id: string } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }> } };

export type CurrentPersonQueryVariables = Exact<{
  id: string;
}>;


export type CurrentPersonQuery = { __typename: 'Query', node:
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
    | { __typename: 'Person', version: number, name: string, honorific: string | null, aliases: Array<string>, country: string | null, description: string | null, id: string }
    | { __typename: 'Post', id: string }
    | { __typename: 'Relation', id: string }
    | { __typename: 'Source', id: string }
    | { __typename: 'Tenure', id: string }
    | { __typename: 'Topic', id: string }
    | { __typename: 'User', id: string }
    | { __typename: 'Visit', id: string }
    | { __typename: 'VisitMember', id: string }
   | null };

export type PersonPageQueryVariables = Exact<{
  id: string;
}>;


export type PersonPageQuery = { __typename: 'Query', person: { __typename: 'Person', id: string, version: number, name: string, honorific: string | null, aliases: Array<string>, country: string | null, countryName: string | null, description: string | null, tenures: Array<{ __typename: 'Tenure', id: string, version: number, acting: boolean, startDate: string | null, endDate: string | null, status: TemporalStatus, post: { __typename: 'Post', id: string, title: string, institution: { __typename: 'Institution', id: string, name: string } } }>, events: Array<{ __typename: 'Participation', id: string, role: ParticipationRole, rsvp: RsvpStatus, note: string | null, onBehalfOf: { __typename: 'Institution', id: string, name: string } | null, event: { __typename: 'Event', id: string, title: string, startDate: string | null, endDate: string | null } }>, visits: Array<{ __typename: 'VisitMember', id: string, role: DelegationRole, visit: { __typename: 'Visit', id: string, title: string, startDate: string | null, endDate: string | null } }>, relations: Array<{ __typename: 'Relation', id: string, kind: RelationKind, role: string | null, startDate: string | null, endDate: string | null, status: TemporalStatus, object: { __typename: 'Institution', id: string, name: string } }>, citations: Array<(
      { __typename: 'Citation' }
      & { ' $fragmentRefs'?: { 'CitationFieldsFragment': CitationFieldsFragment } }
    )>, claims: Array<(
      { __typename: 'Claim' }
      & { ' $fragmentRefs'?: { 'ClaimFieldsFragment': ClaimFieldsFragment } }
    )> } };

export type DeleteTenureFormMutationVariables = Exact<{
  input: DeleteTenureInput;
}>;


export type DeleteTenureFormMutation = { __typename: 'Mutation', deleteTenure: { __typename: 'DeleteTenurePayload', deletedId: string | null, userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }> } };

export type DeletePostFormMutationVariables = Exact<{
  input: DeletePostInput;
}>;


export type DeletePostFormMutation = { __typename: 'Mutation', deletePost: { __typename: 'DeletePostPayload', deletedId: string | null, userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }> } };

export type PlannerWindowQueryVariables = Exact<{
  from: string;
  to: string;
  timeZone?: string | null | undefined;
  kinds?: Array<AgendaItemKind> | AgendaItemKind | null | undefined;
  includeClosed?: boolean | null | undefined;
  institutionId?: string | null | undefined;
}>;


export type PlannerWindowQuery = { __typename: 'Query', agenda: { __typename: 'Agenda', from: string, to: string, timeZone: string | null, totalCount: number, truncated: boolean, items: Array<{ __typename: 'AgendaItem', key: string, kind: AgendaItemKind, title: string, status: string, startDate: string, endDate: string, recordedDate: string | null, precision: DatePrecision, approximate: boolean, allDay: boolean, startsAt: string | null, endsAt: string | null, timeZone: string | null, recurring: boolean, needsUpdate: boolean, needsUpdateReason: string | null, place: string | null, confidential: boolean, record:
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
       }> }, conflicts: { __typename: 'ScheduleConflicts', totalCount: number, truncated: boolean, items: Array<{ __typename: 'ScheduleConflict', kind: ConflictKind, approximate: boolean, from: string, to: string, message: string, record:
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
        | { __typename: 'Event', title: string, id: string }
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
        | { __typename: 'Visit', title: string, id: string }
        | { __typename: 'VisitMember', id: string }
      , other:
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
        | { __typename: 'Event', title: string, id: string }
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
        | { __typename: 'Visit', title: string, id: string }
        | { __typename: 'VisitMember', id: string }
       }> } };

export type PlannerExpiringQueryVariables = Exact<{
  days: number;
  institutionId?: string | null | undefined;
}>;


export type PlannerExpiringQuery = { __typename: 'Query', expiringAgreements: { __typename: 'ExpiringAgreements', asOf: string, until: string, upcoming: Array<{ __typename: 'AgreementDeadline', kind: AgreementDeadlineKind, date: string, daysLeft: number, agreement: { __typename: 'Agreement', id: string, title: string, status: AgreementStatus } }>, overdue: Array<{ __typename: 'AgreementDeadline', kind: AgreementDeadlineKind, date: string, daysLeft: number, agreement: { __typename: 'Agreement', id: string, title: string, status: AgreementStatus } }> } };

export type ScheduleHistoryFieldsFragment = { __typename: 'Reschedule', changedAt: string, changedBy: string | null, status: string | null, before: { __typename: 'ScheduledDates', startDate: string | null, endDate: string | null }, after: { __typename: 'ScheduledDates', startDate: string | null, endDate: string | null } } & { ' $fragmentName'?: 'ScheduleHistoryFieldsFragment' };

export type ScheduleWarningFieldsFragment = { __typename: 'ScheduleConflict', kind: ConflictKind, approximate: boolean, message: string, from: string, to: string, other:
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
    | { __typename: 'Event', title: string, id: string }
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
    | { __typename: 'Visit', title: string, id: string }
    | { __typename: 'VisitMember', id: string }
   } & { ' $fragmentName'?: 'ScheduleWarningFieldsFragment' };

export type SearchPageQueryVariables = Exact<{
  text: string;
}>;


export type SearchPageQuery = { __typename: 'Query', search: Array<(
    { __typename: 'SearchHit' }
    & { ' $fragmentRefs'?: { 'SearchHitFieldsFragment': SearchHitFieldsFragment } }
  )> };

export type SourcePageQueryVariables = Exact<{
  id: string;
}>;


export type SourcePageQuery = { __typename: 'Query', source: { __typename: 'Source', id: string, title: string, kind: SourceKind, url: string | null, language: string | null, publishedOn: string | null, publisherName: string | null, description: string | null, publisher: { __typename: 'Institution', id: string, name: string } | null, citations: Array<{ __typename: 'Citation', id: string, quote: string | null, locator: string | null, recordType: string, record:
        | { __typename: 'Agreement', title: string, id: string }
        | { __typename: 'AgreementAction', id: string }
        | { __typename: 'AgreementParty', id: string }
        | { __typename: 'ApiToken', id: string }
        | { __typename: 'AuditEntry', id: string }
        | { __typename: 'Citation', id: string }
        | { __typename: 'Claim', id: string }
        | { __typename: 'Commitment', title: string, id: string }
        | { __typename: 'Document', title: string, id: string }
        | { __typename: 'DocumentParty', id: string }
        | { __typename: 'Event', title: string, id: string }
        | { __typename: 'EventSeries', id: string }
        | { __typename: 'Institution', name: string, id: string }
        | { __typename: 'Participation', id: string }
        | { __typename: 'Person', name: string, id: string }
        | { __typename: 'Post', id: string }
        | { __typename: 'Relation', id: string }
        | { __typename: 'Source', id: string }
        | { __typename: 'Tenure', id: string }
        | { __typename: 'Topic', name: string, id: string }
        | { __typename: 'User', id: string }
        | { __typename: 'Visit', title: string, id: string }
        | { __typename: 'VisitMember', id: string }
       | null }> } };

export type StatsViewQueryVariables = Exact<{
  groupBy: Array<StatsDimension> | StatsDimension;
  types?: Array<StatsRecordType> | StatsRecordType | null | undefined;
  filter?: StatsFilter | null | undefined;
}>;


export type StatsViewQuery = { __typename: 'Query', stats: { __typename: 'Stats', groupBy: Array<StatsDimension>, total: number, truncated: boolean, groups: Array<{ __typename: 'StatsGroup', type: StatsRecordType | null, year: number | null, country: string | null, kind: string | null, status: string | null, institutionKind: InstitutionKind | null, count: number, topic: { __typename: 'Topic', id: string, name: string } | null, institution: { __typename: 'Institution', id: string, name: string, acronym: string | null } | null }> } };

export type CreateTopicMutationVariables = Exact<{
  input: CreateTopicInput;
}>;


export type CreateTopicMutation = { __typename: 'Mutation', createTopic: { __typename: 'CreateTopicPayload', topic: { __typename: 'Topic', id: string } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }> } };

export type UpdateTopicMutationVariables = Exact<{
  input: UpdateTopicInput;
}>;


export type UpdateTopicMutation = { __typename: 'Mutation', updateTopic: { __typename: 'UpdateTopicPayload', topic: { __typename: 'Topic', id: string, version: number, name: string, slug: string, description: string | null, parent: { __typename: 'Topic', id: string, name: string } | null } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }> } };

export type CurrentTopicQueryVariables = Exact<{
  id: string;
}>;


export type CurrentTopicQuery = { __typename: 'Query', node:
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
    | { __typename: 'Topic', version: number, name: string, slug: string, description: string | null, id: string, parent: { __typename: 'Topic', id: string, name: string } | null }
    | { __typename: 'User', id: string }
    | { __typename: 'Visit', id: string }
    | { __typename: 'VisitMember', id: string }
   | null };

export type TopicPageQueryVariables = Exact<{
  id: string;
}>;


export type TopicPageQuery = { __typename: 'Query', topic: { __typename: 'Topic', id: string, version: number, name: string, slug: string, description: string | null, parent: { __typename: 'Topic', id: string, name: string } | null, children: Array<{ __typename: 'Topic', id: string, name: string }>, events: Array<{ __typename: 'Event', id: string, title: string, startDate: string | null, endDate: string | null, kind: EventKind }>, visits: Array<{ __typename: 'Visit', id: string, title: string, startDate: string | null, endDate: string | null, purpose: VisitPurpose }>, documents: Array<{ __typename: 'Document', id: string, title: string, date: string | null, kind: DocumentKind }>, agreements: Array<{ __typename: 'Agreement', id: string, title: string, status: AgreementStatus }>, commitments: Array<{ __typename: 'Commitment', id: string, title: string, dueDate: string | null, status: CommitmentStatus }>, citations: Array<(
      { __typename: 'Citation' }
      & { ' $fragmentRefs'?: { 'CitationFieldsFragment': CitationFieldsFragment } }
    )>, claims: Array<(
      { __typename: 'Claim' }
      & { ' $fragmentRefs'?: { 'ClaimFieldsFragment': ClaimFieldsFragment } }
    )> } };

export type TagRecordMutationVariables = Exact<{
  input: TagRecordInput;
}>;


export type TagRecordMutation = { __typename: 'Mutation', tagRecord: { __typename: 'TagRecordPayload', userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }> } };

export type UntagRecordMutationVariables = Exact<{
  input: TagRecordInput;
}>;


export type UntagRecordMutation = { __typename: 'Mutation', untagRecord: { __typename: 'UntagRecordPayload', userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }> } };

export type EditVisitQueryVariables = Exact<{
  id: string;
}>;


export type EditVisitQuery = { __typename: 'Query', visit: { __typename: 'Visit', id: string, version: number, title: string, purpose: VisitPurpose, direction: VisitDirection, startDate: string | null, endDate: string | null, place: string | null, country: string | null, description: string | null, confidential: boolean, delegationOf: { __typename: 'Institution', id: string, name: string }, host: { __typename: 'Institution', id: string, name: string } | null } };

export type CheckUpdateVisitMutationVariables = Exact<{
  input: UpdateVisitInput;
}>;


export type CheckUpdateVisitMutation = { __typename: 'Mutation', updateVisit: { __typename: 'UpdateVisitPayload', userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }>, warnings: Array<(
      { __typename: 'ScheduleConflict' }
      & { ' $fragmentRefs'?: { 'ScheduleWarningFieldsFragment': ScheduleWarningFieldsFragment } }
    )> } };

export type UpdateVisitMutationVariables = Exact<{
  input: UpdateVisitInput;
}>;


export type UpdateVisitMutation = { __typename: 'Mutation', updateVisit: { __typename: 'UpdateVisitPayload', visit: { __typename: 'Visit', id: string, version: number, title: string } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }>, warnings: Array<(
      { __typename: 'ScheduleConflict' }
      & { ' $fragmentRefs'?: { 'ScheduleWarningFieldsFragment': ScheduleWarningFieldsFragment } }
    )> } };

export type VisitListQueryVariables = Exact<{
  filter?: VisitFilter | null | undefined;
  orderBy?: VisitOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type VisitListQuery = { __typename: 'Query', visits: { __typename: 'VisitConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'VisitEdge', cursor: string, node: { __typename: 'Visit', id: string, title: string, direction: VisitDirection, purpose: VisitPurpose, status: ScheduleStatus, startDate: string | null, endDate: string | null, place: string | null, country: string | null, countryName: string | null, delegationOf: { __typename: 'Institution', id: string, name: string, acronym: string | null }, host: { __typename: 'Institution', id: string, name: string, acronym: string | null } | null } }> } };

export type CheckCreateVisitMutationVariables = Exact<{
  input: CreateVisitInput;
}>;


export type CheckCreateVisitMutation = { __typename: 'Mutation', createVisit: { __typename: 'CreateVisitPayload', userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }>, warnings: Array<(
      { __typename: 'ScheduleConflict' }
      & { ' $fragmentRefs'?: { 'ScheduleWarningFieldsFragment': ScheduleWarningFieldsFragment } }
    )> } };

export type CreateVisitMutationVariables = Exact<{
  input: CreateVisitInput;
}>;


export type CreateVisitMutation = { __typename: 'Mutation', createVisit: { __typename: 'CreateVisitPayload', visit: { __typename: 'Visit', id: string } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }>, warnings: Array<(
      { __typename: 'ScheduleConflict' }
      & { ' $fragmentRefs'?: { 'ScheduleWarningFieldsFragment': ScheduleWarningFieldsFragment } }
    )> } };

export type ChangeVisitStatusMutationVariables = Exact<{
  input: UpdateVisitInput;
}>;


export type ChangeVisitStatusMutation = { __typename: 'Mutation', updateVisit: { __typename: 'UpdateVisitPayload', visit: { __typename: 'Visit', id: string, version: number, status: ScheduleStatus, startDate: string | null, endDate: string | null } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }> } };

export type CheckAddVisitMemberMutationVariables = Exact<{
  input: AddVisitMemberInput;
}>;


export type CheckAddVisitMemberMutation = { __typename: 'Mutation', addVisitMember: { __typename: 'AddVisitMemberPayload', userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }>, warnings: Array<(
      { __typename: 'ScheduleConflict' }
      & { ' $fragmentRefs'?: { 'ScheduleWarningFieldsFragment': ScheduleWarningFieldsFragment } }
    )> } };

export type AddVisitMemberMutationVariables = Exact<{
  input: AddVisitMemberInput;
}>;


export type AddVisitMemberMutation = { __typename: 'Mutation', addVisitMember: { __typename: 'AddVisitMemberPayload', visitMember: { __typename: 'VisitMember', id: string } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }>, warnings: Array<(
      { __typename: 'ScheduleConflict' }
      & { ' $fragmentRefs'?: { 'ScheduleWarningFieldsFragment': ScheduleWarningFieldsFragment } }
    )> } };

export type RemoveVisitMemberMutationVariables = Exact<{
  input: RemoveVisitMemberInput;
}>;


export type RemoveVisitMemberMutation = { __typename: 'Mutation', removeVisitMember: { __typename: 'RemoveVisitMemberPayload', deletedId: string | null, userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }> } };

export type VisitPageQueryVariables = Exact<{
  id: string;
}>;


export type VisitPageQuery = { __typename: 'Query', visit: { __typename: 'Visit', id: string, version: number, title: string, purpose: VisitPurpose, direction: VisitDirection, status: ScheduleStatus, startDate: string | null, endDate: string | null, place: string | null, countryName: string | null, description: string | null, delegationOf: { __typename: 'Institution', id: string, name: string }, host: { __typename: 'Institution', id: string, name: string } | null, members: Array<{ __typename: 'VisitMember', id: string, role: DelegationRole, person: { __typename: 'Person', id: string, name: string } | null, institution: { __typename: 'Institution', id: string, name: string } | null }>, outcome: { __typename: 'Document', id: string, title: string } | null, reschedules: Array<(
      { __typename: 'Reschedule' }
      & { ' $fragmentRefs'?: { 'ScheduleHistoryFieldsFragment': ScheduleHistoryFieldsFragment } }
    )>, topics: Array<{ __typename: 'Topic', id: string, name: string }>, citations: Array<(
      { __typename: 'Citation' }
      & { ' $fragmentRefs'?: { 'CitationFieldsFragment': CitationFieldsFragment } }
    )>, claims: Array<(
      { __typename: 'Claim' }
      & { ' $fragmentRefs'?: { 'ClaimFieldsFragment': ClaimFieldsFragment } }
    )> } };

export const HistoryEntryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HistoryEntry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"changes"}},{"kind":"Field","name":{"kind":"Name","value":"references"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<HistoryEntryFragment, unknown>;
export const CitationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"locator"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"publisherName"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}}]}}]}}]} as unknown as DocumentNode<CitationFieldsFragment, unknown>;
export const ClaimFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClaimFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"locator"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"publisherName"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}}]}}]}}]} as unknown as DocumentNode<ClaimFieldsFragment, unknown>;
export const SearchHitFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SearchHitFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SearchHit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"matchedName"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Institution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"countryName"}},{"kind":"Field","alias":{"kind":"Name","value":"institutionKind"},"name":{"kind":"Name","value":"kind"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"countryName"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","alias":{"kind":"Name","value":"eventKind"},"name":{"kind":"Name","value":"kind"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Visit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"agreementStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","alias":{"kind":"Name","value":"documentKind"},"name":{"kind":"Name","value":"kind"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commitment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","alias":{"kind":"Name","value":"commitmentStatus"},"name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publisherName"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}}]}}]}}]}}]} as unknown as DocumentNode<SearchHitFieldsFragment, unknown>;
export const TimelineItemFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimelineItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimelineItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"record"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institutions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisherName"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimelineAgreementAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimelineVisit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"needsUpdate"}},{"kind":"Field","name":{"kind":"Name","value":"needsUpdateReason"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimelineEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"needsUpdate"}},{"kind":"Field","name":{"kind":"Name","value":"needsUpdateReason"}},{"kind":"Field","name":{"kind":"Name","value":"participations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TimelineItemFieldsFragment, unknown>;
export const ChangeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}}]}}]} as unknown as DocumentNode<ChangeFieldsFragment, unknown>;
export const BriefingSectionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BriefingSectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BriefingSection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"emptyText"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"dateText"}},{"kind":"Field","name":{"kind":"Name","value":"footnotes"}},{"kind":"Field","name":{"kind":"Name","value":"unsourced"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"record"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<BriefingSectionFieldsFragment, unknown>;
export const EventFormFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventFormFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"edition"}},{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<EventFormFieldsFragment, unknown>;
export const InstitutionRecordsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstitutionRecordsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Institution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"rsvp"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"countryName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"visits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"delegationOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"host"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"documentParties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]}}]} as unknown as DocumentNode<InstitutionRecordsFieldsFragment, unknown>;
export const InstitutionSideFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstitutionSideFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Institution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"daysToExpiry"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdueExpiry"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commitments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"OPEN"},{"kind":"EnumValue","value":"IN_PROGRESS"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"posts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"isHead"}},{"kind":"Field","name":{"kind":"Name","value":"holders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"upcoming"},"name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<InstitutionSideFieldsFragment, unknown>;
export const ScheduleHistoryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScheduleHistoryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Reschedule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"before"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"after"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}}]}}]} as unknown as DocumentNode<ScheduleHistoryFieldsFragment, unknown>;
export const ScheduleWarningFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScheduleWarningFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleConflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"approximate"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"other"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Visit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<ScheduleWarningFieldsFragment, unknown>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const RecordHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecordHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HistoryEntry"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HistoryEntry"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementParty"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HistoryEntry"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HistoryEntry"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commitment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HistoryEntry"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HistoryEntry"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DocumentParty"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HistoryEntry"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HistoryEntry"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventSeries"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HistoryEntry"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Institution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HistoryEntry"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HistoryEntry"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HistoryEntry"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Post"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HistoryEntry"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Relation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HistoryEntry"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HistoryEntry"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tenure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HistoryEntry"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Topic"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HistoryEntry"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Visit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HistoryEntry"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VisitMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HistoryEntry"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HistoryEntry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"changes"}},{"kind":"Field","name":{"kind":"Name","value":"references"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RecordHistoryQuery, RecordHistoryQueryVariables>;
export const ListPickedInstitutionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListPickedInstitution"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Institution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ListPickedInstitutionQuery, ListPickedInstitutionQueryVariables>;
export const RecordPickerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecordPicker"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SearchableType"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"12"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Institution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"countryName"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"countryName"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startDate"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Topic"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecordPickerQuery, RecordPickerQueryVariables>;
export const SourcePickerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SourcePicker"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"SOURCE"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publisherName"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SourcePickerQuery, SourcePickerQueryVariables>;
export const CreateSourceFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSourceForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSourceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CreateSourceFormMutation, CreateSourceFormMutationVariables>;
export const CiteSourceFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CiteSourceForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CiteSourceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"citeSource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"citation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CiteSourceFormMutation, CiteSourceFormMutationVariables>;
export const ReportFigureFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportFigureForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportFigureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportFigure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claim"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ReportFigureFormMutation, ReportFigureFormMutationVariables>;
export const HeaderSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HeaderSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"24"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SearchHitFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SearchHitFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SearchHit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"matchedName"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Institution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"countryName"}},{"kind":"Field","alias":{"kind":"Name","value":"institutionKind"},"name":{"kind":"Name","value":"kind"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"countryName"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","alias":{"kind":"Name","value":"eventKind"},"name":{"kind":"Name","value":"kind"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Visit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"agreementStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","alias":{"kind":"Name","value":"documentKind"},"name":{"kind":"Name","value":"kind"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commitment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","alias":{"kind":"Name","value":"commitmentStatus"},"name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publisherName"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}}]}}]}}]}}]} as unknown as DocumentNode<HeaderSearchQuery, HeaderSearchQueryVariables>;
export const RecordChangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecordChange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementParty"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commitment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DocumentParty"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventSeries"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Institution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Post"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Relation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tenure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Topic"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Visit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VisitMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}}]}}]} as unknown as DocumentNode<RecordChangeQuery, RecordChangeQueryVariables>;
export const ApiTokensDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiTokens"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiTokens"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<ApiTokensQuery, ApiTokensQueryVariables>;
export const CreateApiTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"apiToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CreateApiTokenMutation, CreateApiTokenMutationVariables>;
export const RevokeApiTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<RevokeApiTokenMutation, RevokeApiTokenMutationVariables>;
export const AdminUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}}]}}]}}]}}]} as unknown as DocumentNode<AdminUserQuery, AdminUserQueryVariables>;
export const AdminUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminUsers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<AdminUsersQuery, AdminUsersQueryVariables>;
export const AdminCreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminCreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AdminCreateUserMutation, AdminCreateUserMutationVariables>;
export const AdminUpdateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminUpdateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AdminUpdateUserMutation, AdminUpdateUserMutationVariables>;
export const AgreementPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgreementPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedTransitions"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDue"}},{"kind":"Field","name":{"kind":"Name","value":"noticeDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"noticePeriodDays"}},{"kind":"Field","name":{"kind":"Name","value":"autoRenews"}},{"kind":"Field","name":{"kind":"Name","value":"daysToExpiry"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdueExpiry"}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signatory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"party"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"renews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"renewedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claims"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClaimFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"commitments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"agreementId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"locator"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"publisherName"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClaimFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationFields"}}]}}]}}]} as unknown as DocumentNode<AgreementPageQuery, AgreementPageQueryVariables>;
export const ChangeAgreementStatusFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeAgreementStatusForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeAgreementStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeAgreementStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ChangeAgreementStatusFormMutation, ChangeAgreementStatusFormMutationVariables>;
export const RecordAgreementActionFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordAgreementActionForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordAgreementActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAgreementAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreementAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<RecordAgreementActionFormMutation, RecordAgreementActionFormMutationVariables>;
export const AddAgreementPartyFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddAgreementPartyForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddAgreementPartyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addAgreementParty"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreementParty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AddAgreementPartyFormMutation, AddAgreementPartyFormMutationVariables>;
export const AgreementEditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgreementEdit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDue"}},{"kind":"Field","name":{"kind":"Name","value":"autoRenews"}},{"kind":"Field","name":{"kind":"Name","value":"noticePeriodDays"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AgreementEditQuery, AgreementEditQueryVariables>;
export const AgreementDraftPartyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgreementDraftParty"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AgreementDraftPartyQuery, AgreementDraftPartyQueryVariables>;
export const CreateAgreementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAgreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAgreementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CreateAgreementMutation, CreateAgreementMutationVariables>;
export const UpdateAgreementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAgreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAgreementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDue"}},{"kind":"Field","name":{"kind":"Name","value":"noticeDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"daysToExpiry"}},{"kind":"Field","name":{"kind":"Name","value":"autoRenews"}},{"kind":"Field","name":{"kind":"Name","value":"noticePeriodDays"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateAgreementMutation, UpdateAgreementMutationVariables>;
export const UpdateAgreementPartyFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAgreementPartyForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAgreementPartyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAgreementParty"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreementParty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateAgreementPartyFormMutation, UpdateAgreementPartyFormMutationVariables>;
export const RemoveAgreementPartyFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveAgreementPartyForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveAgreementPartyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeAgreementParty"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<RemoveAgreementPartyFormMutation, RemoveAgreementPartyFormMutationVariables>;
export const UpdateAgreementActionFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAgreementActionForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAgreementActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAgreementAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreementAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateAgreementActionFormMutation, UpdateAgreementActionFormMutationVariables>;
export const RemoveAgreementActionFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveAgreementActionForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveAgreementActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeAgreementAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<RemoveAgreementActionFormMutation, RemoveAgreementActionFormMutationVariables>;
export const CurrentLedgerRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CurrentLedgerRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementParty"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signatory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"party"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CurrentLedgerRecordQuery, CurrentLedgerRecordQueryVariables>;
export const AgreementListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgreementList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AgreementListQuery, AgreementListQueryVariables>;
export const AuditLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditLogFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordGlobalId"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"HistoryEntry"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HistoryEntry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"changes"}},{"kind":"Field","name":{"kind":"Name","value":"references"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AuditLogQuery, AuditLogQueryVariables>;
export const BriefingPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BriefingPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"perspectiveId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"since"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PartialDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"briefing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"perspectiveId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"perspectiveId"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"since"},"value":{"kind":"Variable","name":{"kind":"Name","value":"since"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"subjectKind"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"perspective"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BriefingSectionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institutions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BriefingSectionFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"locator"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BriefingSectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BriefingSection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"emptyText"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"dateText"}},{"kind":"Field","name":{"kind":"Name","value":"footnotes"}},{"kind":"Field","name":{"kind":"Name","value":"unsourced"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"record"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<BriefingPageQuery, BriefingPageQueryVariables>;
export const CommitmentPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommitmentPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commitment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceDocument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerInstitution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerPerson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"madeAtEvent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"madeInAgreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"madeInDocument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claims"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClaimFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"locator"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"publisherName"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClaimFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationFields"}}]}}]}}]} as unknown as DocumentNode<CommitmentPageQuery, CommitmentPageQueryVariables>;
export const CreateCommitmentFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCommitmentForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCommitmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCommitment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commitment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CreateCommitmentFormMutation, CreateCommitmentFormMutationVariables>;
export const UpdateCommitmentFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCommitmentForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCommitmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCommitment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commitment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateCommitmentFormMutation, UpdateCommitmentFormMutationVariables>;
export const DocumentPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DocumentPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedAt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"atEvent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"commitments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claims"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClaimFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"locator"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"publisherName"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClaimFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationFields"}}]}}]}}]} as unknown as DocumentNode<DocumentPageQuery, DocumentPageQueryVariables>;
export const CreateDocumentFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateDocumentForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDocumentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CreateDocumentFormMutation, CreateDocumentFormMutationVariables>;
export const UpdateDocumentFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateDocumentForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateDocumentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateDocumentFormMutation, UpdateDocumentFormMutationVariables>;
export const DocumentListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DocumentList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DocumentFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DocumentOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"issuers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DocumentListQuery, DocumentListQueryVariables>;
export const EditEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EditEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventFormFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventFormFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"edition"}},{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<EditEventQuery, EditEventQueryVariables>;
export const CheckCreateEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CheckCreateEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"dryRun"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScheduleWarningFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScheduleWarningFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleConflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"approximate"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"other"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Visit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<CheckCreateEventMutation, CheckCreateEventMutationVariables>;
export const CreateEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScheduleWarningFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScheduleWarningFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleConflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"approximate"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"other"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Visit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<CreateEventMutation, CreateEventMutationVariables>;
export const CheckUpdateEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CheckUpdateEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"dryRun"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScheduleWarningFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScheduleWarningFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleConflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"approximate"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"other"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Visit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<CheckUpdateEventMutation, CheckUpdateEventMutationVariables>;
export const UpdateEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventFormFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScheduleWarningFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventFormFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"edition"}},{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScheduleWarningFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleConflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"approximate"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"other"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Visit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateEventMutation, UpdateEventMutationVariables>;
export const EventFormSeriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventFormSeries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventSeriesList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<EventFormSeriesQuery, EventFormSeriesQueryVariables>;
export const ChangeEventStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeEventStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ChangeEventStatusMutation, ChangeEventStatusMutationVariables>;
export const CheckAddParticipationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CheckAddParticipation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddParticipationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addParticipation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"dryRun"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScheduleWarningFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScheduleWarningFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleConflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"approximate"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"other"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Visit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<CheckAddParticipationMutation, CheckAddParticipationMutationVariables>;
export const AddParticipationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddParticipation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddParticipationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addParticipation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScheduleWarningFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScheduleWarningFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleConflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"approximate"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"other"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Visit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<AddParticipationMutation, AddParticipationMutationVariables>;
export const UpdateParticipationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateParticipation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateParticipationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateParticipation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"rsvp"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"onBehalfOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateParticipationMutation, UpdateParticipationMutationVariables>;
export const RemoveParticipationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveParticipation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveParticipationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeParticipation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<RemoveParticipationMutation, RemoveParticipationMutationVariables>;
export const EventPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"countryName"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"recurrence"}},{"kind":"Field","name":{"kind":"Name","value":"edition"}},{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"edition"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hosts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"rsvp"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"onBehalfOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reschedules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScheduleHistoryFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claims"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClaimFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"commitments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"madeAtEventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"ownerInstitution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerPerson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"locator"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"publisherName"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScheduleHistoryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Reschedule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"before"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"after"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClaimFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationFields"}}]}}]}}]} as unknown as DocumentNode<EventPageQuery, EventPageQueryVariables>;
export const EventListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EventFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EventOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"countryName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EventListQuery, EventListQueryVariables>;
export const NewEventStartingPointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NewEventStartingPoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"host"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parent"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withHost"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withParent"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"host"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withHost"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parent"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withParent"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<NewEventStartingPointQuery, NewEventStartingPointQueryVariables>;
export const HomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Home"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"today"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PartialDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"recent"},"name":{"kind":"Name","value":"timeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"order"},"value":{"kind":"EnumValue","value":"DESC"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"12"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"today"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimelineItemFields"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"upcoming"},"name":{"kind":"Name","value":"timeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"order"},"value":{"kind":"EnumValue","value":"ASC"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"8"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"today"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"scheduleStatus"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"PLANNED"},{"kind":"EnumValue","value":"CONFIRMED"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimelineItemFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimelineItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimelineItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"record"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institutions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisherName"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimelineAgreementAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimelineVisit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"needsUpdate"}},{"kind":"Field","name":{"kind":"Name","value":"needsUpdateReason"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimelineEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"needsUpdate"}},{"kind":"Field","name":{"kind":"Name","value":"needsUpdateReason"}},{"kind":"Field","name":{"kind":"Name","value":"participations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HomeQuery, HomeQueryVariables>;
export const ImportInstitutionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportInstitutions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportRecordsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"committed"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ImportInstitutionsMutation, ImportInstitutionsMutationVariables>;
export const ImportDuplicateSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportDuplicateSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"INSTITUTION"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"allWords"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ImportDuplicateSearchQuery, ImportDuplicateSearchQueryVariables>;
export const DeleteInstitutionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteInstitution"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteInstitutionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteInstitution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteInstitutionMutation, DeleteInstitutionMutationVariables>;
export const LikelyDuplicatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LikelyDuplicates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"INSTITUTION"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"6"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"allWords"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Institution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"countryName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LikelyDuplicatesQuery, LikelyDuplicatesQueryVariables>;
export const InstitutionEditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InstitutionEdit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"identifiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]} as unknown as DocumentNode<InstitutionEditQuery, InstitutionEditQueryVariables>;
export const CreateInstitutionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateInstitution"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateInstitutionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createInstitution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CreateInstitutionMutation, CreateInstitutionMutationVariables>;
export const UpdateInstitutionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateInstitution"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateInstitutionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateInstitution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"countryName"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"identifiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateInstitutionMutation, UpdateInstitutionMutationVariables>;
export const CreateRelationFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateRelationForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateRelationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createRelation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CreateRelationFormMutation, CreateRelationFormMutationVariables>;
export const UpdateRelationFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateRelationForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateRelationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateRelation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateRelationFormMutation, UpdateRelationFormMutationVariables>;
export const DeleteRelationFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteRelationForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteRelationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteRelation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteRelationFormMutation, DeleteRelationFormMutationVariables>;
export const InstitutionPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InstitutionPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"countryName"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"identifiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claims"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClaimFields"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstitutionSideFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstitutionRecordsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"locator"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"publisherName"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClaimFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstitutionSideFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Institution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"daysToExpiry"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdueExpiry"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commitments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"OPEN"},{"kind":"EnumValue","value":"IN_PROGRESS"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"posts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"isHead"}},{"kind":"Field","name":{"kind":"Name","value":"holders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"upcoming"},"name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstitutionRecordsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Institution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"rsvp"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"countryName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"visits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"delegationOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"host"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"documentParties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]}}]} as unknown as DocumentNode<InstitutionPageQuery, InstitutionPageQueryVariables>;
export const InstitutionListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InstitutionList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InstitutionFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InstitutionOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institutions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"countryName"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<InstitutionListQuery, InstitutionListQueryVariables>;
export const InstitutionPartnersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InstitutionPartners"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"compare"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnersAsOf"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"institutionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"countryName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Institution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnerChanges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"institutionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"compare"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"partnersGained"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnersLost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreementsEntered"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreementsLeft"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationsStarted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"object"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationsEnded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"object"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InstitutionPartnersQuery, InstitutionPartnersQueryVariables>;
export const InstitutionRelationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InstitutionRelations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"relations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Institution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"object"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InstitutionRelationsQuery, InstitutionRelationsQueryVariables>;
export const InstitutionTimelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InstitutionTimeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bodiesOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sharedWith"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TimelineFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"order"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SortDirection"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hasWith"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"institutionIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}},{"kind":"Argument","name":{"kind":"Name","value":"bodiesOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bodiesOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"sharedWith"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sharedWith"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"order"},"value":{"kind":"Variable","name":{"kind":"Name","value":"order"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"25"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimelineItemFields"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"withInstitution"},"name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withId"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hasWith"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Institution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimelineItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimelineItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"record"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institutions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisherName"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimelineAgreementAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimelineVisit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"needsUpdate"}},{"kind":"Field","name":{"kind":"Name","value":"needsUpdateReason"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimelineEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"needsUpdate"}},{"kind":"Field","name":{"kind":"Name","value":"needsUpdateReason"}},{"kind":"Field","name":{"kind":"Name","value":"participations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InstitutionTimelineQuery, InstitutionTimelineQueryVariables>;
export const MiniNetworkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MiniNetwork"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"institutionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"neighbourhood"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"institutionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"institutionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"hops"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"12"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hops"}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"centre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"distance"}},{"kind":"Field","name":{"kind":"Name","value":"degree"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sourceId"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"interactions"}}]}}]}}]}}]} as unknown as DocumentNode<MiniNetworkQuery, MiniNetworkQueryVariables>;
export const NetworkNeighbourhoodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NetworkNeighbourhood"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"institutionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hops"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CooperationFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"records"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"neighbourhood"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"institutionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"institutionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"hops"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hops"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hops"}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"centre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"distance"}},{"kind":"Field","name":{"kind":"Name","value":"degree"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"countryName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sourceId"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"interactions"}},{"kind":"Field","name":{"kind":"Name","value":"firstInteraction"}},{"kind":"Field","name":{"kind":"Name","value":"lastInteraction"}},{"kind":"Field","name":{"kind":"Name","value":"byKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"records"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"records"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"record"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<NetworkNeighbourhoodQuery, NetworkNeighbourhoodQueryVariables>;
export const PathPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PathPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hasFrom"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hasTo"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"both"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"fromNode"},"name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hasFrom"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Institution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"toNode"},"name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hasTo"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Institution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"connectionPath"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fromId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"toId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxHops"},"value":{"kind":"IntValue","value":"4"}},{"kind":"Argument","name":{"kind":"Name","value":"maxPaths"},"value":{"kind":"IntValue","value":"3"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"both"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"hops"}},{"kind":"Field","name":{"kind":"Name","value":"paths"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hops"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"institutions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"interactions"}},{"kind":"Field","name":{"kind":"Name","value":"firstInteraction"}},{"kind":"Field","name":{"kind":"Name","value":"lastInteraction"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"records"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"record"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Relation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PathPageQuery, PathPageQueryVariables>;
export const PersonListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PersonFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PersonOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"honorific"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"countryName"}},{"kind":"Field","name":{"kind":"Name","value":"tenures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acting"}},{"kind":"Field","name":{"kind":"Name","value":"post"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PersonListQuery, PersonListQueryVariables>;
export const CreatePersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePersonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CreatePersonMutation, CreatePersonMutationVariables>;
export const UpdatePersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePersonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"honorific"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"countryName"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<UpdatePersonMutation, UpdatePersonMutationVariables>;
export const InstitutionPostsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InstitutionPosts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"posts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<InstitutionPostsQuery, InstitutionPostsQueryVariables>;
export const CreatePostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePostInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"post"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CreatePostMutation, CreatePostMutationVariables>;
export const CreateTenureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTenure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTenureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTenure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CreateTenureMutation, CreateTenureMutationVariables>;
export const CurrentPersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CurrentPerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"honorific"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}}]} as unknown as DocumentNode<CurrentPersonQuery, CurrentPersonQueryVariables>;
export const PersonPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"honorific"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"countryName"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"tenures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"acting"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"post"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"rsvp"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"onBehalfOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"visits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"visit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"relations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"object"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claims"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClaimFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"locator"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"publisherName"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClaimFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationFields"}}]}}]}}]} as unknown as DocumentNode<PersonPageQuery, PersonPageQueryVariables>;
export const DeleteTenureFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteTenureForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteTenureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteTenure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteTenureFormMutation, DeleteTenureFormMutationVariables>;
export const DeletePostFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeletePostForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeletePostInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletePost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<DeletePostFormMutation, DeletePostFormMutationVariables>;
export const PlannerWindowDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlannerWindow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"timeZone"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AgendaItemKind"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeClosed"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"institutionId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agenda"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"timeZone"},"value":{"kind":"Variable","name":{"kind":"Name","value":"timeZone"}}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeClosed"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeClosed"}}},{"kind":"Argument","name":{"kind":"Name","value":"institutionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"institutionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"recordedDate"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"approximate"}},{"kind":"Field","name":{"kind":"Name","value":"allDay"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"recurring"}},{"kind":"Field","name":{"kind":"Name","value":"needsUpdate"}},{"kind":"Field","name":{"kind":"Name","value":"needsUpdateReason"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"record"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"conflicts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"timeZone"},"value":{"kind":"Variable","name":{"kind":"Name","value":"timeZone"}}},{"kind":"Argument","name":{"kind":"Name","value":"institutionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"institutionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"approximate"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"record"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Visit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"other"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Visit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PlannerWindowQuery, PlannerWindowQueryVariables>;
export const PlannerExpiringDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlannerExpiring"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"days"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"institutionId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expiringAgreements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"days"},"value":{"kind":"Variable","name":{"kind":"Name","value":"days"}}},{"kind":"Argument","name":{"kind":"Name","value":"institutionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"institutionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"upcoming"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"overdue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PlannerExpiringQuery, PlannerExpiringQueryVariables>;
export const SearchPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SearchHitFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SearchHitFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SearchHit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"matchedName"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Institution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"countryName"}},{"kind":"Field","alias":{"kind":"Name","value":"institutionKind"},"name":{"kind":"Name","value":"kind"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"countryName"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","alias":{"kind":"Name","value":"eventKind"},"name":{"kind":"Name","value":"kind"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Visit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"agreementStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","alias":{"kind":"Name","value":"documentKind"},"name":{"kind":"Name","value":"kind"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commitment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","alias":{"kind":"Name","value":"commitmentStatus"},"name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publisherName"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}}]}}]}}]}}]} as unknown as DocumentNode<SearchPageQuery, SearchPageQueryVariables>;
export const SourcePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SourcePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"publisherName"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"locator"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"record"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Institution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Visit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commitment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Topic"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SourcePageQuery, SourcePageQueryVariables>;
export const StatsViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StatsView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StatsDimension"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StatsRecordType"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StatsFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupBy"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institutionKind"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<StatsViewQuery, StatsViewQueryVariables>;
export const CreateTopicDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTopic"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTopicInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTopic"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CreateTopicMutation, CreateTopicMutationVariables>;
export const UpdateTopicDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTopic"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTopicInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTopic"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateTopicMutation, UpdateTopicMutationVariables>;
export const CurrentTopicDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CurrentTopic"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Topic"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CurrentTopicQuery, CurrentTopicQueryVariables>;
export const TopicPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TopicPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topic"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commitments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claims"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClaimFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"locator"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"publisherName"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClaimFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationFields"}}]}}]}}]} as unknown as DocumentNode<TopicPageQuery, TopicPageQueryVariables>;
export const TagRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TagRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TagRecordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tagRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<TagRecordMutation, TagRecordMutationVariables>;
export const UntagRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UntagRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TagRecordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"untagRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<UntagRecordMutation, UntagRecordMutationVariables>;
export const EditVisitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EditVisit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"visit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"delegationOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"host"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<EditVisitQuery, EditVisitQueryVariables>;
export const CheckUpdateVisitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CheckUpdateVisit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateVisitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateVisit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"dryRun"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScheduleWarningFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScheduleWarningFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleConflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"approximate"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"other"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Visit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<CheckUpdateVisitMutation, CheckUpdateVisitMutationVariables>;
export const UpdateVisitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateVisit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateVisitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateVisit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"visit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScheduleWarningFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScheduleWarningFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleConflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"approximate"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"other"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Visit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateVisitMutation, UpdateVisitMutationVariables>;
export const VisitListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VisitList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"VisitFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"VisitOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"visits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"countryName"}},{"kind":"Field","name":{"kind":"Name","value":"delegationOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"host"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<VisitListQuery, VisitListQueryVariables>;
export const CheckCreateVisitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CheckCreateVisit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateVisitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createVisit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"dryRun"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScheduleWarningFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScheduleWarningFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleConflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"approximate"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"other"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Visit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<CheckCreateVisitMutation, CheckCreateVisitMutationVariables>;
export const CreateVisitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateVisit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateVisitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createVisit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"visit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScheduleWarningFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScheduleWarningFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleConflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"approximate"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"other"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Visit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<CreateVisitMutation, CreateVisitMutationVariables>;
export const ChangeVisitStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeVisitStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateVisitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateVisit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"visit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ChangeVisitStatusMutation, ChangeVisitStatusMutationVariables>;
export const CheckAddVisitMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CheckAddVisitMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddVisitMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addVisitMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"dryRun"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScheduleWarningFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScheduleWarningFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleConflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"approximate"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"other"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Visit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<CheckAddVisitMemberMutation, CheckAddVisitMemberMutationVariables>;
export const AddVisitMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddVisitMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddVisitMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addVisitMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"visitMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScheduleWarningFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScheduleWarningFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleConflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"approximate"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"other"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Visit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<AddVisitMemberMutation, AddVisitMemberMutationVariables>;
export const RemoveVisitMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveVisitMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveVisitMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeVisitMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<RemoveVisitMemberMutation, RemoveVisitMemberMutationVariables>;
export const VisitPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VisitPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"visit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"countryName"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"delegationOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"host"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reschedules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScheduleHistoryFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claims"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClaimFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"locator"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"publisherName"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScheduleHistoryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Reschedule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"before"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"after"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClaimFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationFields"}}]}}]}}]} as unknown as DocumentNode<VisitPageQuery, VisitPageQueryVariables>;