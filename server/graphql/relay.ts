import { Cursor } from '@mikro-orm/core';
import { ArgsType, type ClassType, Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BadInputError } from './errors.js';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, { name: 'SortDirection' });

@ObjectType({ description: 'Relay page information.' })
export class PageInfo {
  @Field(() => Boolean) hasNextPage!: boolean;
  @Field(() => Boolean) hasPreviousPage!: boolean;
  @Field(() => String, { nullable: true }) startCursor!: string | null;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
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

function checkCursor(name: 'after' | 'before', value: string | null | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  try {
    const decoded = value.length <= 1000 ? Cursor.decode(value) : null;
    if (Array.isArray(decoded)) return value;
  } catch {
    // fall through to the error below
  }
  throw new BadInputError(name, 'is not a cursor returned by this connection');
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
  totalCount: number;
};

/** Builds the GraphQL connection object from a MikroORM cursor page. */
export function toConnection<T extends object>(page: Cursor<T, never, never, never, true>): ConnectionShape<T> {
  const nodes = page.items as T[];
  return {
    edges: nodes.map((node) => ({ cursor: page.from(node), node })),
    nodes,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.hasPrevPage,
      startCursor: page.startCursor,
      endCursor: page.endCursor,
    },
    totalCount: page.totalCount,
  };
}

/** Declares `<Name>Edge` and `<Name>Connection` GraphQL types for a node type. */
export function connectionTypes<T extends object>(name: string, nodeType: ClassType<T>) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field(() => String, { description: 'Opaque cursor of this edge.' }) cursor!: string;
    @Field(() => nodeType) node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} records.` })
  class Connection {
    @Field(() => [Edge]) edges!: Edge[];
    @Field(() => [nodeType], { description: 'The nodes of `edges`, for clients that need no cursors.' }) nodes!: T[];
    @Field(() => PageInfo) pageInfo!: PageInfo;
    @Field(() => Int, { description: 'Number of records matching the filter, over all pages.' }) totalCount!: number;
  }

  return { Edge, Connection };
}
