// Property tests of the CSV importer: random text, almost-valid spreadsheets (random columns
// under their many names, valid and hostile cells, broken quotes) and valid ones full of hostile
// text. The importer never throws; its errors always point at a line and column of the CSV; what
// it writes compiles, or fails with errors traced back to the CSV; and every cell comes back from
// the YAML as it was written.
import { fuzzSuite } from '../fuzz-suite';
import fc from 'fast-check';
import Papa from 'papaparse';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { datasetFiles, formatDataError, type CompileResult, type DataError } from '../dataset';
import type { Actor, Relation } from '../schema';
import { actorKinds, relationTypes } from '../vocabulary';
import { relationsCsvColumns, type CsvField } from './csv-columns';
import {
  compileImportedRelations,
  importRelationsCsv,
  type RelationsCsvImport,
  type RelationsCsvOptions,
} from './csv-relations';

/** Runs of each property (fast-check numRuns); the closing note of the fuzz suite cites them. */
const csvFuzzRuns = {
  randomText: 1500,
  almostValidSheets: 1200,
  hostileTextRoundTrip: 400,
} as const;

const timed = fuzzSuite('CSV import fuzz', csvFuzzRuns);

/** Holds the quotes that valid cells give, each once. */
const sourceText = 'China supports Pakistan. Islamabad asks the Afghan Taliban to act against TTP.';

const options: RelationsCsvOptions = {
  sourceId: 'fuzz',
  sourceFile: 'sources/fuzz.txt',
  sourceTitle: 'Fuzz',
  fileName: 'relations.csv',
};

function imports(csv: string): RelationsCsvImport {
  try {
    return importRelationsCsv(csv, options);
  } catch (error) {
    throw new Error(`importRelationsCsv threw on ${JSON.stringify(csv).slice(0, 2000)}`, {
      cause: error,
    });
  }
}

/** An import's errors each name the CSV, a line that it has, a column, and what is wrong. */
function checkImportErrors(csv: string, errors: readonly DataError[]) {
  const lines = csv.replace(/^\uFEFF/, '').split(/\r\n?|\n/).length;
  expect(errors.length).toBeGreaterThan(0);
  for (const error of errors) {
    const problem = `${JSON.stringify(csv).slice(0, 300)} -> ${formatDataError(error)}`;
    expect(error.file, problem).toBe(options.fileName);
    expect(Number.isInteger(error.line) && error.line >= 1 && error.line <= lines, problem).toBe(
      true,
    );
    expect(Number.isInteger(error.column) && error.column >= 1, problem).toBe(true);
    expect(error.message.length, problem).toBeGreaterThan(0);
    expect(error.record === undefined || /^(header|row \d+)$/.test(error.record), problem).toBe(
      true,
    );
  }
}

/** A compiled import: a graph whose quotes slice back, or errors traced to the CSV. */
function checkCompiled(result: CompileResult) {
  if (result.ok) {
    for (const relation of result.graph.relations) {
      for (const piece of relation.evidence) {
        const text = result.graph.sources.find(({ id }) => id === piece.source)?.text ?? '';
        expect(text.slice(piece.start, piece.end)).toBe(piece.exact);
      }
    }
    return;
  }
  expect(result.errors.length).toBeGreaterThan(0);
  for (const error of result.errors) {
    const problem = formatDataError(error);
    expect(Object.values(datasetFiles) as string[], problem).toContain(error.file);
    expect(error.line >= 1 && error.column >= 1, problem).toBe(true);
    if (error.file === datasetFiles.relations && error.record?.startsWith('relation ')) {
      expect(problem).toMatch(/ \(from relations\.csv:\d+:\d+, row \d+\)$/);
    }
  }
}

// --- Cells --------------------------------------------------------------------------------

const awkwardChar = fc.constantFrom(
  '\u0000',
  '\u0007',
  '\t',
  '\n',
  '\r',
  '\r\n',
  '\u0085',
  '\u00a0',
  '\u00ad',
  '\u200b',
  '\u200d',
  '\u202e',
  '\u2028',
  '\u2067',
  '\ufeff',
  '\ud800',
  '\udfff',
  '👍🏽',
  '🏳️‍🌈',
  'ب',
  'é',
  'e\u0301',
);
const csvBreaker = fc.constantFrom('"', '""', ',', ';', '\t', '\n', '\r', ' ', '=', '+', '-', '@');
const markup = fc.constantFrom(
  '<script>alert(1)</script>',
  '<img src=x onerror="alert(1)">',
  '"; DROP TABLE relations; --',
  '{{constructor}}',
  '__proto__',
  'constructor',
  '${x}',
  '%s%n',
  'null',
  'true',
  '- ',
  '# ',
  ': ',
  '&a',
  '*a',
);

const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.string({
    unit: fc.oneof(awkwardChar, csvBreaker, markup, fc.constantFrom('a', 'B', '1')),
    maxLength: 30,
  }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  markup,
  fc.integer({ min: 2, max: 4 }).map((power) => 'x'.repeat(10 ** power)),
);

/** Cells that a valid sheet may hold in each column: free text is hostile, the rest is valid. */
const validCell: Record<CsvField, fc.Arbitrary<string>> = {
  from: fc.oneof(
    fc.constantFrom('China', 'china', 'Pakistan', '中国'),
    hostileString.map((text) => `A ${text}`),
  ),
  to: fc.oneof(
    fc.constantFrom('Afghan Taliban', 'TTP', 'Côte d’Ivoire'),
    hostileString.map((text) => `B ${text}`),
  ),
  type: fc.constantFrom(...relationTypes, 'Leverage', ' rivalry ', 'COOPERATION'),
  label: hostileString,
  directed: fc.constantFrom('', 'yes', 'TRUE', '1'),
  period: fc.constantFrom('2001-2021', '2021-', '-2018', '2006', '1971 – 1972', '2001 to 2003', ''),
  from_year: fc.constantFrom('2001', ''),
  to_year: fc.constantFrom('2021', ''),
  confidence: fc.constantFrom('stated', 'Implied', ''),
  quote: fc.oneof(
    {
      weight: 3,
      arbitrary: fc.constantFrom('China supports Pakistan', 'the Afghan Taliban', 'TTP'),
    },
    { weight: 1, arbitrary: hostileString.map((text) => `q ${text}`) },
  ),
  prefix: fc.constantFrom('', '', 'persuade '),
  suffix: fc.constantFrom('', '', ' to'),
  note: hostileString,
  id: fc.constant(''),
  from_kind: fc.constant(''),
  to_kind: fc.constantFrom('', 'armed group'),
};

/** Cells that break a rule of their column, or nothing but odd text. */
const invalidCell: Record<CsvField, fc.Arbitrary<string>> = {
  from: fc.constantFrom('', ' ', 'Afghan Taliban'),
  to: fc.constantFrom('', 'China', 'CHINA'),
  type: fc.constantFrom('alliance', '', 'leverage '),
  label: hostileString,
  directed: fc.constantFrom('No', 'false', '0', 'maybe'),
  period: fc.constantFrom('2021-2001', '-', '999', '3000-', 'around 2001'),
  from_year: fc.constantFrom('201', '1000', '2999', '3000', 'x'),
  to_year: fc.constantFrom('1999', 'x'),
  confidence: fc.constantFrom('high', 'certain'),
  quote: fc.constantFrom('', ' '),
  prefix: hostileString,
  suffix: hostileString,
  note: hostileString,
  id: fc.constantFrom('x', 'x', 'china-pakistan', 'Bad Id', 'a--b'),
  from_kind: fc.constantFrom(...actorKinds, 'Organization', 'country'),
  to_kind: fc.constantFrom(...actorKinds, 'country'),
};

const fields = Object.keys(relationsCsvColumns) as CsvField[];

/** A header cell for a field, under one of its names, in some case and spacing. */
const headerFor = (field: CsvField) =>
  fc
    .tuple(
      fc.constantFrom(...relationsCsvColumns[field]),
      fc.constantFrom('lower', 'upper', 'title', 'spaced'),
    )
    .map(([header, style]) => {
      if (style === 'upper') return header.toUpperCase();
      if (style === 'title') {
        return header.replace(
          /(^|_)(\w)/g,
          (_, sep: string, c: string) => `${sep}${c.toUpperCase()}`,
        );
      }
      if (style === 'spaced') return ` ${header.replace(/_/g, ' ')} `;
      return header;
    });

interface Sheet {
  header: string[];
  columns: (CsvField | undefined)[];
  rows: string[][];
}

/**
 * A clean sheet has the required columns, years in one form, and valid cells (free text aside);
 * a mixed one may lack columns, repeat them, add unknown ones, and break a cell now and then.
 */
const sheet: fc.Arbitrary<Sheet> = fc
  .tuple(
    fc.boolean(),
    fc.subarray(fields),
    // Most mixed sheets have the required columns too, so that their rows are read.
    fc.integer({ min: 0, max: 4 }).map((n) => n > 0),
    fc.array(fc.oneof(hostileString, fc.constantFrom('page', 'qoute', 'checked by', '')), {
      maxLength: 2,
    }),
  )
  .chain(([clean, chosen, withRequired, unknownNames]) => {
    let columns: (CsvField | undefined)[] = withRequired
      ? [...new Set<CsvField>(['from', 'to', 'type', 'quote', ...chosen])]
      : chosen;
    let unknown = unknownNames;
    if (clean) {
      const years = chosen.includes('period')
        ? chosen.filter((field) => field !== 'from_year' && field !== 'to_year')
        : chosen;
      columns = [...new Set<CsvField>(['from', 'to', 'type', 'quote', ...years])];
      unknown = unknown.filter((header) => header === 'checked by');
    }
    const all = [...columns, ...unknown.map(() => undefined)];
    const cell = (field: CsvField | undefined) => {
      if (!field) return hostileString;
      if (clean) return validCell[field];
      return fc.oneof(
        { weight: 4, arbitrary: validCell[field] },
        { weight: 1, arbitrary: invalidCell[field] },
      );
    };
    return fc
      .record({
        order: fc.shuffledSubarray(
          all.map((_, i) => i),
          { minLength: all.length, maxLength: all.length },
        ),
        names: fc.tuple(
          ...all.map((field, i) =>
            field ? headerFor(field) : fc.constant(unknown[i - columns.length] ?? ''),
          ),
        ),
        rows: fc.array(fc.tuple(...all.map(cell)), { minLength: 1, maxLength: 8 }),
      })
      .map(({ order, names, rows }) => ({
        header: order.map((i) => names[i] ?? ''),
        columns: order.map((i) => all[i]),
        rows: rows.map((row) => order.map((i) => row[i] ?? '')),
      }));
  });

interface Layout {
  delimiter: ',' | ';' | '\t';
  newline: '\n' | '\r\n';
  bom: boolean;
  quotes: boolean;
}

const layout: fc.Arbitrary<Layout> = fc.record({
  delimiter: fc.constantFrom(',', ';', '\t'),
  newline: fc.constantFrom('\n', '\r\n'),
  bom: fc.boolean(),
  quotes: fc.boolean(),
});

function writeCsv(
  { header, rows }: Pick<Sheet, 'header' | 'rows'>,
  { delimiter, newline, bom, quotes }: Layout,
) {
  const text = Papa.unparse({ fields: header, data: rows }, { delimiter, newline, quotes });
  return (bom ? '\uFEFF' : '') + text + newline;
}

/** Edits that break a CSV as text: a stray quote, a lost delimiter, a cut. */
type CsvEdit =
  { at: number; op: 'insert'; text: string } | { at: number; op: 'delete'; length: number };
const csvEdit: fc.Arbitrary<CsvEdit> = fc.oneof(
  fc.record({
    at: fc.nat(),
    op: fc.constant('insert' as const),
    text: fc.oneof(csvBreaker, awkwardChar),
  }),
  fc.record({
    at: fc.nat(),
    op: fc.constant('delete' as const),
    length: fc.integer({ min: 1, max: 10 }),
  }),
);
function editCsv(csv: string, edit: CsvEdit): string {
  const at = edit.at % (csv.length + 1);
  return edit.op === 'insert'
    ? csv.slice(0, at) + edit.text + csv.slice(at)
    : csv.slice(0, at) + csv.slice(at + edit.length);
}

describe('importRelationsCsv on random and almost-valid CSV', { timeout: 180_000 }, () => {
  it('never throws on random text, and locates every error in it', () => {
    const headerLine = fc.constantFrom(
      '',
      'from,to,type,quote\n',
      'Source;Target;Relation;Evidence\r\n',
    );
    timed(
      'randomText',
      fc.property(
        headerLine,
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 300 }),
          fc.string({
            unit: fc.oneof(
              awkwardChar,
              csvBreaker,
              markup,
              fc.constantFrom('a', 'leverage', '2001-'),
            ),
            maxLength: 120,
          }),
        ),
        (header, body) => {
          const csv = header + body;
          const result = imports(csv);
          if (!result.ok) checkImportErrors(csv, result.errors);
          else checkCompiled(compileImportedRelations(result, body));
        },
      ),
    );
  });

  it('never throws on spreadsheets of valid and hostile cells; what it writes compiles or is traced', () => {
    timed(
      'almostValidSheets',
      fc.property(
        sheet,
        layout,
        fc.oneof(
          { weight: 3, arbitrary: fc.constant([]) },
          { weight: 1, arbitrary: fc.array(csvEdit, { minLength: 1, maxLength: 2 }) },
        ),
        fc.boolean(),
        (data, format, edits, quotesInText) => {
          const csv = edits.reduce(editCsv, writeCsv(data, format));
          const result = imports(csv);
          if (!result.ok) {
            checkImportErrors(csv, result.errors);
            return;
          }
          // A source text that holds the usual quotes once, and the odd ones when told to.
          const quoteColumn = data.columns.indexOf('quote');
          const odd = data.rows
            .map((row) => row[quoteColumn] ?? '')
            .filter((q) => q.startsWith('q '));
          const text = [sourceText, ...(quotesInText ? odd : [])].join('\n\n\n');
          checkCompiled(compileImportedRelations(result, text));
        },
      ),
    );
  });
});

describe('importRelationsCsv on valid spreadsheets of hostile text', { timeout: 180_000 }, () => {
  /** Text as spreadsheets hold it: line breaks inside cells come back as \n, the ends trimmed. */
  const asRead = (cell: string) => cell.replace(/\r\n?/g, '\n').trim();
  /** A quote that survives the source normaliser: no white space but single spaces, no end hyphen. */
  const quoteWord = fc.oneof(
    fc.string({
      unit: fc.oneof(
        markup,
        fc.constantFrom('a', 'b', 'é', '👍🏽', '\u202e', '\u200b', '"', "'", ',', '<', '>'),
      ),
      minLength: 1,
      maxLength: 6,
    }),
    fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 6 }),
  );
  const quote = fc
    .array(quoteWord, { minLength: 1, maxLength: 5 })
    .map((words) =>
      words
        .join(' ')
        .replace(/\s+/g, ' ')
        .replace(/^ +|[ -]+$/g, ''),
    )
    .filter((text) => text !== '');
  const row = fc.record({
    from: hostileString.map((text) => `A ${text}`),
    to: hostileString.map((text) => `B ${text}`),
    type: fc.constantFrom(...relationTypes, 'LEVERAGE', 'Rivalry'),
    label: hostileString,
    note: hostileString,
    quote,
  });

  it('writes every cell into the YAML and reads it back unchanged', () => {
    timed(
      'hostileTextRoundTrip',
      fc.property(fc.array(row, { minLength: 1, maxLength: 8 }), layout, (rows, format) => {
        const header = ['from', 'to', 'type', 'label', 'note', 'quote'] as const;
        const csv = writeCsv(
          { header: [...header], rows: rows.map((r) => header.map((field) => r[field])) },
          format,
        );
        const result = imports(csv);
        if (!result.ok) throw new Error(result.errors.map(formatDataError).join('\n'));
        const relations = parse(result.files['relations.yaml']) as Relation[];
        const actors = new Map(
          (parse(result.files['actors.yaml']) as Actor[]).map((actor) => [actor.id, actor]),
        );
        expect(relations.length).toBe(rows.length);
        rows.forEach((given, i) => {
          const relation = relations[i];
          const type = given.type.toLowerCase();
          expect(relation?.type).toBe(type);
          expect(relation?.label).toBe(asRead(given.label) || type);
          expect(relation?.note).toBe(asRead(given.note) || undefined);
          expect(relation?.evidence).toEqual([{ source: 'fuzz', quote: asRead(given.quote) }]);
          for (const [end, written] of [
            ['source', given.from],
            ['target', given.to],
          ] as const) {
            const actor = actors.get(relation?.[end] ?? '');
            expect([actor?.name, ...(actor?.aliases ?? [])]).toContain(asRead(written));
          }
        });
        // The quotes, each a paragraph of the source, anchor; only a quote that is part of
        // another may be ambiguous, and that error names its row.
        const compiled = compileImportedRelations(result, rows.map((r) => r.quote).join('\n\n\n'));
        checkCompiled(compiled);
        if (!compiled.ok) {
          for (const error of compiled.errors) expect(error.message).toMatch(/^quote is ambiguous/);
        }
      }),
    );
  });
});
