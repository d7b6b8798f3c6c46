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

export * from './errors.js';
export * from './enums.js';
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
export function createAccordClient(options: AccordClientOptions) {
  const doFetch = options.fetch ?? globalThis.fetch;

  /** Sends one operation and returns the whole response (data, errors, extensions). */
  async function execute<R, V>(document: TypedDocumentNode<R, V>, ...[variables]: Vars<V>): Promise<GraphQLResponse<R>> {
    let response: Response;
    try {
      response = await doFetch(options.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json, application/json',
          ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
          ...options.headers,
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
    const body = await execute(document, ...variables);
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
    async createInstitution(input: ops.CreateInstitutionInput) {
      const payload = unwrap((await request(ops.CreateInstitutionDocument, { input })).createInstitution);
      return payload.institution!;
    },

    async updateInstitution(input: ops.UpdateInstitutionInput) {
      const payload = unwrap((await request(ops.UpdateInstitutionDocument, { input })).updateInstitution);
      return payload.institution!;
    },

    /** Deletes an institution; returns its global ID. */
    async deleteInstitution(input: ops.DeleteInstitutionInput) {
      const payload = unwrap((await request(ops.DeleteInstitutionDocument, { input })).deleteInstitution);
      return payload.deletedId!;
    },
  };
}

export type AccordClient = ReturnType<typeof createAccordClient>;
