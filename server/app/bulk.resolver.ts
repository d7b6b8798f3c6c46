// `importRecords`: many create/update/delete mutations in ONE transaction, all or nothing.
// Each operation runs through the schema's own mutation (same validation, access rule, audit and
// business rules; each in a savepoint), so a bad row is reported with its index and field path
// while the other rows are still checked; if any row fails, nothing is written. `dryRun` checks
// every row the same way and rolls back even when all pass.
import { execute, type GraphQLObjectType, type GraphQLSchema, getNamedType, isObjectType, parse, type DocumentNode } from 'graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Ctx, Field, Info, InputType, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { AccessRules } from '../api/access.js';
import { type RequestContext, resetLoaders } from '../api/context.js';
import { RecordLoaders } from '../api/record-loaders.js';
import { BadInputError, UserError, UserErrorCode } from '../kernel/errors.js';
import { Role } from '../kernel/role.js';

/** Mutations an import may run: record writes only (no users, tokens or nested imports). */
const ALLOWED = /^(create|update|delete|add|remove|cite|report|tag|untag|record|change)[A-Z]/;
const REFUSED = new Set(['createUser', 'updateUser', 'createApiToken', 'revokeApiToken', 'importRecords']);
export const MAX_OPERATIONS = 10_000;

@InputType({ description: 'Fills an ID field of an operation\'s input with the ID an earlier operation of the same import wrote.' })
export class ImportRefInput {
  @Field(() => [String], { description: 'Where in `input` the ID goes, e.g. ["parentId"] or ["participations", "0", "participantId"].' }) path!: string[];
  @Field(() => Int, { description: 'The earlier operation (0-based index) whose written record ID is meant.' }) operation!: number;
}

@InputType({ description: 'One write of an import: a mutation of this schema and its input.' })
export class ImportOperationInput {
  @Field(() => String, { description: 'The mutation, e.g. "createPerson", "updateInstitution".' }) mutation!: string;
  @Field(() => GraphQLJSONObject, { description: 'Its `input` argument, as the mutation takes it.' }) input!: Record<string, unknown>;
  @Field(() => [ImportRefInput], { nullable: true, description: 'IDs to take from earlier operations (records created in this same import).' }) refs?: ImportRefInput[] | null;
}

@InputType({ description: 'A batch of writes run as one transaction.' })
export class ImportRecordsInput {
  @Field(() => [ImportOperationInput], { description: `The writes, in order (at most ${MAX_OPERATIONS}).` }) operations!: ImportOperationInput[];
  @Field(() => Boolean, { defaultValue: false, description: 'Check every operation, then roll back even if all pass.' }) dryRun!: boolean;
}

@ObjectType({ description: 'What one operation of an import did.' })
export class ImportOperationResult {
  @Field(() => Int, { description: 'Position of the operation in `operations` (0-based).' }) index!: number;
  @Field(() => String, { nullable: true, description: 'ID of the record written or deleted; null when refused.' }) id!: string | null;
  @Field(() => [UserError], { description: 'Why this operation was refused (paths start at its input).' }) userErrors!: UserError[];
}

@ObjectType({ description: 'The outcome of importRecords.' })
export class ImportRecordsPayload {
  @Field(() => Boolean, { description: 'True when every operation succeeded and was committed (false for dryRun).' }) committed!: boolean;
  @Field(() => Int, { description: 'Operations that failed (then nothing was written).' }) failed!: number;
  @Field(() => [ImportOperationResult], { description: 'One result per operation, in order.' }) results!: ImportOperationResult[];
  @Field(() => [UserError], { description: 'All refusals, with paths ["input", "operations", index, …].' }) userErrors!: UserError[];
}

/** Rolls the import's transaction back after the results are known. */
class Rollback extends Error {}

const documents = new Map<string, { document: DocumentNode; idField: string | null }>();

/** `mutation($input: XInput!) { m(input: $input) { userErrors { … } record { id } } }`, per mutation, cached. */
function documentFor(schema: GraphQLSchema, mutation: string) {
  let entry = documents.get(mutation);
  if (entry) return entry;
  const field = schema.getMutationType()?.getFields()[mutation];
  if (!field || !ALLOWED.test(mutation) || REFUSED.has(mutation)) return null;
  const arg = field.args.find((a) => a.name === 'input');
  if (!arg) return null;
  const payload = getNamedType(field.type) as GraphQLObjectType;
  let idField: string | null = null;
  let selection = '';
  for (const [name, f] of Object.entries(payload.getFields())) {
    const type = getNamedType(f.type);
    if (name === 'deletedId') {
      idField = name;
      selection = name;
    } else if (!idField && isObjectType(type) && 'id' in type.getFields() && name !== 'userErrors') {
      idField = name;
      selection = `${name} { id }`;
    }
  }
  entry = { document: parse(`mutation($input: ${arg.type.toString()}) { result: ${mutation}(input: $input) { userErrors { field message code } ${selection} } }`), idField };
  documents.set(mutation, entry);
  return entry;
}

/**
 * A value GraphQL itself refused in an operation's input (a missing required field, a value not
 * in an enum), placed on its field like the mutation's own userErrors.
 */
function inputError(message: string): UserError {
  const at = /at "input((?:\.\w+|\[\d+\])*)"/.exec(message);
  const path = ['input', ...(at?.[1] ?? '').split(/[.[\]]+/).filter(Boolean)];
  const missing = /Field "(\w+)" of required type "[^"]+" was not provided/.exec(message);
  if (missing) return UserError.of([...path, missing[1]!], UserErrorCode.REQUIRED, 'is required');
  if (at) return UserError.of(path, UserErrorCode.INVALID_VALUE, /; (.*?)\.?$/.exec(message)?.[1] ?? message);
  return UserError.of(['input'], UserErrorCode.INVALID_VALUE, message);
}

type Outcome = { result?: { userErrors: UserError[] } & Record<string, unknown> };

/** The operation's input with its refs filled in, or the refusal when a ref points at no written record. */
function withRefs(operation: ImportOperationInput, index: number, results: ImportOperationResult[]): Record<string, unknown> | UserError {
  if (!operation.refs?.length) return operation.input;
  const input = structuredClone(operation.input);
  for (const ref of operation.refs) {
    const field = ['input', ...ref.path];
    const id = ref.operation < index ? results[ref.operation]?.id : null;
    if (!id) return UserError.of(field, UserErrorCode.NOT_FOUND, `refers to operation ${ref.operation}, which ${ref.operation < index ? 'was refused' : 'does not come before this one'}`);
    if (ref.path.length === 0) return UserError.of(field, UserErrorCode.INVALID_VALUE, 'a ref needs a path');
    let parent: Record<string, unknown> = input;
    for (const key of ref.path.slice(0, -1)) {
      const next = parent[key];
      if (!next || typeof next !== 'object') return UserError.of(field, UserErrorCode.INVALID_VALUE, `no ${key} in the input for this ref`);
      parent = next as Record<string, unknown>;
    }
    parent[ref.path.at(-1)!] = id;
  }
  return input;
}

@Resolver()
export class ImportResolver {
  @Mutation(() => ImportRecordsPayload, {
    description: `Runs up to ${MAX_OPERATIONS} create/update/delete mutations as one transaction: all are written, or — if any is refused — none, with every refusal listed by operation index and field. What \`accord import\` uses.`,
  })
  async importRecords(@Arg('input', () => ImportRecordsInput, { description: 'The rows to write, in order, and whether to only check them.' }) input: ImportRecordsInput, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<ImportRecordsPayload> {
    if (input.operations.length === 0) throw new BadInputError('input.operations', 'must not be empty');
    if (input.operations.length > MAX_OPERATIONS) throw new BadInputError('input.operations', `at most ${MAX_OPERATIONS} per request`);
    const results: ImportOperationResult[] = [];
    try {
      await ctx.em.transactional(async (em) => {
        for (const [index, operation] of input.operations.entries()) {
          const entry = documentFor(info.schema, operation.mutation);
          if (!entry) {
            results.push({ index, id: null, userErrors: [UserError.of(['mutation'], UserErrorCode.INVALID_VALUE, `not a record mutation an import may run: ${operation.mutation}`)] });
            continue;
          }
          const filled = withRefs(operation, index, results);
          if (filled instanceof UserError) {
            results.push({ index, id: null, userErrors: [filled] });
            continue;
          }
          // A fresh identity map per operation: otherwise each flush walks every record written so far (quadratic).
          em.clear();
          const inner: RequestContext = { ...ctx, em: em as RequestContext['em'], records: new RecordLoaders(em as RequestContext['em']) };
          const response = await execute({ schema: info.schema, document: entry.document, variableValues: { input: filled }, contextValue: inner });
          const data = response.data as Outcome | null | undefined;
          if (response.errors?.length || !data?.result) {
            const error = response.errors?.[0];
            const code = error?.extensions?.code === 'FORBIDDEN' || error?.extensions?.code === 'UNAUTHENTICATED' ? (error.extensions.code as string) : null;
            if (code) throw error; // not allowed at all: the whole import is refused as the single mutation would be
            results.push({ index, id: null, userErrors: [inputError(error?.message ?? 'refused')] });
            continue;
          }
          const { userErrors } = data.result;
          const written = entry.idField ? data.result[entry.idField] : null;
          const id = typeof written === 'string' ? written : ((written as { id?: string } | null)?.id ?? null);
          results.push({ index, id: userErrors.length ? null : id, userErrors });
        }
        if (input.dryRun || results.some((r) => r.userErrors.length > 0)) throw new Rollback();
      });
    } catch (error) {
      if (!(error instanceof Rollback)) throw error;
    } finally {
      resetLoaders(ctx);
    }
    const failed = results.filter((r) => r.userErrors.length > 0).length;
    const userErrors = results.flatMap((r) => r.userErrors.map((e) => UserError.of(['input', 'operations', String(r.index), ...e.field.filter((p, i) => !(i === 0 && p === 'input'))], e.code, e.message)));
    return { committed: !input.dryRun && failed === 0, failed, results: failed || input.dryRun ? results.map((r) => ({ ...r, id: input.dryRun ? r.id : null })) : results, userErrors };
  }
}

export const IMPORT_ACCESS_RULES: AccessRules = { Query: {}, Mutation: { importRecords: Role.EDITOR } };
