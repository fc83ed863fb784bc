// Cytoscape JSON: the `elements` that cytoscape.js (`cy.json()`, `cy.add()`) and Cytoscape
// desktop (File > Import > Network from File, .cyjs) read.
import type { CompiledGraph } from '../schema';
import { actorColumns, relationColumns } from './columns';
import { ExportError } from './error';

export interface CyjsOptions {
  /** Indent with two spaces (default) or write one compact line. */
  pretty?: boolean;
}

export interface CyjsNode {
  data: { id: string; label: string; aliases?: string[] } & Record<string, unknown>;
  position?: { x: number; y: number };
}

export interface CyjsEdge {
  data: { id: string; source: string; target: string } & Record<string, unknown>;
}

export interface CyjsDocument {
  format_version: string;
  generated_by: string;
  target_cytoscapejs_version: string;
  data: { name: string };
  elements: { nodes: CyjsNode[]; edges: CyjsEdge[] };
}

export function toCyjs(graph: CompiledGraph): CyjsDocument {
  const actorIds = new Set(graph.actors.map((actor) => actor.id));
  const nodes = graph.actors.map((actor): CyjsNode => {
    const { x, y, ...columns } = actorColumns(actor, graph.layout);
    const node: CyjsNode = {
      data: { id: actor.id, label: actor.name, ...columns, aliases: actor.aliases },
    };
    if (typeof x === 'number' && typeof y === 'number') node.position = { x, y };
    return node;
  });
  const edges = graph.relations.map((relation): CyjsEdge => {
    // Nodes and edges share one id space in Cytoscape: a clash would drop an element.
    if (actorIds.has(relation.id)) {
      throw new ExportError(
        `cyjs: relation "${relation.id}" has the id of an actor; Cytoscape needs every id to be unique, so rename the relation`,
      );
    }
    return {
      data: {
        id: relation.id,
        source: relation.source,
        target: relation.target,
        ...relationColumns(relation),
      },
    };
  });
  return {
    format_version: '1.0',
    generated_by: 'Actor Graph',
    target_cytoscapejs_version: '~3.34',
    data: { name: graph.sources.map((source) => source.title).join('; ') || 'Actor Graph' },
    elements: { nodes, edges },
  };
}

export function write(graph: CompiledGraph, { pretty = true }: CyjsOptions = {}): string {
  return JSON.stringify(toCyjs(graph), null, pretty ? 2 : undefined) + '\n';
}
