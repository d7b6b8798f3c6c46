import { canSeeConfidential, type RequestContext } from '../../api/context.js';
import { BadInputError, NotFoundError } from '../../kernel/errors.js';
import { Institution } from '../../records/institution/institution.entity.js';
import { partialDateBounds } from '../../kernel/partial-date.js';
import { argumentId } from '../../api/records.js';
import { isCountryCode } from '../../kernel/validation.js';
import { egoMetrics, type EgoMetrics, pairKey, pathsTo } from './graph.algorithms.js';
import {
  type EdgeOptions,
  type EdgeRow,
  edgesSql,
  frontierPairsSql,
  pairWeightsSql,
  Params,
  uuidArray,
  type YearRow,
  yearsSql,
} from './graph.sql.js';
import {
  ConnectionPathResult,
  CooperationEdge,
  type CooperationFilter,
  CooperationKind,
  CooperationMetrics,
  CooperationPath,
  Neighbourhood,
  NetworkNode,
  PathStatus,
} from './graph.types.js';

/** Caps that bound every graph request (on top of the database's statement_timeout). */
export const GRAPH_LIMITS = {
  maxHops: 3,
  maxNodes: 500,
  defaultNodes: 50,
  /** Edges returned by one neighbourhood (tree edges first, then the heaviest). */
  maxEdges: 2000,
  maxPathHops: 6,
  defaultPathHops: 4,
  maxPaths: 10,
  defaultPaths: 3,
  /** Institutions one BFS step of a path search may expand (the smaller side is expanded). */
  pathFrontierCap: 20_000,
  /** Institutions a path search may visit in all. */
  pathVisitedCap: 200_000,
  /** Wall-clock budget of a path search, checked between steps. */
  pathBudgetMs: 8_000,
  /** Candidate shortest paths enumerated before the strongest are chosen. */
  pathCandidates: 200,
  /** Neighbours taken into the ego network for betweenness and clustering (the heaviest). */
  egoCap: 1000,
  maxRecordsPerEdge: 50,
  maxFilterItems: 50,
} as const;

/*
 * Neighbourhoods and paths are traversed frontier by frontier from the application: one SQL
 * statement per hop over the read model's link table, the frontier as an array parameter and the
 * visited set in memory. (A recursive-CTE alternative was measured and dropped: bench/README.md.)
 */

export type ResolvedFilter = EdgeOptions & { key: string };

const ALL_KINDS = Object.values(CooperationKind);

/** Checks a filter and turns it into SQL options (confidential records hidden from viewers). */
export function resolveFilter(ctx: RequestContext, filter: CooperationFilter | null | undefined, argument = 'filter'): ResolvedFilter {
  const tooMany = (field: string, list: unknown[] | null | undefined) => {
    if (list && list.length > GRAPH_LIMITS.maxFilterItems) throw new BadInputError(`${argument}.${field}`, `at most ${GRAPH_LIMITS.maxFilterItems} values`);
  };
  tooMany('kinds', filter?.kinds);
  tooMany('institutionKinds', filter?.institutionKinds);
  tooMany('countries', filter?.countries);
  const kinds = filter?.kinds?.length ? ALL_KINDS.filter((k) => filter.kinds!.includes(k)) : ALL_KINDS;
  const from = filter?.from ? partialDateBounds(filter.from).earliest : null;
  const to = filter?.to ? partialDateBounds(filter.to).latest : null;
  if (from && to && to < from) throw new BadInputError(`${argument}.to`, 'lies before filter.from');
  const countries = filter?.countries?.length ? [...new Set(filter.countries.map((c) => c.trim().toUpperCase()))].sort() : null;
  const bad = countries?.filter((c) => !isCountryCode(c)) ?? [];
  if (bad.length) throw new BadInputError(`${argument}.countries`, `not ISO 3166-1 alpha-2 codes: ${bad.join(', ')}`);
  const institutionKinds = filter?.institutionKinds?.length ? [...new Set(filter.institutionKinds)].sort() : null;
  const minWeight = filter?.minWeight ?? 0;
  if (!Number.isFinite(minWeight) || minWeight < 0 || minWeight > 1e9) throw new BadInputError(`${argument}.minWeight`, 'must be a number ≥ 0');
  const options: EdgeOptions = { kinds, hideConfidential: !canSeeConfidential(ctx.viewer), from, to, institutionKinds, countries, minWeight };
  return { ...options, key: JSON.stringify(options) };
}

function checkRange(argument: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) throw new BadInputError(argument, `must be between ${min} and ${max}`);
  return value;
}

/** The institution named by a global ID argument; BAD_USER_INPUT / NOT_FOUND otherwise. */
export async function requireInstitution(ctx: RequestContext, globalId: string, argument: string): Promise<Institution> {
  const id = argumentId(Institution, globalId, argument);
  const found = await ctx.records.byId(Institution).load(id);
  if (!found) throw new NotFoundError('Institution', globalId);
  return found;
}

/** Thrown when the database gave up on a graph statement (statement_timeout). */
export class GraphTimeout extends Error {}

function isStatementTimeout(error: unknown): boolean {
  for (let e = error as { code?: unknown; message?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 5; depth++) {
    if (e.code === '57014' || (typeof e.message === 'string' && /statement timeout|canceling statement/i.test(e.message))) return true;
    e = e.cause as typeof e;
  }
  return false;
}

export async function query<T>(ctx: RequestContext, statement: { sql: string; params: unknown[] }): Promise<T[]> {
  try {
    // The request's logger context makes the statement count towards `extensions.sqlStatements`.
    return (await ctx.em.execute<T[]>(statement.sql, statement.params, 'all', ctx.em.getLoggerContext())) as T[];
  } catch (error) {
    if (isStatementTimeout(error)) throw new GraphTimeout('statement timeout');
    throw error;
  }
}

export const tooLarge = (argument: string) =>
  new BadInputError(argument, 'the network is too large to compute within the time limit; lower hops or limit, or narrow the filter');

export function toEdge(row: EdgeRow, options: ResolvedFilter, sourceKey = row.a, targetKey = row.b): CooperationEdge {
  const counts: [CooperationKind, number][] = [
    [CooperationKind.RELATION, row.relations],
    [CooperationKind.AGREEMENT, row.agreements],
    [CooperationKind.EVENT, row.events],
    [CooperationKind.VISIT, row.visits],
    [CooperationKind.DOCUMENT, row.documents],
  ];
  return Object.assign(new CooperationEdge(), {
    sourceKey,
    targetKey,
    filterKey: options.key,
    options,
    weight: Number(row.weight),
    interactions: Number(row.interactions),
    firstInteraction: row.first ?? null,
    lastInteraction: row.last ?? null,
    byKind: counts.filter(([, n]) => Number(n) > 0).map(([kind, count]) => ({ kind, count: Number(count) })),
  });
}

/** The options an edge was computed with (its records are read with the same ones). */
export function optionsOf(edge: CooperationEdge): ResolvedFilter {
  return (edge as CooperationEdge & { options: ResolvedFilter }).options;
}

// ── Neighbourhood ───────────────────────────────────────────────────────────────────────────────

type Reached = { distance: number; parent: string | null; parentWeight: number };

/** Frontier by frontier: at most `limit` institutions, the heaviest at each distance first. */
async function reachBfs(ctx: RequestContext, o: ResolvedFilter, centre: string, hops: number, limit: number) {
  const reached = new Map<string, Reached>([[centre, { distance: 0, parent: null, parentWeight: 0 }]]);
  let frontier = [centre];
  let truncated = false;
  for (let distance = 1; distance <= hops && frontier.length > 0; distance++) {
    const room = limit + 1 - reached.size;
    if (room <= 0) {
      truncated = true;
      break;
    }
    const rows = await query<{ a: string; b: string; weight: number }>(ctx, frontierPairsSql(o, frontier));
    const found = new Map<string, { weight: number; parent: string; parentWeight: number }>();
    for (const { a, b, weight } of rows) {
      if (reached.has(b)) continue;
      const w = Number(weight);
      const seen = found.get(b);
      if (!seen) found.set(b, { weight: w, parent: a, parentWeight: w });
      else {
        seen.weight += w;
        if (w > seen.parentWeight || (w === seen.parentWeight && a < seen.parent)) Object.assign(seen, { parent: a, parentWeight: w });
      }
    }
    const ranked = [...found].sort(([x, p], [y, q]) => q.weight - p.weight || (x < y ? -1 : 1));
    if (ranked.length > room) truncated = true;
    frontier = [];
    for (const [id, { parent, parentWeight }] of ranked.slice(0, room)) {
      reached.set(id, { distance, parent, parentWeight });
      frontier.push(id);
    }
  }
  return { reached, truncated };
}

export async function neighbourhood(
  ctx: RequestContext,
  institutionId: string,
  hops: number,
  filter: CooperationFilter | null | undefined,
  limit: number,
): Promise<Neighbourhood> {
  checkRange('hops', hops, 1, GRAPH_LIMITS.maxHops);
  checkRange('limit', limit, 1, GRAPH_LIMITS.maxNodes);
  const o = resolveFilter(ctx, filter);
  const centre = await requireInstitution(ctx, institutionId, 'institutionId');
  try {
    const { reached, truncated: cut } = await reachBfs(ctx, o, centre.id, hops, limit);
    let truncated = cut;
    const ids = [...reached.keys()];
    const rows = ids.length > 1 ? await query<EdgeRow>(ctx, edgesSql(o, ids, ids, true)) : [];
    // Orient each edge from the node nearer the centre.
    const edges = rows.map((row) => {
      const [da, db] = [reached.get(row.a)!.distance, reached.get(row.b)!.distance];
      return da <= db ? toEdge(row, o) : toEdge(row, o, row.b, row.a);
    });
    const isTree = (e: CooperationEdge) => reached.get(e.targetKey)!.parent === e.sourceKey;
    edges.sort((x, y) => Number(isTree(y)) - Number(isTree(x)) || y.weight - x.weight || compareIds(x, y));
    if (edges.length > GRAPH_LIMITS.maxEdges) {
      edges.length = GRAPH_LIMITS.maxEdges;
      truncated = true;
    }
    edges.sort((x, y) => y.weight - x.weight || compareIds(x, y));
    const degree = new Map<string, { degree: number; weight: number }>(ids.map((id) => [id, { degree: 0, weight: 0 }]));
    for (const e of edges) {
      for (const id of [e.sourceKey, e.targetKey]) {
        const d = degree.get(id)!;
        d.degree++;
        d.weight += e.weight;
      }
    }
    const nodes = ids.map((id) =>
      Object.assign(new NetworkNode(), { institutionKey: id, distance: reached.get(id)!.distance, ...degree.get(id)! }),
    );
    nodes.sort((x, y) => x.distance - y.distance || y.weight - x.weight || (x.institutionKey < y.institutionKey ? -1 : 1));
    return Object.assign(new Neighbourhood(), { centreId: centre.id, hops, nodes, edges, truncated });
  } catch (error) {
    if (error instanceof GraphTimeout) throw tooLarge('hops');
    throw error;
  }
}

const compareIds = (x: CooperationEdge, y: CooperationEdge) =>
  x.sourceKey < y.sourceKey ? -1 : x.sourceKey > y.sourceKey ? 1 : x.targetKey < y.targetKey ? -1 : x.targetKey > y.targetKey ? 1 : 0;

// ── Connection path ─────────────────────────────────────────────────────────────────────────────

type Side = { dist: Map<string, number>; parents: Map<string, string[]>; frontier: string[]; depth: number };

type SearchOutcome =
  | { status: 'found'; paths: string[][]; explored: number }
  | { status: 'none'; disconnected: boolean; explored: number }
  | { status: 'limit'; reason: string; explored: number };

/**
 * Bidirectional BFS from both ends, always expanding the smaller frontier (one statement per
 * step). Stops at the first level where the two searches meet: every shortest path passes
 * through a meeting institution with the least total distance.
 */
async function searchBfs(ctx: RequestContext, o: ResolvedFilter, from: string, to: string, maxHops: number, weights: Map<string, number>): Promise<SearchOutcome> {
  const side = (start: string): Side => ({ dist: new Map([[start, 0]]), parents: new Map(), frontier: [start], depth: 0 });
  const forward = side(from);
  const backward = side(to);
  const deadline = Date.now() + GRAPH_LIMITS.pathBudgetMs;
  const explored = () => forward.dist.size + backward.dist.size;
  while (forward.depth + backward.depth < maxHops) {
    const [near, far] = forward.frontier.length <= backward.frontier.length ? [forward, backward] : [backward, forward];
    if (near.frontier.length === 0) return { status: 'none', disconnected: true, explored: explored() };
    if (near.frontier.length > GRAPH_LIMITS.pathFrontierCap) {
      return { status: 'limit', reason: `more than ${GRAPH_LIMITS.pathFrontierCap} institutions at the next step`, explored: explored() };
    }
    if (explored() > GRAPH_LIMITS.pathVisitedCap) return { status: 'limit', reason: `more than ${GRAPH_LIMITS.pathVisitedCap} institutions visited`, explored: explored() };
    if (Date.now() > deadline) return { status: 'limit', reason: `the search took more than ${GRAPH_LIMITS.pathBudgetMs / 1000} s`, explored: explored() };
    const rows = await query<{ a: string; b: string; weight: number }>(ctx, frontierPairsSql(o, near.frontier, [from, to]));
    const depth = near.depth + 1;
    const next: string[] = [];
    for (const { a, b, weight } of rows) {
      weights.set(pairKey(a, b), Number(weight));
      const known = near.dist.get(b);
      if (known === undefined) {
        near.dist.set(b, depth);
        near.parents.set(b, [a]);
        next.push(b);
      } else if (known === depth) near.parents.get(b)!.push(a);
    }
    near.depth = depth;
    near.frontier = next;
    // One side ran out without meeting the other: its whole component is explored.
    if (next.length === 0) return { status: 'none', disconnected: true, explored: explored() };
    const meets = next.filter((id) => far.dist.has(id));
    if (meets.length > 0) {
      const best = Math.min(...meets.map((id) => far.dist.get(id)!));
      const middles = meets.filter((id) => far.dist.get(id) === best).sort();
      return { status: 'found', paths: joinPaths(middles, forward, backward, weights), explored: explored() };
    }
  }
  return { status: 'none', disconnected: false, explored: explored() };
}

/** All shortest paths through the meeting institutions, as from → to lists (capped). */
function joinPaths(middles: string[], forward: Side, backward: Side, weights: Map<string, number>): string[][] {
  const weight = (a: string, b: string) => weights.get(pairKey(a, b)) ?? 0;
  const out: string[][] = [];
  for (const middle of middles) {
    const heads = pathsTo(middle, forward.parents, weight, GRAPH_LIMITS.pathCandidates);
    const tails = pathsTo(middle, backward.parents, weight, GRAPH_LIMITS.pathCandidates).map((p) => p.reverse());
    for (const head of heads) {
      for (const tail of tails) {
        if (out.length >= GRAPH_LIMITS.pathCandidates) return out;
        out.push([...head, ...tail.slice(1)]);
      }
    }
  }
  return out;
}

export async function connectionPath(
  ctx: RequestContext,
  fromId: string,
  toId: string,
  maxHops: number,
  filter: CooperationFilter | null | undefined,
  maxPaths: number,
): Promise<ConnectionPathResult> {
  checkRange('maxHops', maxHops, 1, GRAPH_LIMITS.maxPathHops);
  checkRange('maxPaths', maxPaths, 1, GRAPH_LIMITS.maxPaths);
  const o = resolveFilter(ctx, filter);
  const [from, to] = await Promise.all([requireInstitution(ctx, fromId, 'fromId'), requireInstitution(ctx, toId, 'toId')]);
  const result = Object.assign(new ConnectionPathResult(), { fromId: from.id, toId: to.id, paths: [], hops: null });
  if (from.id === to.id) return Object.assign(result, { status: PathStatus.FOUND, message: 'the same institution', hops: 0, explored: 1, paths: [toPath([from.id], [], 0)] });

  const weights = new Map<string, number>();
  let outcome: SearchOutcome;
  try {
    outcome = await searchBfs(ctx, o, from.id, to.id, maxHops, weights);
  } catch (error) {
    if (!(error instanceof GraphTimeout)) throw error;
    outcome = { status: 'limit', reason: 'the database statement timeout was reached', explored: 0 };
  }
  if (outcome.status === 'none') {
    return Object.assign(result, {
      status: PathStatus.NO_PATH,
      explored: outcome.explored,
      message: outcome.disconnected
        ? 'not connected: no chain of cooperation links them at any distance'
        : `no path of at most ${maxHops} hops`,
    });
  }
  if (outcome.status === 'limit') {
    return Object.assign(result, { status: PathStatus.SEARCH_LIMIT_REACHED, explored: outcome.explored, message: `search stopped: ${outcome.reason}` });
  }
  const weight = (a: string, b: string) => weights.get(pairKey(a, b)) ?? 0;
  const total = (path: string[]) => path.slice(1).reduce((sum, id, i) => sum + weight(path[i]!, id), 0);
  const chosen = outcome.paths
    .map((path) => ({ path, weight: total(path) }))
    .sort((x, y) => y.weight - x.weight || (x.path.join() < y.path.join() ? -1 : 1))
    .slice(0, maxPaths);
  // One statement explains every hop of every chosen path.
  const hopPairs = new Map<string, [string, string]>();
  for (const { path } of chosen) for (let i = 1; i < path.length; i++) hopPairs.set(`${path[i - 1]}|${path[i]}`, [path[i - 1]!, path[i]!]);
  const froms = [...new Set([...hopPairs.values()].map(([a]) => a))];
  const tos = [...new Set([...hopPairs.values()].map(([, b]) => b))];
  let rows: EdgeRow[];
  try {
    rows = await query<EdgeRow>(ctx, edgesSql(o, froms, tos, false));
  } catch (error) {
    if (error instanceof GraphTimeout) throw tooLarge('maxHops');
    throw error;
  }
  const detail = new Map(rows.map((r) => [`${r.a}|${r.b}`, r]));
  const paths = chosen.map(({ path, weight: w }) =>
    toPath(
      path,
      path.slice(1).map((id, i) => toEdge(detail.get(`${path[i]}|${id}`) ?? emptyRow(path[i]!, id, weight(path[i]!, id)), o)),
      w,
    ),
  );
  const hops = chosen[0]!.path.length - 1;
  return Object.assign(result, {
    status: PathStatus.FOUND,
    hops,
    explored: outcome.explored,
    paths,
    message: `${outcome.paths.length >= GRAPH_LIMITS.pathCandidates ? 'at least ' : ''}${outcome.paths.length} shortest path${outcome.paths.length === 1 ? '' : 's'} of ${hops} hop${hops === 1 ? '' : 's'}`,
  });
}

/** A hop whose records changed between the search and its explanation (a concurrent edit). */
function emptyRow(a: string, b: string, weight: number): EdgeRow {
  return { a, b, weight, interactions: 0, relations: 0, agreements: 0, events: 0, visits: 0, documents: 0, first: null, last: null };
}

function toPath(institutionIds: string[], steps: CooperationEdge[], weight: number): CooperationPath {
  return Object.assign(new CooperationPath(), { institutionIds, steps, hops: steps.length, weight });
}

// ── Metrics ─────────────────────────────────────────────────────────────────────────────────────

/** Metrics of one institution, computed lazily: each group of fields costs one or two statements. */
export class MetricsState {
  #incident?: Promise<CooperationEdge[]>;
  #ego?: Promise<EgoMetrics & { size: number; complete: boolean }>;
  #years?: Promise<YearRow[]>;

  constructor(
    readonly ctx: RequestContext,
    readonly institutionId: string,
    readonly options: ResolvedFilter,
  ) {}

  /** Every edge of the institution, heaviest first. */
  incident(): Promise<CooperationEdge[]> {
    this.#incident ??= guarded(async () => {
      const rows = await query<EdgeRow>(this.ctx, edgesSql(this.options, [this.institutionId], null, false));
      return rows.map((r) => toEdge(r, this.options)).sort((x, y) => y.weight - x.weight || compareIds(x, y));
    });
    return this.#incident;
  }

  ego(): Promise<EgoMetrics & { size: number; complete: boolean }> {
    this.#ego ??= guarded(async () => {
      const edges = await this.incident();
      const neighbours = edges.slice(0, GRAPH_LIMITS.egoCap).map((e) => e.targetKey);
      let links: [string, string][] = [];
      if (neighbours.length > 1) {
        const p = new Params();
        const head = `with f as materialized (select distinct unnest(${p.add(uuidArray(neighbours))}::uuid[]) as id)`;
        const body = pairWeightsSql(this.options, 'f', p, null);
        const rows = await query<{ a: string; b: string }>(this.ctx, {
          sql: `${head} select pw.a, pw.b from (${body}) pw where pw.a < pw.b and pw.b = any(${p.add(uuidArray(neighbours))}::uuid[])`,
          params: p.values,
        });
        links = rows.map((r) => [r.a, r.b]);
      }
      return { ...egoMetrics(neighbours, links), size: neighbours.length, complete: neighbours.length === edges.length };
    });
    return this.#ego;
  }

  years(): Promise<YearRow[]> {
    this.#years ??= guarded(() => query<YearRow>(this.ctx, yearsSql(this.options, this.institutionId)));
    return this.#years;
  }
}

async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof GraphTimeout) throw tooLarge('institutionId');
    throw error;
  }
}

async function metricsState(ctx: RequestContext, institutionId: string, filter: CooperationFilter | null | undefined): Promise<MetricsState> {
  const o = resolveFilter(ctx, filter);
  const institution = await requireInstitution(ctx, institutionId, 'institutionId');
  return new MetricsState(ctx, institution.id, o);
}

export async function cooperationMetrics(ctx: RequestContext, institutionId: string, filter: CooperationFilter | null | undefined): Promise<CooperationMetrics> {
  return Object.assign(new CooperationMetrics(), { state: await metricsState(ctx, institutionId, filter) });
}

/** The institution's partners, heaviest edge first. */
export async function topPartners(ctx: RequestContext, institutionId: string, filter: CooperationFilter | null | undefined, first: number): Promise<CooperationEdge[]> {
  checkRange('first', first, 1, 100);
  const state = await metricsState(ctx, institutionId, filter);
  return (await state.incident()).slice(0, first);
}
