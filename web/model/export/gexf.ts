// GEXF 1.3 (https://gexf.net/): Gephi's own format, a mixed multigraph with positions.
import type { CompiledGraph } from '../schema';
import {
  actorColumns,
  actorColumnTypes,
  relationColumns,
  relationColumnTypes,
  type ColumnType,
} from './columns';
import { buildXml, type XmlElement } from './xml';

export interface GexfOptions {
  /**
   * true (default): every edge says `type="directed|undirected"`. false: all edges take the
   * default (directed), for readers that refuse mixed graphs, such as networkx; the `directed`
   * attribute still tells mutual relations apart.
   */
  mixed?: boolean;
  /** Indent (default) or write one line. */
  pretty?: boolean;
}

const attributeTypes: Record<ColumnType, string> = {
  string: 'string',
  boolean: 'boolean',
  int: 'integer',
  double: 'double',
};

// x and y are the viz:position of a node, not attributes.
const nodeAttributeTypes = Object.fromEntries(
  Object.entries(actorColumnTypes).filter(([name]) => name !== 'x' && name !== 'y'),
);

function declarations(kind: 'node' | 'edge', types: Record<string, ColumnType>): XmlElement {
  return {
    '@_class': kind,
    attribute: Object.entries(types).map(([name, type]) => ({
      '@_id': name,
      '@_title': name,
      '@_type': attributeTypes[type],
    })),
  };
}

function attvalues(values: Record<string, unknown>): XmlElement | undefined {
  const attvalue = Object.entries(values).flatMap(([name, value]) =>
    value === undefined ? [] : [{ '@_for': name, '@_value': value as string | number | boolean }],
  );
  return attvalue.length > 0 ? { attvalue } : undefined;
}

export function write(
  graph: CompiledGraph,
  { mixed = true, pretty = true }: GexfOptions = {},
): string {
  const nodes = graph.actors.map((actor) => {
    const { x, y, ...values } = actorColumns(actor, graph.layout);
    return {
      '@_id': actor.id,
      '@_label': actor.name,
      attvalues: attvalues(values),
      'viz:position':
        typeof x === 'number' && typeof y === 'number' ? { '@_x': x, '@_y': y } : undefined,
    };
  });
  const edges = graph.relations.map((relation) => ({
    '@_id': relation.id,
    '@_source': relation.source,
    '@_target': relation.target,
    '@_type': mixed ? (relation.directed ? 'directed' : 'undirected') : undefined,
    // GEXF 1.3 edge kind: Gephi keeps parallel edges of different kinds apart.
    '@_kind': relation.type,
    '@_label': relation.label,
    attvalues: attvalues(relationColumns(relation)),
  }));
  const titles = graph.sources.map((source) => source.title).join('; ');
  return buildXml(
    {
      gexf: {
        '@_xmlns': 'http://gexf.net/1.3',
        '@_xmlns:viz': 'http://gexf.net/1.3/viz',
        '@_xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
        '@_xsi:schemaLocation': 'http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd',
        '@_version': '1.3',
        meta: {
          creator: 'Actor Graph',
          description: titles ? `Who influences whom according to: ${titles}` : 'Actor Graph',
        },
        graph: {
          '@_mode': 'static',
          '@_defaultedgetype': 'directed',
          attributes: [
            declarations('node', nodeAttributeTypes),
            declarations('edge', relationColumnTypes),
          ],
          nodes: { '@_count': nodes.length, node: nodes },
          edges: { '@_count': edges.length, edge: edges },
        },
      },
    },
    { pretty },
  );
}
