import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { InstitutionResolver } from '../modules/institution/institution.resolver.js';
import { NodeResolver } from './node.resolver.js';

export const resolvers = [NodeResolver, InstitutionResolver] as const;

let cached: Promise<GraphQLSchema> | undefined;

/** Builds the executable schema from the decorated classes (once per process). */
export function buildAccordSchema(): Promise<GraphQLSchema> {
  cached ??= buildSchema({ resolvers: [...resolvers], validate: false });
  return cached;
}

/** The SDL committed as schema/schema.graphql: sorted, so the file only changes when the API does. */
export async function printAccordSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await buildAccordSchema()))}\n`;
}
