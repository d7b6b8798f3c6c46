import {
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
} from 'graphql';

/*
 * Deep selections for every root field, generated from the schema: each object type with its
 * scalar fields and, down to `depth` levels, its object fields (fields with required arguments
 * left out, at most `breadth` of them per level). Used to ask everything a caller can reach.
 */

type Field = GraphQLField<unknown, unknown>;

const hasRequiredArgs = (field: Field) => field.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined);

function scalars(type: GraphQLNamedType): string[] {
  if (!isObjectType(type) && !isInterfaceType(type)) return [];
  return Object.values(type.getFields())
    .filter((f) => isLeafType(getNamedType(f.type)) && !hasRequiredArgs(f))
    .map((f) => f.name);
}

export function selectionOf(schema: GraphQLSchema, type: GraphQLNamedType, depth: number, breadth: number): string {
  if (isLeafType(type)) return '';
  const parts: string[] = ['__typename'];
  if (isObjectType(type) || isInterfaceType(type)) {
    parts.push(...scalars(type));
    if (depth > 0) {
      const objects = Object.values(type.getFields()).filter((f) => !isLeafType(getNamedType(f.type)) && !hasRequiredArgs(f));
      for (const f of objects.slice(0, breadth)) {
        const inner = selectionOf(schema, getNamedType(f.type), depth - 1, breadth);
        if (inner) parts.push(`${f.name} ${inner}`);
      }
    }
  }
  if (isInterfaceType(type) || isUnionType(type)) {
    // A field name may have another type on another record (`kind`, `status`): in one selection
    // set each name keeps the first type seen, so the fragments never conflict.
    const seen = new Map<string, string>();
    if (isInterfaceType(type)) for (const f of Object.values(type.getFields())) seen.set(f.name, String(f.type));
    for (const possible of schema.getPossibleTypes(type)) {
      const own = scalars(possible).filter((name) => {
        const typeName = String(possible.getFields()[name]!.type);
        if (seen.has(name) && seen.get(name) !== typeName) return false;
        seen.set(name, typeName);
        return true;
      });
      if (own.length) parts.push(`... on ${possible.name} { ${own.join(' ')} }`);
    }
  }
  return `{ ${parts.join(' ')} }`;
}

/** A literal for an input type, from `pick` for the named leaves it cares about, placeholders otherwise. */
export function literalOf(type: GraphQLInputType, name: string, pick: (typeName: string, argName: string) => string | undefined): string {
  if (isNonNullType(type)) return literalOf(type.ofType, name, pick);
  if (isListType(type)) return `[${literalOf(type.ofType, name, pick)}]`;
  const chosen = pick(type.name, name);
  if (chosen !== undefined) return chosen;
  if (isEnumType(type)) return type.getValues()[0]!.name;
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter((f) => isNonNullType(f.type) && f.defaultValue === undefined);
    return `{ ${fields.map((f) => `${f.name}: ${literalOf(f.type, f.name, pick)}`).join(', ')} }`;
  }
  switch (type.name) {
    case 'Int':
      return '1';
    case 'Float':
      return '1.5';
    case 'Boolean':
      return 'false';
    default:
      return '"abcdefghij"';
  }
}
