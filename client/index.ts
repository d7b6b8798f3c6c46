import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import {
  AccordAuthError,
  AccordGraphQLError,
  AccordHttpError,
  AccordNetworkError,
  AccordUserInputError,
  type GraphQLErrorEntry,
  type UserErrorEntry,
} from './errors.js';
import * as ops from './generated/graphql.js';
import { type MutationOptions, recordMethods } from './records.js';

export * from './errors.js';
export * from './enums.js';
export type { MutationOptions, RecordOf, RecordType } from './records.js';
export type * from './generated/graphql.js';

export type AccordClientOptions = {
  /** GraphQL endpoint, e.g. http://127.0.0.1:4000/graphql */
  url: string;
  /** API token, sent as `Authorization: Bearer <token>`. */
  token?: string;
  /** A fetch implementation (defaults to the global one). */
  fetch?: typeof fetch;
  headers?: Record<string, string>;
};

export type GraphQLResponse<T> = {
  data?: T | null;
  errors?: GraphQLErrorEntry[];
  extensions?: Record<string, unknown>;
};

type Vars<V> = V extends Record<string, never> ? [variables?: V] : [variables: V];

const printed = new WeakMap<object, string>();
function source(document: TypedDocumentNode<unknown, unknown>): string {
  let text = printed.get(document);
  if (text === undefined) {
    text = print(document);
    printed.set(document, text);
  }
  return text;
}

function unwrap<T extends { userErrors: UserErrorEntry[] }>(payload: T): T {
  if (payload.userErrors.length > 0) throw new AccordUserInputError(payload.userErrors);
  return payload;
}

/** Every operation in client/operations/*.graphql, by name, as a typed function. */
export type AccordOperations = {
  [K in keyof typeof ops as K extends `${infer Name}Document` ? Name : never]: (typeof ops)[K] extends TypedDocumentNode<
    infer R,
    infer V
  >
    ? (...variables: Vars<V>) => Promise<R>
    : never;
};

/** A typed SDK for Accord. Every method returns typed data or throws an AccordError. */
/** The error for a refused non-GraphQL request (export, briefing file): GraphQL-style errors when the body has them. */
function refusal(status: number, text: string): Error {
  let errors: GraphQLErrorEntry[] | undefined;
  try {
    errors = (JSON.parse(text) as { errors?: GraphQLErrorEntry[] }).errors;
  } catch {
    errors = undefined;
  }
  if (!errors?.length) return new AccordHttpError(status, text);
  const code = errors[0]?.extensions?.code;
  return code === 'UNAUTHENTICATED' || code === 'FORBIDDEN' ? new AccordAuthError(errors) : new AccordGraphQLError(errors);
}

export function createAccordClient(options: AccordClientOptions) {
  const doFetch = options.fetch ?? globalThis.fetch;

  /** Sends one operation and returns the whole response (data, errors, extensions). */
  async function execute<R, V>(document: TypedDocumentNode<R, V>, variables?: V, requestOptions: MutationOptions = {}): Promise<GraphQLResponse<R>> {
    let response: Response;
    try {
      response = await doFetch(options.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json, application/json',
          ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
          ...options.headers,
          ...(requestOptions.idempotencyKey ? { 'idempotency-key': requestOptions.idempotencyKey } : {}),
        },
        body: JSON.stringify({ query: source(document as TypedDocumentNode<unknown, unknown>), variables }),
      });
    } catch (error) {
      throw new AccordNetworkError(`cannot reach ${options.url}: ${(error as Error).message}`, error);
    }
    const text = await response.text();
    let body: GraphQLResponse<R>;
    try {
      body = JSON.parse(text) as GraphQLResponse<R>;
    } catch {
      throw new AccordHttpError(response.status, text);
    }
    if (!response.ok && !body.errors) throw new AccordHttpError(response.status, text);
    return body;
  }

  /** Sends one operation; throws AccordGraphQLError when the response carries errors. */
  async function request<R, V>(document: TypedDocumentNode<R, V>, ...variables: Vars<V>): Promise<R> {
    return send(document, variables[0] as V);
  }

  /** Like request, with per-request options (an idempotency key for a mutation). */
  async function send<R, V>(document: TypedDocumentNode<R, V>, variables: V, requestOptions?: MutationOptions): Promise<R> {
    const body = await execute(document, variables, requestOptions);
    if (body.errors?.length) {
      const code = body.errors[0]?.extensions?.code;
      throw code === 'UNAUTHENTICATED' || code === 'FORBIDDEN' ? new AccordAuthError(body.errors) : new AccordGraphQLError(body.errors);
    }
    if (body.data == null) throw new AccordGraphQLError([{ message: 'empty response' }]);
    return body.data;
  }

  // One typed function per operation document: accord.operations.CreateEvent({ input }) …
  const operations = Object.fromEntries(
    Object.entries(ops)
      .filter(([name]) => name.endsWith('Document'))
      .map(([name, document]) => [
        name.slice(0, -'Document'.length),
        (variables?: Record<string, unknown>) => request(document as TypedDocumentNode<unknown, Record<string, unknown>>, variables ?? {}),
      ]),
  ) as unknown as AccordOperations;

  return {
    execute,
    request,
    send,
    // Every record kind: person/people/allPeople/createPerson/…, search, history, users, tokens.
    ...recordMethods(send),
    /**
     * Every operation of client/operations by name, typed from its document: queries return their
     * data; mutations return their payload (check `userErrors`, or use the named methods below).
     */
    operations,

    /** One institution with its parent and children. Throws NOT_FOUND for unknown IDs. */
    async institution(id: string) {
      return (await request(ops.InstitutionDocument, { id })).institution;
    },

    /** One page of institutions. */
    async institutions(variables: ops.InstitutionsQueryVariables = {}) {
      return (await request(ops.InstitutionsDocument, variables)).institutions;
    },

    /** Case- and accent-insensitive search over names, acronyms and aliases. */
    async searchInstitutions(text: string, variables: Omit<ops.InstitutionsQueryVariables, 'filter'> & { filter?: ops.InstitutionFilter } = {}) {
      const filter = { ...variables.filter, search: text };
      return (await request(ops.InstitutionsDocument, { ...variables, filter })).institutions;
    },

    /** Every matching institution, page by page (async iterator). */
    async *allInstitutions(filter?: ops.InstitutionFilter, pageSize = 100) {
      let after: string | null | undefined;
      do {
        const page = (await request(ops.InstitutionsDocument, { filter, first: pageSize, after })).institutions;
        for (const edge of page.edges) yield edge.node;
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : undefined;
      } while (after);
    },

    /** One page of institutions with the fields a person edits (aliases, website, description, parent). */
    async institutionRecords(variables: ops.InstitutionRecordsQueryVariables = {}) {
      return (await request(ops.InstitutionRecordsDocument, variables)).institutions;
    },

    /** Every matching institution with its editable fields and parent, page by page (async iterator). */
    async *allInstitutionRecords(filter?: ops.InstitutionFilter, pageSize = 100) {
      let after: string | null | undefined;
      do {
        const page = (await request(ops.InstitutionRecordsDocument, { filter, first: pageSize, after })).institutions;
        yield* page.nodes;
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : undefined;
      } while (after);
    },

    /** Any record by global ID; null when unknown. */
    async node(id: string) {
      return (await request(ops.NodeDocument, { id })).node;
    },

    async nodes(ids: string[]) {
      return (await request(ops.NodesDocument, { ids })).nodes;
    },

    /** Creates an institution; throws AccordUserInputError (with field paths) when refused. */
    async createInstitution(input: ops.CreateInstitutionInput, mutationOptions?: MutationOptions) {
      const payload = unwrap((await send(ops.CreateInstitutionDocument, { input }, mutationOptions)).createInstitution);
      return payload.institution!;
    },

    async updateInstitution(input: ops.UpdateInstitutionInput, mutationOptions?: MutationOptions) {
      const payload = unwrap((await send(ops.UpdateInstitutionDocument, { input }, mutationOptions)).updateInstitution);
      return payload.institution!;
    },

    /** Deletes an institution; returns its global ID. */
    async deleteInstitution(input: ops.DeleteInstitutionInput, mutationOptions?: MutationOptions) {
      const payload = unwrap((await send(ops.DeleteInstitutionDocument, { input }, mutationOptions)).deleteInstitution);
      return payload.deletedId!;
    },

    // -----------------------------------------------------------------------------------------
    // Planning: agenda, scheduling conflicts, reschedule history, expiring agreements, calendar feed

    /**
     * What is coming in a window (default: 90 days from today): events (recurring ones expanded
     * into occurrences), visits, agreement milestones and commitment due dates; optionally for one
     * institution or person.
     */
    async agenda(variables: ops.AgendaQueryVariables = {}) {
      return (await request(ops.AgendaDocument, variables)).agenda;
    },

    /** Overlapping events and visits sharing a person, a host institution or a venue, in a window. */
    async conflicts(variables: ops.ConflictsQueryVariables = {}) {
      return (await request(ops.ConflictsDocument, variables)).conflicts;
    },

    /** Agreements in force expiring or due for review within `days` days, and expired ones still marked in force. */
    async expiringAgreements(variables: ops.ExpiringAgreementsQueryVariables = {}) {
      return (await request(ops.ExpiringAgreementsDocument, variables)).expiringAgreements;
    },

    /** Events and visits still PLANNED or CONFIRMED although their dates have passed, oldest first. */
    async toReview(variables: ops.ToReviewQueryVariables = {}) {
      return (await request(ops.ToReviewDocument, variables)).toReview;
    },

    /** An event's or visit's dates with every earlier date it had (postponements, moves). */
    async scheduleHistory(id: string) {
      return (await request(ops.ScheduleHistoryDocument, { id })).node;
    },

    /** Creates an event; returns it with the scheduling conflicts it has (warnings; it is saved regardless). */
    async createEventWithWarnings(input: ops.CreateEventInput) {
      const payload = unwrap((await request(ops.CreateEventWithWarningsDocument, { input })).createEvent);
      return { event: payload.event!, warnings: payload.warnings };
    },

    async updateEventWithWarnings(input: ops.UpdateEventInput) {
      const payload = unwrap((await request(ops.UpdateEventWithWarningsDocument, { input })).updateEvent);
      return { event: payload.event!, warnings: payload.warnings };
    },

    async createVisitWithWarnings(input: ops.CreateVisitInput) {
      const payload = unwrap((await request(ops.CreateVisitWithWarningsDocument, { input })).createVisit);
      return { visit: payload.visit!, warnings: payload.warnings };
    },

    async updateVisitWithWarnings(input: ops.UpdateVisitInput) {
      const payload = unwrap((await request(ops.UpdateVisitWithWarningsDocument, { input })).updateVisit);
      return { visit: payload.visit!, warnings: payload.warnings };
    },

    /**
     * The URL of the iCalendar feed (GET /calendar.ics next to /graphql) for a calendar app.
     * `withToken` puts the client's token in the URL (`?token=`), for apps that cannot send
     * headers: treat such a URL as a secret.
     */
    calendarFeedUrl(feed: CalendarFeedOptions = {}) {
      const url = new URL(options.url.replace(/\/graphql\/?$/, '/calendar.ics'));
      if (feed.institutionId) url.searchParams.set('institution', feed.institutionId);
      if (feed.personId) url.searchParams.set('person', feed.personId);
      if (feed.kinds?.length) url.searchParams.set('kinds', feed.kinds.join(','));
      if (feed.status?.length) url.searchParams.set('status', feed.status.join(','));
      if (feed.from) url.searchParams.set('from', feed.from);
      if (feed.to) url.searchParams.set('to', feed.to);
      if (feed.withToken && options.token) url.searchParams.set('token', options.token);
      return url.toString();
    },

    /** The iCalendar feed as text (RFC 5545), fetched with the client's token. */
    async calendarFeed(feed: Omit<CalendarFeedOptions, 'withToken'> = {}) {
      const url = this.calendarFeedUrl(feed);
      let response: Response;
      try {
        response = await doFetch(url, {
          headers: { accept: 'text/calendar', ...(options.token ? { authorization: `Bearer ${options.token}` } : {}), ...options.headers },
        });
      } catch (error) {
        throw new AccordNetworkError(`cannot reach ${url}: ${(error as Error).message}`, error);
      }
      const text = await response.text();
      if (response.status === 401) {
        throw new AccordAuthError([{ message: 'the calendar feed needs a valid token', extensions: { code: 'UNAUTHENTICATED' } }]);
      }
      if (!response.ok) throw new AccordHttpError(response.status, text);
      return text;
    },

    // -----------------------------------------------------------------------------------------
    // Briefings (server/views/briefing)

    /** A briefing on an institution, a visit or an event (give exactly one ID), every statement footnoted. */
    async briefing(variables: ops.BriefingQueryVariables) {
      return (await request(ops.BriefingDocument, variables)).briefing;
    },

    /** The URL of a briefing file: GET /briefing/<id>.md or .docx next to /graphql. */
    briefingUrl(id: string, format: 'md' | 'docx', params: { asOf?: string; since?: string; perspectiveId?: string; recent?: number } = {}) {
      const url = new URL(options.url.replace(/\/graphql\/?$/, `/briefing/${encodeURIComponent(id)}.${format}`));
      if (params.asOf) url.searchParams.set('asOf', params.asOf);
      if (params.since) url.searchParams.set('since', params.since);
      if (params.perspectiveId) url.searchParams.set('perspective', params.perspectiveId);
      if (params.recent !== undefined) url.searchParams.set('recent', String(params.recent));
      return url.toString();
    },

    /** A briefing as a Markdown or Word (DOCX) file, fetched with the client's token. Refusals throw like GraphQL errors. */
    async briefingFile(id: string, format: 'md' | 'docx', params: { asOf?: string; since?: string; perspectiveId?: string; recent?: number } = {}): Promise<Uint8Array> {
      const url = this.briefingUrl(id, format, params);
      let response: Response;
      try {
        response = await doFetch(url, { headers: { ...(options.token ? { authorization: `Bearer ${options.token}` } : {}), ...options.headers } });
      } catch (error) {
        throw new AccordNetworkError(`cannot reach ${url}: ${(error as Error).message}`, error);
      }
      if (!response.ok) throw refusal(response.status, await response.text());
      return new Uint8Array(await response.arrayBuffer());
    },

    // -----------------------------------------------------------------------------------------
    // Timelines, point in time, aggregates and CSV export (server/views/timeline, analytics)

    /** One page of a timeline: what involves the institutions in focus, in date order, with counts. */
    async timeline(variables: ops.TimelineQueryVariables = {}) {
      return (await request(ops.TimelineDocument, variables)).timeline;
    },

    /** Every item of a timeline, page by page (async iterator). */
    async *allTimeline(variables: Omit<ops.TimelineQueryVariables, 'first' | 'after' | 'last' | 'before'> = {}, pageSize = 100) {
      let after: string | null | undefined;
      do {
        const page = (await request(ops.TimelineDocument, { ...variables, first: pageSize, after })).timeline;
        for (const edge of page.edges) yield edge.node;
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : undefined;
      } while (after);
    },

    /** The histogram of a timeline: counts per year, per kind and per year and kind (all pages). */
    async timelineCounts(variables: ops.TimelineCountsQueryVariables = {}) {
      return (await request(ops.TimelineCountsDocument, variables)).timeline;
    },

    /**
     * An institution's relations, agreements in force, memberships and partners on a day (default
     * today), or during a partial date ("2023": at any time during 2023).
     */
    async partnersAsOf(institutionId: string, date?: string | null) {
      const during = date && date.length < 10 ? date : null;
      return (await request(ops.PartnersAsOfDocument, { institutionId, date: during ? null : date, during })).partnersAsOf;
    },

    /** What changed for an institution between two days (YYYY-MM-DD). */
    async partnerChanges(institutionId: string, from: string, to: string) {
      return (await request(ops.PartnerChangesDocument, { institutionId, from, to })).partnerChanges;
    },

    /** Counts of records grouped by year, country, kind, status, topic, institution kind or institution. */
    async stats(variables: ops.StatsQueryVariables) {
      return (await request(ops.StatsDocument, variables)).stats;
    },

    /** The URL of the CSV export endpoint next to /graphql (POST /export). */
    exportUrl() {
      return options.url.replace(/\/graphql\/?$/, '/export');
    },

    /**
     * Streams a CSV export: a named export (`timeline`, `institutions`, `events`, `visits`,
     * `documents`, `agreements`, `relations`, `commitments`, `people`, `stats`) or any list or
     * connection `query`, with its variables. Related records appear by name. Refusals throw like
     * GraphQL errors (AccordAuthError, AccordGraphQLError with the code); an endpoint without the
     * route throws AccordHttpError(404).
     */
    async exportCsv(exportRequest: CsvExportRequest): Promise<ReadableStream<Uint8Array>> {
      const url = this.exportUrl();
      let response: Response;
      try {
        response = await doFetch(url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            accept: 'text/csv, application/json',
            ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
            ...options.headers,
          },
          body: JSON.stringify(exportRequest),
        });
      } catch (error) {
        throw new AccordNetworkError(`cannot reach ${url}: ${(error as Error).message}`, error);
      }
      if (response.ok && response.body) return response.body;
      throw refusal(response.status, await response.text());
    },

    /** The URL of the backup endpoints next to /graphql (GET /backup, POST /restore). */
    backupUrl(which: 'backup' | 'restore' = 'backup') {
      return options.url.replace(/\/graphql\/?$/, `/${which}`);
    },

    /**
     * Streams the whole registry as one archive of JSON lines (ADMIN): every record with its ID,
     * citations, topics, history and users; not API tokens. `restore` reads it back.
     */
    async backup(): Promise<ReadableStream<Uint8Array>> {
      const url = this.backupUrl('backup');
      let response: Response;
      try {
        response = await doFetch(url, { headers: { accept: 'application/x-ndjson, application/json', ...(options.token ? { authorization: `Bearer ${options.token}` } : {}), ...options.headers } });
      } catch (error) {
        throw new AccordNetworkError(`cannot reach ${url}: ${(error as Error).message}`, error);
      }
      if (response.ok && response.body) return response.body;
      throw refusal(response.status, await response.text());
    },

    /** Restores an archive written by `backup` into a registry without records (ADMIN); all or nothing. Returns rows per table. */
    async restore(archive: ReadableStream<Uint8Array> | Uint8Array | string): Promise<Record<string, number>> {
      const url = this.backupUrl('restore');
      let response: Response;
      try {
        response = await doFetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/x-ndjson', accept: 'application/json', ...(options.token ? { authorization: `Bearer ${options.token}` } : {}), ...options.headers },
          body: archive,
          // A stream body needs half-duplex (Node's fetch; browsers ignore it).
          ...(typeof archive === 'string' || archive instanceof Uint8Array ? {} : { duplex: 'half' }),
        } as RequestInit);
      } catch (error) {
        throw new AccordNetworkError(`cannot reach ${url}: ${(error as Error).message}`, error);
      }
      const text = await response.text();
      if (!response.ok) throw refusal(response.status, text);
      return (JSON.parse(text) as { restored: Record<string, number> }).restored;
    },

    /** A whole CSV export as text (see exportCsv). */
    async exportCsvText(exportRequest: CsvExportRequest): Promise<string> {
      return new Response(await this.exportCsv(exportRequest)).text();
    },

    // -----------------------------------------------------------------------------------------
    // The cooperation network: neighbourhoods, connection paths, metrics (server/views/graph)

    /** The network around an institution (nodes and edges, for drawing); `hops` 1..3. */
    async neighbourhood(variables: ops.NeighbourhoodQueryVariables) {
      return (await request(ops.NeighbourhoodDocument, variables)).neighbourhood;
    },

    /** The shortest chains of cooperation between two institutions, each hop with its records; status NO_PATH is an answer. */
    async connectionPath(variables: ops.ConnectionPathQueryVariables) {
      return (await request(ops.ConnectionPathDocument, variables)).connectionPath;
    },

    /** Degree, weighted degree, ego betweenness, clustering and intensity per year of one institution. */
    async cooperationMetrics(variables: ops.CooperationMetricsQueryVariables) {
      return (await request(ops.CooperationMetricsDocument, variables)).cooperationMetrics;
    },

    /** The institutions one cooperates with most, heaviest edge first. */
    async topPartners(variables: ops.TopPartnersQueryVariables) {
      return (await request(ops.TopPartnersDocument, variables)).topPartners;
    },
  };
}

export type AccordClient = ReturnType<typeof createAccordClient>;

/** Filters of the iCalendar feed (see `calendarFeedUrl`). */
export type CalendarFeedOptions = {
  institutionId?: string;
  personId?: string;
  /** Default: event, visit, agreement. */
  kinds?: ('event' | 'visit' | 'agreement' | 'commitment')[];
  /** Only events and visits in these statuses. */
  status?: ops.ScheduleStatus[];
  /** YYYY-MM-DD; default: a year back to two years ahead. */
  from?: string;
  to?: string;
  /** Put the token in the URL (?token=) for calendar apps that cannot send headers. */
  withToken?: boolean;
};

/** What to export as CSV (see `exportCsv`): a named export or a GraphQL query, with its variables. */
export type CsvExportRequest = { name: string; variables?: Record<string, unknown> } | { query: string; variables?: Record<string, unknown>; operationName?: string };
