// The patches applied to Cytoscape at install (patches/) change how it works, not what it does:
// these check what they touch that runs without a renderer.
import cytoscape from 'cytoscape';
import { afterEach, describe, expect, it } from 'vitest';

let cy: cytoscape.Core | undefined;
afterEach(() => {
  cy?.destroy();
  cy = undefined;
});

const graph = () =>
  cytoscape({
    headless: true,
    elements: [
      { data: { id: 'a' } },
      { data: { id: 'b' } },
      { data: { id: 'ab', source: 'a', target: 'b' } },
    ],
  });

describe('events skipped when nothing listens', () => {
  it('still reach a listener of the core, once per element', () => {
    cy = graph();
    const added: string[] = [];
    cy.on('add', (event) => added.push(event.target.id()));
    cy.add([{ data: { id: 'c' } }, { data: { id: 'bc', source: 'b', target: 'c' } }]);
    expect(added).toEqual(['c', 'bc']);
  });

  it('still reach a listener of the element itself, and the core', () => {
    cy = graph();
    const removed: string[] = [];
    cy.getElementById('ab').on('remove', () => removed.push('own'));
    cy.on('remove', (event) => removed.push(`core ${event.target.id()}`));
    cy.getElementById('ab').remove();
    expect(removed.sort()).toEqual(['core ab', 'own']);
  });

  it('leave the graph as it would be with no listener at all', () => {
    cy = graph();
    cy.add({ data: { id: 'c' } });
    cy.getElementById('ab').remove();
    expect(
      cy
        .elements()
        .map((element) => element.id())
        .sort(),
    ).toEqual(['a', 'b', 'c']);
  });
});

describe('styling a node for the first time', () => {
  it('gives its edges their bounds when they are measured after it', () => {
    cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: [{ selector: 'node', style: { width: 40, height: 40 } }],
      elements: [
        { data: { id: 'a' }, position: { x: 0, y: 0 } },
        { data: { id: 'b' }, position: { x: 100, y: 0 } },
        { data: { id: 'ab', source: 'a', target: 'b' } },
      ],
    });
    const box = cy.getElementById('a').boundingBox();
    expect(box.w).toBeGreaterThanOrEqual(40);
    // A later change of a node's size still reaches its edges' cached bounds.
    const before = cy.getElementById('ab').boundingBox();
    cy.getElementById('a').style({ width: 80, height: 80 });
    cy.getElementById('a').position({ x: -200, y: 0 });
    const after = cy.getElementById('ab').boundingBox();
    expect(after.x1).toBeLessThan(before.x1);
  });
});

describe('removing edges', () => {
  const parallel = () =>
    cytoscape({
      headless: true,
      elements: [
        { data: { id: 'a' } },
        { data: { id: 'b' } },
        { data: { id: 'c' } },
        { data: { id: 'ab1', source: 'a', target: 'b' } },
        { data: { id: 'ab2', source: 'a', target: 'b' } },
        { data: { id: 'ba', source: 'b', target: 'a' } },
        { data: { id: 'bc', source: 'b', target: 'c' } },
      ],
    });
  const ids = (elements: { toArray(): { id(): string }[] }) =>
    elements.toArray().map((element) => element.id());

  it('leaves the parallel edges that remain, whichever way those run', () => {
    cy = parallel();
    expect(ids(cy.getElementById('ab1').parallelEdges()).sort()).toEqual(['ab1', 'ab2', 'ba']);
    expect(ids(cy.getElementById('ba').parallelEdges()).sort()).toEqual(['ab1', 'ab2', 'ba']);
    cy.getElementById('ab2').remove();
    expect(ids(cy.getElementById('ab1').parallelEdges()).sort()).toEqual(['ab1', 'ba']);
    expect(ids(cy.getElementById('ba').parallelEdges()).sort()).toEqual(['ab1', 'ba']);
    expect(ids(cy.getElementById('b').connectedEdges()).sort()).toEqual(['ab1', 'ba', 'bc']);
  });

  // The unpatched Cytoscape gives this same order.
  it('removes edges before nodes, the last edge listed first', () => {
    cy = parallel();
    const chosen = cy.collection();
    for (const id of ['ab1', 'ab2', 'c']) chosen.merge(cy.getElementById(id));
    const removed = chosen.remove();
    expect(ids(removed)).toEqual(['bc', 'ab2', 'ab1', 'c']);
    expect(ids(cy.elements()).sort()).toEqual(['a', 'b', 'ba']);
  });
});

describe('a node restyled', () => {
  it('still tells its edges when it stops taking up space, and not when only its colour changes', () => {
    cy = cytoscape({
      headless: true,
      styleEnabled: true,
      layout: { name: 'preset' },
      style: [
        { selector: 'node', style: { width: 20, height: 20, 'background-color': '#ccc' } },
        { selector: '.gone', style: { display: 'none' } },
        { selector: '.red', style: { 'background-color': '#f00', 'border-width': 3 } },
      ],
      elements: [
        { data: { id: 'a' }, position: { x: 0, y: 0 } },
        { data: { id: 'b' }, position: { x: 100, y: 0 } },
        { data: { id: 'ab', source: 'a', target: 'b' } },
      ],
    });
    // pstyle and takesUpSpace are Cytoscape's, missing from its types.
    type Untyped = { pstyle(name: string): unknown; takesUpSpace(): boolean };
    const node = cy.getElementById('a');
    const edge = cy.getElementById('ab');
    // Styles apply when read: the node's first, as the renderer reads them, then the edge's
    // answers, which Cytoscape caches.
    const edgeAfter = () => {
      (node as unknown as Untyped).pstyle('display');
      return { visible: edge.visible(), space: (edge as unknown as Untyped).takesUpSpace() };
    };
    expect(edgeAfter()).toEqual({ visible: true, space: true });
    node.addClass('red');
    expect(edgeAfter()).toEqual({ visible: true, space: true });
    node.addClass('gone');
    expect(edgeAfter()).toEqual({ visible: false, space: false });
    node.removeClass('gone');
    expect(edgeAfter()).toEqual({ visible: true, space: true });
    node.style({ width: 0 });
    expect(edgeAfter()).toEqual({ visible: false, space: false });
  });
});
