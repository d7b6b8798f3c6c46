// The record kinds of the CLI in one table: how each is listed, shown, created, updated and
// deleted through the typed client, and which columns its list prints. client/cli/records.ts
// turns every entry into `accord <kind> list|show|create|update|delete`.
import type { AccordClient, MutationOptions } from '../index.js';
import type { RefType } from './refs.js';

export type Row = Record<string, unknown>;
type Page = { totalCount: number; nodes: Row[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
type Write = (client: AccordClient, input: Row, options: MutationOptions) => Promise<unknown>;

export type KindSpec = {
  /** Command name (plural) and aliases. */
  command: string;
  aliases: string[];
  /** The GraphQL type. */
  type: RefType;
  about: string;
  /** A list query with a filter input, or a list read from a parent record (tenures of a person …). */
  list?: { filter: string; page: (client: AccordClient, variables: { filter: Row; first: number; after: string | null }) => Promise<Page> };
  listOf?: { option: string; type: RefType; about: string; rows: (client: AccordClient, parentId: string) => Promise<Row[]> }[];
  columns: [header: string, path: string][];
  show: (client: AccordClient, id: string) => Promise<Row>;
  create?: { input: string; run: Write; verb?: string };
  update?: { input: string; run: Write };
  remove?: { input: string; run: Write; verb?: string };
};

const as = <T>(value: T) => value as unknown as Row;
const page = (value: unknown) => value as Page;

/** A value at a dotted path ("institution.name"); arrays are joined with ", ". */
export function pick(row: unknown, path: string): string | number | boolean | null {
  let current: unknown = row;
  for (const key of path.split('.')) {
    if (Array.isArray(current)) current = current.map((item) => (item as Row)?.[key]);
    else current = current && typeof current === 'object' ? (current as Row)[key] : undefined;
  }
  if (Array.isArray(current)) return current.filter((v) => v !== null && v !== undefined).join(', ');
  if (current === undefined || current === null) return null;
  return typeof current === 'object' ? JSON.stringify(current) : (current as string | number | boolean);
}

export const KINDS: KindSpec[] = [
  {
    command: 'institutions',
    aliases: ['institution'],
    type: 'Institution',
    about: 'institutions: ombudsman offices, NHRIs, organisations, networks and their bodies',
    list: { filter: 'InstitutionFilter', page: async (c, v) => page(await c.institutionRecords(v as never)) },
    columns: [['name', 'name'], ['acronym', 'acronym'], ['kind', 'kind'], ['country', 'country']],
    show: async (c, id) => as(await c.institution(id)),
    create: { input: 'CreateInstitutionInput', run: (c, i, o) => c.createInstitution(i as never, o) },
    update: { input: 'UpdateInstitutionInput', run: (c, i, o) => c.updateInstitution(i as never, o) },
    remove: { input: 'DeleteInstitutionInput', run: (c, i, o) => c.deleteInstitution(i as never, o) },
  },
  {
    command: 'people',
    aliases: ['person'],
    type: 'Person',
    about: 'people: office holders, signatories, participants',
    list: { filter: 'PersonFilter', page: async (c, v) => page(await c.people(v as never)) },
    columns: [['name', 'name'], ['honorific', 'honorific'], ['country', 'country'], ['id', 'id']],
    show: async (c, id) => as(await c.person(id)),
    create: { input: 'CreatePersonInput', run: (c, i, o) => c.createPerson(i as never, o) },
    update: { input: 'UpdatePersonInput', run: (c, i, o) => c.updatePerson(i as never, o) },
    remove: { input: 'DeletePersonInput', run: (c, i, o) => c.deletePerson(i as never, o) },
  },
  {
    command: 'posts',
    aliases: ['post'],
    type: 'Post',
    about: 'posts: positions at institutions (e.g. the Ombudsman of Azerbaijan)',
    list: { filter: 'PostFilter', page: async (c, v) => page(await c.posts(v as never)) },
    columns: [['title', 'title'], ['institution', 'institution.name'], ['head', 'isHead'], ['holders', 'holders.name'], ['id', 'id']],
    show: async (c, id) => as(await c.post(id)),
    create: { input: 'CreatePostInput', run: (c, i, o) => c.createPost(i as never, o) },
    update: { input: 'UpdatePostInput', run: (c, i, o) => c.updatePost(i as never, o) },
    remove: { input: 'DeletePostInput', run: (c, i, o) => c.deletePost(i as never, o) },
  },
  {
    command: 'tenures',
    aliases: ['tenure'],
    type: 'Tenure',
    about: 'tenures: who held a post and when',
    listOf: [
      // The parent's tenures leave the parent out (it is the same on every row): put it back for the PERSON / POST column.
      {
        option: 'person',
        type: 'Person',
        about: 'the tenures of this person',
        rows: async (c, id) => {
          const person = await c.person(id);
          return person.tenures.map((tenure) => ({ ...tenure, person: { name: person.name } })) as unknown as Row[];
        },
      },
      {
        option: 'post',
        type: 'Post',
        about: 'the tenures of this post',
        rows: async (c, id) => {
          const post = await c.post(id);
          return post.tenures.map((tenure) => ({ ...tenure, post: { title: post.title } })) as unknown as Row[];
        },
      },
    ],
    columns: [['person', 'person.name'], ['post', 'post.title'], ['from', 'startDate'], ['to', 'endDate'], ['acting', 'acting'], ['status', 'status'], ['id', 'id']],
    show: async (c, id) => as(await c.tenure(id)),
    create: { input: 'CreateTenureInput', run: (c, i, o) => c.createTenure(i as never, o) },
    update: { input: 'UpdateTenureInput', run: (c, i, o) => c.updateTenure(i as never, o) },
    remove: { input: 'DeleteTenureInput', run: (c, i, o) => c.deleteTenure(i as never, o) },
  },
  {
    command: 'relations',
    aliases: ['relation'],
    type: 'Relation',
    about: 'relations: memberships, partnerships, accreditations between institutions (and people)',
    list: { filter: 'RelationFilter', page: async (c, v) => page(await c.relations(v as never)) },
    columns: [['kind', 'kind'], ['subject', 'subject.name'], ['object', 'object.name'], ['role', 'role'], ['from', 'startDate'], ['to', 'endDate'], ['status', 'status'], ['id', 'id']],
    show: async (c, id) => as(await c.relation(id)),
    create: { input: 'CreateRelationInput', run: (c, i, o) => c.createRelation(i as never, o) },
    update: { input: 'UpdateRelationInput', run: (c, i, o) => c.updateRelation(i as never, o) },
    remove: { input: 'DeleteRelationInput', run: (c, i, o) => c.deleteRelation(i as never, o) },
  },
  {
    command: 'agreements',
    aliases: ['agreement'],
    type: 'Agreement',
    about: 'agreements: memoranda of understanding and their lifecycle',
    list: { filter: 'AgreementFilter', page: async (c, v) => page(await c.agreements(v as never)) },
    columns: [['title', 'title'], ['kind', 'kind'], ['status', 'status'], ['from', 'effectiveFrom'], ['expires', 'expiresOn'], ['id', 'id']],
    show: async (c, id) => as(await c.agreement(id)),
    create: { input: 'CreateAgreementInput', run: (c, i, o) => c.createAgreement(i as never, o) },
    update: { input: 'UpdateAgreementInput', run: (c, i, o) => c.updateAgreement(i as never, o) },
    remove: { input: 'DeleteAgreementInput', run: (c, i, o) => c.deleteAgreement(i as never, o) },
  },
  {
    command: 'events',
    aliases: ['event'],
    type: 'Event',
    about: 'events: forums, conferences, symposia, meetings',
    list: { filter: 'EventFilter', page: async (c, v) => page(await c.events(v as never)) },
    columns: [['title', 'title'], ['kind', 'kind'], ['status', 'status'], ['start', 'startDate'], ['end', 'endDate'], ['city', 'city'], ['country', 'country'], ['id', 'id']],
    show: async (c, id) => as(await c.event(id)),
    create: { input: 'CreateEventInput', run: (c, i, o) => c.createEvent(i as never, o) },
    update: { input: 'UpdateEventInput', run: (c, i, o) => c.updateEvent(i as never, o) },
    remove: { input: 'DeleteEventInput', run: (c, i, o) => c.deleteEvent(i as never, o) },
  },
  {
    command: 'participations',
    aliases: ['participation'],
    type: 'Participation',
    about: 'participations: who took part in an event, in which role',
    listOf: [{ option: 'event', type: 'Event', about: 'the participations of this event', rows: async (c, id) => (await c.event(id)).participations as unknown as Row[] }],
    columns: [['institution', 'institution.name'], ['person', 'person.name'], ['role', 'role'], ['rsvp', 'rsvp'], ['on behalf of', 'onBehalfOf.name'], ['id', 'id']],
    show: async (c, id) => as(await c.participation(id)),
    create: { input: 'AddParticipationInput', run: (c, i, o) => c.addParticipation(i as never, o), verb: 'added' },
    update: { input: 'UpdateParticipationInput', run: (c, i, o) => c.updateParticipation(i as never, o) },
    remove: { input: 'RemoveParticipationInput', run: (c, i, o) => c.removeParticipation(i as never, o), verb: 'removed' },
  },
  {
    command: 'visits',
    aliases: ['visit'],
    type: 'Visit',
    about: 'visits: delegations received and sent',
    list: { filter: 'VisitFilter', page: async (c, v) => page(await c.visits(v as never)) },
    columns: [['title', 'title'], ['direction', 'direction'], ['purpose', 'purpose'], ['status', 'status'], ['start', 'startDate'], ['delegation of', 'delegationOf.name'], ['host', 'host.name'], ['id', 'id']],
    show: async (c, id) => as(await c.visit(id)),
    create: { input: 'CreateVisitInput', run: (c, i, o) => c.createVisit(i as never, o) },
    update: { input: 'UpdateVisitInput', run: (c, i, o) => c.updateVisit(i as never, o) },
    remove: { input: 'DeleteVisitInput', run: (c, i, o) => c.deleteVisit(i as never, o) },
  },
  {
    command: 'documents',
    aliases: ['document'],
    type: 'Document',
    about: 'documents: reports, declarations, resolutions, letters',
    list: { filter: 'DocumentFilter', page: async (c, v) => page(await c.documents(v as never)) },
    columns: [['title', 'title'], ['kind', 'kind'], ['date', 'date'], ['id', 'id']],
    show: async (c, id) => as(await c.document(id)),
    create: { input: 'CreateDocumentInput', run: (c, i, o) => c.createDocument(i as never, o) },
    update: { input: 'UpdateDocumentInput', run: (c, i, o) => c.updateDocument(i as never, o) },
    remove: { input: 'DeleteDocumentInput', run: (c, i, o) => c.deleteDocument(i as never, o) },
  },
  {
    command: 'commitments',
    aliases: ['commitment'],
    type: 'Commitment',
    about: 'commitments: what an institution undertook to do, and by when',
    list: { filter: 'CommitmentFilter', page: async (c, v) => page(await c.commitments(v as never)) },
    columns: [['title', 'title'], ['status', 'status'], ['due', 'dueDate'], ['overdue', 'isOverdue'], ['id', 'id']],
    show: async (c, id) => as(await c.commitment(id)),
    create: { input: 'CreateCommitmentInput', run: (c, i, o) => c.createCommitment(i as never, o) },
    update: { input: 'UpdateCommitmentInput', run: (c, i, o) => c.updateCommitment(i as never, o) },
    remove: { input: 'DeleteCommitmentInput', run: (c, i, o) => c.deleteCommitment(i as never, o) },
  },
  {
    command: 'topics',
    aliases: ['topic'],
    type: 'Topic',
    about: 'topics: what records are about (children’s rights, mine victims …)',
    list: { filter: 'TopicFilter', page: async (c, v) => page(await c.topics(v as never)) },
    columns: [['name', 'name'], ['slug', 'slug'], ['id', 'id']],
    show: async (c, id) => as(await c.topic(id)),
    create: { input: 'CreateTopicInput', run: (c, i, o) => c.createTopic(i as never, o) },
    update: { input: 'UpdateTopicInput', run: (c, i, o) => c.updateTopic(i as never, o) },
    remove: { input: 'DeleteTopicInput', run: (c, i, o) => c.deleteTopic(i as never, o) },
  },
  {
    command: 'sources',
    aliases: ['source'],
    type: 'Source',
    about: 'sources: the articles, reports and pages facts are cited from',
    list: { filter: 'SourceFilter', page: async (c, v) => page(await c.sources(v as never)) },
    columns: [['title', 'title'], ['kind', 'kind'], ['publisher', 'publisherName'], ['published', 'publishedOn'], ['id', 'id']],
    show: async (c, id) => as(await c.source(id)),
    create: { input: 'CreateSourceInput', run: (c, i, o) => c.createSource(i as never, o) },
    update: { input: 'UpdateSourceInput', run: (c, i, o) => c.updateSource(i as never, o) },
    remove: { input: 'DeleteSourceInput', run: (c, i, o) => c.deleteSource(i as never, o) },
  },
  {
    command: 'citations',
    aliases: ['citation'],
    type: 'Citation',
    about: 'citations: a source cited for a record (with the quote)',
    columns: [['record', 'recordType'], ['source', 'source.title'], ['locator', 'locator'], ['quote', 'quote'], ['id', 'id']],
    show: async (c, id) => as(await c.citation(id)),
    create: { input: 'CiteSourceInput', run: (c, i, o) => c.citeSource(i as never, o) },
    remove: { input: 'RemoveCitationInput', run: (c, i, o) => c.removeCitation(i as never, o), verb: 'removed' },
  },
  {
    command: 'claims',
    aliases: ['claim'],
    type: 'Claim',
    about: 'claims: figures about a record (e.g. 300 participants), each with its source',
    columns: [['record', 'recordType'], ['measure', 'measure'], ['value', 'value'], ['as of', 'asOf'], ['id', 'id']],
    show: async (c, id) => as(await c.claim(id)),
    create: { input: 'ReportFigureInput', run: (c, i, o) => c.reportFigure(i as never, o), verb: 'reported' },
    update: { input: 'UpdateClaimInput', run: (c, i, o) => c.updateClaim(i as never, o) },
    remove: { input: 'DeleteClaimInput', run: (c, i, o) => c.deleteClaim(i as never, o) },
  },
];
