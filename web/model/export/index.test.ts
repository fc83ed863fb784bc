import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { exportFormatNames, exportFormats, fileName, isExportFormat, subgraph } from './index';
import { trickyGraph } from './test-graphs';

describe('export registry', () => {
  const graph = trickyGraph();

  it('lists the data formats', () => {
    expect(exportFormatNames).toEqual(['json', 'cyjs', 'graphml', 'gexf', 'csv', 'annotations']);
    expect(isExportFormat('gexf')).toBe(true);
    expect(isExportFormat('png')).toBe(false);
    expect(isExportFormat('toString')).toBe(false);
  });

  it('writes every format, whole or a view, as parseable text', () => {
    const view = subgraph(graph, { actorIds: ['alpha', 'gamma'] });
    for (const name of exportFormatNames) {
      for (const g of [graph, view]) {
        const out = exportFormats[name].write(g);
        expect(out.length).toBeGreaterThan(0);
        if (exportFormats[name].mediaType.includes('xml'))
          expect(XMLValidator.validate(out)).toBe(true);
        if (exportFormats[name].mediaType.includes('json'))
          expect(() => JSON.parse(out)).not.toThrow();
      }
    }
  });

  it('names a file after what it holds', () => {
    expect(fileName(graph, 'csv', { table: 'relations' })).toBe('actor-graph-src-1-relations.csv');
    expect(fileName(graph, 'csv')).toBe('actor-graph-src-1-relations.csv');
    expect(fileName(graph, 'csv', { view: 'view', table: 'evidence' })).toBe(
      'actor-graph-src-1-view-evidence.csv',
    );
    expect(fileName(graph, 'graphml', { view: 'view' })).toBe('actor-graph-src-1-view.graphml');
    expect(fileName(graph, 'gexf', { view: 'Pakistan & neighbours' })).toBe(
      'actor-graph-src-1-pakistan-neighbours.gexf',
    );
    expect(fileName(graph, 'annotations')).toBe('actor-graph-src-1.jsonld');
    expect(fileName(graph, 'cyjs')).toBe('actor-graph-src-1.cyjs');
    expect(fileName(graph, 'png', { view: 'view' })).toBe('actor-graph-src-1-view.png');
    expect(fileName(graph, 'svg')).toBe('actor-graph-src-1.svg');
    const two = { ...graph, sources: [graph.sources[0]!, { ...graph.sources[0]!, id: 'src-2' }] };
    expect(fileName(two, 'json')).toBe('actor-graph-src-1-and-1-more.json');
    expect(fileName({ ...graph, sources: [] }, 'json')).toBe('actor-graph.json');
  });
});
