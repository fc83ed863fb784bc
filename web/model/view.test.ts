import { describe, expect, it } from 'vitest';
import { tinyGraph } from './tiny-graph.fixture';
import {
  defaultFilters,
  filterCounts,
  neighbourhood,
  relationPasses,
  visibleGraph,
  type Focus,
  type ViewFilters,
} from './view';

const all = defaultFilters(tinyGraph);

/** What a set of filters leaves, as sorted ids. */
function shown(change: Partial<ViewFilters>) {
  const visible = visibleGraph(tinyGraph, { ...all, ...change });
  return { actors: [...visible.actors].sort(), relations: [...visible.relations].sort() };
}

const focus = (change: Partial<Focus>): Focus => ({
  actor: 'a',
  steps: 1,
  direction: 'both',
  types: ['cooperation', 'rivalry', 'leverage'],
  ...change,
});

describe('defaultFilters', () => {
  it('lets every type, kind, confidence, source, year and undated relation through', () => {
    expect(all).toEqual({
      types: ['cooperation', 'rivalry', 'leverage'],
      kinds: ['state', 'armed-group', 'alliance', 'organisation', 'movement', 'region'],
      confidence: ['stated', 'implied'],
      sources: ['s1', 's2'],
      when: undefined,
      includeUndated: true,
    });
  });
});

describe('visibleGraph: filters', () => {
  it('shows everything by default, the actor with no relations too', () => {
    expect(shown({})).toEqual({
      actors: ['a', 'b', 'c', 'd', 'lonely'],
      relations: ['ab-coop', 'ac-lev', 'ba-riv', 'cd-coop', 'db-riv'],
    });
  });

  it('hides relations of an unticked type but keeps every actor', () => {
    expect(shown({ types: ['cooperation'] })).toEqual({
      actors: ['a', 'b', 'c', 'd', 'lonely'],
      relations: ['ab-coop', 'cd-coop'],
    });
    expect(shown({ types: [] }).relations).toEqual([]);
  });

  it('hides actors of an unticked kind and every relation that touches them', () => {
    expect(shown({ kinds: ['state', 'alliance'] })).toEqual({
      actors: ['a', 'b', 'd', 'lonely'],
      relations: ['ab-coop', 'ba-riv', 'db-riv'],
    });
  });

  it('filters by confidence', () => {
    expect(shown({ confidence: ['implied'] }).relations).toEqual(['ba-riv']);
  });

  it('keeps a relation when any of its pieces of evidence quotes a ticked source', () => {
    expect(shown({ sources: ['s2'] }).relations).toEqual(['ac-lev', 'cd-coop', 'db-riv']);
    expect(shown({ sources: [] }).relations).toEqual([]);
  });
});

describe('visibleGraph: time', () => {
  it('keeps relations whose period covers the year, ends included, and the undated ones', () => {
    expect(shown({ when: 2021 }).relations).toEqual(['ab-coop', 'ba-riv', 'cd-coop']);
    expect(shown({ when: 2001 }).relations).toEqual(['ab-coop', 'cd-coop']);
  });

  it('treats an absent start or end as open', () => {
    expect(shown({ when: 1500 }).relations).toEqual(['ac-lev', 'cd-coop']);
    expect(shown({ when: 2990 }).relations).toEqual(['ba-riv', 'cd-coop']);
    expect(shown({ when: 1991 }).relations).toEqual(['cd-coop']);
  });

  it('keeps a one-year relation in that year only', () => {
    expect(shown({ when: 1971 }).relations).toEqual(['ac-lev', 'cd-coop', 'db-riv']);
    expect(shown({ when: 1972 }).relations).not.toContain('db-riv');
  });

  it('keeps relations that overlap a span, open spans included', () => {
    expect(shown({ when: { from: 1980, to: 2005 } }).relations).toEqual([
      'ab-coop',
      'ac-lev',
      'cd-coop',
    ]);
    expect(shown({ when: { from: 2022 } }).relations).toEqual(['ba-riv', 'cd-coop']);
    expect(shown({ when: { to: 1971 } }).relations).toEqual(['ac-lev', 'cd-coop', 'db-riv']);
  });

  it('hides undated relations when asked, in all time too', () => {
    expect(shown({ includeUndated: false }).relations).toEqual([
      'ab-coop',
      'ac-lev',
      'ba-riv',
      'db-riv',
    ]);
    expect(shown({ when: 2021, includeUndated: false }).relations).toEqual(['ab-coop', 'ba-riv']);
  });

  it('keeps the actors whose relations the year hides', () => {
    expect(shown({ when: 1971 }).actors).toEqual(['a', 'b', 'c', 'd', 'lonely']);
  });
});

describe('visibleGraph: focus', () => {
  it('keeps one step around the actor, both ways', () => {
    expect(shown({ focus: focus({}) })).toEqual({
      actors: ['a', 'b', 'c'],
      relations: ['ab-coop', 'ac-lev', 'ba-riv'],
    });
  });

  it('follows directed relations outwards only, and mutual ones either way', () => {
    expect(shown({ focus: focus({ direction: 'out' }) })).toEqual({
      actors: ['a', 'b', 'c'],
      relations: ['ab-coop', 'ac-lev', 'ba-riv'],
    });
    expect(shown({ focus: focus({ direction: 'in' }) })).toEqual({
      actors: ['a', 'b'],
      relations: ['ba-riv'],
    });
    expect(shown({ focus: focus({ actor: 'b', direction: 'in' }) })).toEqual({
      actors: ['a', 'b', 'd'],
      relations: ['ab-coop', 'ba-riv', 'db-riv'],
    });
  });

  it('goes further with more steps', () => {
    expect(shown({ focus: focus({ direction: 'out', steps: 2 }) })).toEqual({
      actors: ['a', 'b', 'c', 'd'],
      relations: ['ab-coop', 'ac-lev', 'ba-riv', 'cd-coop'],
    });
    expect(shown({ focus: focus({ actor: 'd', direction: 'out', steps: 2 }) })).toEqual({
      actors: ['a', 'b', 'd'],
      relations: ['ba-riv', 'db-riv'],
    });
    // The last step's actors are not followed further: c -> d is not a relation walked.
    expect(shown({ focus: focus({ actor: 'd', direction: 'out', steps: 3 }) })).toEqual({
      actors: ['a', 'b', 'c', 'd'],
      relations: ['ab-coop', 'ac-lev', 'ba-riv', 'db-riv'],
    });
  });

  it('follows only the focus types', () => {
    expect(shown({ focus: focus({ direction: 'out', types: ['leverage'] }) })).toEqual({
      actors: ['a', 'c'],
      relations: ['ac-lev'],
    });
  });

  it('works on what the other filters leave', () => {
    expect(shown({ types: ['cooperation', 'rivalry'], focus: focus({ steps: 2 }) })).toEqual({
      actors: ['a', 'b', 'd'],
      relations: ['ab-coop', 'ba-riv', 'db-riv'],
    });
    expect(shown({ when: 1971, focus: focus({ actor: 'c' }) })).toEqual({
      actors: ['a', 'c', 'd'],
      relations: ['ac-lev', 'cd-coop'],
    });
  });

  it('shows an actor with no relations alone', () => {
    expect(shown({ focus: focus({ actor: 'lonely', steps: 3 }) })).toEqual({
      actors: ['lonely'],
      relations: [],
    });
  });

  it('ignores a focus on an actor the graph does not have', () => {
    expect(shown({ focus: focus({ actor: 'ghost' }) })).toEqual(shown({}));
  });
});

describe('neighbourhood', () => {
  it('returns the focus actor alone when no relation is allowed', () => {
    const near = neighbourhood(tinyGraph.relations, focus({ types: [] }));
    expect([...near.actors]).toEqual(['a']);
    expect([...near.relations]).toEqual([]);
  });
});

describe('relationPasses', () => {
  it('needs the type, confidence, a source and the time to pass', () => {
    const relation = tinyGraph.relations.find((r) => r.id === 'ba-riv')!;
    expect(relationPasses(relation, all)).toBe(true);
    expect(relationPasses(relation, { ...all, types: ['cooperation'] })).toBe(false);
    expect(relationPasses(relation, { ...all, confidence: ['stated'] })).toBe(false);
    expect(relationPasses(relation, { ...all, sources: ['s2'] })).toBe(false);
    expect(relationPasses(relation, { ...all, when: 2020 })).toBe(false);
  });
});

describe('filterCounts', () => {
  it('counts relations per type, confidence and source, and actors per kind', () => {
    expect(filterCounts(tinyGraph)).toEqual({
      types: { cooperation: 2, rivalry: 2, leverage: 1 },
      kinds: { state: 3, 'armed-group': 1, alliance: 1, organisation: 0, movement: 0, region: 0 },
      confidence: { stated: 4, implied: 1 },
      sources: { s1: 3, s2: 3 },
    });
  });

  it('counts only what is visible when told what is, as it counts a graph of just that', () => {
    const visible = visibleGraph(tinyGraph, { ...all, types: ['cooperation', 'rivalry'] });
    expect(visible.relations.size).toBeLessThan(tinyGraph.relations.length);
    expect(filterCounts(tinyGraph, visible)).toEqual(
      filterCounts({
        ...tinyGraph,
        actors: tinyGraph.actors.filter((actor) => visible.actors.has(actor.id)),
        relations: tinyGraph.relations.filter((relation) => visible.relations.has(relation.id)),
      }),
    );
    expect(filterCounts(tinyGraph, visible).types.leverage).toBe(0);
  });
});
