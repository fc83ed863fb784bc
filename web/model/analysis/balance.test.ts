import { describe, expect, it } from 'vitest';
import type { RelationType } from '../schema';
import { structuralBalance } from './balance';
import { randomNetwork } from './random-network.fixture';

const relation = (
  id: string,
  source: string,
  target: string,
  type: RelationType,
  directed = false,
) => ({
  id,
  source,
  target,
  type,
  directed,
});

const actors = (...ids: string[]) => ids.map((id) => ({ id }));

// Pakistan, China and the Afghan Taliban against the United States and India, with two
// parallel claims Pakistan-China, a one-sided rivalry, leverage (no sign), an ambivalent
// Pakistan-US pair, a second group x-y, an ambivalent-only pair, and two actors with no sign.
const world = {
  actors: actors(
    'pakistan',
    'china',
    'afghan-taliban',
    'united-states',
    'india',
    'x',
    'y',
    'amb1',
    'amb2',
    'iso',
    'lever',
  ),
  relations: [
    relation('pc-cpec', 'pakistan', 'china', 'cooperation'),
    relation('pc-strategic', 'china', 'pakistan', 'cooperation'),
    relation('ci-border', 'china', 'india', 'rivalry'),
    relation('ui-quad', 'united-states', 'india', 'cooperation'),
    relation('pi-kashmir', 'pakistan', 'india', 'rivalry'),
    relation('uc-containment', 'united-states', 'china', 'rivalry', true),
    relation('ct-engagement', 'china', 'afghan-taliban', 'cooperation'),
    relation('tu-war', 'afghan-taliban', 'united-states', 'rivalry', true),
    relation('ct-leverage', 'china', 'afghan-taliban', 'leverage', true),
    relation('pu-aid', 'united-states', 'pakistan', 'cooperation', true),
    relation('pu-double-game', 'united-states', 'pakistan', 'rivalry', true),
    relation('xy-dispute', 'x', 'y', 'rivalry'),
    relation('amb-trade', 'amb1', 'amb2', 'cooperation'),
    relation('amb-war', 'amb2', 'amb1', 'rivalry'),
    relation('lever-iso', 'lever', 'iso', 'leverage', true),
  ],
};

const signs = (result: ReturnType<typeof structuralBalance>) =>
  result.triads.map((triad) => `${triad.actors.join(' ')} ${triad.pattern} ${triad.balanced}`);

describe('structuralBalance', () => {
  it('signs pairs, one tie per pair, and reports ambivalent pairs', () => {
    const result = structuralBalance(world);
    expect(
      result.ties.map((tie) => `${tie.actors.join('~')} ${tie.sign} ${tie.relationIds.join(',')}`),
    ).toEqual([
      'afghan-taliban~china + ct-engagement',
      'afghan-taliban~united-states - tu-war',
      'china~india - ci-border',
      'china~pakistan + pc-cpec,pc-strategic',
      'china~united-states - uc-containment',
      'india~pakistan - pi-kashmir',
      'india~united-states + ui-quad',
      'x~y - xy-dispute',
    ]);
    expect(result.ambivalent.map((tie) => [tie.actors, tie.sign, tie.relationIds])).toEqual([
      [['amb1', 'amb2'], '±', ['amb-trade', 'amb-war']],
      [['pakistan', 'united-states'], '±', ['pu-aid', 'pu-double-game']],
    ]);
  });

  it('lists every triad with its signs, ambivalent pairs excluded', () => {
    const result = structuralBalance(world);
    expect(signs(result)).toEqual([
      'afghan-taliban china united-states +-- true',
      'china india pakistan +-- true',
      'china india united-states +-- true',
    ]);
    expect(result.triads[1]!.ties.map((tie) => tie.relationIds)).toEqual([
      ['ci-border'],
      ['pc-cpec', 'pc-strategic'],
      ['pi-kashmir'],
    ]);
    expect(result.balancedShare).toBe(1);
  });

  it('divides the tied actors into two blocs; the rest are unaligned', () => {
    const result = structuralBalance(world);
    expect(result.blocs).toEqual([
      ['afghan-taliban', 'china', 'pakistan', 'x'],
      ['india', 'united-states', 'y'],
    ]);
    expect(result.unaligned).toEqual(['amb1', 'amb2', 'iso', 'lever']);
    expect(result.frustration).toBe(0);
    expect(result.frustrated).toEqual([]);
    expect(result.swing).toEqual([]);
    expect(result.components).toEqual([
      {
        actors: ['afghan-taliban', 'china', 'india', 'pakistan', 'united-states'],
        frustration: 0,
        exact: true,
      },
      { actors: ['x', 'y'], frustration: 0, exact: true },
    ]);
    expect(result.method).toEqual({
      kind: 'exact',
      description:
        'actors with a single tie are set aside (they sit where that tie wants and never change' +
        ' the optimum); exact branch and bound over every division of the rest of each group of' +
        " connected actors (one actor's side fixed, as a division and its mirror are the same)," +
        ' every such rest having at most 24 actors',
    });
  });

  it('counts an ambivalent pair as positive when asked, and finds the tie it frustrates', () => {
    const result = structuralBalance(world, { ambivalent: 'positive' });
    // Two new triads: Pakistan-US + with US-India + and Pakistan-India -, and with China.
    expect(signs(result)).toEqual([
      'afghan-taliban china united-states +-- true',
      'china india pakistan +-- true',
      'china india united-states +-- true',
      'china pakistan united-states ++- false',
      'india pakistan united-states ++- false',
    ]);
    expect(result.balancedShare).toBe(0.6);
    // Pakistan-US lies on every negative cycle, so it alone is frustrated.
    expect(result.blocs).toEqual([
      ['afghan-taliban', 'amb1', 'amb2', 'china', 'pakistan', 'x'],
      ['india', 'united-states', 'y'],
    ]);
    expect(result.frustrated.map((tie) => tie.relationIds)).toEqual([['pu-aid', 'pu-double-game']]);
    expect(result.frustration).toBe(1);
    expect(result.unaligned).toEqual(['iso', 'lever']);
  });

  it('counts an ambivalent pair as negative when asked', () => {
    const result = structuralBalance(world, { ambivalent: 'negative' });
    expect(result.balancedShare).toBe(1);
    expect(result.triads).toHaveLength(5);
    expect(result.frustration).toBe(0);
    expect(result.blocs[0]).toEqual(['afghan-taliban', 'amb1', 'china', 'pakistan', 'x']);
  });

  it('finds the unbalanced triads: two friends with a common enemy... and three enemies', () => {
    const mixed = structuralBalance({
      actors: actors('a', 'b', 'c'),
      relations: [
        relation('ab', 'a', 'b', 'cooperation'),
        relation('bc', 'b', 'c', 'cooperation'),
        relation('ac', 'a', 'c', 'rivalry'),
      ],
    });
    expect(signs(mixed)).toEqual(['a b c ++- false']);
    expect(mixed.balancedShare).toBe(0);
    expect(mixed.frustration).toBe(1);
    const enemies = structuralBalance({
      actors: actors('a', 'b', 'c'),
      relations: [
        relation('ab', 'a', 'b', 'rivalry'),
        relation('bc', 'b', 'c', 'rivalry'),
        relation('ac', 'c', 'a', 'rivalry', true),
      ],
    });
    expect(signs(enemies)).toEqual(['a b c --- false']);
    expect(enemies.frustration).toBe(1);
    expect(enemies.blocs.map((bloc) => bloc.length)).toEqual([2, 1]);
    // Either of the two sharing a bloc could leave it for the other at no cost.
    expect(enemies.swing).toEqual(enemies.blocs[0]);
  });

  it('finds the exact division of five mutual enemies: 3 and 2, frustrating 3 + 1 ties', () => {
    const ids = ['a', 'b', 'c', 'd', 'e'];
    const relations = ids.flatMap((a, i) =>
      ids.slice(i + 1).map((b) => relation(`${a}${b}`, a, b, 'rivalry')),
    );
    const result = structuralBalance({ actors: actors(...ids), relations });
    expect(result.triads).toHaveLength(10);
    expect(result.balancedShare).toBe(0);
    expect(result.frustration).toBe(4);
    expect(result.blocs.map((bloc) => bloc.length)).toEqual([3, 2]);
    // Any of the three could join the two: 2 and 3 frustrate as many.
    expect(result.swing).toEqual(result.blocs[0]);
    expect(result.method.kind).toBe('exact');
  });

  it('approximates groups above the exact limit, and says so', () => {
    const result = structuralBalance(world, { exactLimit: 2, restarts: 8 });
    expect(result.blocs).toEqual([
      ['afghan-taliban', 'china', 'pakistan', 'x'],
      ['india', 'united-states', 'y'],
    ]);
    expect(result.components.map((component) => component.exact)).toEqual([false, true]);
    expect(result.method).toEqual({
      kind: 'approximate',
      description:
        'actors with a single tie are set aside (they sit where that tie wants and never change' +
        ' the optimum); approximate where the rest of a group has more than 2 actors: local' +
        ' search (moving one actor at a time while that lowers the frustration) from a BFS' +
        ' 2-colouring and from 8 seeded random divisions, keeping the best; exact branch and' +
        ' bound over every division of the rest of each group of connected actors (one' +
        " actor's side fixed, as a division and its mirror are the same) where it is smaller",
    });
  });

  it('sets aside actors with a single tie and puts them where that tie wants', () => {
    // A star of rivals round a hub, and a chain hanging off it: no cycle, so no frustration,
    // however large, and exact even with no room for exact search.
    const ids = ['hub', 'r1', 'r2', 'r3', 'f1', 'f2', 'f3'];
    const result = structuralBalance(
      {
        actors: actors(...ids),
        relations: [
          relation('h-r1', 'hub', 'r1', 'rivalry'),
          relation('h-r2', 'r2', 'hub', 'rivalry', true),
          relation('h-r3', 'hub', 'r3', 'rivalry'),
          relation('h-f1', 'hub', 'f1', 'cooperation'),
          relation('f1-f2', 'f1', 'f2', 'cooperation'),
          relation('f2-f3', 'f2', 'f3', 'rivalry'),
        ],
      },
      { exactLimit: 0 },
    );
    // The larger side is the first bloc.
    expect(result.blocs).toEqual([
      ['f3', 'r1', 'r2', 'r3'],
      ['f1', 'f2', 'hub'],
    ]);
    expect(result.frustration).toBe(0);
    expect(result.method.kind).toBe('exact');
  });

  it('has no triad, bloc or share in a network without signs', () => {
    const result = structuralBalance({
      actors: actors('a', 'b'),
      relations: [relation('ab', 'a', 'b', 'leverage', true)],
    });
    expect(result).toMatchObject({
      ties: [],
      triads: [],
      balancedShare: undefined,
      blocs: [[], []],
      unaligned: ['a', 'b'],
      frustration: 0,
      method: { kind: 'exact' },
    });
  });

  it('matches exhaustive search on random signed networks', () => {
    const random = (() => {
      let state = 7;
      return () => (state = (state * 48271) % 2147483647) / 2147483647;
    })();
    for (let trial = 0; trial < 60; trial += 1) {
      const n = 3 + (trial % 8);
      const ids = Array.from({ length: n }, (_, i) => `n${i}`);
      const relations = ids.flatMap((a, i) =>
        ids.slice(i + 1).flatMap((b) => {
          const roll = random();
          if (roll < 0.4) return [];
          return [relation(`${a}-${b}`, a, b, roll < 0.7 ? 'cooperation' : 'rivalry')];
        }),
      );
      const network = { actors: actors(...ids), relations };
      const ties = structuralBalance(network).ties;
      let best = Infinity;
      for (let mask = 0; mask < 1 << n; mask += 1) {
        const side = (id: string) => (mask >> Number(id.slice(1))) & 1;
        const cost = ties.filter((tie) => {
          const together = side(tie.actors[0]) === side(tie.actors[1]);
          return tie.sign === '+' ? !together : together;
        }).length;
        best = Math.min(best, cost);
      }
      expect(structuralBalance(network).frustration).toBe(best);
      expect(structuralBalance(network, { exactLimit: 0 }).frustration).toBeGreaterThanOrEqual(
        best,
      );
    }
  });
});

describe('structuralBalance on a large network', () => {
  const large = randomNetwork(600, 2400);

  it('gives the same blocs for the same data and seed', () => {
    const first = structuralBalance(large);
    expect(first.method.kind).toBe('approximate');
    expect(structuralBalance(large)).toEqual(first);
  });

  it('makes fewer random starts exactly past fewerRestartsPast, and says so', () => {
    const group = structuralBalance(large).components[0]!.actors.length;
    const at = structuralBalance(large, { fewerRestartsPast: group });
    const past = structuralBalance(large, { fewerRestartsPast: group - 1 });
    expect(at.method.description).not.toContain('(4 where');
    expect(past.method.description).toContain(
      `from 32 seeded random divisions (4 for a group of more than ${group - 1} actors),`,
    );
    // Fewer starts find no division better than all of them do.
    expect(past.frustration).toBeGreaterThanOrEqual(at.frustration);
  });
});
