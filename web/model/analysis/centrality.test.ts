import Graph from 'graphology';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import pagerank from 'graphology-metrics/centrality/pagerank';
import { describe, expect, it } from 'vitest';
import type { RelationType } from '../schema';
import { actorCentrality, type ActorCentrality } from './centrality';
import { randomNetwork } from './random-network.fixture';

const relation = (
  id: string,
  source: string,
  target: string,
  type: RelationType,
  directed = true,
) => ({
  id,
  source,
  target,
  type,
  directed,
});

// a and b tied twice (mutual cooperation, leverage a -> b), b rivals c, iso tied to no one.
const network = {
  actors: [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'iso' }],
  relations: [
    relation('ab-coop', 'a', 'b', 'cooperation', false),
    relation('ab-lev', 'a', 'b', 'leverage'),
    relation('bc-riv', 'b', 'c', 'rivalry'),
  ],
};

const none = { out: 0, in: 0, undirected: 0 };

describe('actorCentrality', () => {
  it('counts degree by type and direction, parallel relations each', () => {
    const degrees = actorCentrality(network).actors.map(({ actor, degree, totalDegree }) => ({
      actor,
      degree,
      totalDegree,
    }));
    expect(degrees).toEqual([
      {
        actor: 'a',
        degree: {
          cooperation: { ...none, undirected: 1 },
          rivalry: none,
          leverage: { ...none, out: 1 },
        },
        totalDegree: 2,
      },
      {
        actor: 'b',
        degree: {
          cooperation: { ...none, undirected: 1 },
          rivalry: { ...none, out: 1 },
          leverage: { ...none, in: 1 },
        },
        totalDegree: 3,
      },
      {
        actor: 'c',
        degree: { cooperation: none, rivalry: { ...none, in: 1 }, leverage: none },
        totalDegree: 1,
      },
      {
        actor: 'iso',
        degree: { cooperation: none, rivalry: none, leverage: none },
        totalDegree: 0,
      },
    ]);
  });

  it('measures betweenness with direction ignored, over all actors', () => {
    // b is on the one shortest route a-c: 1 pair of the (4 - 1)(4 - 2) / 2 = 3.
    expect(actorCentrality(network).actors.map((c) => c.betweenness)).toEqual([0, 1 / 3, 0, 0]);
  });

  it('ranks by PageRank with relations as weighted links', () => {
    // Links: a -> b weight 2 (cooperation and leverage), b -> a and b -> c weight 1; c and iso
    // dangle. With d = 0.85 and D = d (x_c + x_iso) / 4:
    //   x_a = 0.0375 + d x_b / 2 + D,  x_b = 0.0375 + d x_a + D,
    //   x_c = 0.0375 + d x_b / 2 + D,  x_iso = 0.0375 + D,
    // solved: x_a = x_c = 1140/4271, x_b = 1480/4271, x_iso = 511/4271.
    const ranks = actorCentrality(network).actors.map((c) => c.pagerank);
    const expected = [1140 / 4271, 1480 / 4271, 1140 / 4271, 511 / 4271];
    ranks.forEach((rank, i) => expect(rank).toBeCloseTo(expected[i]!, 9));
  });

  it('keeps to the types asked for', () => {
    const rivalry = actorCentrality(network, { types: ['rivalry'] }).actors;
    expect(rivalry.map((c) => c.totalDegree)).toEqual([0, 1, 1, 0]);
    expect(rivalry.map((c) => c.betweenness)).toEqual([0, 0, 0, 0]);
    // b -> c only: a = b = iso = t = 0.0375 + D and c = t + d t, with the dangling share
    // D = d (a + c + iso) / 4 = d t (3 + d) / 4; solved: t = 20/97, c = 37/97.
    const ranks = rivalry.map((c) => c.pagerank);
    [20 / 97, 20 / 97, 37 / 97, 20 / 97].forEach((x, i) => expect(ranks[i]).toBeCloseTo(x, 9));
  });

  it('finds no broker on a cycle and gives equal rank around it', () => {
    const cycle = actorCentrality({
      actors: [{ id: 'x' }, { id: 'y' }, { id: 'z' }],
      relations: [
        relation('xy', 'x', 'y', 'leverage'),
        relation('yz', 'y', 'z', 'leverage'),
        relation('zx', 'z', 'x', 'leverage'),
      ],
    }).actors;
    expect(cycle.map((c) => c.betweenness)).toEqual([0, 0, 0]);
    cycle.forEach((c) => expect(c.pagerank).toBeCloseTo(1 / 3, 9));
  });

  it('has nothing to say about an empty network', () => {
    expect(actorCentrality({ actors: [], relations: [] }).actors).toEqual([]);
  });
});

describe('actorCentrality on a large network', () => {
  const mid = randomNetwork(400, 1600);
  const exact = actorCentrality(mid);
  const estimated = actorCentrality(mid, { betweennessExactLimit: 399, betweennessSamples: 100 });

  it('matches graphology-metrics when exact', () => {
    const ties = new Graph({ type: 'undirected' });
    const links = new Graph<object, { weight: number }>({ type: 'directed' });
    for (const { id } of mid.actors) [ties, links].forEach((graph) => graph.addNode(id));
    for (const { source, target, directed } of mid.relations) {
      ties.mergeEdge(source, target);
      for (const [from, to] of directed
        ? [[source, target]]
        : [
            [source, target],
            [target, source],
          ])
        links.updateEdge(from!, to!, (link) => ({ weight: (link.weight ?? 0) + 1 }));
    }
    const betweenness = betweennessCentrality(ties, { getEdgeWeight: null });
    const ranks = pagerank(links, {
      getEdgeWeight: 'weight',
      alpha: 0.85,
      tolerance: 1e-12,
      maxIterations: 1000,
    });
    expect(exact.method.kind).toBe('exact');
    for (const row of exact.actors) {
      expect(row.betweenness).toBeCloseTo(betweenness[row.actor]!, 12);
      expect(row.pagerank).toBeCloseTo(ranks[row.actor]!, 10);
    }
  });

  it('estimates betweenness from sampled sources past the limit, close to the exact figures', () => {
    expect(estimated.method).toEqual({
      kind: 'approximate',
      description:
        'betweenness estimated from 100 sampled source actors (Brandes–Pich), seed 1, as there' +
        ' are more than 399 actors; PageRank by power iteration (damping 0.85)',
    });
    const byExact = [...exact.actors].sort((a, b) => b.betweenness - a.betweenness);
    const byEstimate = [...estimated.actors].sort((a, b) => b.betweenness - a.betweenness);
    const top = (rows: ActorCentrality[], k: number) => rows.slice(0, k).map((row) => row.actor);
    // Measured on this network: 8 of the top 10, 17 of the top 20, the largest error 0.012 (the
    // largest betweenness is 0.076); the bounds leave room for another generator of numbers.
    expect(
      top(byEstimate, 10).filter((a) => top(byExact, 10).includes(a)).length,
    ).toBeGreaterThanOrEqual(7);
    expect(
      top(byEstimate, 20).filter((a) => top(byExact, 20).includes(a)).length,
    ).toBeGreaterThanOrEqual(16);
    const error = Math.max(
      ...exact.actors.map((row, i) => Math.abs(row.betweenness - estimated.actors[i]!.betweenness)),
    );
    expect(error).toBeLessThan(0.02);
    // PageRank is not estimated.
    expect(estimated.actors.map((row) => row.pagerank)).toEqual(
      exact.actors.map((row) => row.pagerank),
    );
  });

  it('switches exactly past the limit', () => {
    expect(actorCentrality(mid, { betweennessExactLimit: 400 }).method.kind).toBe('exact');
    expect(actorCentrality(mid, { betweennessExactLimit: 400 })).toEqual(exact);
    expect(actorCentrality(mid, { betweennessExactLimit: 399 }).method.kind).toBe('approximate');
    expect(actorCentrality(mid).method.description).toBe(
      'betweenness exact (Brandes, from every actor); PageRank by power iteration (damping 0.85)',
    );
  });

  it('gives the same estimate for the same data and seed, another for another seed', () => {
    const options = { betweennessExactLimit: 399, betweennessSamples: 100 };
    expect(actorCentrality(mid, options)).toEqual(estimated);
    const other = actorCentrality(mid, { ...options, seed: 2 });
    expect(other.method.description).toContain('seed 2');
    expect(other.actors).not.toEqual(estimated.actors);
  });
});
