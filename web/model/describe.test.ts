import { describe, expect, it } from 'vitest';
import { describeActor, describeRelation, spokenPeriod } from './describe';
import { tinyGraph } from './tiny-graph.fixture';

const names = new Map(tinyGraph.actors.map((actor) => [actor.id, actor.name]));
const nameOf = (id: string) => names.get(id) ?? id;
const relation = (id: string) => tinyGraph.relations.find((r) => r.id === id)!;

describe('describeActor', () => {
  it('says the name, the kind and the number of relations', () => {
    expect(describeActor(tinyGraph.actors[0]!, 'State', 19)).toBe('Alpha, state, 19 relations');
    expect(describeActor(tinyGraph.actors[2]!, 'Armed group', 1)).toBe(
      'Gamma, armed group, 1 relation',
    );
  });
});

describe('spokenPeriod', () => {
  it('reads closed, open, single-year and absent periods', () => {
    expect(spokenPeriod({ from: 2001, to: 2021 })).toBe('2001 to 2021');
    expect(spokenPeriod({ from: 2021 })).toBe('from 2021');
    expect(spokenPeriod({ to: 1990 })).toBe('until 1990');
    expect(spokenPeriod({ from: 1971, to: 1971 })).toBe('in 1971');
    expect(spokenPeriod({})).toBeUndefined();
    expect(spokenPeriod(undefined)).toBeUndefined();
  });
});

describe('describeRelation', () => {
  it('says the label, type, direction, period and quotes', () => {
    expect(describeRelation(relation('ac-lev'), nameOf)).toBe(
      'ac-lev: leverage, Alpha → Gamma, until 1990, 1 quote',
    );
  });

  it('joins a mutual relation’s actors with ↔ and leaves out an absent period', () => {
    expect(describeRelation(relation('ba-riv'), nameOf)).toBe(
      'ba-riv: rivalry, Beta ↔ Alpha, from 2021, 1 quote',
    );
    expect(describeRelation(relation('cd-coop'), nameOf)).toBe(
      'cd-coop: cooperation, Gamma → Delta, 2 quotes',
    );
  });
});
