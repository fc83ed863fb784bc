// The data exports of a compiled graph: one module per format, each with one write(graph, options).
import type { CompiledGraph } from '../schema';
import * as annotations from './annotations';
import * as csv from './csv';
import * as cyjs from './cyjs';
import * as gexf from './gexf';
import * as graphml from './graphml';
import * as json from './json';

export { ExportError } from './error';
export { subgraph, type View } from './view';
export { csvTables, type CsvTable } from './csv';
export { imageCaption, describeFilters, exportDate } from './caption';
export { writeSvg, type SvgImage, type SvgOptions, type TextMeasure } from './svg';
export type { ImageScene } from './scene';

/** Every option any format takes; each format reads only its own. */
export type ExportOptions = json.JsonOptions &
  cyjs.CyjsOptions &
  graphml.GraphmlOptions &
  gexf.GexfOptions &
  csv.CsvOptions &
  annotations.AnnotationOptions;

export interface ExportFormat {
  write: (graph: CompiledGraph, options?: ExportOptions) => string;
  /** Short name for a menu. */
  label: string;
  /** File name extension, without the dot. */
  extension: string;
  /** Media type for a download (a Blob's type). */
  mediaType: string;
  description: string;
}

export const exportFormats = {
  json: {
    write: json.write,
    label: 'JSON',
    extension: 'json',
    mediaType: 'application/json',
    description:
      'The compiled graph as the app loads it: sources, actors, relations, evidence, layout.',
  },
  cyjs: {
    write: cyjs.write,
    label: 'Cytoscape JSON',
    extension: 'cyjs',
    mediaType: 'application/json',
    description: 'Cytoscape JSON elements with positions, for cytoscape.js and Cytoscape desktop.',
  },
  graphml: {
    write: graphml.write,
    label: 'GraphML',
    extension: 'graphml',
    mediaType: 'application/graphml+xml',
    description: 'GraphML with declared attributes and per-edge direction, for yEd, Gephi, igraph.',
  },
  gexf: {
    write: gexf.write,
    label: 'GEXF',
    extension: 'gexf',
    mediaType: 'application/gexf+xml',
    description: 'GEXF 1.3 mixed graph with attributes and positions, for Gephi and Gephi Lite.',
  },
  csv: {
    write: csv.write,
    label: 'CSV',
    extension: 'csv',
    mediaType: 'text/csv; charset=utf-8',
    description: 'CSV tables of actors, relations or evidence, for spreadsheets, pandas and R.',
  },
  annotations: {
    write: annotations.write,
    label: 'Web Annotations',
    extension: 'jsonld',
    mediaType: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"',
    description: 'W3C Web Annotations anchoring every piece of evidence in its source text.',
  },
} as const satisfies Record<string, ExportFormat>;

export type ExportFormatName = keyof typeof exportFormats;

export const exportFormatNames = Object.keys(exportFormats) as ExportFormatName[];

export function isExportFormat(name: string): name is ExportFormatName {
  return Object.hasOwn(exportFormats, name);
}

/** Images of the network as drawn: made from the live view, not from the graph alone. */
export const imageFormats = {
  png: {
    label: 'PNG',
    extension: 'png',
    mediaType: 'image/png',
    description: 'PNG picture of the graph as drawn, with legend and caption, at 1 to 4 times.',
  },
  svg: {
    label: 'SVG',
    extension: 'svg',
    mediaType: 'image/svg+xml',
    description: 'SVG vector drawing of the graph as drawn, with legend and caption as text.',
  },
} as const;

export type ImageFormatName = keyof typeof imageFormats;

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/**
 * A file name that says what the file holds: the graph's sources, the view if any, the table for
 * CSV, e.g. "actor-graph-pjsel-2023-relations.csv", "actor-graph-pjsel-2023-view.graphml",
 * "actor-graph-pjsel-2023-view.png".
 */
export function fileName(
  graph: CompiledGraph,
  format: ExportFormatName | ImageFormatName,
  { view, table }: { view?: string; table?: csv.CsvTable } = {},
): string {
  const [first, ...others] = graph.sources.map((source) => slug(source.id));
  const parts = ['actor-graph'];
  if (first) parts.push(others.length > 0 ? `${first}-and-${others.length}-more` : first);
  if (view !== undefined) parts.push(slug(view) || 'view');
  if (format === 'csv') parts.push(table ?? 'relations');
  const { extension } = Object.hasOwn(imageFormats, format)
    ? imageFormats[format as ImageFormatName]
    : exportFormats[format as ExportFormatName];
  return `${parts.join('-')}.${extension}`;
}
