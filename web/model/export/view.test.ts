import { describe, expect, it } from 'vitest';
import { CompiledGraph } from '../schema';
import { ExportError } from './error';
import { subgraph } from './view';
import { trickyGraph } from './test-graphs';

const ids = (items: { id: string }[]) => items.map((item) => item.id);

describe('subgraph (the current view)', () => {
  const graph = trickyGraph();

  it('keeps the chosen actors and the relations between them', () => {
    const view = subgraph(graph, { actorIds: ['beta', 'alpha'] });
    expect(ids(view.actors)).toEqual(['alpha', 'beta']);
    expect(ids(view.relations)).toEqual(['alpha-beta-1', 'alpha-beta-2', 'beta-alpha-1']);
    expect(Object.keys(view.layout)).toEqual(['alpha', 'beta']);
    expect(CompiledGraph.parse(view)).toEqual(view);
  });

  it('keeps the chosen relations and their ends', () => {
    const view = subgraph(graph, { relationIds: ['gamma-alpha-1'] });
    expect(ids(view.actors)).toEqual(['alpha', 'gamma']);
    expect(ids(view.relations)).toEqual(['gamma-alpha-1']);
  });

  it('keeps only the chosen relations whose ends are both chosen', () => {
    const view = subgraph(graph, {
      actorIds: ['alpha', 'beta'],
      relationIds: ['alpha-beta-2', 'gamma-alpha-1'],
    });
    expect(ids(view.relations)).toEqual(['alpha-beta-2']);
  });

  it('keeps the sources that kept evidence cites', () => {
    expect(ids(subgraph(graph, { actorIds: ['gamma'] }).sources)).toEqual([]);
    expect(ids(subgraph(graph, { actorIds: ['gamma', 'alpha'] }).sources)).toEqual(['src-1']);
  });

  it('ignores unknown ids', () => {
    expect(ids(subgraph(graph, { actorIds: ['gamma', 'nobody'] }).actors)).toEqual(['gamma']);
  });

  it('refuses an empty view with a message that says what to do', () => {
    expect(() => subgraph(graph, { actorIds: ['nobody', 'none'] })).toThrow(ExportError);
    expect(() => subgraph(graph, { actorIds: ['nobody', 'none'] })).toThrow(
      'view: the view is empty: no actor of the view ("nobody", "none") is in the graph; choose actors of the graph, e.g. "alpha", "beta", "gamma"',
    );
    expect(() => subgraph(graph, { actorIds: [] })).toThrow(
      'view: the view is empty: no actor of the view (none given) is in the graph',
    );
    expect(() => subgraph(graph, { relationIds: ['x-y'] })).toThrow(
      'view: the view is empty: no relation of the view ("x-y") is in the graph; choose relations of the graph',
    );
  });
});
