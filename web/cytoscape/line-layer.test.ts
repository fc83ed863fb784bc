import { describe, expect, it } from 'vitest';
import { relationStyles } from '../theme';
import { plainLineWidth } from './line-layer';

const line = { id: 'r', source: 'a', target: 'b', directed: true } as const;

describe('plainLineWidth', () => {
  it('gives a relation its type’s width, as the full style does', () => {
    for (const type of ['cooperation', 'rivalry', 'leverage'] as const) {
      expect(plainLineWidth({ ...line, type })).toBe(relationStyles[type].width);
    }
  });

  it('widens a bundle from 4 to 10 as it holds 2 to 20 relations, as its edge in detail does', () => {
    // Cytoscape's 'mapData(count, 2, 20, 4, 10)', clamped at both ends.
    expect(plainLineWidth({ ...line, type: 'rivalry', count: 2 })).toBe(4);
    expect(plainLineWidth({ ...line, type: 'rivalry', count: 11 })).toBe(7);
    expect(plainLineWidth({ ...line, type: 'rivalry', count: 20 })).toBe(10);
    expect(plainLineWidth({ ...line, type: 'rivalry', count: 60 })).toBe(10);
  });
});
