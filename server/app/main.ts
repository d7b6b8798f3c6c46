// `npm start`: config → database (+ migrations, seed) → schema → HTTP, and a clean exit on signals.
import 'reflect-metadata';
import { startServer } from './app.js';
import { ConfigError, loadConfig } from '../kernel/config.js';

let config: ReturnType<typeof loadConfig>;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}

const server = await startServer(config).catch((error: unknown) => {
  console.error('Accord failed to start:', error instanceof Error ? error.message : error);
  process.exit(1);
});

let stopping = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    server.log.info({ signal }, 'shutting down: draining requests');
    const force = setTimeout(() => {
      server.log.error('shutdown took longer than 20 s; exiting');
      process.exit(1);
    }, 20_000);
    force.unref();
    server
      .close()
      .then(() => {
        server.log.info('stopped');
        process.exit(0);
      })
      .catch((error: unknown) => {
        server.log.error({ err: error }, 'error during shutdown');
        process.exit(1);
      });
  });
}

// Announced only once the signal handlers are in place (tests and supervisors wait for this line).
server.log.info(
  { url: `${server.url}/graphql`, database: server.db.engine, dataDir: server.db.engine === 'pglite' ? config.dataDir : undefined },
  `Accord is serving GraphQL at ${server.url}/graphql`,
);
