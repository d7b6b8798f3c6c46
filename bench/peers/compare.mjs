// Accord against PostGraphile 5 (amber preset) on the same PostgreSQL database, query by query,
// the two servers alternating, under the same load (autocannon: N connections for S seconds).
//
//   npm --prefix bench/peers install                         # once; not part of the root install
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/accord_bench npm --prefix bench/peers run compare -- [options]
//
// Options: --connections 20  --seconds 10  --warmup 2  --rounds 1  --only a,b,c,c100,c2,d
//          --accord prod|tsx  (prod: the compiled dist/server/app/main.js; tsx: server/app/main.ts through tsx)
//          --auth token|dev   (token: NODE_ENV=production with a VIEWER's Bearer token on every request;
//                              dev: AUTH_DEV_MODE, no token)
//          --json FILE        (also write the figures as JSON)
//          --baseline DIR     (also load a second Accord, the compiled build of another checkout — e.g. main's,
//                              `git worktree add` + `npm run build` — in the same rotation: before/after in one run)
//          --node-options "…" (extra Node options for the Accord servers, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof";
//                              --baseline-node-options for the baseline's when they differ: one build, two settings)
//          --no-peer          (load the Accord server(s) only, e.g. for profiling)
// Both servers run on the project's Node 24 (node_modules/.bin/node), each with a pool of 10.
// RSS is the server process's own (VmRSS from /proc), idle before the first query and the peak
// sampled every 100 ms while its load ran.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const node = join(root, 'node_modules', '.bin', 'node');

const { values: opt } = parseArgs({
  options: {
    connections: { type: 'string', default: '20' },
    seconds: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '2' },
    rounds: { type: 'string', default: '1' },
    only: { type: 'string', default: 'a,b,c,c100,c2,d' },
    accord: { type: 'string', default: existsSync(join(root, 'dist', 'server', 'app', 'main.js')) ? 'prod' : 'tsx' },
    auth: { type: 'string', default: 'token' },
    json: { type: 'string' },
    baseline: { type: 'string' },
    'node-options': { type: 'string', default: '' },
    'baseline-node-options': { type: 'string' },
    'no-peer': { type: 'boolean', default: false },
    'baseline-port': { type: 'string', default: '4873' },
    'accord-port': { type: 'string', default: '4871' },
    'peer-port': { type: 'string', default: '4872' },
  },
});
const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  console.error('DATABASE_URL is required (the database both servers read)');
  process.exit(2);
}
const connections = Number(opt.connections);
const seconds = Number(opt.seconds);

// ---------- servers ----------

function rssMb(pid) {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

/** CPU time (user + system) the process has used so far, in ms (from /proc/<pid>/stat, 100 ticks/s). */
function cpuMs(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
}

/** Starts a server on the project's Node and resolves once `url` answers; its output is kept only for errors. */
function start(name, args, env, url, cwd = root) {
  const child = spawn(node, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const keep = (chunk) => {
    out = (out + chunk).slice(-20_000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let exited = false;
  child.on('exit', () => {
    exited = true;
  });
  return (async () => {
    const until = Date.now() + 120_000;
    while (Date.now() < until) {
      if (exited) throw new Error(`${name} exited before it was ready:\n${out.slice(-3000)}`);
      try {
        const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
        if (res.status < 500) return child;
      } catch {}
      await new Promise((r) => setTimeout(r, 250));
    }
    child.kill('SIGKILL');
    throw new Error(`${name} not ready after 120 s:\n${out.slice(-3000)}`);
  })();
}

function stop(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
  });
}

function viewerToken() {
  const email = `bench-peers-${Date.now()}@example.org`;
  const cli = opt.accord === 'prod' ? ['dist/server/db/cli.js'] : ['--import', 'tsx', 'server/db/cli.ts'];
  const out = execFileSync(node, [...cli, 'admin-create', '--email', email, '--name', 'Benchmark viewer', '--role', 'VIEWER'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: 'utf8',
  });
  const token = /(acc_\S+)/.exec(out)?.[1];
  if (!token) throw new Error(`no token in admin-create output:\n${out}`);
  return token;
}

// ---------- queries ----------

async function sample() {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const ids = (await client.query(`select id from institution order by md5(id::text) limit 500`)).rows.map((r) => r.id);
    const igo = Number((await client.query(`select count(*) from institution where kind = 'INTERGOVERNMENTAL_ORGANIZATION'`)).rows[0].count);
    const institutions = Number((await client.query(`select count(*) from institution`)).rows[0].count);
    return { ids, igo, institutions };
  } finally {
    await client.end();
  }
}

async function introspect(url) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ o: __type(name: "InstitutionOrderBy") { enumValues { name } } c: __type(name: "InstitutionCondition") { inputFields { name } } }' }),
  });
  const { data } = await res.json();
  return { orders: data.o.enumValues.map((v) => v.name), conditions: data.c.inputFields.map((f) => f.name) };
}

const globalId = (uuid) => Buffer.from(`Institution:${uuid}`, 'utf8').toString('base64url');

/** Each scenario: the same rows asked of both servers; `count` extracts what is compared. */
function scenarios(peer) {
  // Amber orders and filters only by indexed columns (PgIndexBehaviorsPlugin): without an index on
  // name it offers NAME_KEY (the folded name, almost the same order) and no condition on kind.
  const order = peer.orders.includes('NAME_ASC') ? 'NAME_ASC' : 'NAME_KEY_ASC';
  const kindCondition = peer.conditions.includes('kind');
  const page = (n, extra = '') => ({
    accord: `institutions(first: ${n}${extra ? `, filter: { kind: [INTERGOVERNMENTAL_ORGANIZATION] }` : ''})`,
    peer: `allInstitutions(first: ${n}, orderBy: [${order}]${extra ? `, condition: { kind: "INTERGOVERNMENTAL_ORGANIZATION" }` : ''})`,
  });
  const family = (p) => ({
    accord: `{ ${p.accord} { totalCount nodes { id name country parent { name } children { name } } } }`,
    peer: `{ ${p.peer} { totalCount nodes { rowId name country institutionByParentId { name } institutionsByParentId(orderBy: [NAME_KEY_ASC]) { nodes { name } } } } }`,
    count: (data, side) =>
      side === 'accord'
        ? data.institutions.nodes.reduce((n, i) => n + 1 + i.children.length + (i.parent ? 1 : 0), 0)
        : data.allInstitutions.nodes.reduce((n, i) => n + 1 + i.institutionsByParentId.nodes.length + (i.institutionByParentId ? 1 : 0), 0),
  });
  const all = {
    a: {
      title: 'a. one institution by id (name, country)',
      accord: (id) => ({ query: 'query($id: ID!) { institution(id: $id) { name country } }', variables: { id: globalId(id) } }),
      peer: (id) => ({ query: 'query($id: UUID!) { institutionByRowId(rowId: $id) { name country } }', variables: { id } }),
      count: (data, side) => ((side === 'accord' ? data.institution : data.institutionByRowId) ? 1 : 0),
    },
    b: {
      title: 'b. 50 institutions ordered by name + totalCount',
      accord: `{ ${page(50).accord} { totalCount nodes { id name country kind } } }`,
      peer: `{ ${page(50).peer} { totalCount nodes { rowId name country kind } } }`,
      count: (data, side) => (side === 'accord' ? data.institutions : data.allInstitutions).nodes.length,
    },
    c: { title: 'c. b with parent name and children', ...family(page(50)) },
    c100: { title: 'c100. c with first: 100', ...family(page(100)) },
    c2: { title: 'c2. c on 50 intergovernmental organisations', ...family(page(50, 'igo')), skipPeer: !kindCondition },
    d: {
      title: 'd. 50 institutions → relations → the other side’s name',
      accord: `{ ${page(50).accord} { nodes { name relations { kind subject { ... on Institution { name } ... on Person { name } } object { name } } } } }`,
      peer: `{ ${page(50).peer} { nodes { name relationsBySubjectInstitutionId { nodes { kind institutionByObjectId { name } } } relationsByObjectId { nodes { kind institutionBySubjectInstitutionId { name } personBySubjectPersonId { name } } } } } }`,
      count: (data, side) =>
        side === 'accord'
          ? data.institutions.nodes.reduce((n, i) => n + i.relations.length, 0)
          : data.allInstitutions.nodes.reduce((n, i) => n + i.relationsBySubjectInstitutionId.nodes.length + i.relationsByObjectId.nodes.length, 0),
    },
  };
  return { all, order, kindCondition };
}

// ---------- load ----------

function body(spec, side, ids) {
  const q = spec[side];
  if (typeof q === 'function') {
    let i = 0;
    return { dynamic: () => JSON.stringify(q(ids[i++ % ids.length])) };
  }
  return { fixed: JSON.stringify({ query: q }) };
}

async function check(url, headers, spec, side, ids) {
  const b = body(spec, side, ids);
  const res = await fetch(url, { method: 'POST', headers, body: b.fixed ?? b.dynamic() });
  const json = await res.json();
  if (json.errors?.length || !json.data) throw new Error(`${side} ${spec.title}: ${JSON.stringify(json.errors ?? json).slice(0, 800)}`);
  return spec.count(json.data, side);
}

function load(url, headers, spec, side, ids, duration, pid) {
  const b = body(spec, side, ids);
  const cpuBefore = cpuMs(pid);
  let peak = 0;
  const timer = setInterval(() => {
    peak = Math.max(peak, rssMb(pid));
  }, 100);
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url,
        method: 'POST',
        headers,
        connections,
        duration,
        ...(b.fixed ? { body: b.fixed } : { requests: [{ setupRequest: (req) => ({ ...req, body: b.dynamic() }) }] }),
      },
      (error, result) => {
        clearInterval(timer);
        if (error) return reject(error);
        resolve({
          rps: result.requests.average,
          p50: result.latency.p50,
          p99: result.latency.p99,
          errors: result.errors + result.timeouts + (result.non2xx ?? 0),
          // Server CPU per answered request: robust on a shared machine, where req/s is not.
          cpuPerRequest: result.requests.total > 0 ? (cpuMs(pid) - cpuBefore) / result.requests.total : Number.NaN,
          peakRss: Math.max(peak, rssMb(pid)),
        });
      },
    );
  });
}

// ---------- run ----------

const fmt = (n, d = 0) => (Number.isFinite(n) ? n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d }) : '—');

async function main() {
  const { ids, igo, institutions } = await sample();
  console.log(`database: ${institutions.toLocaleString('en-US')} institutions (${igo} intergovernmental organisations)`);
  const token = opt.auth === 'token' ? viewerToken() : null;

  const nodeOptions = opt['node-options'].split(' ').filter(Boolean);
  const accordArgs = [...nodeOptions, ...(opt.accord === 'prod' ? ['dist/server/app/main.js'] : ['--import', 'tsx', 'server/app/main.ts'])];
  const accordEnv = {
    DATABASE_URL: databaseUrl,
    PORT: opt['accord-port'],
    LOG_LEVEL: 'warn',
    NODE_ENV: token ? 'production' : 'development',
    AUTH_DEV_MODE: token ? 'false' : 'true',
    SEED_ON_START: 'never',
    // One caller (the benchmark's token) sends all the load: lift the per-caller limits, or most
    // answers would be 429s (server/app/caller-limits.ts).
    RATE_LIMIT_MAX: '1000000',
    CALLER_CONCURRENCY_MAX: String(Math.max(connections, 8)),
  };
  const accordUrl = `http://127.0.0.1:${opt['accord-port']}/graphql`;
  const peerUrl = `http://127.0.0.1:${opt['peer-port']}/graphql`;
  const baselineUrl = `http://127.0.0.1:${opt['baseline-port']}/graphql`;
  const accord = await start('Accord', accordArgs, accordEnv, accordUrl);
  const baseline = opt.baseline
    ? await start('Accord (baseline)', [...(opt['baseline-node-options'] ?? opt['node-options']).split(' ').filter(Boolean), 'dist/server/app/main.js'], { ...accordEnv, PORT: opt['baseline-port'] }, baselineUrl, opt.baseline)
    : null;
  // PostGraphile always runs (its schema decides the orderings); --no-peer only skips loading it.
  const peer = await start('PostGraphile', [join(here, 'postgraphile.mjs')], { DATABASE_URL: databaseUrl, PORT: opt['peer-port'] }, peerUrl);
  const accordHeaders = { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) };
  const servers = {
    accord: { url: accordUrl, pid: accord.pid, headers: accordHeaders },
    peer: { url: peerUrl, pid: peer.pid, headers: { 'content-type': 'application/json' } },
    ...(baseline ? { baseline: { url: baselineUrl, pid: baseline.pid, headers: accordHeaders } } : {}),
  };
  try {
    const { all, order, kindCondition } = scenarios(await introspect(servers.peer.url));
    console.log(`Accord: ${opt.accord}, auth ${opt.auth}; PostGraphile orders by ${order}${kindCondition ? '' : ', has no kind condition (c2 not comparable)'}`);
    console.log(`load: ${connections} connections × ${seconds} s per server and query (warm-up ${opt.warmup} s), ${opt.rounds} round(s)`);
    const idle = { accord: rssMb(accord.pid), peer: rssMb(peer.pid), ...(baseline ? { baseline: rssMb(baseline.pid) } : {}) };
    console.log(`idle RSS: Accord ${fmt(idle.accord)} MB${baseline ? `, baseline ${fmt(idle.baseline)} MB` : ''}, PostGraphile ${fmt(idle.peer)} MB\n`);
    console.log(`load average at start: ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`);

    const results = [];
    const keys = opt.only.split(',').filter((k) => all[k]);
    for (const key of keys) {
      const spec = all[key];
      const skipPeer = spec.skipPeer || opt['no-peer'];
      const counts = { accord: await check(servers.accord.url, servers.accord.headers, spec, 'accord', ids) };
      if (baseline) counts.baseline = await check(servers.baseline.url, servers.baseline.headers, spec, 'accord', ids);
      if (!skipPeer) counts.peer = await check(servers.peer.url, servers.peer.headers, spec, 'peer', ids);
      const runs = { accord: [], peer: [], baseline: [] };
      const loadAverages = [];
      for (let round = 0; round < Number(opt.rounds); round++) {
        const sides = ['accord', ...(baseline ? ['baseline'] : []), ...(skipPeer ? [] : ['peer'])];
        // Rotate who goes first each round.
        const order = sides.map((_, i) => sides[(i + round) % sides.length]);
        for (const side of order) {
          const s = servers[side];
          const as = side === 'peer' ? 'peer' : 'accord';
          if (Number(opt.warmup) > 0) await load(s.url, s.headers, spec, as, ids, Number(opt.warmup), s.pid);
          runs[side].push(await load(s.url, s.headers, spec, as, ids, seconds, s.pid));
          loadAverages.push(Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]));
        }
      }
      const best = (list) => list.reduce((a, r) => (r.rps > (a?.rps ?? -1) ? r : a), null);
      const row = { key, title: spec.title, rows: counts, accord: best(runs.accord), peer: best(runs.peer), baseline: best(runs.baseline) };
      row.ratio = row.peer ? row.accord.rps / row.peer.rps : Number.NaN;
      row.cpuRatio = row.peer ? row.accord.cpuPerRequest / row.peer.cpuPerRequest : Number.NaN;
      if (row.baseline) {
        row.baselineRatio = row.peer ? row.baseline.rps / row.peer.rps : Number.NaN;
        row.baselineCpuRatio = row.peer ? row.baseline.cpuPerRequest / row.peer.cpuPerRequest : Number.NaN;
      }
      row.loadAverage = { min: Math.min(...loadAverages), max: Math.max(...loadAverages) };
      results.push(row);
      const side = (r) => (r ? `${fmt(r.rps, 1)} req/s p50 ${r.p50} ms p99 ${r.p99} ms CPU ${fmt(r.cpuPerRequest, 2)} ms/request RSS ${fmt(r.peakRss)} MB${r.errors ? ` ERRORS ${r.errors}` : ''}` : 'n/a');
      console.log(`${spec.title}  [rows: Accord ${counts.accord}${baseline ? `, baseline ${counts.baseline}` : ''}, PostGraphile ${counts.peer ?? 'n/a'}]  load average ${row.loadAverage.min}–${row.loadAverage.max}`);
      console.log(`  Accord       ${side(row.accord)}`);
      if (baseline) console.log(`  baseline     ${side(row.baseline)}`);
      console.log(`  PostGraphile ${side(row.peer)}`);
      console.log(`  ratio ${fmt(row.ratio, 3)} (CPU/request ×${fmt(row.cpuRatio, 2)})${baseline ? `; baseline ${fmt(row.baselineRatio, 3)} (CPU/request ×${fmt(row.baselineCpuRatio, 2)})` : ''}\n`);
    }

    console.log('| query | Accord req/s | p50 / p99 ms | PostGraphile req/s | p50 / p99 ms | Accord ÷ PostGraphile | server CPU ms/request Accord / PostGraphile | peak RSS MB Accord / PostGraphile |');
    console.log('|---|--:|--:|--:|--:|--:|--:|--:|');
    for (const r of results) {
      const lat = (x) => (x ? `${x.p50} / ${x.p99}` : '—');
      console.log(
        `| ${r.title} | ${fmt(r.accord.rps, 1)} | ${lat(r.accord)} | ${r.peer ? fmt(r.peer.rps, 1) : 'n/a'} | ${lat(r.peer)} | ${fmt(r.ratio, 3)} | ${fmt(r.accord.cpuPerRequest, 2)} / ${r.peer ? fmt(r.peer.cpuPerRequest, 2) : '—'} | ${fmt(r.accord.peakRss)} / ${r.peer ? fmt(r.peer.peakRss) : '—'} |`,
      );
    }
    if (baseline) {
      console.log('\n| query | baseline req/s | Accord req/s | PostGraphile req/s | ratio baseline → Accord | CPU ms/request baseline / Accord / PostGraphile | CPU ratio baseline → Accord | load average |');
      console.log('|---|--:|--:|--:|--:|--:|--:|--:|');
      for (const r of results) {
        console.log(
          `| ${r.title} | ${fmt(r.baseline.rps, 1)} | ${fmt(r.accord.rps, 1)} | ${r.peer ? fmt(r.peer.rps, 1) : 'n/a'} | ${fmt(r.baselineRatio, 3)} → ${fmt(r.ratio, 3)} | ${fmt(r.baseline.cpuPerRequest, 2)} / ${fmt(r.accord.cpuPerRequest, 2)} / ${r.peer ? fmt(r.peer.cpuPerRequest, 2) : '—'} | ${fmt(r.baselineCpuRatio, 2)} → ${fmt(r.cpuRatio, 2)} | ${r.loadAverage.min}–${r.loadAverage.max} |`,
        );
      }
    }
    const after = { accord: rssMb(accord.pid), peer: rssMb(peer.pid), ...(baseline ? { baseline: rssMb(baseline.pid) } : {}) };
    console.log(`\nRSS idle before / after the load: Accord ${fmt(idle.accord)} / ${fmt(after.accord)} MB${baseline ? `, baseline ${fmt(idle.baseline)} / ${fmt(after.baseline)} MB` : ''}, PostGraphile ${fmt(idle.peer)} / ${fmt(after.peer)} MB`);
    if (opt.json) writeFileSync(opt.json, JSON.stringify({ institutions, connections, seconds, accord: opt.accord, auth: opt.auth, order, idle, after, results }, null, 2));
  } finally {
    await Promise.all([stop(accord), stop(peer), ...(baseline ? [stop(baseline)] : [])]);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
