import { describe, expect, it } from 'vitest';
import { CompiledGraph } from '../schema';
import { write } from './json';
import { trickyGraph } from './test-graphs';

describe('json export', () => {
  it('reads back through the schema as the same graph, text and all', () => {
    const graph = trickyGraph();
    const read = CompiledGraph.parse(JSON.parse(write(graph)));
    expect(read).toEqual(graph);
  });

  it('is indented by default and one line when compact', () => {
    const graph = trickyGraph();
    expect(write(graph)).toMatch(/^\{\n {2}"version": 1,/);
    const compact = write(graph, { pretty: false });
    expect(compact.trimEnd()).not.toContain('\n');
    expect(CompiledGraph.parse(JSON.parse(compact))).toEqual(graph);
  });
});
