import { describe, expect, it } from 'vitest';
import { seededLayout } from './layout';

const actors = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, name: `Actor ${id}` }));
const relations = [
  { source: 'a', target: 'b' },
  { source: 'a', target: 'b' },
  { source: 'b', target: 'c' },
  { source: 'c', target: 'd' },
];

describe('seededLayout', () => {
  it('gives the same positions for the same data and seed', () => {
    expect(seededLayout(actors, relations)).toEqual(seededLayout(actors, relations));
  });

  it('gives other positions for another seed', () => {
    expect(seededLayout(actors, relations, { seed: 2 })).not.toEqual(
      seededLayout(actors, relations),
    );
  });

  it('places every actor, the unrelated one too, at finite distinct points', () => {
    const positions = seededLayout(actors, relations);
    expect(Object.keys(positions).sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
    const points = Object.values(positions);
    for (const { x, y } of points) expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
    expect(new Set(points.map(({ x, y }) => `${x},${y}`)).size).toBe(points.length);
  });

  it('keeps actors apart by at least the room their labels need', () => {
    const positions = Object.values(seededLayout(actors, relations));
    for (let i = 0; i < positions.length; i++) {
      for (let j = i + 1; j < positions.length; j++) {
        const distance = Math.hypot(
          positions[i]!.x - positions[j]!.x,
          positions[i]!.y - positions[j]!.y,
        );
        expect(distance).toBeGreaterThan(40);
      }
    }
  });

  it('handles an empty graph and a single actor', () => {
    expect(seededLayout([], [])).toEqual({});
    expect(seededLayout([{ id: 'only' }], [])).toEqual({ only: { x: 0, y: 0 } });
  });
});
