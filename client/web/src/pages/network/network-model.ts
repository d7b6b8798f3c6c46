import type { NetworkNeighbourhoodQuery } from '../../gql/graphql';
import { formatDateRange } from '../../lib/dates';
import { humanize, plural } from '../../lib/words';
import type { GraphEdge, GraphNode } from './network-graph';

export type Neighbourhood = NetworkNeighbourhoodQuery['neighbourhood'];
export type NetworkEdge = Neighbourhood['edges'][number];
export type NetworkNodeData = Neighbourhood['nodes'][number];

export const edgeKey = (edge: Pick<NetworkEdge, 'sourceId' | 'targetId'>) => `${edge.sourceId}~${edge.targetId}`;

/** "OICOA" or, for institutions without an acronym, their name. */
export const shortName = (institution: { name: string; acronym?: string | null }) => institution.acronym || institution.name;

/** "3 records (2 events, 1 relation) · 2023 – May 2025". */
export function describeEdge(edge: NetworkEdge): string {
  const kinds = edge.byKind.map((k) => plural(k.count, humanize(k.kind).toLowerCase())).join(', ');
  const span = formatDateRange(edge.firstInteraction, edge.lastInteraction);
  return `${plural(edge.interactions, 'record')} (${kinds})${span ? ` · ${span}` : ''} · weight ${edge.weight}`;
}

type DrawnNode = { institutionId: string; distance: number; weight: number; institution: { name: string; acronym?: string | null } };
type DrawnEdge = { sourceId: string; targetId: string; weight: number; interactions: number };

/** A neighbourhood as cytoscape elements; `describe` says what an edge stands for (its hover text). */
export function graphOf<E extends DrawnEdge>(
  data: { nodes: DrawnNode[]; edges: E[] },
  describe: (edge: E) => string = (e) => `${plural(e.interactions, 'record')} · weight ${e.weight}`,
): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const names = new Map(data.nodes.map((n) => [n.institutionId, n.institution]));
  const nodes = data.nodes.map((n) => ({
    id: n.institutionId,
    label: shortName(n.institution),
    title: n.institution.name,
    distance: n.distance,
    weight: n.weight,
  }));
  const edges = data.edges.map((e) => {
    const a = names.get(e.sourceId);
    const b = names.get(e.targetId);
    return {
      key: edgeKey(e),
      source: e.sourceId,
      target: e.targetId,
      weight: e.weight,
      title: `${a ? shortName(a) : '?'} — ${b ? shortName(b) : '?'}: ${describe(e)}`,
    };
  });
  return { nodes, edges };
}
