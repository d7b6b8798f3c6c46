// PostGraphile 5 (amber preset) over an Accord database, for the side-by-side benchmark.
//   DATABASE_URL=postgres://… PORT=4890 node postgraphile.mjs
// The same pool size as Accord's default (DB_POOL_MAX 10); no watch mode, no GraphiQL, production
// error masking — the configuration one would deploy.
import { createServer } from 'node:http';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';
import { postgraphile } from 'postgraphile';

const connectionString = process.env.DATABASE_URL;
if (!connectionString) {
  console.error('DATABASE_URL is required');
  process.exit(1);
}
const port = Number(process.env.PORT ?? 4890);

const preset = {
  extends: [PostGraphileAmberPreset],
  pgServices: [makePgService({ connectionString, schemas: ['public'], poolConfig: { max: Number(process.env.DB_POOL_MAX ?? 10) } })],
  grafserv: { port, graphiql: false, watch: false, maskError: undefined },
  grafast: { explain: false },
};

const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
const server = createServer();
serv.addTo(server).catch((error) => {
  console.error(error);
  process.exit(1);
});
server.listen(port, '127.0.0.1', () => console.log(`PostGraphile is serving GraphQL at http://127.0.0.1:${port}/graphql`));

for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, () => {
    server.close();
    pgl.release().finally(() => process.exit(0));
  });
}
