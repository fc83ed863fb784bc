import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { ActorGrid, bandOf, emphasisBands } from './top-layer';

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

describe('ActorGrid', () => {
  const network = () =>
    cytoscape({
      headless: true,
      styleEnabled: true,
      layout: { name: 'preset' },
      style: [
        { selector: 'node', style: { width: 30, height: 30 } },
        { selector: '.hidden', style: { display: 'none' } },
      ],
      elements: [
        { data: { id: 'a' }, position: { x: 0, y: 0 } },
        { data: { id: 'b' }, position: { x: 20, y: 0 } },
        // Across the edge of a cell (they are 80 units wide).
        { data: { id: 'c' }, position: { x: 79, y: 300 } },
        { data: { id: 'far' }, position: { x: 5000, y: -3000 } },
      ],
    });
  const ids = (nodes: cytoscape.NodeSingular[]) => nodes.map((node) => node.id()).sort();

  it('finds every actor whose box holds the point, and none elsewhere', () => {
    const cy = network();
    const grid = new ActorGrid(cy.nodes());
    expect(ids(grid.at({ x: 10, y: 0 }, 0))).toEqual(['a', 'b']);
    expect(ids(grid.at({ x: -14, y: 14 }, 0))).toEqual(['a']);
    expect(ids(grid.at({ x: 5010, y: -2990 }, 0))).toEqual(['far']);
    expect(ids(grid.at({ x: 200, y: 200 }, 0))).toEqual([]);
    cy.destroy();
  });

  it('finds an actor from a cell its box reaches into, and a little off its box with slack', () => {
    const cy = network();
    const grid = new ActorGrid(cy.nodes());
    expect(ids(grid.at({ x: 90, y: 300 }, 0))).toEqual(['c']);
    expect(ids(grid.at({ x: 96, y: 300 }, 0))).toEqual([]);
    expect(ids(grid.at({ x: 96, y: 300 }, 3))).toEqual(['c']);
    cy.destroy();
  });

  it('follows an actor’s own size, and skips a hidden one', () => {
    const cy = network();
    cy.getElementById('far').style({ width: 64, height: 64 });
    cy.getElementById('a').addClass('hidden');
    const grid = new ActorGrid(cy.nodes());
    expect(ids(grid.at({ x: 5030, y: -3000 }, 0))).toEqual(['far']);
    expect(ids(grid.at({ x: -10, y: 0 }, 0))).toEqual([]);
    cy.destroy();
  });
});
