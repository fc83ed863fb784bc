// CSV tables (RFC 4180: comma, CRLF, fields quoted when they hold a comma, quote or line break)
// for spreadsheets, pandas and R: one table of actors, one of relations, one of evidence.
import Papa from 'papaparse';
import type { CompiledGraph } from '../schema';
import { actorColumns, relationColumns } from './columns';

export const csvTables = ['actors', 'relations', 'evidence'] as const;
export type CsvTable = (typeof csvTables)[number];

export interface CsvOptions {
  /** Which table to write; default "relations", the edge list. */
  table?: CsvTable;
}

type Row = Record<string, string | number | boolean | undefined>;

function rows(graph: CompiledGraph, table: CsvTable): { fields: string[]; data: Row[] } {
  switch (table) {
    case 'actors':
      return {
        fields: ['id', 'name', 'kind', 'aliases', 'description', 'x', 'y'],
        data: graph.actors.map((actor) => ({ id: actor.id, ...actorColumns(actor, graph.layout) })),
      };
    case 'relations':
      return {
        fields: [
          'id',
          'source',
          'target',
          'type',
          'directed',
          'label',
          'period_from',
          'period_to',
          'confidence',
          'evidence_count',
          'note',
        ],
        data: graph.relations.map((relation) => ({
          id: relation.id,
          source: relation.source,
          target: relation.target,
          ...relationColumns(relation),
        })),
      };
    case 'evidence':
      return {
        fields: ['relation_id', 'source_id', 'quote', 'page', 'start', 'end', 'paragraph', 'note'],
        data: graph.relations.flatMap((relation) =>
          relation.evidence.map((piece) => ({
            relation_id: relation.id,
            source_id: piece.source,
            quote: piece.exact,
            page: piece.page,
            start: piece.start,
            end: piece.end,
            paragraph: piece.paragraph,
            note: piece.note,
          })),
        ),
      };
  }
}

export function write(graph: CompiledGraph, { table = 'relations' }: CsvOptions = {}): string {
  const { fields, data } = rows(graph, table);
  const body = Papa.unparse(
    { fields, data: data.map((row) => fields.map((field) => row[field] ?? '')) },
    { newline: '\r\n', quotes: false, header: true },
  );
  // Every record ends with CRLF; papaparse ends a header-only table with one already.
  return body.endsWith('\r\n') ? body : body + '\r\n';
}
