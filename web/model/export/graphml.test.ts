import Graph from 'graphology';
import { parse } from 'graphology-graphml';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { write } from './graphml';
import { expectedActor, expectedRelation, trickyGraph, withoutControls } from './test-graphs';

describe('graphml export', () => {
  const graph = trickyGraph();
  const xml = write(graph);

  it('is well-formed XML', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  it('declares a key for every attribute', () => {
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml);
    const keys = (
      doc.graphml.key as { for: string; 'attr.name': string; 'attr.type': string }[]
    ).map((key) => `${key.for}:${key['attr.name']}:${key['attr.type']}`);
    expect(keys).toEqual([
      'node:label:string',
      'node:name:string',
      'node:kind:string',
      'node:aliases:string',
      'node:description:string',
      'node:x:double',
      'node:y:double',
      'edge:type:string',
      'edge:directed:boolean',
      'edge:label:string',
      'edge:period_from:int',
      'edge:period_to:int',
      'edge:confidence:string',
      'edge:note:string',
      'edge:evidence_count:int',
      'edge:first_quote:string',
      'edge:first_page:int',
    ]);
  });

  it("reads back in graphology-graphml with every actor, relation and attribute, text exact but XML's forbidden controls", () => {
    const read = parse(Graph, xml);
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
      expect(read.getEdgeAttributes(relation.id)).toEqual(
        expectedRelation(graph, relation.id, withoutControls),
      );
    }
  });

  it('keeps line breaks, tabs and surrounding spaces', () => {
    const label = parse(Graph, xml).getEdgeAttribute('alpha-beta-1', 'label') as string;
    expect(label.startsWith(' He said "no"')).toBe(true);
    expect(label).toContain('עולם\nline two\r\nline\tthree bellnulend ');
  });

  it('writes a directed graph without per-edge direction for readers that refuse mixed graphs', () => {
    const directed = write(graph, { mixed: false });
    expect(directed).toContain('edgedefault="directed"');
    expect(directed).not.toMatch(/<edge [^>]*directed=/);
    const read = parse(Graph, directed);
    expect(read.type).toBe('directed');
    expect(read.getEdgeAttribute('alpha-beta-1', 'directed')).toBe(false);
  });

  it('writes one line when not pretty', () => {
    const compact = write(graph, { pretty: false });
    expect(compact.split('\n').length).toBeLessThanOrEqual(2);
    expect(parse(Graph, compact).size).toBe(graph.relations.length);
  });
});
