import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { type DocumentNode, GraphQLError, type IntValueNode, Kind, type ParseOptions, type ValidationRule, type ValueNode, validate, visit } from 'graphql';
import type { RequestContext } from './context.js';
import { ErrorCode } from '../kernel/errors.js';

/*
 * Limits on what one GraphQL document may ask for, checked before anything executes.
 * A refused document gets HTTP 400 and `errors[0].extensions.code`: GRAPHQL_PARSE_FAILED (too
 * many tokens), GRAPHQL_VALIDATION_FAILED (depth, aliases, directives, cost, an operation type
 * the schema lacks) or BAD_USER_INPUT (a NUL character in a text value). The values are generous
 * for the operations in client/operations/ (a test keeps them so); SECURITY.md has the reasoning.
 */

/** Nesting of selections, counted by graphql-armor (a fragment spread counts as a level too).
 *  The deepest client operations (CreatePerson/UpdatePerson) reach 12 by that count; 15 leaves
 *  room for hand-written queries and stops `parent { parent { … } }` chains well before they
 *  cost anything (each level is one batched SQL statement). */
export const MAX_DEPTH = 15;

/** Aliased fields per operation (`__typename` not counted). Aliases are how one request runs the
 *  same resolver many times (alias floods); no client operation uses one, a person might use a few. */
export const MAX_ALIASES = 30;

/** Directives per operation (@include/@skip). Each costs little, but a flood of them makes
 *  validation and execution do work proportional to the flood; clients use a handful at most. */
export const MAX_DIRECTIVES = 50;

/** Lexical tokens per document, enforced by the parser itself, so a huge document is refused
 *  before an AST is built. Client operations, fragments included, have a few hundred at most. */
export const MAX_TOKENS = 5000;

/** graphql-armor's static cost estimate: 1 per scalar, 2 per object, ×1.5 per level, × a literal
 *  `first`/`last`. The most expensive client operation written with literal page sizes of 100
 *  (InstitutionsWithRelations) costs ≈129,000, InstitutionsWithFamily ≈21,000; 200,000 leaves
 *  ~1.5× headroom and refuses, e.g., ten aliased copies of InstitutionsWithFamily at 100. Page
 *  sizes passed as variables are not multiplied (the connections cap them at 100 instead). */
export const MAX_COST = 200_000;

const NUL = '\u0000';

/** True if any string (or object key) in a JSON value contains U+0000. Iterative: variables
 *  come from a ≤1 MiB body and may be nested far deeper than the call stack allows. */
function jsonContainsNul(value: unknown): boolean {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === 'string') {
      if (v.includes(NUL)) return true;
    } else if (Array.isArray(v)) {
      for (const item of v) stack.push(item);
    } else if (v !== null && typeof v === 'object') {
      for (const [key, item] of Object.entries(v)) {
        if (key.includes(NUL)) return true;
        stack.push(item);
      }
    }
  }
  return false;
}

function documentContainsNul(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    [Kind.STRING]: (node) => {
      if (node.value.includes(NUL)) found = true;
    },
  });
  return found;
}

/**
 * Refuses text containing U+0000 (in string literals or variables) with BAD_USER_INPUT and
 * HTTP 400. PostgreSQL cannot store or compare NUL in `text`, so no legitimate value holds one,
 * and letting it through turns a client mistake into a database error (500-class).
 */
export function rejectNulCharactersPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          if (jsonContainsNul(request.variables) || documentContainsNul(document)) {
            throw new GraphQLError('Text values cannot contain the NUL character (U+0000).', {
              extensions: { code: ErrorCode.BAD_USER_INPUT, http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}

/**
 * Refuses operation types the schema has no root for (Accord has no subscriptions) during
 * validation: GRAPHQL_VALIDATION_FAILED, HTTP 400. graphql-js 16 lets `subscription { … }`
 * through validation and fails it at execution with an uncoded error (an internal error).
 */
export const KnownOperationTypesRule: ValidationRule = (context) => ({
  OperationDefinition(node) {
    const schema = context.getSchema();
    const root =
      node.operation === 'query' ? schema.getQueryType() : node.operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
    if (!root) context.reportError(new GraphQLError(`This server does not support ${node.operation} operations.`, { nodes: node }));
  },
});

/**
 * Production refuses introspection (`__schema`, `__type`; `__typename` stays) with a plain
 * message. Apollo's own refusal tells the client how to turn introspection on; this one does not,
 * and as a validation rule it applies wherever the limits apply (/graphql and /export alike).
 */
export const NoIntrospectionRule: ValidationRule = (context) => ({
  Field(node) {
    if (node.name.value === '__schema' || node.name.value === '__type') {
      context.reportError(new GraphQLError('Introspection is disabled on this server.', { nodes: node }));
    }
  },
});

/** graphql-js's "Did you mean …?" hint, removed from messages in production. */
export function withoutSuggestions(message: string): string {
  return message.replace(/ ?Did you mean .*\?$/s, '');
}

/** The page size a `first`/`last` variable stands for: its value, else its declared default. */
function pageSizeOf(name: string, variables: Record<string, unknown>, defaults: Map<string, ValueNode>): IntValueNode | null {
  const given = variables[name];
  if (typeof given === 'number' && Number.isInteger(given)) return { kind: Kind.INT, value: String(given) };
  if (given === undefined) {
    const fallback = defaults.get(name);
    if (fallback?.kind === Kind.INT) return fallback;
  }
  return null;
}

/** The document with `first: $n` / `last: $n` replaced by the values the variables carry. */
export function inlinePageSizes(document: DocumentNode, variables: Record<string, unknown>): DocumentNode {
  const defaults = new Map<string, ValueNode>();
  for (const d of document.definitions) {
    if (d.kind === Kind.OPERATION_DEFINITION) {
      for (const v of d.variableDefinitions ?? []) if (v.defaultValue) defaults.set(v.variable.name.value, v.defaultValue);
    }
  }
  return visit(document, {
    [Kind.ARGUMENT]: (node) => {
      if ((node.name.value !== 'first' && node.name.value !== 'last') || node.value.kind !== Kind.VARIABLE) return undefined;
      const value = pageSizeOf(node.value.name.value, variables, defaults);
      return value ? { ...node, value } : undefined;
    },
  });
}

const usesVariablePageSize = (document: DocumentNode) => {
  let found = false;
  visit(document, {
    [Kind.ARGUMENT]: (node) => {
      if ((node.name.value === 'first' || node.name.value === 'last') && node.value.kind === Kind.VARIABLE) found = true;
    },
  });
  return found;
};

/**
 * The cost limit again, once the variables are known: armor's static estimate multiplies only
 * literal page sizes, so `first: $n` would let a document that is refused with literals run.
 * The document is re-costed with the page sizes of its variables inlined; over MAX_COST it is
 * refused like any document over the limit (GRAPHQL_VALIDATION_FAILED, HTTP 400).
 */
export function variableCostPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request, schema }) {
          if (!usesVariablePageSize(document)) return;
          let refused: GraphQLError | undefined;
          const rule = costLimitRule({
            maxCost: MAX_COST,
            propagateOnRejection: false,
            onReject: [
              (_context, error) => {
                refused = error;
              },
            ],
          });
          validate(schema, inlinePageSizes(document, request.variables ?? {}), [rule as unknown as ValidationRule]);
          if (refused) {
            throw new GraphQLError(`${refused.message} (page sizes given as variables count)`, {
              extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}

export type QueryLimits = {
  plugins: ApolloServerPlugin<RequestContext>[];
  validationRules: ValidationRule[];
  parseOptions: ParseOptions;
};

/**
 * The graphql-armor protections for Apollo Server, plus the parser's own token limit and the
 * NUL guard. `production` also masks "Did you mean …" field suggestions (Apollo's
 * hideSchemaDetailsFromClientErrors does too; this is the second lock on the same door).
 *
 * Tokens are counted by graphql-js's parser (`parseOptions.maxTokens`), not by armor's
 * max-tokens plugin: under Apollo Server 5 that plugin throws from `parsingDidStart`, which
 * Apollo treats as an unexpected error and answers with HTTP 500. The parser's limit fails
 * like any syntax error: GRAPHQL_PARSE_FAILED, HTTP 400.
 */
export function createQueryLimits({ production }: { production: boolean }): QueryLimits {
  const armor = new ApolloArmor({
    maxDepth: { n: MAX_DEPTH },
    maxAliases: { n: MAX_ALIASES },
    maxDirectives: { n: MAX_DIRECTIVES },
    costLimit: { maxCost: MAX_COST },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: production },
  });
  const { plugins, validationRules } = armor.protect();
  return {
    // armor's declarations resolve @apollo/server's CommonJS types; the objects are the same.
    plugins: [...(plugins as unknown as ApolloServerPlugin<RequestContext>[]), rejectNulCharactersPlugin(), variableCostPlugin()],
    validationRules: [KnownOperationTypesRule, ...(production ? [NoIntrospectionRule] : []), ...validationRules],
    parseOptions: { maxTokens: MAX_TOKENS },
  };
}
