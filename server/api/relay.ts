import { Cursor } from '@mikro-orm/core';
import { ArgsType, type ClassType, Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BadInputError } from '../kernel/errors.js';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, {
  name: 'SortDirection',
  description: 'Which way a list is sorted.',
  valuesConfig: {
    ASC: { description: 'Ascending: A before Z, earlier before later, smaller before larger.' },
    DESC: { description: 'Descending: Z before A, later before earlier, larger before smaller.' },
  },
});

@ObjectType({ description: 'Where a page lies in the whole list (Relay page information).' })
export class PageInfo {
  @Field(() => Boolean, { description: 'More records follow this page: ask again with `after: endCursor`.' }) hasNextPage!: boolean;
  @Field(() => Boolean, { description: 'More records come before this page: ask again with `before: startCursor` and `last`.' })
  hasPreviousPage!: boolean;
  @Field(() => String, { nullable: true, description: 'Cursor of the first record of the page; null when the page is empty.' })
  startCursor!: string | null;
  @Field(() => String, { nullable: true, description: 'Cursor of the last record of the page; null when the page is empty.' })
  endCursor!: string | null;
}

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { nullable: true, description: `Page size from the start (1..${MAX_PAGE_SIZE}).` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Return items after this cursor.' })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: `Page size from the end (1..${MAX_PAGE_SIZE}).` })
  last?: number | null;

  @Field(() => String, { nullable: true, description: 'Return items before this cursor.' })
  before?: string | null;
}

export type PageRequest = { first?: number; last?: number; after?: string; before?: string };

function checkSize(name: 'first' | 'last', value: number | null | undefined): number | undefined {
  if (value === null || value === undefined) return undefined;
  if (!Number.isInteger(value) || value < 1 || value > MAX_PAGE_SIZE) {
    throw new BadInputError(name, `must be between 1 and ${MAX_PAGE_SIZE}`);
  }
  return value;
}

/**
 * Our cursors wrap the ORM's keyset cursor with the ordering it was made for, so a cursor from
 * one ordering is refused by another instead of being compared against the wrong columns.
 */
export function encodeCursor(ordering: string, inner: string): string {
  return Buffer.from(JSON.stringify({ o: ordering, c: inner }), 'utf8').toString('base64url');
}

export function decodeCursor(value: string): { o: string; c: string } | null {
  if (value.length > 2000 || !/^[A-Za-z0-9_-]+$/.test(value)) return null;
  try {
    const parsed = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as unknown;
    if (!parsed || typeof parsed !== 'object') return null;
    const { o, c } = parsed as { o?: unknown; c?: unknown };
    if (typeof o !== 'string' || typeof c !== 'string' || !Array.isArray(Cursor.decode(c))) return null;
    return { o, c };
  } catch {
    return null;
  }
}

function checkCursor(name: 'after' | 'before', value: string | null | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (decodeCursor(value)) return value;
  throw new BadInputError(name, 'is not a cursor returned by this connection');
}

/** The ORM cursor inside one of ours, if it was made for `ordering`; otherwise BAD_USER_INPUT. */
export function innerCursor(name: 'after' | 'before', value: string | undefined, ordering: string): string | undefined {
  if (value === undefined) return undefined;
  const decoded = decodeCursor(value);
  if (!decoded) throw new BadInputError(name, 'is not a cursor returned by this connection');
  if (decoded.o !== ordering) throw new BadInputError(name, 'was made for another ordering; start again from the first page');
  return decoded.c;
}

/** Validates Relay arguments (sizes 1..100, well-formed cursors) into a page request. */
export function toPageRequest(args: ConnectionArgs): PageRequest {
  const first = checkSize('first', args.first);
  const last = checkSize('last', args.last);
  if (first !== undefined && last !== undefined) throw new BadInputError('last', 'cannot be combined with first');
  return {
    first: first ?? (last === undefined ? DEFAULT_PAGE_SIZE : undefined),
    last,
    after: checkCursor('after', args.after),
    before: checkCursor('before', args.before),
  };
}

export type ConnectionShape<T> = {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: PageInfo;
  /** A number, or a promise of one: connections count only when `totalCount` is selected. */
  totalCount: number | Promise<number>;
};

/**
 * Builds the GraphQL connection object from a MikroORM cursor page made for `ordering`.
 * `count` runs only if a client selects `totalCount` (a getter, read by the field's resolver), so
 * a page that does not ask for it costs no `count(*)` over the whole filter.
 */
export function toConnection<T extends object>(
  page: Cursor<T, never, never, never, false>,
  ordering: string,
  count: () => Promise<number>,
): ConnectionShape<T> {
  const nodes = page.items as T[];
  const wrap = (inner: string | null) => (inner === null ? null : encodeCursor(ordering, inner));
  let counted: Promise<number> | undefined;
  let edges: { cursor: string; node: T }[] | undefined;
  return {
    // Made when read: a query that selects only `nodes` encodes no cursor per node.
    get edges() {
      edges ??= nodes.map((node) => ({ cursor: encodeCursor(ordering, page.from(node)), node }));
      return edges;
    },
    nodes,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.hasPrevPage,
      startCursor: wrap(page.startCursor),
      endCursor: wrap(page.endCursor),
    },
    get totalCount() {
      counted ??= count();
      return counted;
    },
  };
}

/** Declares `<Name>Edge` and `<Name>Connection` GraphQL types for a node type. */
export function connectionTypes<T extends object>(name: string, nodeType: ClassType<T>) {
  @ObjectType(`${name}Edge`, { description: `One ${name} record of a page, with the cursor of its position.` })
  class Edge {
    @Field(() => String, { description: 'Opaque cursor of this edge.' }) cursor!: string;
    @Field(() => nodeType, { description: `The ${name} record at this position.` }) node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} records.` })
  class Connection {
    @Field(() => [Edge], { description: 'The records of this page, in the requested order, each with its cursor.' }) edges!: Edge[];
    @Field(() => [nodeType], { description: 'The nodes of `edges`, for clients that need no cursors.' }) nodes!: T[];
    @Field(() => PageInfo, { description: 'Whether more pages follow or precede this one, and the cursors to ask for them.' }) pageInfo!: PageInfo;
    @Field(() => Int, { description: 'Number of records matching the filter, over all pages.' }) totalCount!: number;
  }

  return { Edge, Connection };
}
