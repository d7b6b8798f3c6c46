import { Arg, Ctx, FieldResolver, Float, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../api/context.js';
import { BadInputError } from '../../kernel/errors.js';
import { Institution } from '../../records/institution/institution.entity.js';
import { recordsLoader } from './graph.records.js';
import * as service from './graph.service.js';
import { GRAPH_LIMITS } from './graph.service.js';
import {
  ConnectionPathResult,
  CooperationEdge,
  CooperationFilter,
  CooperationMetrics,
  CooperationPath,
  CooperationRecord,
  CooperationYear,
  Neighbourhood,
  NetworkNode,
} from './graph.types.js';

const institution = async (ctx: RequestContext, id: string): Promise<Institution> => (await ctx.records.byId(Institution).load(id))!;

@Resolver()
export class GraphResolver {
  @Query(() => Neighbourhood, {
    description: `The cooperation network around an institution, for drawing: institutions within \`hops\` (1..${GRAPH_LIMITS.maxHops}) and every edge between them. At most \`limit\` (1..${GRAPH_LIMITS.maxNodes}) institutions besides the centre — nearest first, heaviest first at each distance — and ${GRAPH_LIMITS.maxEdges} edges; \`truncated\` says when something was left out. NOT_FOUND for an unknown institution.`,
  })
  neighbourhood(
    @Arg('institutionId', () => ID, { description: 'Global ID of the institution at the centre.' }) institutionId: string,
    @Arg('hops', () => Int, { defaultValue: 2, description: 'How far to go from the centre, in hops.' }) hops: number,
    @Arg('filter', () => CooperationFilter, { nullable: true, description: 'Which cooperation counts (kinds, period); all when left out.' }) filter: CooperationFilter | null,
    @Arg('limit', () => Int, { defaultValue: GRAPH_LIMITS.defaultNodes, description: 'At most this many institutions besides the centre.' }) limit: number,
    @Ctx() ctx: RequestContext,
  ): Promise<Neighbourhood> {
    return service.neighbourhood(ctx, institutionId, hops, filter, limit);
  }

  @Query(() => ConnectionPathResult, {
    description: `The shortest chain(s) of cooperation between two institutions, at most \`maxHops\` (1..${GRAPH_LIMITS.maxPathHops}) long, each hop explained by its records; strongest first, at most \`maxPaths\` (1..${GRAPH_LIMITS.maxPaths}). "No path" is a definite answer (status NO_PATH); a search that hits its caps says so (SEARCH_LIMIT_REACHED) instead of running on.`,
  })
  connectionPath(
    @Arg('fromId', () => ID, { description: 'Global ID of the institution to start from.' }) fromId: string,
    @Arg('toId', () => ID, { description: 'Global ID of the institution to reach.' }) toId: string,
    @Arg('maxHops', () => Int, { defaultValue: GRAPH_LIMITS.defaultPathHops, description: 'Longest path looked for, in hops.' }) maxHops: number,
    @Arg('filter', () => CooperationFilter, { nullable: true, description: 'Which cooperation counts (kinds, period); all when left out.' }) filter: CooperationFilter | null,
    @Arg('maxPaths', () => Int, { defaultValue: GRAPH_LIMITS.defaultPaths, description: 'At most this many paths, strongest first.' }) maxPaths: number,
    @Ctx() ctx: RequestContext,
  ): Promise<ConnectionPathResult> {
    return service.connectionPath(ctx, fromId, toId, maxHops, filter, maxPaths);
  }

  @Query(() => CooperationMetrics, { description: 'Network metrics of one institution. NOT_FOUND for an unknown institution.' })
  cooperationMetrics(
    @Arg('institutionId', () => ID, { description: 'Global ID of the institution.' }) institutionId: string,
    @Arg('filter', () => CooperationFilter, { nullable: true, description: 'Which cooperation counts (kinds, period); all when left out.' }) filter: CooperationFilter | null,
    @Ctx() ctx: RequestContext,
  ): Promise<CooperationMetrics> {
    return service.cooperationMetrics(ctx, institutionId, filter);
  }

  @Query(() => [CooperationEdge], {
    description: 'The institutions an institution cooperates with most: its edges, heaviest first (`first` 1..100). The source of each edge is the institution.',
  })
  topPartners(
    @Arg('institutionId', () => ID, { description: 'Global ID of the institution.' }) institutionId: string,
    @Arg('filter', () => CooperationFilter, { nullable: true, description: 'Which cooperation counts (kinds, period); all when left out.' }) filter: CooperationFilter | null,
    @Arg('first', () => Int, { defaultValue: 10, description: 'At most this many partners, heaviest first.' }) first: number,
    @Ctx() ctx: RequestContext,
  ): Promise<CooperationEdge[]> {
    return service.topPartners(ctx, institutionId, filter, first);
  }
}

@Resolver(() => CooperationEdge)
export class CooperationEdgeFields {
  @FieldResolver(() => Institution, { description: 'One end (the one nearer the centre, the earlier one on a path, or the institution asked about).' })
  source(@Root() edge: CooperationEdge, @Ctx() ctx: RequestContext): Promise<Institution> {
    return institution(ctx, edge.sourceKey);
  }

  @FieldResolver(() => Institution, { description: 'The other end.' })
  target(@Root() edge: CooperationEdge, @Ctx() ctx: RequestContext): Promise<Institution> {
    return institution(ctx, edge.targetKey);
  }

  @FieldResolver(() => [CooperationRecord], {
    description: `Why the two are connected: the records behind the edge, latest first (\`first\` 1..${GRAPH_LIMITS.maxRecordsPerEdge}).`,
  })
  records(
    @Root() edge: CooperationEdge,
    @Arg('first', () => Int, { defaultValue: 5, description: 'At most this many records, heaviest and latest first.' }) first: number,
    @Ctx() ctx: RequestContext,
  ): Promise<CooperationRecord[]> {
    if (!Number.isInteger(first) || first < 1 || first > GRAPH_LIMITS.maxRecordsPerEdge) {
      throw new BadInputError('first', `must be between 1 and ${GRAPH_LIMITS.maxRecordsPerEdge}`);
    }
    return recordsLoader(ctx, service.optionsOf(edge), first).load(`${edge.sourceKey}|${edge.targetKey}`);
  }
}

@Resolver(() => NetworkNode)
export class NetworkNodeFields {
  @FieldResolver(() => Institution, { description: 'The institution.' })
  institution(@Root() node: NetworkNode, @Ctx() ctx: RequestContext): Promise<Institution> {
    return institution(ctx, node.institutionKey);
  }
}

@Resolver(() => Neighbourhood)
export class NeighbourhoodFields {
  @FieldResolver(() => Institution, { description: 'The institution the neighbourhood is centred on.' })
  centre(@Root() hood: Neighbourhood, @Ctx() ctx: RequestContext): Promise<Institution> {
    return institution(ctx, hood.centreId);
  }
}

@Resolver(() => CooperationPath)
export class CooperationPathFields {
  @FieldResolver(() => [Institution], { description: 'The institutions along the path, from the start to the end.' })
  async institutions(@Root() path: CooperationPath, @Ctx() ctx: RequestContext): Promise<Institution[]> {
    return Promise.all(path.institutionIds.map((id) => institution(ctx, id)));
  }
}

@Resolver(() => ConnectionPathResult)
export class ConnectionPathFields {
  @FieldResolver(() => Institution, { description: 'The institution the paths start from.' })
  from(@Root() result: ConnectionPathResult, @Ctx() ctx: RequestContext): Promise<Institution> {
    return institution(ctx, result.fromId);
  }

  @FieldResolver(() => Institution, { description: 'The institution the paths lead to.' })
  to(@Root() result: ConnectionPathResult, @Ctx() ctx: RequestContext): Promise<Institution> {
    return institution(ctx, result.toId);
  }
}

@Resolver(() => CooperationMetrics)
export class CooperationMetricsFields {
  @FieldResolver(() => Institution, { description: 'The institution measured.' })
  institution(@Root() m: CooperationMetrics, @Ctx() ctx: RequestContext): Promise<Institution> {
    return institution(ctx, m.state.institutionId);
  }

  @FieldResolver(() => Int, { description: 'Number of partner institutions (edges).' })
  async degree(@Root() m: CooperationMetrics): Promise<number> {
    return (await m.state.incident()).length;
  }

  @FieldResolver(() => Float, { description: 'Sum of the weights of its edges.' })
  async weightedDegree(@Root() m: CooperationMetrics): Promise<number> {
    return (await m.state.incident()).reduce((sum, e) => sum + e.weight, 0);
  }

  @FieldResolver(() => Int, { description: 'Number of records connecting it to any partner.' })
  async interactions(@Root() m: CooperationMetrics): Promise<number> {
    return (await m.state.years()).reduce((sum, y) => sum + y.interactions, 0);
  }

  @FieldResolver(() => Float, {
    description:
      'Ego betweenness: how often it lies on the shortest path between two of its partners that are not connected themselves (Everett & Borgatti). A broker between otherwise separate partners scores high.',
  })
  async egoBetweenness(@Root() m: CooperationMetrics): Promise<number> {
    return (await m.state.ego()).betweenness;
  }

  @FieldResolver(() => Float, { description: '`egoBetweenness` divided by its maximum (1 = its partners are connected only through it).' })
  async egoBetweennessNormalized(@Root() m: CooperationMetrics): Promise<number> {
    return (await m.state.ego()).normalized;
  }

  @FieldResolver(() => Float, { description: 'Share of pairs of its partners that cooperate with each other (local clustering coefficient).' })
  async clusteringCoefficient(@Root() m: CooperationMetrics): Promise<number> {
    return (await m.state.ego()).clustering;
  }

  @FieldResolver(() => Int, {
    description: `Partners taken into the ego network for betweenness and clustering (the heaviest ${GRAPH_LIMITS.egoCap}).`,
  })
  async egoNetworkSize(@Root() m: CooperationMetrics): Promise<number> {
    return (await m.state.ego()).size;
  }

  @FieldResolver(() => Boolean, { description: 'False when the institution has more partners than the ego network takes.' })
  async egoNetworkComplete(@Root() m: CooperationMetrics): Promise<boolean> {
    return (await m.state.ego()).complete;
  }

  @FieldResolver(() => [CooperationYear], { description: 'Cooperation intensity per calendar year (by the year each record starts), oldest first.' })
  async byYear(@Root() m: CooperationMetrics): Promise<CooperationYear[]> {
    return (await m.state.years())
      .filter((y) => y.year !== null)
      .map((y) => ({ year: Number(y.year), interactions: Number(y.interactions), weight: Number(y.weight), partners: Number(y.partners) }));
  }

  @FieldResolver(() => Int, { description: 'Records without a date (not counted in `byYear`).' })
  async undatedInteractions(@Root() m: CooperationMetrics): Promise<number> {
    return Number((await m.state.years()).find((y) => y.year === null)?.interactions ?? 0);
  }
}
