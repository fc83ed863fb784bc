import { describe, expect, it } from 'vitest';
import { defaultFilters, visibleGraph, type ViewFilters } from '../view';
import { describeFilters, exportDate, imageCaption } from './caption';
import { trickyGraph } from './test-graphs';

describe('image caption', () => {
  const graph = trickyGraph();
  const defaults = defaultFilters(graph);
  const captionOf = (change: Partial<ViewFilters>) => {
    const filters = { ...defaults, ...change };
    return imageCaption(
      graph,
      { filters, visible: visibleGraph(graph, filters) },
      new Date(2024, 0, 9),
    );
  };

  it('cites the source, says the whole graph is drawn and dates the export', () => {
    expect(captionOf({})).toEqual([
      'Source: A "tricky" source <test> & more, 2023',
      'Whole graph: 3 actors, 4 relations',
      'Exported 2024-01-09 from Actor Graph',
    ]);
  });

  it('describes every filter that differs from the default view', () => {
    expect(describeFilters(graph, defaults)).toEqual([]);
    expect(
      describeFilters(graph, {
        ...defaults,
        types: ['leverage'],
        kinds: ['state', 'armed-group'],
        confidence: ['stated'],
        when: { from: 1971, to: 2001 },
        includeUndated: false,
        focus: { actor: 'beta', steps: 2, direction: 'out', types: ['leverage'] },
      }),
    ).toEqual([
      'relation types: leverage',
      'actor kinds: State, Armed group',
      'confidence: stated',
      '1971–2001',
      'undated relations left out',
      'around Beta בטא (2 steps, outgoing, following leverage)',
    ]);
    expect(describeFilters(graph, { ...defaults, types: ['leverage', 'rivalry'] })).toEqual([
      'relation types: rivalry, leverage',
    ]);
    expect(describeFilters(graph, { ...defaults, when: 2021 })).toEqual(['in 2021']);
    expect(describeFilters(graph, { ...defaults, when: { from: 2001 } })).toEqual(['from 2001']);
    expect(describeFilters(graph, { ...defaults, sources: [] })).toEqual(['sources: none']);
  });

  it('gives the view and what it leaves in the caption', () => {
    expect(captionOf({ types: ['leverage'] })[1]).toBe(
      'View: relation types: leverage · 3 actors, 1 relation',
    );
  });

  it('cites every source when no relation is drawn', () => {
    expect(captionOf({ types: [] })[0]).toBe('Source: A "tricky" source <test> & more, 2023');
  });

  it('writes dates as year-month-day', () => {
    expect(exportDate(new Date(2023, 11, 31, 23, 59))).toBe('2023-12-31');
  });
});
