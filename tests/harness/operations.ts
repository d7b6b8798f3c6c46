import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isInterfaceType,
  isUnionType,
  isScalarType,
} from 'graphql';

/** A placeholder value of the right type for a required argument (validity beyond type is not the point). */
function sampleValue(type: GraphQLInputType): string {
  if (isNonNullType(type)) return sampleValue(type.ofType);
  if (isListType(type)) return `[${sampleValue(type.ofType)}]`;
  if (isEnumType(type)) return type.getValues()[0]!.name;
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter((f) => isNonNullType(f.type) && f.defaultValue === undefined);
    return `{ ${fields.map((f) => `${f.name}: ${sampleValue(f.type)}`).join(', ')} }`;
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'Int':
        return '1';
      case 'Float':
        return '1.5';
      case 'Boolean':
        return 'false';
      case 'LocalDate':
        return '"2025-01-01"';
      case 'PartialDate':
        return '"2025"';
      case 'DateTimeISO':
        return '"2025-01-01T00:00:00Z"';
      case 'JSONObject':
        return '{}';
      default:
        return '"abcdefghij"';
    }
  }
  return 'null';
}

function args(field: GraphQLField<unknown, unknown>): string {
  const required = field.args.filter((a: GraphQLArgument) => isNonNullType(a.type) && a.defaultValue === undefined);
  return required.length ? `(${required.map((a) => `${a.name}: ${sampleValue(a.type)}`).join(', ')})` : '';
}

function selection(field: GraphQLField<unknown, unknown>): string {
  const type = getNamedType(field.type);
  if (isObjectType(type) || isInterfaceType(type) || isUnionType(type)) return ' { __typename }';
  return '';
}

/** One syntactically valid operation per root field of the schema, with placeholder arguments. */
export function rootFieldOperations(schema: GraphQLSchema): { root: 'Query' | 'Mutation'; field: string; document: string }[] {
  const out: { root: 'Query' | 'Mutation'; field: string; document: string }[] = [];
  for (const [root, type] of [
    ['Query', schema.getQueryType()],
    ['Mutation', schema.getMutationType()],
  ] as const) {
    for (const field of Object.values(type?.getFields() ?? {})) {
      const keyword = root === 'Query' ? 'query' : 'mutation';
      out.push({ root, field: field.name, document: `${keyword} { ${field.name}${args(field)}${selection(field)} }` });
    }
  }
  return out;
}
