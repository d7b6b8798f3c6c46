import { type EntityMetadata, ReferenceKind } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo, type GraphQLSchema, Kind, type SelectionSetNode } from 'graphql';
import { getMetadataStorage } from 'type-graphql';

type EntityClass<T> = abstract new (...args: never[]) => T;

/**
 * Column pruning for the read path: which properties of an entity a GraphQL selection reads, so a
 * query's loaders and pages select those columns only (an institution row is 16 columns, ~730
 * bytes, with an array, a JSON document and three timestamps to parse; a list of names needs two).
 *
 * A selected field needs:
 * - its own column, when it is a plain `@Field` on an ORM property (GraphQL answers `row[name]`);
 * - the properties declared with `readsColumns` for a field resolver or getter (`countryName`
 *   reads `country`, a relation's `status` its dates);
 * - `__typename` and `id` (the global ID reads the primary key) nothing more.
 * Any other field (a resolver nobody declared) makes the answer `null`: read every column, as
 * before. So an undeclared resolver costs speed, never correctness. The primary key is always read.
 */

/** Declared property needs of the field resolvers and getters of `entity`'s GraphQL type (by GraphQL field name). */
export function readsColumns(entity: EntityClass<unknown>, fields: Record<string, readonly string[]>): void {
  const own = declared.get(entity) ?? new Map<string, readonly string[]>();
  for (const [name, props] of Object.entries(fields)) own.set(name, props);
  declared.set(entity, own);
  plans.clear();
}

const declared = new Map<Function, Map<string, readonly string[]>>();

/** Per entity class: GraphQL field name → the properties it reads, or null (unknown: all columns). */
const plans = new Map<Function, Map<string, readonly string[] | null>>();

/** What one GraphQL field of `entity`'s type reads. */
function needsOf(em: EntityManager, entity: Function, field: string): readonly string[] | null {
  let plan = plans.get(entity);
  if (!plan) {
    plan = new Map();
    plans.set(entity, plan);
  }
  let needs = plan.get(field);
  if (needs === undefined) {
    needs = computeNeeds(em, entity, field);
    plan.set(field, needs);
  }
  return needs;
}

function isResolver(entity: Function, field: string): boolean {
  return getMetadataStorage().fieldResolvers.some((r) => {
    if (r.schemaName !== field) return false;
    const owner = r.getObjectType?.();
    return typeof owner === 'function' && (owner === entity || entity.prototype instanceof owner);
  });
}

function computeNeeds(em: EntityManager, entity: Function, field: string): readonly string[] | null {
  if (field === '__typename' || field === 'id') return [];
  for (let c: Function | null = entity; c && c !== Function.prototype; c = Object.getPrototypeOf(c) as Function | null) {
    const own = declared.get(c)?.get(field);
    if (own) return own;
  }
  if (isResolver(entity, field)) return null;
  // A plain @Field: GraphQL reads `row[name]`; fine when `name` is a column of the entity.
  const storage = getMetadataStorage();
  const meta = storage.fields.find((f) => f.schemaName === field && (f.target === entity || entity.prototype instanceof f.target));
  if (!meta) return null;
  const prop = (em.getMetadata().find(entity as never) as EntityMetadata | undefined)?.properties[meta.name as never] as
    | { kind: ReferenceKind; fieldNames?: string[]; persist?: boolean }
    | undefined;
  if (!prop || prop.persist === false || !prop.fieldNames?.length) return null;
  if (prop.kind !== ReferenceKind.SCALAR && prop.kind !== ReferenceKind.MANY_TO_ONE && prop.kind !== ReferenceKind.ONE_TO_ONE) return null;
  return [meta.name];
}

/** The field names selected on an object of type `typeNames[0]` (fragments on it or on its interfaces included). */
function selectedFields(set: SelectionSetNode | undefined, typeNames: ReadonlySet<string>, fragments: Record<string, FragmentDefinitionNode>, out: Set<string>): void {
  if (!set) return;
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) out.add(sel.name.value);
    else if (sel.kind === Kind.INLINE_FRAGMENT) {
      if (!sel.typeCondition || typeNames.has(sel.typeCondition.name.value)) selectedFields(sel.selectionSet, typeNames, fragments, out);
    } else {
      const fragment = fragments[sel.name.value];
      if (fragment && typeNames.has(fragment.typeCondition.name.value)) selectedFields(fragment.selectionSet, typeNames, fragments, out);
    }
  }
}

/** The selection sets of the fields named `name` in `set` (through fragments of any type). */
function subSelections(set: SelectionSetNode | undefined, name: string, fragments: Record<string, FragmentDefinitionNode>, out: SelectionSetNode[]): void {
  if (!set) return;
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) {
      if (sel.name.value === name && sel.selectionSet) out.push(sel.selectionSet);
    } else if (sel.kind === Kind.INLINE_FRAGMENT) subSelections(sel.selectionSet, name, fragments, out);
    else {
      const fragment = fragments[sel.name.value];
      if (fragment) subSelections(fragment.selectionSet, name, fragments, out);
    }
  }
}

/** Where the objects of `entity` are in the resolved field's answer: the field itself, or a connection's nodes. */
export type SelectionShape = 'objects' | 'connection';

/** Per parsed field node (Apollo keeps a document's AST across requests): entity → shape → columns. */
const cache = new WeakMap<FieldNode, Map<string, readonly string[] | null>>();

/**
 * The properties of `entity` that the field being resolved (`info`) reads from its objects, plus
 * `extra` (what the resolver itself reads: grouping keys, order for cursors, filters applied in
 * JavaScript) and the primary key; sorted. null: every column (an undeclared resolver is selected).
 */
export function selectedColumns(
  em: EntityManager,
  entity: EntityClass<unknown>,
  info: GraphQLResolveInfo,
  shape: SelectionShape = 'objects',
  extra: readonly string[] = [],
): readonly string[] | null {
  const node = info.fieldNodes[0]!;
  let perNode = cache.get(node);
  if (!perNode) {
    perNode = new Map();
    cache.set(node, perNode);
  }
  const key = `${entity.name}|${shape}|${extra.join(',')}`;
  let columns = perNode.get(key);
  if (columns === undefined) {
    columns = computeColumns(em, entity, info.schema, info.fragments, info.fieldNodes, shape, extra);
    perNode.set(key, columns);
  }
  return columns;
}

/**
 * Like `selectedColumns`, for the objects of `entity` under the field `field` of the objects the
 * resolved field returns (a to-one relation read in the same statement, read-rows.ts joins): the
 * columns that field's own resolver will ask its loader for, so the rows read here answer it.
 */
export function selectedColumnsBelow(
  em: EntityManager,
  entity: EntityClass<unknown>,
  info: GraphQLResolveInfo,
  field: string,
  shape: SelectionShape = 'objects',
): readonly string[] | null | undefined {
  const node = info.fieldNodes[0]!;
  let perNode = cache.get(node);
  if (!perNode) {
    perNode = new Map();
    cache.set(node, perNode);
  }
  const key = `${entity.name}|${shape}|below:${field}`;
  let columns = perNode.get(key);
  if (columns === undefined) {
    const below: FieldNode[] = [];
    for (const set of objectSelections(info, shape)) fieldsNamed(set, field, info.fragments, below);
    // Not selected: nothing to read (undefined is not cached, hence the marker).
    columns = below.length === 0 ? NOT_SELECTED : computeColumns(em, entity, info.schema, info.fragments, below, 'objects', []);
    perNode.set(key, columns);
  }
  return columns === NOT_SELECTED ? undefined : columns;
}

const NOT_SELECTED: readonly string[] = Object.freeze([]);

/** The selection sets that apply to the objects of the field (its own, or a connection's nodes and edges' node). */
function selectionsOf(fieldNodes: readonly FieldNode[], fragments: Record<string, FragmentDefinitionNode>, shape: SelectionShape): SelectionSetNode[] {
  const sets: SelectionSetNode[] = [];
  for (const node of fieldNodes) {
    if (shape === 'objects') {
      if (node.selectionSet) sets.push(node.selectionSet);
    } else {
      subSelections(node.selectionSet, 'nodes', fragments, sets);
      const edges: SelectionSetNode[] = [];
      subSelections(node.selectionSet, 'edges', fragments, edges);
      for (const e of edges) subSelections(e, 'node', fragments, sets);
    }
  }
  return sets;
}

function objectSelections(info: GraphQLResolveInfo, shape: SelectionShape): SelectionSetNode[] {
  return selectionsOf(info.fieldNodes, info.fragments, shape);
}

/** Whether the resolved field's own selection names `field` (e.g. a connection's `totalCount`). */
export function selects(info: GraphQLResolveInfo, field: string): boolean {
  const found: FieldNode[] = [];
  for (const n of info.fieldNodes) fieldsNamed(n.selectionSet, field, info.fragments, found, true);
  return found.length > 0;
}

/** The field nodes named `name` (not aliased) in `set`, through fragments. */
function fieldsNamed(set: SelectionSetNode | undefined, name: string, fragments: Record<string, FragmentDefinitionNode>, out: FieldNode[], aliased = false): void {
  if (!set) return;
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) {
      if (sel.name.value === name && (aliased || !sel.alias)) out.push(sel);
    } else if (sel.kind === Kind.INLINE_FRAGMENT) fieldsNamed(sel.selectionSet, name, fragments, out, aliased);
    else {
      const fragment = fragments[sel.name.value];
      if (fragment) fieldsNamed(fragment.selectionSet, name, fragments, out, aliased);
    }
  }
}

function computeColumns(
  em: EntityManager,
  entity: EntityClass<unknown>,
  schema: GraphQLSchema,
  fragments: Record<string, FragmentDefinitionNode>,
  fieldNodes: readonly FieldNode[],
  shape: SelectionShape,
  extra: readonly string[],
): readonly string[] | null {
  const type = schema.getType(entity.name);
  if (!type || !('getInterfaces' in type)) return null;
  const typeNames = new Set([entity.name, ...type.getInterfaces().map((i) => i.name)]);
  const sets = selectionsOf(fieldNodes, fragments, shape);
  const fields = new Set<string>();
  for (const set of sets) selectedFields(set, typeNames, fragments, fields);
  const meta = em.getMetadata().find(entity as never) as EntityMetadata | undefined;
  if (!meta) return null;
  const props = new Set<string>([...meta.primaryKeys, ...extra]);
  for (const field of fields) {
    const needs = needsOf(em, entity, field);
    if (needs === null) return null;
    for (const p of needs) props.add(p);
  }
  for (const p of props) {
    const prop = meta.properties[p as never] as { fieldNames?: string[] } | undefined;
    if (!prop?.fieldNames?.length) return null;
  }
  return [...props].sort();
}
