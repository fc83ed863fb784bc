import { describe, expect, it } from 'vitest';
import type { RelationType } from '../schema';
import { actorCentrality } from './centrality';

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
    const degrees = actorCentrality(network).map(({ actor, degree, totalDegree }) => ({
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
    expect(actorCentrality(network).map((c) => c.betweenness)).toEqual([0, 1 / 3, 0, 0]);
  });

  it('ranks by PageRank with relations as weighted links', () => {
    // Links: a -> b weight 2 (cooperation and leverage), b -> a and b -> c weight 1; c and iso
    // dangle. With d = 0.85 and D = d (x_c + x_iso) / 4:
    //   x_a = 0.0375 + d x_b / 2 + D,  x_b = 0.0375 + d x_a + D,
    //   x_c = 0.0375 + d x_b / 2 + D,  x_iso = 0.0375 + D,
    // solved: x_a = x_c = 1140/4271, x_b = 1480/4271, x_iso = 511/4271.
    const ranks = actorCentrality(network).map((c) => c.pagerank);
    const expected = [1140 / 4271, 1480 / 4271, 1140 / 4271, 511 / 4271];
    ranks.forEach((rank, i) => expect(rank).toBeCloseTo(expected[i]!, 9));
  });

  it('keeps to the types asked for', () => {
    const rivalry = actorCentrality(network, { types: ['rivalry'] });
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
    });
    expect(cycle.map((c) => c.betweenness)).toEqual([0, 0, 0]);
    cycle.forEach((c) => expect(c.pagerank).toBeCloseTo(1 / 3, 9));
  });

  it('has nothing to say about an empty network', () => {
    expect(actorCentrality({ actors: [], relations: [] })).toEqual([]);
  });
});
