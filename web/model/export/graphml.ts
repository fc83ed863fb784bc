// GraphML (http://graphml.graphdrawing.org/): for yEd, Gephi, Cytoscape desktop, igraph.
import type { CompiledGraph } from '../schema';
import {
  actorColumns,
  actorColumnTypes,
  relationColumns,
  relationColumnTypes,
  type ColumnType,
} from './columns';
import { buildXml, type XmlElement } from './xml';

export interface GraphmlOptions {
  /**
   * true (default): a mixed graph, every edge saying `directed="true|false"`. false: a directed
   * graph (edgedefault="directed", no per-edge attribute) for readers that refuse mixed graphs,
   * such as networkx; the `directed` data still tells mutual relations apart.
   */
  mixed?: boolean;
  /** Indent (default) or write one line. */
  pretty?: boolean;
}

const keyTypes: Record<ColumnType, string> = {
  string: 'string',
  boolean: 'boolean',
  int: 'int',
  double: 'double',
};

// Key ids are namespaced by element: nodes and edges both have a "label" for Gephi.
const nodeKey = (name: string) => `actor_${name}`;
const edgeKey = (name: string) => `relation_${name}`;

function keys(kind: 'node' | 'edge', types: Record<string, ColumnType>): XmlElement[] {
  return Object.entries(types).map(([name, type]) => ({
    '@_id': kind === 'node' ? nodeKey(name) : edgeKey(name),
    '@_for': kind,
    '@_attr.name': name,
    '@_attr.type': keyTypes[type],
  }));
}

function data(values: Record<string, unknown>, key: (name: string) => string): XmlElement[] {
  return Object.entries(values).flatMap(([name, value]) =>
    value === undefined
      ? []
      : [{ '@_key': key(name), '#text': value as string | number | boolean }],
  );
}

export function write(
  graph: CompiledGraph,
  { mixed = true, pretty = true }: GraphmlOptions = {},
): string {
  const nodeTypes = { label: 'string', ...actorColumnTypes } as const;
  const nodes = graph.actors.map((actor) => ({
    '@_id': actor.id,
    data: data({ label: actor.name, ...actorColumns(actor, graph.layout) }, nodeKey),
  }));
  const edges = graph.relations.map((relation) => ({
    '@_id': relation.id,
    '@_source': relation.source,
    '@_target': relation.target,
    // With edgedefault="undirected" every directed edge says so: graphology's reader (Gephi Lite,
    // sigma) ignores directed="false" and would read every edge of a directed default as directed.
    '@_directed': mixed ? String(relation.directed) : undefined,
    data: data(relationColumns(relation), edgeKey),
  }));
  return buildXml(
    {
      graphml: {
        '@_xmlns': 'http://graphml.graphdrawing.org/xmlns',
        '@_xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
        '@_xsi:schemaLocation':
          'http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd',
        key: [...keys('node', nodeTypes), ...keys('edge', relationColumnTypes)],
        graph: {
          '@_id': 'actor-graph',
          '@_edgedefault': mixed ? 'undirected' : 'directed',
          node: nodes,
          edge: edges,
        },
      },
    },
    { pretty },
  );
}
