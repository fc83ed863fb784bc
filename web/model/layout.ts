// A seeded, deterministic force layout (ForceAtlas2, then label overlap removal), so the same
// data always gives the same figure.
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import { seededRandom } from './seeded-random';

export type Positions = Record<string, { x: number; y: number }>;

interface Ends {
  source: string;
  target: string;
}

type LayoutGraph = Graph<{ x: number; y: number; size: number }, { weight: number }>;

function bounds(graph: LayoutGraph) {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  graph.forEachNode((_, { x, y }) => {
    [minX, minY] = [Math.min(minX, x), Math.min(minY, y)];
    [maxX, maxY] = [Math.max(maxX, x), Math.max(maxY, y)];
  });
  return { minX, minY, maxX, maxY, span: Math.max(maxX - minX, maxY - minY, 1e-9) };
}

/**
 * Lays out actors so that the longest side spans about `size` units (by default growing with
 * the square root of the number of actors, so labels keep their room), centred on the origin.
 */
export function seededLayout(
  actors: readonly { id: string; name?: string }[],
  relations: readonly Ends[],
  { seed = 1, size = 160 * Math.sqrt(Math.max(actors.length, 4)), iterations = 600 } = {},
): Positions {
  const graph: LayoutGraph = new Graph({ type: 'undirected', multi: false });
  const random = seededRandom(seed);
  for (const { id, name = id } of actors) {
    // Room for the node and its label, drawn below it and wrapped near 120 px.
    graph.addNode(id, {
      x: random() * 1000,
      y: random() * 1000,
      size: 18 + Math.min(name.length, 18) * 2.6,
    });
  }
  for (const { source, target } of relations) {
    if (source === target || !graph.hasNode(source) || !graph.hasNode(target)) continue;
    graph.updateEdge(source, target, (attributes) => ({ weight: (attributes.weight ?? 0) + 1 }));
  }
  // Many relations between one pair should not pull it into a knot.
  graph.updateEachEdgeAttributes((_, { weight }) => ({ weight: 1 + Math.log2(weight) }));
  // Above 200 actors: Barnes-Hut, and fewer iterations as the graph grows (each costs about
  // actors × log actors), so that 2,000 actors take a second or two and 5,000 a few seconds.
  // (The exact forces cost actors² an iteration: 500 actors took longer than 2,000.)
  const big = graph.order > 200;
  if (graph.order > 1) {
    forceAtlas2.assign(graph, {
      iterations: big ? Math.max(60, Math.round((iterations * 300) / graph.order)) : iterations,
      getEdgeWeight: 'weight',
      settings: {
        ...forceAtlas2.inferSettings(graph),
        barnesHutOptimize: big,
        scalingRatio: 10,
        gravity: 1,
      },
    });
  }
  // Scale to the asked size, then push apart actors whose labels would overlap.
  const before = bounds(graph);
  const scale = size / before.span;
  graph.updateEachNodeAttributes((_, attributes) => ({
    ...attributes,
    x: (attributes.x - before.minX) * scale,
    y: (attributes.y - before.minY) * scale,
  }));
  // Big graphs: fewer rounds, and a grid of cells about an actor wide (the layout spans about
  // 160 × √actors), so that each round compares only near neighbours.
  if (graph.order > 1 && graph.order <= 10_000) {
    noverlap.assign(graph, {
      maxIterations: big ? 40 : 200,
      settings: {
        margin: 8,
        ratio: 1,
        expansion: 1.05,
        ...(big ? { gridSize: Math.ceil(Math.sqrt(graph.order)) } : {}),
      },
    });
  }
  const after = bounds(graph);
  const positions: Positions = {};
  graph.forEachNode((id, { x, y }) => {
    positions[id] = {
      x: Math.round((x - (after.minX + after.maxX) / 2) * 10) / 10,
      y: Math.round((y - (after.minY + after.maxY) / 2) * 10) / 10,
    };
  });
  return positions;
}
