// Named methods for every record kind: one, page, all… (async iterator), create, update, delete and
// the kind's own verbs. Built from four small generic helpers so each method is one line, typed
// from its operation document (client/operations/*.graphql).
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { type DocumentNode, type FieldNode, Kind, type OperationDefinitionNode, parse, print } from 'graphql';
import { AccordUserInputError, type UserErrorEntry } from './errors.js';
import * as ops from './generated/graphql.js';

/** Per-request options of a mutation. */
export type MutationOptions = {
  /** Sent as `Idempotency-Key`: a retry with the same key gets the first answer instead of running twice. */
  idempotencyKey?: string;
};

export type Requester = <R, V>(document: TypedDocumentNode<R, V>, variables: V, options?: MutationOptions) => Promise<R>;

type PageInfo = { hasNextPage: boolean; endCursor: string | null };
type Connection<N> = { nodes: N[]; pageInfo: PageInfo };
type PageVariables = 'first' | 'after' | 'last' | 'before';
type NodeOf<C> = C extends Connection<infer N> ? N : never;
type Payload = { userErrors: UserErrorEntry[] };
export type SearchHit = ops.SearchQuery['search'][number];

/** Searches per request in `searchMany` (the server allows 30 aliases). */
const SEARCHES_PER_REQUEST = 25;
/** The fields of one hit, as the Search operation selects them. */
const hitSelection = () => print(((ops.SearchDocument.definitions[0] as OperationDefinitionNode).selectionSet.selections[0] as FieldNode).selectionSet!);

/** IDs per `nodes(ids:)` request (the server's limit). */
const NODES_PER_REQUEST = 100;

/** The one-record query of each type `recordsByIds` reads: its records come with the same fields. */
const ONE_RECORD = {
  Institution: ops.InstitutionDocument,
  Person: ops.PersonDocument,
  Post: ops.PostDocument,
  Tenure: ops.TenureDocument,
  Relation: ops.RelationDocument,
  Agreement: ops.AgreementDocument,
  Event: ops.EventDocument,
  EventSeries: ops.EventSeriesDocument,
  Participation: ops.ParticipationDocument,
  Visit: ops.VisitDocument,
  Document: ops.DocumentDocument,
  Commitment: ops.CommitmentDocument,
  Topic: ops.TopicDocument,
  Source: ops.SourceDocument,
  Citation: ops.CitationDocument,
  Claim: ops.ClaimDocument,
} as const;
export type RecordType = keyof typeof ONE_RECORD;
type ResultOf<D> = D extends TypedDocumentNode<infer R, infer _V> ? R : never;
/** A record of `T` as its one-record query returns it (the participation query reads a node: the Participation member). */
export type RecordOf<T extends RecordType> = OfType<NonNullable<ResultOf<(typeof ONE_RECORD)[T]>[keyof ResultOf<(typeof ONE_RECORD)[T]>]>, T>;
type OfType<U, T> = U extends { __typename: infer N } ? (N extends T ? U : never) : U;

/** `nodes(ids:)` with the root field's selection of a one-record query, on `type` (built once per type). */
const byIdsDocuments = new Map<RecordType, DocumentNode>();
function byIdsDocument(type: RecordType): DocumentNode {
  let document = byIdsDocuments.get(type);
  if (!document) {
    const one = ONE_RECORD[type] as DocumentNode;
    const operation = one.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
    const root = operation.selectionSet.selections[0] as FieldNode;
    const query = parse(`query ${type}ByIds($ids: [ID!]!) { nodes(ids: $ids) { __typename id ... on ${type} ${print(root.selectionSet!)} } }`).definitions[0]!;
    document = { kind: Kind.DOCUMENT, definitions: [query, ...one.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION)] };
    byIdsDocuments.set(type, document);
  }
  return document;
}

export function recordMethods(request: Requester) {
  /** `kind(id)`: one record; the server answers NOT_FOUND for an unknown ID. */
  const one =
    <R, K extends keyof R>(document: TypedDocumentNode<R, { id: string }>, key: K) =>
    async (id: string): Promise<R[K]> =>
      (await request(document, { id }))[key];

  /** `kinds(variables)`: one page (a full connection: edges, nodes, pageInfo, totalCount). */
  const page =
    <R, V, K extends keyof R>(document: TypedDocumentNode<R, V>, key: K) =>
    async (variables?: V): Promise<R[K]> =>
      (await request(document, (variables ?? {}) as V))[key];

  /** `allKinds(variables, pageSize)`: every record matching, page by page. */
  const all = <R, V, K extends keyof R>(document: TypedDocumentNode<R, V>, key: K) =>
    async function* (variables?: Omit<V, PageVariables>, pageSize = 100): AsyncGenerator<NodeOf<R[K]>> {
      let after: string | null = null;
      do {
        const vars = { ...variables, first: pageSize, after } as V;
        const connection = (await request(document, vars))[key] as Connection<NodeOf<R[K]>>;
        yield* connection.nodes;
        after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
      } while (after);
    };

  /** A mutation `{ input }` → its payload's `field`; userErrors throw AccordUserInputError. */
  const mutation =
    <R, I, K extends keyof R, F extends keyof NonNullable<R[K]>>(document: TypedDocumentNode<R, { input: I }>, key: K, field: F) =>
    async (input: I, options?: MutationOptions): Promise<NonNullable<NonNullable<R[K]>[F]>> => {
      const payload = (await request(document, { input }, options))[key] as NonNullable<R[K]>;
      const { userErrors } = payload as unknown as Payload;
      if (userErrors.length > 0) throw new AccordUserInputError(userErrors);
      return payload[field] as NonNullable<NonNullable<R[K]>[F]>;
    };

  return {
    // Institutions (institution/institutions/allInstitutions/create…/update…/delete… are in index.ts)
    allInstitutionSummaries: all(ops.InstitutionsDocument, 'institutions'),

    person: one(ops.PersonDocument, 'person'),
    people: page(ops.PeopleDocument, 'people'),
    allPeople: all(ops.PeopleDocument, 'people'),
    createPerson: mutation(ops.CreatePersonDocument, 'createPerson', 'person'),
    updatePerson: mutation(ops.UpdatePersonDocument, 'updatePerson', 'person'),
    deletePerson: mutation(ops.DeletePersonDocument, 'deletePerson', 'deletedId'),

    post: one(ops.PostDocument, 'post'),
    posts: page(ops.PostsDocument, 'posts'),
    allPosts: all(ops.PostsDocument, 'posts'),
    createPost: mutation(ops.CreatePostDocument, 'createPost', 'post'),
    updatePost: mutation(ops.UpdatePostDocument, 'updatePost', 'post'),
    deletePost: mutation(ops.DeletePostDocument, 'deletePost', 'deletedId'),

    tenure: one(ops.TenureDocument, 'tenure'),
    createTenure: mutation(ops.CreateTenureDocument, 'createTenure', 'tenure'),
    updateTenure: mutation(ops.UpdateTenureDocument, 'updateTenure', 'tenure'),
    deleteTenure: mutation(ops.DeleteTenureDocument, 'deleteTenure', 'deletedId'),

    relation: one(ops.RelationDocument, 'relation'),
    relations: page(ops.RelationsDocument, 'relations'),
    allRelations: all(ops.RelationsDocument, 'relations'),
    createRelation: mutation(ops.CreateRelationDocument, 'createRelation', 'relation'),
    updateRelation: mutation(ops.UpdateRelationDocument, 'updateRelation', 'relation'),
    deleteRelation: mutation(ops.DeleteRelationDocument, 'deleteRelation', 'deletedId'),

    agreement: one(ops.AgreementDocument, 'agreement'),
    agreements: page(ops.AgreementsDocument, 'agreements'),
    allAgreements: all(ops.AgreementsDocument, 'agreements'),
    createAgreement: mutation(ops.CreateAgreementDocument, 'createAgreement', 'agreement'),
    updateAgreement: mutation(ops.UpdateAgreementDocument, 'updateAgreement', 'agreement'),
    deleteAgreement: mutation(ops.DeleteAgreementDocument, 'deleteAgreement', 'deletedId'),
    /** Moves an agreement along its lifecycle (SIGNED, IN_FORCE, TERMINATED …). */
    changeAgreementStatus: mutation(ops.ChangeAgreementStatusDocument, 'changeAgreementStatus', 'agreement'),
    recordAgreementAction: mutation(ops.RecordAgreementActionDocument, 'recordAgreementAction', 'agreementAction'),
    addAgreementParty: mutation(ops.AddAgreementPartyDocument, 'addAgreementParty', 'agreementParty'),
    updateAgreementParty: mutation(ops.UpdateAgreementPartyDocument, 'updateAgreementParty', 'agreementParty'),
    removeAgreementParty: mutation(ops.RemoveAgreementPartyDocument, 'removeAgreementParty', 'deletedId'),

    event: one(ops.EventDocument, 'event'),
    events: page(ops.EventsDocument, 'events'),
    allEvents: all(ops.EventsDocument, 'events'),
    createEvent: mutation(ops.CreateEventDocument, 'createEvent', 'event'),
    updateEvent: mutation(ops.UpdateEventDocument, 'updateEvent', 'event'),
    deleteEvent: mutation(ops.DeleteEventDocument, 'deleteEvent', 'deletedId'),

    eventSeries: one(ops.EventSeriesDocument, 'eventSeries'),
    eventSeriesList: page(ops.EventSeriesListDocument, 'eventSeriesList'),
    allEventSeries: all(ops.EventSeriesListDocument, 'eventSeriesList'),
    createEventSeries: mutation(ops.CreateEventSeriesDocument, 'createEventSeries', 'eventSeries'),
    updateEventSeries: mutation(ops.UpdateEventSeriesDocument, 'updateEventSeries', 'eventSeries'),
    deleteEventSeries: mutation(ops.DeleteEventSeriesDocument, 'deleteEventSeries', 'deletedId'),

    /** One participation, or null when the ID names none (or another type). */
    participation: async (id: string) => {
      const node = (await request(ops.ParticipationDocument, { id })).node;
      return node?.__typename === 'Participation' ? node : null;
    },
    addParticipation: mutation(ops.AddParticipationDocument, 'addParticipation', 'participation'),
    updateParticipation: mutation(ops.UpdateParticipationDocument, 'updateParticipation', 'participation'),
    removeParticipation: mutation(ops.RemoveParticipationDocument, 'removeParticipation', 'deletedId'),

    visit: one(ops.VisitDocument, 'visit'),
    visits: page(ops.VisitsDocument, 'visits'),
    allVisits: all(ops.VisitsDocument, 'visits'),
    createVisit: mutation(ops.CreateVisitDocument, 'createVisit', 'visit'),
    updateVisit: mutation(ops.UpdateVisitDocument, 'updateVisit', 'visit'),
    deleteVisit: mutation(ops.DeleteVisitDocument, 'deleteVisit', 'deletedId'),
    addVisitMember: mutation(ops.AddVisitMemberDocument, 'addVisitMember', 'visitMember'),
    removeVisitMember: mutation(ops.RemoveVisitMemberDocument, 'removeVisitMember', 'deletedId'),

    document: one(ops.DocumentDocument, 'document'),
    documents: page(ops.DocumentsDocument, 'documents'),
    allDocuments: all(ops.DocumentsDocument, 'documents'),
    createDocument: mutation(ops.CreateDocumentDocument, 'createDocument', 'document'),
    updateDocument: mutation(ops.UpdateDocumentDocument, 'updateDocument', 'document'),
    deleteDocument: mutation(ops.DeleteDocumentDocument, 'deleteDocument', 'deletedId'),
    addDocumentParty: mutation(ops.AddDocumentPartyDocument, 'addDocumentParty', 'documentParty'),
    updateDocumentParty: mutation(ops.UpdateDocumentPartyDocument, 'updateDocumentParty', 'documentParty'),
    removeDocumentParty: mutation(ops.RemoveDocumentPartyDocument, 'removeDocumentParty', 'deletedId'),

    commitment: one(ops.CommitmentDocument, 'commitment'),
    commitments: page(ops.CommitmentsDocument, 'commitments'),
    allCommitments: all(ops.CommitmentsDocument, 'commitments'),
    createCommitment: mutation(ops.CreateCommitmentDocument, 'createCommitment', 'commitment'),
    updateCommitment: mutation(ops.UpdateCommitmentDocument, 'updateCommitment', 'commitment'),
    deleteCommitment: mutation(ops.DeleteCommitmentDocument, 'deleteCommitment', 'deletedId'),

    topic: one(ops.TopicDocument, 'topic'),
    topics: page(ops.TopicsDocument, 'topics'),
    allTopics: all(ops.TopicsDocument, 'topics'),
    createTopic: mutation(ops.CreateTopicDocument, 'createTopic', 'topic'),
    updateTopic: mutation(ops.UpdateTopicDocument, 'updateTopic', 'topic'),
    deleteTopic: mutation(ops.DeleteTopicDocument, 'deleteTopic', 'deletedId'),
    tagRecord: mutation(ops.TagRecordDocument, 'tagRecord', 'topics'),
    untagRecord: mutation(ops.UntagRecordDocument, 'untagRecord', 'topics'),

    source: one(ops.SourceDocument, 'source'),
    sources: page(ops.SourcesDocument, 'sources'),
    allSources: all(ops.SourcesDocument, 'sources'),
    createSource: mutation(ops.CreateSourceDocument, 'createSource', 'source'),
    updateSource: mutation(ops.UpdateSourceDocument, 'updateSource', 'source'),
    deleteSource: mutation(ops.DeleteSourceDocument, 'deleteSource', 'deletedId'),

    citation: one(ops.CitationDocument, 'citation'),
    citeSource: mutation(ops.CiteSourceDocument, 'citeSource', 'citation'),
    removeCitation: mutation(ops.RemoveCitationDocument, 'removeCitation', 'deletedId'),

    claim: one(ops.ClaimDocument, 'claim'),
    reportFigure: mutation(ops.ReportFigureDocument, 'reportFigure', 'claim'),
    updateClaim: mutation(ops.UpdateClaimDocument, 'updateClaim', 'claim'),
    deleteClaim: mutation(ops.DeleteClaimDocument, 'deleteClaim', 'deletedId'),

    /**
     * Runs up to 10,000 writes (`{ mutation, input, refs }`) as ONE transaction: all are written, or
     * none; per-operation userErrors in `results` (not thrown). `dryRun` checks and rolls back.
     */
    importRecords: async (input: ops.ImportRecordsInput, options?: MutationOptions) => (await request(ops.ImportRecordsDocument, { input }, options)).importRecords,

    /**
     * Many records of one type by ID, with the fields its one-record method returns (`institution`,
     * `person` …), through `nodes(ids:)`: 100 IDs to a request instead of one request each. In the
     * order asked; null where an ID names no record of that type (or one the caller may not see).
     */
    recordsByIds: async <T extends RecordType>(type: T, ids: string[]): Promise<(RecordOf<T> | null)[]> => {
      const records: (RecordOf<T> | null)[] = [];
      for (let start = 0; start < ids.length; start += NODES_PER_REQUEST) {
        const document = byIdsDocument(type) as TypedDocumentNode<{ nodes: ({ __typename: string } | null)[] }, { ids: string[] }>;
        const { nodes } = await request(document, { ids: ids.slice(start, start + NODES_PER_REQUEST) });
        for (const node of nodes) records.push(node?.__typename === type ? (node as unknown as RecordOf<T>) : null);
      }
      return records;
    },

    // Search and history
    /** Ranked search across every record type (or `types`): names, acronyms, aliases, titles, descriptions. */
    search: async (text: string, options: { types?: ops.SearchableType[]; first?: number } = {}) =>
      (await request(ops.SearchDocument, { text, types: options.types, first: options.first ?? 20 })).search,
    /** `search` for many texts, 25 to a request (aliased): one list of hits per text, in order. */
    searchMany: async (texts: string[], options: { types?: ops.SearchableType[]; first?: number } = {}): Promise<SearchHit[][]> => {
      const hits: SearchHit[][] = [];
      for (let start = 0; start < texts.length; start += SEARCHES_PER_REQUEST) {
        const chunk = texts.slice(start, start + SEARCHES_PER_REQUEST);
        const variables = chunk.map((_, i) => `$t${i}: String!`).join(', ');
        const fields = chunk.map((_, i) => `s${i}: search(text: $t${i}, types: $types, first: $first) { ...Hit }`).join('\n');
        const document = parse(`query SearchMany($types: [SearchableType!], $first: Int!, ${variables}) {\n${fields}\n}\nfragment Hit on SearchHit ${hitSelection()}`);
        const data = await request(document as TypedDocumentNode<Record<string, SearchHit[]>, Record<string, unknown>>, {
          types: options.types,
          first: options.first ?? 20,
          ...Object.fromEntries(chunk.map((text, i) => [`t${i}`, text])),
        });
        for (const [i] of chunk.entries()) hits.push(data[`s${i}`] ?? []);
      }
      return hits;
    },
    /** One page of the change history (newest first), e.g. `{ filter: { recordId } }`. */
    history: page(ops.HistoryDocument, 'auditLog'),
    /** Every change matching the filter, newest first. */
    allHistory: all(ops.HistoryDocument, 'auditLog'),

    // Administration (ADMIN role)
    me: async () => (await request(ops.MeDocument, {})).me,
    users: page(ops.UsersDocument, 'users'),
    allUsers: all(ops.UsersDocument, 'users'),
    createUser: mutation(ops.CreateUserDocument, 'createUser', 'user'),
    updateUser: mutation(ops.UpdateUserDocument, 'updateUser', 'user'),
    apiTokens: async (userId?: string) => (await request(ops.ApiTokensDocument, { userId })).apiTokens,
    /** Creates a token; the secret (`token`) is shown only in this answer. */
    createApiToken: async (input: ops.CreateApiTokenInput, options?: MutationOptions) => {
      const payload = (await request(ops.CreateApiTokenDocument, { input }, options)).createApiToken;
      if (payload.userErrors.length > 0) throw new AccordUserInputError(payload.userErrors);
      return { token: payload.token!, apiToken: payload.apiToken! };
    },
    revokeApiToken: async (id: string, options?: MutationOptions) => {
      const payload = (await request(ops.RevokeApiTokenDocument, { id }, options)).revokeApiToken;
      if (payload.userErrors.length > 0) throw new AccordUserInputError(payload.userErrors);
      return payload.apiToken!;
    },
  };
}
