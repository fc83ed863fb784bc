import { describe, expect, it } from 'vitest';
import { cycle, nearestInDirection, nearestTo, relationsToStep } from './spatial-navigation';

//        north (100, 0)
//  west (0, 100)   here (100, 100)   east (200, 110)   far-east (400, 100)
//                  low-east (130, 190)
//        south (100, 300)
const here = { x: 100, y: 100 };
const placed = [
  { id: 'north', x: 100, y: 0 },
  { id: 'west', x: 0, y: 100 },
  { id: 'east', x: 200, y: 110 },
  { id: 'far-east', x: 400, y: 100 },
  { id: 'low-east', x: 130, y: 190 },
  { id: 'south', x: 100, y: 300 },
];

describe('nearestInDirection', () => {
  it('goes to the nearest actor in each screen direction (y grows downwards)', () => {
    expect(nearestInDirection(here, placed, 'up')).toBe('north');
    expect(nearestInDirection(here, placed, 'left')).toBe('west');
    expect(nearestInDirection(here, placed, 'right')).toBe('east');
    expect(nearestInDirection(here, placed, 'down')).toBe('low-east');
  });

  it('weighs straying sideways more than going ahead', () => {
    // low-east is nearer (about 95 px) than east (about 100 px) but 90 px off the line.
    expect(Math.hypot(30, 90)).toBeLessThan(Math.hypot(100, 10));
    expect(nearestInDirection(here, placed, 'right')).toBe('east');
  });

  it('counts only actors strictly ahead', () => {
    expect(nearestInDirection({ x: 400, y: 100 }, placed, 'right')).toBeUndefined();
    expect(nearestInDirection(here, [{ id: 'level', x: 300, y: 100 }], 'up')).toBeUndefined();
    expect(nearestInDirection(here, [], 'left')).toBeUndefined();
  });

  it('breaks ties by id, whatever the order given', () => {
    const tie = [
      { id: 'b', x: 150, y: 80 },
      { id: 'a', x: 150, y: 120 },
    ];
    expect(nearestInDirection(here, tie, 'right')).toBe('a');
    expect(nearestInDirection(here, [...tie].reverse(), 'right')).toBe('a');
  });
});

describe('nearestTo', () => {
  it('finds the closest actor to a point', () => {
    expect(nearestTo({ x: 120, y: 170 }, placed)).toBe('low-east');
    expect(nearestTo(here, [])).toBeUndefined();
  });
});

describe('cycle', () => {
  it('steps forwards and backwards, wrapping round', () => {
    expect(cycle(['a', 'b', 'c'], 'a', 1)).toBe('b');
    expect(cycle(['a', 'b', 'c'], 'c', 1)).toBe('a');
    expect(cycle(['a', 'b', 'c'], 'a', -1)).toBe('c');
  });

  it('starts at the first (forwards) or last (backwards) item', () => {
    expect(cycle(['a', 'b', 'c'], undefined, 1)).toBe('a');
    expect(cycle(['a', 'b', 'c'], 'gone', -1)).toBe('c');
    expect(cycle([], undefined, 1)).toBeUndefined();
  });
});

describe('relationsToStep', () => {
  const names: Record<string, string> = { cn: 'China', pk: 'Pakistan', af: 'Afghan Taliban' };
  const relations = [
    { id: 'r1', source: 'cn', target: 'pk', label: 'supports' },
    { id: 'r2', source: 'pk', target: 'af', label: 'hosts' },
    { id: 'r3', source: 'af', target: 'cn', label: 'courts' },
    { id: 'r4', source: 'cn', target: 'af', label: 'has leverage over' },
    { id: 'r5', source: 'cn', target: 'pk', label: 'invests in' },
  ];

  it('keeps the actor’s relations, ordered by the other actor, then by label', () => {
    const ids = relationsToStep(relations, 'cn', (id) => names[id]!).map((r) => r.id);
    expect(ids).toEqual(['r3', 'r4', 'r5', 'r1']);
  });

  it('is empty for an actor with no relations', () => {
    expect(relationsToStep(relations, 'nobody', (id) => id)).toEqual([]);
  });
});
