// Layer rules of the server (README, "Development"), checked by `npm run check:layers` (part of `npm run lint`).
// Layers, lowest first: kernel → api → records/<kind> → views/<view> → db → app.

/**
 * The record folders each record folder may import: the ones it points to by foreign key
 * (provenance and topic point at records by type and key: a citation, a tag). A folder missing
 * here may import no other record folder.
 */
const RECORD_POINTS_TO = {
  institution: [],
  person: ['institution'],
  relation: ['institution', 'person'],
  agreement: ['institution', 'person'],
  event: ['institution', 'person'],
  document: ['event', 'institution'],
  // Also the event schedule rules visits follow (ScheduleStatus, event/schedule.ts): no foreign key.
  visit: ['document', 'event', 'institution', 'person'],
  commitment: ['agreement', 'document', 'event', 'institution', 'person'],
  topic: ['agreement', 'commitment', 'document', 'event', 'visit'],
  provenance: ['agreement', 'audit', 'commitment', 'document', 'event', 'institution', 'person', 'relation', 'topic', 'visit'],
  audit: ['auth'],
  auth: [],
  idempotency: [],
};
const listed = Object.keys(RECORD_POINTS_TO).join('|');

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    ...Object.entries(RECORD_POINTS_TO).map(([folder, targets]) => ({
      name: `records-${folder}-imports-only-what-it-points-to`,
      severity: 'error',
      from: { path: `^server/records/${folder}/` },
      to: { path: '^server/records/', pathNot: `^server/records/(${[folder, ...targets].join('|')})/` },
    })),
    {
      name: 'unlisted-record-folder-imports-no-other',
      comment: 'Add a new record folder to RECORD_POINTS_TO.',
      severity: 'error',
      from: { path: `^server/records/(?!(?:${listed})/)([^/]+)/` },
      to: { path: '^server/records/', pathNot: '^server/records/$1/' },
    },
    {
      name: 'kernel-imports-nothing-of-ours',
      comment: 'server/kernel is the bottom layer: config, base entity, roles, errors, dates, ids, SQL.',
      severity: 'error',
      from: { path: '^server/kernel/' },
      to: { path: '^server/(?!kernel/)' },
    },
    {
      name: 'api-imports-only-kernel',
      comment: 'server/api is GraphQL and HTTP plumbing; it knows no record kind (it reads the ORM metadata instead).',
      severity: 'error',
      from: { path: '^server/api/' },
      to: { path: '^server/(?!kernel/|api/)' },
    },
    {
      name: 'records-import-no-views-db-or-app',
      comment: 'A record folder imports kernel, api and the record folders it points to by foreign key.',
      severity: 'error',
      from: { path: '^server/records/' },
      to: { path: '^server/(views|db|app)/' },
    },
    {
      name: 'views-import-no-db-or-app',
      comment: 'Read models take what they need of the database injected (api/http.ts DatabaseHandle).',
      severity: 'error',
      from: { path: '^server/views/' },
      to: { path: '^server/(db|app)/' },
    },
    {
      name: 'db-imports-no-app-or-views',
      comment: 'server/db (connection, entity list, migrations, seed, CLI) sits beside app, below it.',
      severity: 'error',
      from: { path: '^server/db/' },
      to: { path: '^server/(app|views)/' },
    },
    {
      name: 'no-folder-cycles',
      comment: 'Two folders never import each other, directly or round a loop: the one owning a foreign key declares the reverse field and delete guard.',
      severity: 'error',
      scope: 'folder',
      from: { path: '^server/' },
      to: { circular: true },
    },
    {
      name: 'no-module-cycles',
      severity: 'error',
      from: { path: '^server/' },
      to: { circular: true },
    },
  ],
  options: {
    // TypeScript 7 (tsgo) has no compiler API for dependency-cruiser's tsc parser: swc parses the sources.
    parser: 'swc',
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
    exclude: { path: 'node_modules' },
  },
};
