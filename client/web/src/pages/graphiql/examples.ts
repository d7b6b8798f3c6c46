import { type DefinitionNode, type FragmentDefinitionNode, Kind, type OperationDefinitionNode, parse, type TypeNode, visit } from 'graphql';

/** One documented operation of client/operations/, ready to paste into the editor. */
export type ExampleOperation = { file: string; name: string; kind: 'query' | 'mutation' | 'subscription'; query: string; variables: string };

// The documented operations, bundled at build time (no request at run time).
const files = import.meta.glob<string>('../../../../operations/*.graphql', { query: '?raw', import: 'default', eager: true });

const slice = (text: string, node: DefinitionNode) => (node.loc ? text.slice(node.loc.start, node.loc.end) : '');

/** A sample value for a required variable of this type, for the analyst to fill in. */
function sample(type: TypeNode): unknown {
  if (type.kind === Kind.NON_NULL_TYPE) return sample(type.type);
  if (type.kind === Kind.LIST_TYPE) return [];
  switch (type.name.value) {
    case 'Int':
      return 10;
    case 'Float':
      return 1;
    case 'Boolean':
      return false;
    case 'ID':
    case 'String':
    case 'LocalDate':
    case 'PartialDate':
    case 'DateTimeISO':
      return '';
    default:
      return {};
  }
}

/** Variables JSON with the operation's required variables (those without defaults) as blanks to fill. */
function variablesOf(op: OperationDefinitionNode): string {
  const required = (op.variableDefinitions ?? []).filter((v) => v.type.kind === Kind.NON_NULL_TYPE && !v.defaultValue);
  if (required.length === 0) return '';
  return JSON.stringify(Object.fromEntries(required.map((v) => [v.variable.name.value, sample(v.type)])), null, 2);
}

/** Each operation with exactly the fragments it uses (from any file), in source form, comments of the operation kept. */
export function loadExamples(): ExampleOperation[] {
  const parsed = Object.entries(files).map(([path, text]) => ({ file: path.split('/').pop()?.replace(/\.graphql$/, '') ?? path, text, doc: parse(text) }));
  const fragments = new Map<string, { node: FragmentDefinitionNode; text: string }>();
  for (const { doc, text } of parsed) {
    for (const def of doc.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, { node: def, text: slice(text, def) });
  }
  const spreadsIn = (node: DefinitionNode) => {
    const names: string[] = [];
    visit(node, { FragmentSpread: (spread) => void names.push(spread.name.value) });
    return names;
  };
  const examples: ExampleOperation[] = [];
  for (const { file, doc, text } of parsed) {
    for (const def of doc.definitions) {
      if (def.kind !== Kind.OPERATION_DEFINITION || !def.name) continue;
      const needed: string[] = [];
      const queue = spreadsIn(def);
      while (queue.length) {
        const name = queue.shift() as string;
        if (needed.includes(name) || !fragments.has(name)) continue;
        needed.push(name);
        queue.push(...spreadsIn(fragments.get(name)?.node as FragmentDefinitionNode));
      }
      const body = [slice(text, def), ...needed.map((n) => fragments.get(n)?.text ?? '')].join('\n\n');
      examples.push({ file, name: def.name.value, kind: def.operation, query: `${body}\n`, variables: variablesOf(def) });
    }
  }
  return examples.sort((a, b) => a.file.localeCompare(b.file) || a.name.localeCompare(b.name));
}
