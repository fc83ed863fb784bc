import { describe, expect, it } from 'vitest';
import { bandOf, emphasisBands } from './top-layer';

describe('bandOf', () => {
  it('draws raised elements at their own size from zoom 1 in', () => {
    expect(bandOf(1)).toBe(1);
    expect(bandOf(3.5)).toBe(1);
  });

  it('doubles their size at each halving of the zoom, keeping them 1 to 2 times their size on screen', () => {
    expect(bandOf(0.99)).toBe(2);
    expect(bandOf(0.5)).toBe(2);
    expect(bandOf(0.49)).toBe(4);
    expect(bandOf(0.05)).toBe(32);
    for (const zoom of [0.9, 0.3, 0.07, 0.011]) {
      const onScreen = bandOf(zoom) * zoom;
      expect(onScreen).toBeGreaterThanOrEqual(1);
      expect(onScreen).toBeLessThan(2);
    }
  });

  it('stops at the largest band, which the stylesheet has a rule for', () => {
    expect(bandOf(0.0001)).toBe(Math.max(...emphasisBands));
    expect(emphasisBands).toContain(bandOf(0.005));
  });
});
