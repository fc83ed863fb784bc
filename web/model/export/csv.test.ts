import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { write } from './csv';
import { trickyGraph } from './test-graphs';

const read = (csv: string) =>
  parse(csv, { columns: true, skip_empty_lines: false }) as Record<string, string>[];

/** A CSV cell as csv-parse gives it back: absent values are empty. */
const cell = (value: string | number | boolean | undefined) =>
  value === undefined ? '' : String(value);

describe('csv export', () => {
  const graph = trickyGraph();

  it('writes the actors table', () => {
    const rows = read(write(graph, { table: 'actors' }));
    expect(rows).toEqual(
      graph.actors.map((actor) => ({
        id: actor.id,
        name: actor.name,
        kind: actor.kind,
        aliases: cell(actor.aliases?.join('; ')),
        description: actor.description,
        x: cell(graph.layout[actor.id]?.x),
        y: cell(graph.layout[actor.id]?.y),
      })),
    );
  });

  it('writes the relations table, the default', () => {
    const csv = write(graph);
    expect(write(graph, { table: 'relations' })).toBe(csv);
    expect(csv.slice(0, csv.indexOf('\r\n'))).toBe(
      'id,source,target,type,directed,label,period_from,period_to,confidence,evidence_count,note',
    );
    expect(read(csv)).toEqual(
      graph.relations.map((relation) => ({
        id: relation.id,
        source: relation.source,
        target: relation.target,
        type: relation.type,
        directed: String(relation.directed),
        label: relation.label,
        period_from: cell(relation.period?.from),
        period_to: cell(relation.period?.to),
        confidence: relation.confidence,
        evidence_count: String(relation.evidence.length),
        note: cell(relation.note),
      })),
    );
  });

  it('writes the evidence table, one row a piece', () => {
    const rows = read(write(graph, { table: 'evidence' }));
    expect(rows).toEqual(
      graph.relations.flatMap((relation) =>
        relation.evidence.map((piece) => ({
          relation_id: relation.id,
          source_id: piece.source,
          quote: piece.exact,
          page: cell(piece.page),
          start: String(piece.start),
          end: String(piece.end),
          paragraph: String(piece.paragraph),
          note: cell(piece.note),
        })),
      ),
    );
  });

  it('follows RFC 4180: CRLF records, quoted fields, doubled quotes, control characters kept', () => {
    const csv = write(graph, { table: 'relations' });
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv).toContain('" He said ""no"", she said \'yes\' & left;');
    // Outside quoted fields every line ends with CR LF.
    const outside = csv.replace(/"(?:[^"]|"")*"/g, '');
    expect(outside.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(read(csv)[0]?.label).toContain('\u0007bell\u0000nul\u001Fend ');
  });

  it('writes the header of an empty table', () => {
    const empty = { ...graph, relations: [] };
    expect(write(empty, { table: 'evidence' })).toBe(
      'relation_id,source_id,quote,page,start,end,paragraph,note\r\n',
    );
  });
});
