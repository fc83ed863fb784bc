// Cytoscape itself reads this output in scripts/export.test.ts: the pure model may not import it.
import { describe, expect, it } from 'vitest';
import { write, type CyjsDocument } from './cyjs';
import { ExportError } from './error';
import { expectedActor, expectedRelation, trickyGraph } from './test-graphs';

describe('cytoscape json export', () => {
  const graph = trickyGraph();
  const doc = JSON.parse(write(graph)) as CyjsDocument;

  it('has a node per actor with its attributes and position', () => {
    expect(doc.elements.nodes.map((node) => node.data.id)).toEqual(['alpha', 'beta', 'gamma']);
    for (const node of doc.elements.nodes) {
      const actor = graph.actors.find((candidate) => candidate.id === node.data.id)!;
      const { x, y, ...attributes } = expectedActor(graph, actor.id);
      // Aliases stay a list here, not one joined text.
      expect(node.data).toEqual({
        id: actor.id,
        label: actor.name,
        ...attributes,
        aliases: actor.aliases,
      });
      expect(node.position).toEqual(x === undefined ? undefined : { x, y });
    }
  });

  it('has an edge per relation with its attributes, text exact', () => {
    expect(doc.elements.edges.map((edge) => edge.data)).toEqual(
      graph.relations.map((relation) => ({
        id: relation.id,
        source: relation.source,
        target: relation.target,
        ...expectedRelation(graph, relation.id),
      })),
    );
  });

  it('refuses a relation that has the id of an actor', () => {
    const clash = { ...graph, relations: [{ ...graph.relations[0]!, id: 'gamma' }] };
    expect(() => write(clash)).toThrow(ExportError);
    expect(() => write(clash)).toThrow('cyjs: relation "gamma" has the id of an actor');
  });
});
