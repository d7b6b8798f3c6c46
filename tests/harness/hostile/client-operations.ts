// The client's own operations (client/operations/*.graphql) checked against the server's query
// limits as the client sends them: a limit so tight that it refuses the product's own client is a bug.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GraphQLSchema } from 'graphql';
import { createQueryLimits } from '../../../server/api/limits.js';
import { gql } from './schema-walk.js';

const OPERATIONS_DIR = join(import.meta.dirname, '..', '..', '..', 'client', 'operations');

/** Every client operation (with the fragments it uses) the production limits refuse, with the reason. */
export function clientOperationsRefusedByLimits(schema: GraphQLSchema): string[] {
  const source = readdirSync(OPERATIONS_DIR)
    .filter((f) => f.endsWith('.graphql'))
    .map((f) => readFileSync(join(OPERATIONS_DIR, f), 'utf8'))
    .join('\n');
  const all = gql.parse(source, { noLocation: true });
  const fragments = new Map(all.definitions.filter((d) => d.kind === 'FragmentDefinition').map((d) => [d.name.value, d]));
  const limits = createQueryLimits({ production: true });
  const refused: string[] = [];
  for (const op of all.definitions.filter((d) => d.kind === 'OperationDefinition')) {
    // The operation with the fragments it uses, as the client sends it.
    const used = new Set<string>();
    const stack: unknown[] = [op];
    while (stack.length > 0) {
      const node = stack.pop() as { kind?: string; name?: { value: string } } | null;
      if (!node || typeof node !== 'object') continue;
      if (node.kind === 'FragmentSpread' && node.name && !used.has(node.name.value)) {
        used.add(node.name.value);
        stack.push(fragments.get(node.name.value));
      }
      stack.push(...Object.values(node));
    }
    const text = [op, ...[...used].map((name) => fragments.get(name)!)].map((d) => gql.print(d)).join('\n');
    // As written (page sizes in variables) and with every page size a literal 100: the cost
    // limit multiplies literals, and a hand-written copy of an operation may well use them.
    for (const variant of [text, text.replace(/\b(first|last): \$\w+/g, '$1: 100')]) {
      try {
        const errors = gql.validate(schema, gql.parse(variant, limits.parseOptions), limits.validationRules);
        for (const e of errors) refused.push(`${op.name?.value}: ${e.message}`);
      } catch (error) {
        refused.push(`${op.name?.value}: ${(error as Error).message}`);
      }
    }
  }
  return refused;
}
