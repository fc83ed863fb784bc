// A seeded, deterministic force layout (ForceAtlas2), so the same data always gives the same figure.
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';

export type Positions = Record<string, { x: number; y: number }>;

interface Ends {
  source: string;
  target: string;
}

/** mulberry32: a small seeded generator, enough for starting positions. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Lays out actors so that the longest side spans `size` units, centred on the origin. */
export function seededLayout(
  actors: readonly { id: string }[],
  relations: readonly Ends[],
  { seed = 1, size = 1000, iterations = 600 } = {},
): Positions {
  const graph = new Graph<{ x: number; y: number }, { weight: number }>({
    type: 'undirected',
    multi: false,
  });
  const random = seededRandom(seed);
  for (const { id } of actors) {
    graph.addNode(id, { x: random() * size, y: random() * size });
  }
  for (const { source, target } of relations) {
    if (source === target || !graph.hasNode(source) || !graph.hasNode(target)) continue;
    graph.updateEdge(source, target, (attributes) => ({
      weight: (attributes.weight ?? 0) + 1,
    }));
  }
  if (graph.order > 1) {
    forceAtlas2.assign(graph, {
      iterations,
      getEdgeWeight: 'weight',
      settings: {
        ...forceAtlas2.inferSettings(graph),
        barnesHutOptimize: graph.order > 500,
        scalingRatio: 10,
        gravity: 1,
      },
    });
  }
  const positions: Positions = {};
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  graph.forEachNode((_, { x, y }) => {
    [minX, minY, maxX, maxY] = [
      Math.min(minX, x),
      Math.min(minY, y),
      Math.max(maxX, x),
      Math.max(maxY, y),
    ];
  });
  const scale = size / Math.max(maxX - minX, maxY - minY, 1e-9);
  graph.forEachNode((id, { x, y }) => {
    positions[id] = {
      x: Math.round((x - (minX + maxX) / 2) * scale * 10) / 10,
      y: Math.round((y - (minY + maxY) / 2) * scale * 10) / 10,
    };
  });
  return positions;
}
