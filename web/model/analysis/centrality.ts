// Centrality of actors: degree by type and direction, betweenness and PageRank.
import Graph from 'graphology';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import pagerank from 'graphology-metrics/centrality/pagerank';
import type { RelationType } from '../schema';
import { relationTypes } from '../vocabulary';
import { actorIds, type ActorNetwork } from './network';

/** Relations of one type at an actor: directed ones leaving and arriving, and mutual ones. */
export interface DegreeCounts {
  out: number;
  in: number;
  undirected: number;
}

export interface ActorCentrality {
  actor: string;
  /** Relations at the actor by type and direction; parallel relations each count. */
  degree: Record<RelationType, DegreeCounts>;
  /** All relations at the actor. */
  totalDegree: number;
  /**
   * Share of shortest routes between two other actors that pass through this one, over the
   * actor graph with direction ignored (0 to 1; normalised by (n - 1)(n - 2) / 2 pairs).
   */
  betweenness: number;
  /**
   * PageRank (damping 0.85) with each relation as a link: a directed one from source to target,
   * a mutual one both ways, parallel relations adding weight; the scores add up to 1.
   */
  pagerank: number;
}

export interface CentralityOptions {
  /** The relation types that count (default all three). */
  types?: readonly RelationType[];
}

/** The PageRank damping factor: the chance of following a link rather than jumping anywhere. */
export const pagerankDamping = 0.85;

/**
 * Degree by type and direction, betweenness and PageRank for every actor, in the network's
 * actor order. Self-relations are left out of betweenness and PageRank.
 */
export function actorCentrality(
  network: ActorNetwork,
  { types = relationTypes }: CentralityOptions = {},
): ActorCentrality[] {
  const actors = actorIds(network, 'centrality');
  const relations = network.relations.filter((relation) => types.includes(relation.type));
  if (actors.length === 0) return [];

  const links = new Graph<object, { weight: number }>({ type: 'directed', multi: false });
  const ties = new Graph({ type: 'undirected', multi: false });
  for (const actor of actors) {
    links.addNode(actor);
    ties.addNode(actor);
  }
  const addLink = (source: string, target: string) =>
    links.updateEdge(source, target, (attributes) => ({ weight: (attributes.weight ?? 0) + 1 }));
  for (const { source, target, directed } of relations) {
    if (source === target) continue;
    addLink(source, target);
    if (!directed) addLink(target, source);
    ties.mergeEdge(source, target);
  }

  const betweenness = betweennessCentrality(ties, { getEdgeWeight: null, normalized: true });
  const ranks = pagerank(links, {
    getEdgeWeight: 'weight',
    alpha: pagerankDamping,
    maxIterations: 1000,
    tolerance: 1e-12,
  });

  const degrees = new Map<string, { degree: Record<RelationType, DegreeCounts>; total: number }>();
  for (const actor of actors) {
    const degree = Object.fromEntries(
      relationTypes.map((type) => [type, { out: 0, in: 0, undirected: 0 }]),
    ) as Record<RelationType, DegreeCounts>;
    degrees.set(actor, { degree, total: 0 });
  }
  for (const { source, target, type, directed } of relations) {
    // A self-relation counts once at its actor, as leaving and arriving when directed.
    for (const end of source === target ? [source] : [source, target]) {
      const at = degrees.get(end)!;
      at.total += 1;
      const counts = at.degree[type];
      if (!directed) counts.undirected += 1;
      if (directed && end === source) counts.out += 1;
      if (directed && end === target) counts.in += 1;
    }
  }

  return actors.map((actor) => ({
    actor,
    degree: degrees.get(actor)!.degree,
    totalDegree: degrees.get(actor)!.total,
    betweenness: betweenness[actor] ?? 0,
    pagerank: ranks[actor] ?? 0,
  }));
}
