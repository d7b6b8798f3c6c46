// `npm run db:migrate | db:rollback | db:seed | db:check | db:rebuild-read-model`: the same database the server would use.
import 'reflect-metadata';
import { ConfigError, loadConfig } from '../kernel/config.js';
import { openDatabase } from './database.js';
import { parseArgs } from 'node:util';
import { Role } from '../kernel/role.js';
import { createUserWithToken } from '../records/auth/auth.service.js';
import { User } from '../records/auth/user.entity.js';
import { seedDatabase } from './seed/seed.js';

const command = process.argv[2];
const usage =
  'usage: db:migrate | db:rollback [--to <name>|--all] | db:seed | db:check | db:rebuild-read-model | admin:create --email <e> --name <n> [--role ADMIN|EDITOR|VIEWER] [--expires-in-days N]';

async function main(): Promise<number> {
  // Migrations and the read model's rebuild are long statements on a large registry: unless told
  // otherwise, give them the longest statement limit the configuration allows (10 minutes).
  if (command === 'migrate' || command === 'rebuild-read-model') process.env.DB_STATEMENT_TIMEOUT_MS ??= '600000';
  const config = loadConfig();
  const db = await openDatabase(config);
  const where = db.engine === 'pglite' ? `embedded database at ${config.dataDir ?? 'memory'}` : 'PostgreSQL';
  try {
    const migrator = db.orm.migrator;
    switch (command) {
      case 'migrate': {
        const done = await migrator.up();
        console.log(done.length ? `applied ${done.map((m) => m.name).join(', ')} on ${where}` : `${where} is up to date`);
        return 0;
      }
      case 'rollback': {
        const all = process.argv.includes('--all');
        const toIndex = process.argv.indexOf('--to');
        const done = await migrator.down(all ? { to: 0 } : toIndex > 0 ? { to: process.argv[toIndex + 1] } : undefined);
        console.log(done.length ? `rolled back ${done.map((m) => m.name).join(', ')} on ${where}` : 'nothing to roll back');
        return 0;
      }
      case 'seed': {
        const pending = await migrator.getPending();
        if (pending.length) await migrator.up();
        console.log(JSON.stringify(await seedDatabase(db.orm.em.fork())));
        return 0;
      }
      case 'check': {
        // Fails when entities and migrations disagree (a migration is missing), or migrations are pending.
        const pending = await migrator.getPending();
        const drift = await migrator.checkSchema();
        // And the live database, as the migrations built it, must match the entities too.
        const live = pending.length ? '' : (await db.orm.schema.getUpdateSchemaSQL({ wrap: false })).trim();
        if (pending.length) console.error(`pending migrations: ${pending.map((m) => m.name).join(', ')}`);
        if (drift) console.error('entities differ from the migration snapshot: run `npm run migration:create`');
        if (live) console.error(`the migrated database differs from the entities:\n${live}`);
        const ok = !pending.length && !drift && !live;
        if (ok) console.log(`${where}: migrations applied, no drift`);
        return ok ? 0 : 1;
      }
      case 'rebuild-read-model': {
        // The read model (timeline_item, stats_fact/stats_count, cooperation_link) refilled from
        // the records in one transaction (writers wait), then compared with the records again.
        const pending = await migrator.getPending();
        if (pending.length) await migrator.up();
        const em = db.orm.em.fork();
        const started = Date.now();
        await em.getConnection().execute('select accord_rebuild_read_model()');
        const seconds = ((Date.now() - started) / 1000).toFixed(1);
        const drift = await em.getConnection().execute<{ table_name: string; missing: string; extra: string }[]>('select * from accord_read_model_drift()');
        const sizes = await em.getConnection().execute<{ t: string; n: string }[]>(
          `select 'timeline_item' as t, count(*) as n from timeline_item union all select 'stats_fact', count(*) from stats_fact
           union all select 'stats_count', count(*) from stats_count union all select 'cooperation_link', count(*) from cooperation_link`,
        );
        console.log(`rebuilt the read model on ${where} in ${seconds} s: ${sizes.map((r) => `${r.t} ${Number(r.n).toLocaleString('en')}`).join(', ')}`);
        const bad = drift.filter((r) => Number(r.missing) !== 0 || Number(r.extra) !== 0);
        for (const r of bad) console.error(`${r.table_name}: ${r.missing} rows missing, ${r.extra} extra`);
        return bad.length ? 1 : 0;
      }
      case 'admin-create': {
        // Bootstrap: the first administrator (and its token) cannot be created through the API.
        const { values } = parseArgs({
          args: process.argv.slice(3),
          options: { email: { type: 'string' }, name: { type: 'string' }, role: { type: 'string', default: 'ADMIN' }, 'expires-in-days': { type: 'string' } },
        });
        const role = values.role?.toUpperCase() as Role;
        if (!values.email || !values.name || !Object.values(Role).includes(role)) {
          console.error(usage);
          return 2;
        }
        const pending = await migrator.getPending();
        if (pending.length) await migrator.up();
        const days = values['expires-in-days'] ? Number(values['expires-in-days']) : null;
        const existing = await db.orm.em.fork().count(User, { email: values.email.trim().toLowerCase() });
        if (existing > 0) {
          console.error(`a user with e-mail ${values.email} already exists`);
          return 1;
        }
        const { user, token } = await createUserWithToken(db.orm.em.fork(), { email: values.email, name: values.name, role, tokenName: 'created by admin:create', expiresInDays: days });
        console.log(`created ${user.role} ${user.email} on ${where}`);
        console.log(`token (shown once, store it now): ${token}`);
        return 0;
      }
      default:
        console.error(usage);
        return 2;
    }
  } finally {
    await db.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof ConfigError || !process.env.DEBUG ? (error as Error).message : error);
    process.exit(1);
  },
);
