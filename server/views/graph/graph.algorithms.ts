// Pure graph computations on what the SQL returned (no database access here).

/** Key of an undirected pair. */
export const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

export type EgoMetrics = {
  /** Betweenness of the ego within its ego network (itself, its neighbours and the edges among them). */
  betweenness: number;
  /** `betweenness` divided by its maximum, (n choose 2), for n neighbours: 1 for a star. */
  normalized: number;
  /** Share of neighbour pairs that are themselves connected (local clustering coefficient). */
  clustering: number;
};

/**
 * Ego betweenness (Everett & Borgatti 2005): for every pair of the ego's neighbours that are not
 * directly connected, the ego lies on 1/k of their shortest paths, where k counts the two-step
 * paths between them (through the ego or a common neighbour). Bitsets keep it fast for 1,000
 * neighbours (~0.5 M pairs).
 */
export function egoMetrics(neighbours: string[], links: [string, string][]): EgoMetrics {
  const n = neighbours.length;
  const pairs = (n * (n - 1)) / 2;
  if (n < 2) return { betweenness: 0, normalized: 0, clustering: 0 };
  const index = new Map(neighbours.map((id, i) => [id, i]));
  const words = Math.ceil(n / 32);
  const adjacency = Array.from({ length: n }, () => new Uint32Array(words));
  let edges = 0;
  for (const [a, b] of links) {
    const i = index.get(a);
    const j = index.get(b);
    if (i === undefined || j === undefined || i === j) continue;
    if ((adjacency[i]![j >>> 5]! & (1 << (j & 31))) !== 0) continue;
    adjacency[i]![j >>> 5]! |= 1 << (j & 31);
    adjacency[j]![i >>> 5]! |= 1 << (i & 31);
    edges++;
  }
  let betweenness = 0;
  for (let i = 0; i < n; i++) {
    const ai = adjacency[i]!;
    for (let j = i + 1; j < n; j++) {
      if ((ai[j >>> 5]! & (1 << (j & 31))) !== 0) continue;
      const aj = adjacency[j]!;
      let common = 0;
      for (let w = 0; w < words; w++) common += popcount(ai[w]! & aj[w]!);
      betweenness += 1 / (common + 1);
    }
  }
  return { betweenness, normalized: betweenness / pairs, clustering: edges / pairs };
}

function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * Every path from `start` to `node` in a BFS parent DAG (parents = neighbours one level closer
 * to `start`), heaviest parent first, at most `cap` of them.
 */
export function pathsTo(node: string, parents: Map<string, string[]>, weight: (a: string, b: string) => number, cap: number): string[][] {
  const out: string[][] = [];
  const walk = (current: string, suffix: string[]) => {
    if (out.length >= cap) return;
    const up = parents.get(current);
    if (!up || up.length === 0) {
      out.push([current, ...suffix]);
      return;
    }
    const ordered = [...up].sort((x, y) => weight(y, current) - weight(x, current) || (x < y ? -1 : 1));
    for (const parent of ordered) walk(parent, [current, ...suffix]);
  };
  walk(node, []);
  return out;
}
