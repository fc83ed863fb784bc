import { describe, expect, it } from 'vitest';
import { isActiveAt, relationsAt, yearsSpanned } from './time';

const relations = [
  { id: 'cold-war-alliance', period: { from: 1954, to: 1979 } },
  { id: 'aid-to-2018', period: { to: 2018 } },
  { id: 'since-2021', period: { from: 2021 } },
  { id: 'in-2022', period: { from: 2022, to: 2022 } },
  { id: 'undated', period: undefined },
  { id: 'empty-period', period: {} },
];

const ids = (list: { id: string }[]) => list.map((relation) => relation.id);

describe('relationsAt', () => {
  it('keeps the relations whose period covers the year, ends included', () => {
    expect(ids(relationsAt(relations, 1954))).toEqual([
      'cold-war-alliance',
      'aid-to-2018',
      'undated',
      'empty-period',
    ]);
    expect(ids(relationsAt(relations, 1979, { includeUndated: false }))).toEqual([
      'cold-war-alliance',
      'aid-to-2018',
    ]);
    expect(ids(relationsAt(relations, 2019, { includeUndated: false }))).toEqual([]);
    expect(ids(relationsAt(relations, 2022, { includeUndated: false }))).toEqual([
      'since-2021',
      'in-2022',
    ]);
  });

  it('treats open ends as open', () => {
    expect(ids(relationsAt(relations, 1000, { includeUndated: false }))).toEqual(['aid-to-2018']);
    expect(ids(relationsAt(relations, 2999, { includeUndated: false }))).toEqual(['since-2021']);
  });

  it('keeps the relations that overlap a span', () => {
    expect(
      ids(relationsAt(relations, { from: 1980, to: 2021 }, { includeUndated: false })),
    ).toEqual(['aid-to-2018', 'since-2021']);
    expect(ids(relationsAt(relations, { from: 2019 }, { includeUndated: false }))).toEqual([
      'since-2021',
      'in-2022',
    ]);
    expect(ids(relationsAt(relations, { to: 1953 }, { includeUndated: false }))).toEqual([
      'aid-to-2018',
    ]);
    expect(ids(relationsAt(relations, {}, { includeUndated: false }))).toHaveLength(4);
  });

  it('shows or hides undated relations by option, undated or not', () => {
    expect(ids(relationsAt(relations, undefined))).toHaveLength(6);
    expect(ids(relationsAt(relations, undefined, { includeUndated: false }))).toEqual([
      'cold-war-alliance',
      'aid-to-2018',
      'since-2021',
      'in-2022',
    ]);
    expect(ids(relationsAt(relations, 2019, { includeUndated: true }))).toEqual([
      'undated',
      'empty-period',
    ]);
  });

  it('refuses a span that runs backwards', () => {
    expect(() => relationsAt(relations, { from: 2021, to: 2001 })).toThrow(
      'relationsAt: the span runs backwards (from 2021 > to 2001)',
    );
  });
});

describe('isActiveAt', () => {
  it('reads a one-year period', () => {
    expect(isActiveAt({ from: 1971, to: 1971 }, 1971)).toBe(true);
    expect(isActiveAt({ from: 1971, to: 1971 }, 1972)).toBe(false);
  });
});

describe('yearsSpanned', () => {
  it('gives the first and last year named', () => {
    expect(yearsSpanned(relations)).toEqual({ first: 1954, last: 2022 });
  });

  it('is undefined when nothing is dated', () => {
    expect(yearsSpanned([{ period: undefined }, { period: {} }])).toBeUndefined();
  });
});
