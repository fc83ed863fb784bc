import { describe, expect, it } from 'vitest';
import { nearestPolyline, squaredDistanceToSegment } from './nearest-line';

describe('squaredDistanceToSegment', () => {
  const a = { x: 0, y: 0 };
  const b = { x: 10, y: 0 };

  it('measures straight across to a point beside the segment', () => {
    expect(squaredDistanceToSegment({ x: 4, y: 3 }, a, b)).toBe(9);
  });

  it('measures to the nearer end for a point beyond the segment', () => {
    expect(squaredDistanceToSegment({ x: 13, y: 4 }, a, b)).toBe(25);
    expect(squaredDistanceToSegment({ x: -3, y: -4 }, a, b)).toBe(25);
  });

  it('treats a segment of no length as its point', () => {
    expect(squaredDistanceToSegment({ x: 3, y: 4 }, a, a)).toBe(25);
  });
});

describe('nearestPolyline', () => {
  const horizontal = [
    { x: 0, y: 0 },
    { x: 10, y: 0 },
  ] as const;
  const vertical = [
    { x: 5, y: -5 },
    { x: 5, y: 5 },
  ] as const;
  const far = [
    { x: 100, y: 100 },
    { x: 110, y: 100 },
  ] as const;

  it('finds the nearest segment within reach', () => {
    expect(nearestPolyline({ x: 2, y: 1 }, [horizontal, vertical, far], 4)).toBe(0);
    expect(nearestPolyline({ x: 6, y: 3 }, [horizontal, vertical, far], 4)).toBe(1);
  });

  it('finds none when every segment is out of reach', () => {
    expect(nearestPolyline({ x: 50, y: 50 }, [horizontal, vertical, far], 4)).toBe(-1);
    expect(nearestPolyline({ x: 0, y: 0 }, [], 4)).toBe(-1);
  });

  it('gives the last of equally near segments, the one drawn on top', () => {
    expect(nearestPolyline({ x: 5, y: 0 }, [horizontal, vertical], 4)).toBe(1);
  });

  it('follows a line through its points: a curve drawn through its midpoint', () => {
    const curve = [
      { x: 0, y: 0 },
      { x: 5, y: 6 },
      { x: 10, y: 0 },
    ] as const;
    // Near the bend, far from the chord between the ends: the curve, not the straight line.
    expect(nearestPolyline({ x: 5, y: 5 }, [horizontal, curve], 2)).toBe(1);
    expect(nearestPolyline({ x: 5, y: 1 }, [horizontal, curve], 2)).toBe(0);
  });
});
