// `accord users …` and `accord tokens …`: accounts and API tokens (users: ADMIN role; tokens: your
// own, or anyone's for an ADMIN).
import { randomUUID } from 'node:crypto';
import { type Command, InvalidArgumentError, Option } from 'commander';
import type { Role } from '../index.js';
import { type Cli, cliOf, type Io } from './context.js';
import { CliError, usageError } from './errors.js';
import { ExitCode } from './exit-codes.js';
import { addOutputOptions, type OutputOptions, printRows } from './output.js';
import { parsePositiveInt } from './options.js';
import { resolveRef } from './refs.js';

const ROLES = ['VIEWER', 'EDITOR', 'ADMIN'];
const parseRole = (value: string) => {
  const role = value.trim().toUpperCase();
  if (!ROLES.includes(role)) throw new InvalidArgumentError(`one of ${ROLES.map((r) => r.toLowerCase()).join(', ')}`);
  return role as Role;
};
const table = (cli: Cli) => (h: string[], r: (string | null)[][]) => cli.table(h, r, cli.errColor);
const key = (options: { idempotencyKey?: string }) => ({ idempotencyKey: options.idempotencyKey ?? randomUUID() });

export function registerAdmin(program: Command, io: Io): void {
  const users = program.command('users').alias('user').description('user accounts (ADMIN role)');
  addOutputOptions(users.command('list').description('every user')).action(async (options: OutputOptions, command: Command) => {
    const cli = cliOf(command, io);
    const all = [];
    for await (const user of cli.client.allUsers()) all.push(user);
    printRows(cli, options, [['name', (u) => u.name], ['email', (u) => u.email], ['role', (u) => u.role], ['disabled', (u) => u.disabled], ['id', (u) => u.id]], all, { totalCount: all.length, users: all });
  });
  users.command('me').description('who the token belongs to').action(async (_o: unknown, command: Command) => {
    const cli = cliOf(command, io);
    const me = await cli.client.me();
    if (cli.opts.json) cli.printJson(me);
    else cli.print(`${me.name} <${me.email}>, ${me.role}`);
  });
  users
    .command('create')
    .description('create a user (then give them a token with `accord tokens create --user`)')
    .requiredOption('--name <name>', 'full name')
    .requiredOption('--email <email>', 'e-mail address (the login)')
    .requiredOption('--role <role>', 'viewer, editor or admin', parseRole)
    .option('--idempotency-key <key>', 'retrying with the same key never writes twice')
    .action(async (options: { name: string; email: string; role: Role; idempotencyKey?: string }, command: Command) => {
      const cli = cliOf(command, io);
      const user = await cli.client.createUser({ name: options.name, email: options.email, role: options.role }, key(options));
      if (cli.opts.json) cli.printJson(user);
      else cli.print(`created user ${user.name} <${user.email}>, ${user.role} (${user.id})`);
    });
  users
    .command('update')
    .description('change a user’s name or role, or disable/enable them')
    .argument('<user>', 'ID, e-mail or name')
    .option('--name <name>', 'new name')
    .option('--role <role>', 'viewer, editor or admin', parseRole)
    .option('--disable', 'disable the account (its tokens stop working)')
    .option('--enable', 'enable the account again')
    .addOption(new Option('--version <n>', 'the version you read').argParser(parsePositiveInt))
    .option('--idempotency-key <key>', 'retrying with the same key never writes twice')
    .action(async (text: string, options: { name?: string; role?: Role; disable?: boolean; enable?: boolean; version?: number; idempotencyKey?: string }, command: Command) => {
      const cli = cliOf(command, io);
      if (options.disable && options.enable) throw usageError('--disable and --enable exclude each other');
      const found = await resolveRef(cli.client, 'User', text, table(cli));
      const disabled = options.disable ? true : options.enable ? false : undefined;
      if (options.name === undefined && options.role === undefined && disabled === undefined) throw usageError('nothing to change: give --name, --role, --disable or --enable');
      const user = await cli.client.updateUser({ id: found.id, name: options.name, role: options.role, disabled, version: options.version }, key(options));
      if (cli.opts.json) cli.printJson(user);
      else cli.print(`updated user ${user.name} <${user.email}>, ${user.role}${user.disabled ? ', disabled' : ''} (version ${user.version})`);
    });

  const tokens = program.command('tokens').alias('token').description('API tokens (yours; any user’s for an ADMIN)');
  addOutputOptions(tokens.command('list').description('tokens, with when each was last used').option('--user <user>', 'another user’s tokens (ADMIN)')).action(
    async (options: OutputOptions & { user?: string }, command: Command) => {
      const cli = cliOf(command, io);
      const userId = options.user ? (await resolveRef(cli.client, 'User', options.user, table(cli))).id : undefined;
      const list = await cli.client.apiTokens(userId);
      printRows(
        cli,
        options,
        [['name', (t) => t.name], ['prefix', (t) => t.prefix], ['user', (t) => t.user.email], ['created', (t) => t.createdAt], ['expires', (t) => t.expiresAt], ['last used', (t) => t.lastUsedAt], ['revoked', (t) => t.revokedAt], ['id', (t) => t.id]],
        list,
        { totalCount: list.length, tokens: list },
      );
    },
  );
  tokens
    .command('create')
    .description('create a token; its secret is printed once (store it, e.g. in ACCORD_TOKEN)')
    .requiredOption('--name <name>', 'what it is for, e.g. "laptop CLI"')
    .option('--user <user>', 'for another user (ADMIN)')
    .option('--expires-in-days <n>', 'expire after N days', parsePositiveInt)
    .option('--idempotency-key <key>', 'retrying with the same key never writes twice')
    .action(async (options: { name: string; user?: string; expiresInDays?: number; idempotencyKey?: string }, command: Command) => {
      const cli = cliOf(command, io);
      const userId = options.user ? (await resolveRef(cli.client, 'User', options.user, table(cli))).id : undefined;
      const created = await cli.client.createApiToken({ name: options.name, userId, expiresInDays: options.expiresInDays }, key(options));
      if (cli.opts.json) cli.printJson(created);
      else {
        cli.print(created.token);
        cli.note(`token ${created.apiToken.name} for ${created.apiToken.user.email} (${created.apiToken.id}); shown only now`);
      }
    });
  tokens
    .command('revoke')
    .description('revoke a token (it stops working at once)')
    .argument('<token>', 'the token’s ID, or its name or prefix among your tokens (or --user’s)')
    .option('--user <user>', 'the user whose token is named (ADMIN)')
    .option('--idempotency-key <key>', 'retrying with the same key never writes twice')
    .action(async (text: string, options: { user?: string; idempotencyKey?: string }, command: Command) => {
      const cli = cliOf(command, io);
      const id = await tokenId(cli, text, options.user);
      const revoked = await cli.client.revokeApiToken(id, key(options));
      if (cli.opts.json) cli.printJson(revoked);
      else cli.print(`revoked token ${revoked.name} (${revoked.prefix}…) of ${revoked.user.email}`);
    });
}

/** A token named by its global ID, or by its name or prefix among one user's tokens (not yet revoked first). */
async function tokenId(cli: Cli, text: string, user: string | undefined): Promise<string> {
  if (/^[A-Za-z0-9+/=_-]{30,}$/.test(text) && Buffer.from(text, 'base64').toString('utf8').startsWith('ApiToken:')) return text;
  const userId = user ? (await resolveRef(cli.client, 'User', user, table(cli))).id : undefined;
  const wanted = text.trim().toLowerCase();
  const all = (await cli.client.apiTokens(userId)).filter((t) => t.name.toLowerCase() === wanted || t.prefix.toLowerCase() === wanted);
  const open = all.filter((t) => !t.revokedAt);
  const matches = open.length ? open : all;
  if (matches.length === 0) throw new CliError(ExitCode.NOT_FOUND, 'NOT_FOUND', `no token named ${JSON.stringify(text)} (see \`accord tokens list\`)`);
  if (matches.length > 1) {
    const lines = matches.map((t) => `  ${t.name}  ${t.prefix}…  created ${t.createdAt}  ${t.id}`);
    throw new CliError(ExitCode.AMBIGUOUS, 'AMBIGUOUS', `${JSON.stringify(text)} names ${matches.length} tokens; give the ID:`, { candidates: matches.map((t) => t.id) }, lines);
  }
  return matches[0]!.id;
}
