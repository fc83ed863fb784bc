import { describe, expect, it } from 'vitest';
import { seededLayout } from './layout';
import { completeLayout } from './layout-missing';

const actors = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ({ id, name: `Actor ${id}` }));
const relations = [
  { source: 'a', target: 'b' },
  { source: 'b', target: 'c' },
  { source: 'c', target: 'd' },
  { source: 'e', target: 'a' },
  { source: 'e', target: 'b' },
];
const given = {
  a: { x: 0, y: 0 },
  b: { x: 200, y: 0 },
  c: { x: 400, y: 0 },
  d: { x: 600, y: 0 },
};

const distance = (p: { x: number; y: number }, q: { x: number; y: number }) =>
  Math.hypot(p.x - q.x, p.y - q.y);

describe('completeLayout', () => {
  it('keeps a complete layout as it is', () => {
    const full = seededLayout(actors, relations);
    expect(completeLayout(actors, relations, full)).toEqual(full);
  });

  it('lays out the whole graph as the compiler does when no positions are given', () => {
    expect(completeLayout(actors, relations, {})).toEqual(seededLayout(actors, relations));
  });

  it('keeps given positions and puts a missing actor near its neighbours, clear of the others', () => {
    const positions = completeLayout(actors, relations, given);
    expect(Object.keys(positions).sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    for (const [id, position] of Object.entries(given)) expect(positions[id]).toEqual(position);
    // e relates to a and b: it sits near the middle of them, 70 or more from every actor.
    expect(distance(positions['e']!, { x: 100, y: 0 })).toBeLessThan(150);
    for (const id of ['a', 'b', 'c', 'd', 'f'])
      expect(distance(positions['e']!, positions[id]!)).toBeGreaterThanOrEqual(70);
    // f relates to nobody: right of the figure.
    expect(positions['f']!.x).toBeGreaterThan(600);
  });

  it('treats a non-finite position as missing, and gives the same answer every time', () => {
    const broken = { ...given, d: { x: Number.NaN, y: 0 } };
    const positions = completeLayout(actors, relations, broken);
    expect(Number.isFinite(positions['d']!.x)).toBe(true);
    expect(completeLayout(actors, relations, broken)).toEqual(positions);
  });
});
