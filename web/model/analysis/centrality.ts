// Centrality of actors: degree by type and direction, betweenness and PageRank.
import type { RelationType } from '../schema';
import { relationTypes } from '../vocabulary';
import { actorIds, type ActorNetwork } from './network';
import { seededRandom } from '../seeded-random';

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
   * actor graph with direction ignored (0 to 1; normalised by (n - 1)(n - 2) / 2 pairs);
   * estimated from sampled sources on a large network, as the analysis' `method` says.
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
  /**
   * The most actors whose betweenness is computed exactly (default 1000); beyond, it is
   * estimated from `betweennessSamples` sampled source actors.
   */
  betweennessExactLimit?: number;
  /** Source actors sampled to estimate betweenness past the limit (default 256). */
  betweennessSamples?: number;
  /** Seed of that sample, so that the same data gives the same figures (default 1). */
  seed?: number;
}

/** How the figures were computed, in one sentence for the UI to show beside them. */
export interface CentralityMethod {
  kind: 'exact' | 'approximate';
  description: string;
}

export interface CentralityAnalysis {
  /** Every actor, in the network's actor order. */
  actors: ActorCentrality[];
  method: CentralityMethod;
}

/** The PageRank damping factor: the chance of following a link rather than jumping anywhere. */
export const pagerankDamping = 0.85;

/** `count` distinct numbers of 0 .. n - 1, drawn uniformly (a partial Fisher–Yates shuffle). */
function sampleIndices(n: number, count: number, seed: number): Uint32Array {
  const random = seededRandom(seed);
  const pool = Uint32Array.from({ length: n }, (_, i) => i);
  for (let i = 0; i < count; i += 1) {
    const j = i + Math.floor(random() * (n - i));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, count);
}

/** Neighbours of each actor by number, in compressed rows: `neighbours[starts[i] .. starts[i + 1]]`. */
interface Adjacency {
  starts: Uint32Array;
  neighbours: Uint32Array;
  /** For weighted links, the weight of each entry of `neighbours`. */
  weights?: Float64Array;
}

function adjacency(n: number, rows: readonly Map<number, number>[], weighted: boolean): Adjacency {
  const starts = new Uint32Array(n + 1);
  for (let i = 0; i < n; i += 1) starts[i + 1] = starts[i]! + rows[i]!.size;
  const neighbours = new Uint32Array(starts[n]!);
  const weights = weighted ? new Float64Array(starts[n]!) : undefined;
  rows.forEach((row, i) => {
    let at = starts[i]!;
    for (const [neighbour, weight] of row) {
      neighbours[at] = neighbour;
      if (weights) weights[at] = weight;
      at += 1;
    }
  });
  return { starts, neighbours, weights };
}

/**
 * Brandes' betweenness (2001) over undirected ties, accumulated from the given source actors
 * and scaled by n / sources, normalised by (n - 1)(n - 2): from every actor it is exact; from a
 * uniform sample it is Brandes and Pich's pivot estimate (2007), unbiased, with an error that
 * shrinks as the square root of the number of sources.
 */
function betweennessFrom({ starts, neighbours }: Adjacency, sources: Uint32Array): Float64Array {
  const n = starts.length - 1;
  const centrality = new Float64Array(n);
  const distance = new Int32Array(n);
  const paths = new Float64Array(n);
  const delta = new Float64Array(n);
  const order = new Uint32Array(n);
  for (const source of sources) {
    distance.fill(-1);
    paths.fill(0);
    delta.fill(0);
    distance[source] = 0;
    paths[source] = 1;
    order[0] = source;
    let reached = 1;
    for (let head = 0; head < reached; head += 1) {
      const v = order[head]!;
      const next = distance[v]! + 1;
      for (let j = starts[v]!; j < starts[v + 1]!; j += 1) {
        const w = neighbours[j]!;
        if (distance[w] === -1) {
          distance[w] = next;
          order[reached] = w;
          reached += 1;
        }
        if (distance[w] === next) paths[w] = paths[w]! + paths[v]!;
      }
    }
    // Back from the farthest: a predecessor of w is a neighbour one step nearer the source.
    for (let k = reached - 1; k > 0; k -= 1) {
      const w = order[k]!;
      const share = (1 + delta[w]!) / paths[w]!;
      const before = distance[w]! - 1;
      for (let j = starts[w]!; j < starts[w + 1]!; j += 1) {
        const v = neighbours[j]!;
        if (distance[v] === before) delta[v] = delta[v]! + paths[v]! * share;
      }
      centrality[w] = centrality[w]! + delta[w]!;
    }
  }
  const scale = n <= 2 ? 0 : n / sources.length / ((n - 1) * (n - 2));
  for (let i = 0; i < n; i += 1) centrality[i] = centrality[i]! * scale;
  return centrality;
}

/**
 * PageRank by power iteration over weighted links, as graphology-metrics computes it: a
 * dangling actor's rank is spread over every actor; stops when the ranks move by less than
 * n * tolerance in sum.
 */
function pagerankOf({ starts, neighbours, weights }: Adjacency): Float64Array {
  const n = starts.length - 1;
  const tolerance = 1e-12;
  const share = new Float64Array(neighbours.length);
  const dangling: number[] = [];
  for (let i = 0; i < n; i += 1) {
    let out = 0;
    for (let j = starts[i]!; j < starts[i + 1]!; j += 1) out += weights![j]!;
    if (out === 0) dangling.push(i);
    for (let j = starts[i]!; j < starts[i + 1]!; j += 1) share[j] = weights![j]! / out;
  }
  let rank = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  for (let iteration = 0; iteration < 1000; iteration += 1) {
    let dangle = 0;
    for (const i of dangling) dangle += rank[i]!;
    next.fill((pagerankDamping * dangle + 1 - pagerankDamping) / n);
    for (let i = 0; i < n; i += 1) {
      const flow = pagerankDamping * rank[i]!;
      for (let j = starts[i]!; j < starts[i + 1]!; j += 1) {
        next[neighbours[j]!] = next[neighbours[j]!]! + flow * share[j]!;
      }
    }
    let change = 0;
    for (let i = 0; i < n; i += 1) change += Math.abs(next[i]! - rank[i]!);
    [rank, next] = [next, rank];
    if (change < n * tolerance) return rank;
  }
  throw new Error('centrality: PageRank did not converge in 1000 iterations');
}

function describeMethod(actors: number, exactLimit: number, samples: number, seed: number) {
  const pagerankPart = `PageRank by power iteration (damping ${pagerankDamping})`;
  if (actors <= exactLimit || samples >= actors) {
    return {
      kind: 'exact' as const,
      description: `betweenness exact (Brandes, from every actor); ${pagerankPart}`,
    };
  }
  return {
    kind: 'approximate' as const,
    description:
      `betweenness estimated from ${samples} sampled source actors (Brandes–Pich), seed` +
      ` ${seed}, as there are more than ${exactLimit} actors; ${pagerankPart}`,
  };
}

/**
 * Degree by type and direction, betweenness and PageRank for every actor, in the network's
 * actor order. Self-relations are left out of betweenness and PageRank. Betweenness is exact
 * up to `betweennessExactLimit` actors and estimated from a seeded sample of source actors
 * beyond, as `method` says.
 */
export function actorCentrality(
  network: ActorNetwork,
  {
    types = relationTypes,
    betweennessExactLimit = 1000,
    betweennessSamples = 256,
    seed = 1,
  }: CentralityOptions = {},
): CentralityAnalysis {
  const actors = actorIds(network, 'centrality');
  const relations = network.relations.filter((relation) => types.includes(relation.type));
  const method = describeMethod(actors.length, betweennessExactLimit, betweennessSamples, seed);
  if (actors.length === 0) return { actors: [], method };

  // Numbered actors and typed arrays rather than a graphology graph: building one costs more
  // than the whole analysis on a network of thousands of actors.
  const number = new Map(actors.map((actor, i) => [actor, i]));
  const links = actors.map(() => new Map<number, number>());
  const ties = actors.map(() => new Map<number, number>());
  const addLink = (from: number, to: number) =>
    links[from]!.set(to, (links[from]!.get(to) ?? 0) + 1);
  for (const { source, target, directed } of relations) {
    if (source === target) continue;
    const [from, to] = [number.get(source)!, number.get(target)!];
    addLink(from, to);
    if (!directed) addLink(to, from);
    ties[from]!.set(to, 1);
    ties[to]!.set(from, 1);
  }
  const sources =
    method.kind === 'exact'
      ? Uint32Array.from(actors, (_, i) => i)
      : sampleIndices(actors.length, betweennessSamples, seed);
  const betweenness = betweennessFrom(adjacency(actors.length, ties, false), sources);
  const ranks = pagerankOf(adjacency(actors.length, links, true));

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

  return {
    actors: actors.map((actor) => ({
      actor,
      degree: degrees.get(actor)!.degree,
      totalDegree: degrees.get(actor)!.total,
      betweenness: betweenness[number.get(actor)!]!,
      pagerank: ranks[number.get(actor)!]!,
    })),
    method,
  };
}
