import { describe, expect, it } from 'vitest';
import {
  actorRows,
  nextSortOrder,
  relationRows,
  sortActorRows,
  sortRelationRows,
  type RelationColumn,
} from './tables';
import { tinyGraph } from './tiny-graph.fixture';
import { defaultFilters, visibleGraph } from './view';

const everything = visibleGraph(tinyGraph, defaultFilters(tinyGraph));

describe('actorRows', () => {
  it('counts each visible actor’s relations and their pieces of evidence', () => {
    expect(actorRows(tinyGraph, everything)).toEqual([
      { id: 'a', name: 'Alpha', kind: 'state', relations: 3, evidence: 3 },
      { id: 'b', name: 'Beta', kind: 'state', relations: 3, evidence: 3 },
      { id: 'c', name: 'Gamma', kind: 'armed-group', relations: 2, evidence: 3 },
      { id: 'd', name: 'Delta', kind: 'alliance', relations: 2, evidence: 3 },
      { id: 'lonely', name: 'Lonely', kind: 'state', relations: 0, evidence: 0 },
    ]);
  });

  it('follows the filters: hidden relations are not counted, hidden actors not listed', () => {
    const visible = visibleGraph(tinyGraph, {
      ...defaultFilters(tinyGraph),
      kinds: ['state', 'alliance'],
      types: ['rivalry'],
    });
    expect(actorRows(tinyGraph, visible).map((r) => [r.id, r.relations])).toEqual([
      ['a', 1],
      ['b', 2],
      ['d', 1],
      ['lonely', 0],
    ]);
  });
});

describe('relationRows', () => {
  it('names the actors and reads the period', () => {
    const rows = relationRows(tinyGraph, everything);
    expect(rows.map((r) => r.id)).toEqual(['ab-coop', 'ba-riv', 'ac-lev', 'cd-coop', 'db-riv']);
    expect(rows[1]).toEqual({
      id: 'ba-riv',
      sourceId: 'b',
      source: 'Beta',
      type: 'rivalry',
      directed: false,
      targetId: 'a',
      target: 'Alpha',
      label: 'ba-riv',
      period: '2021–…',
      from: 2021,
      to: undefined,
      confidence: 'implied',
      evidence: 1,
    });
    expect(rows.map((r) => r.period)).toEqual(['2001–2021', '2021–…', '…–1990', 'undated', '1971']);
  });

  it('lists only the visible relations', () => {
    const visible = visibleGraph(tinyGraph, { ...defaultFilters(tinyGraph), when: 1971 });
    expect(relationRows(tinyGraph, visible).map((r) => r.id)).toEqual([
      'ac-lev',
      'cd-coop',
      'db-riv',
    ]);
  });
});

describe('sorting', () => {
  const actors = actorRows(tinyGraph, everything);
  const relations = relationRows(tinyGraph, everything);
  const ids = (rows: { id: string }[]) => rows.map((r) => r.id);
  const byRelation = (column: RelationColumn, direction: 'ascending' | 'descending') =>
    ids(sortRelationRows(relations, { column, direction }));

  it('sorts actors by name either way', () => {
    expect(ids(sortActorRows(actors, { column: 'name', direction: 'ascending' }))).toEqual([
      'a',
      'b',
      'd',
      'c',
      'lonely',
    ]);
    expect(ids(sortActorRows(actors, { column: 'name', direction: 'descending' }))).toEqual([
      'lonely',
      'c',
      'd',
      'b',
      'a',
    ]);
  });

  it('sorts by a count, ties by name in reading order whichever the direction', () => {
    expect(ids(sortActorRows(actors, { column: 'relations', direction: 'descending' }))).toEqual([
      'a',
      'b',
      'd',
      'c',
      'lonely',
    ]);
    expect(ids(sortActorRows(actors, { column: 'relations', direction: 'ascending' }))).toEqual([
      'lonely',
      'd',
      'c',
      'a',
      'b',
    ]);
  });

  it('sorts actors by kind', () => {
    expect(ids(sortActorRows(actors, { column: 'kind', direction: 'ascending' }))).toEqual([
      'd',
      'c',
      'a',
      'b',
      'lonely',
    ]);
  });

  it('sorts relations by their actors, type, label, confidence and evidence', () => {
    expect(byRelation('source', 'ascending')).toEqual([
      'ab-coop',
      'ac-lev',
      'ba-riv',
      'db-riv',
      'cd-coop',
    ]);
    expect(byRelation('target', 'ascending')).toEqual([
      'ba-riv',
      'ab-coop',
      'db-riv',
      'cd-coop',
      'ac-lev',
    ]);
    expect(byRelation('type', 'ascending')).toEqual([
      'ab-coop',
      'cd-coop',
      'ac-lev',
      'ba-riv',
      'db-riv',
    ]);
    expect(byRelation('type', 'descending')).toEqual([
      'ba-riv',
      'db-riv',
      'ac-lev',
      'ab-coop',
      'cd-coop',
    ]);
    expect(byRelation('label', 'descending')).toEqual([
      'db-riv',
      'cd-coop',
      'ba-riv',
      'ac-lev',
      'ab-coop',
    ]);
    expect(byRelation('confidence', 'ascending')[0]).toBe('ba-riv');
    expect(byRelation('evidence', 'descending')[0]).toBe('cd-coop');
  });

  it('sorts periods by start (an open start first), then end; undated last either way', () => {
    expect(byRelation('period', 'ascending')).toEqual([
      'ac-lev',
      'db-riv',
      'ab-coop',
      'ba-riv',
      'cd-coop',
    ]);
    expect(byRelation('period', 'descending')).toEqual([
      'ba-riv',
      'ab-coop',
      'db-riv',
      'ac-lev',
      'cd-coop',
    ]);
  });

  it('does not change the rows it is given', () => {
    const before = ids(relations);
    sortRelationRows(relations, { column: 'label', direction: 'descending' });
    expect(ids(relations)).toEqual(before);
  });
});

describe('nextSortOrder', () => {
  it('sorts a new column ascending and reverses the current one', () => {
    const byName = { column: 'name', direction: 'ascending' } as const;
    expect(nextSortOrder(byName, 'kind')).toEqual({ column: 'kind', direction: 'ascending' });
    expect(nextSortOrder(byName, 'name')).toEqual({ column: 'name', direction: 'descending' });
    expect(nextSortOrder({ column: 'name', direction: 'descending' }, 'name')).toEqual(byName);
  });
});
