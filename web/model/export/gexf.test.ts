import Graph from 'graphology';
import { parse } from 'graphology-gexf';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { write } from './gexf';
import { expectedActor, expectedRelation, trickyGraph, withoutControls } from './test-graphs';

describe('gexf export', () => {
  const graph = trickyGraph();
  const xml = write(graph);

  it('is well-formed GEXF 1.3 with declared node and edge attributes', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml);
    expect(doc.gexf.version).toBe('1.3');
    expect(doc.gexf.xmlns).toBe('http://gexf.net/1.3');
    const declared = (
      doc.gexf.graph.attributes as { class: string; attribute: { id: string; type: string }[] }[]
    ).map(
      (block) => `${block.class}: ${block.attribute.map((a) => `${a.id}:${a.type}`).join(' ')}`,
    );
    expect(declared).toEqual([
      'node: name:string kind:string aliases:string description:string',
      'edge: type:string directed:boolean label:string period_from:integer period_to:integer confidence:string note:string evidence_count:integer first_quote:string first_page:integer',
    ]);
  });

  it("reads back in graphology-gexf with every actor, relation, attribute and position, text exact but XML's forbidden controls", () => {
    const read = parse(Graph, xml);
    expect(read.type).toBe('mixed');
    expect(read.nodes()).toEqual(graph.actors.map((actor) => actor.id));
    for (const actor of graph.actors) {
      expect(read.getNodeAttributes(actor.id)).toEqual({
        label: withoutControls(actor.name),
        ...expectedActor(graph, actor.id, withoutControls),
      });
    }
    expect(read.edges()).toEqual(graph.relations.map((relation) => relation.id));
    for (const relation of graph.relations) {
      expect(read.source(relation.id)).toBe(relation.source);
      expect(read.target(relation.id)).toBe(relation.target);
      expect(read.isDirected(relation.id)).toBe(relation.directed);
      expect(read.getEdgeAttributes(relation.id)).toEqual({
        kind: relation.type,
        ...expectedRelation(graph, relation.id, withoutControls),
      });
    }
  });

  it('keeps line breaks, tabs and surrounding spaces in attribute values', () => {
    const name = parse(Graph, xml).getNodeAttribute('alpha', 'label') as string;
    expect(name).toBe(withoutControls(graph.actors[0]!.name));
    expect(name).toContain('\nline two\r\nline\tthree ');
  });

  it('writes one edge type for readers that refuse mixed graphs', () => {
    const directed = write(graph, { mixed: false });
    expect(directed).not.toMatch(/<edge [^>]*type=/);
    const read = parse(Graph, directed);
    expect(read.type).toBe('directed');
    expect(read.getEdgeAttribute('alpha-beta-1', 'directed')).toBe(false);
  });
});
