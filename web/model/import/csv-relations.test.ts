import Papa from 'papaparse';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { compileDataset, formatDataError } from '../dataset';
import { miniText } from '../mini-dataset.fixture';
import {
  compileImportedRelations,
  importRelationsCsv,
  MAX_CSV_BYTES,
  MAX_CSV_ROWS,
  type ImportedRelations,
  type RelationsCsvOptions,
} from './csv-relations';
import { miniRelationsCsv as miniCsv } from './mini-relations.fixture';

const options: RelationsCsvOptions = {
  sourceId: 'mini',
  sourceFile: 'sources/mini.txt',
  sourceTitle: 'A mini source',
  fileName: 'relations.csv',
};

function imported(csv: string, given: Partial<RelationsCsvOptions> = {}): ImportedRelations {
  const result = importRelationsCsv(csv, { ...options, ...given });
  if (!result.ok) throw new Error(result.errors.map(formatDataError).join('\n'));
  return result;
}

/** The errors of an import that must fail, as the CLI prints them. */
function importErrors(csv: string): string[] {
  const result = importRelationsCsv(csv, options);
  if (result.ok) throw new Error('the import succeeded');
  return result.errors.map(formatDataError);
}

describe('importRelationsCsv on a valid CSV', () => {
  const result = imported(miniCsv);

  it('writes relations.yaml in the style of graph-data/, each record under its rows', () => {
    expect(result.files['relations.yaml'])
      .toBe(`# Imported from relations.csv: its relations, each under the row(s) it comes from.

# relations.csv row 2
- id: china-pakistan-cooperation
  source: china
  target: pakistan
  type: cooperation
  directed: false
  label: supports
  confidence: stated
  evidence:
    - source: mini
      quote: "China supports Pakistan economically, politically as well as security-wise"

# relations.csv row 3
- id: china-afghan-taliban-leverage
  source: china
  target: afghan-taliban
  type: leverage
  directed: true
  label: has leverage over
  period: { from: 2021 }
  confidence: stated
  evidence:
    - source: mini
      quote: "at the moment China has leverage over the Afghan Taliban"

# relations.csv rows 4, 5
- id: havens
  source: afghan-taliban
  target: ttp
  type: cooperation
  directed: false
  label: gives safe havens to
  period: { from: 2021, to: 2023 }
  confidence: stated
  evidence:
    - source: mini
      quote: "The Afghan Taliban are providing safe havens to TTP"
    - source: mini
      quote: "the Afghan Taliban"
      prefix: "persuade "
`);
  });

  it('creates each actor once, named as written, with the kind its rows give', () => {
    expect(parse(result.files['actors.yaml'])).toEqual([
      {
        id: 'china',
        name: 'China',
        kind: 'state',
        description: 'Imported from relations.csv',
      },
      {
        id: 'pakistan',
        name: 'Pakistan',
        kind: 'state',
        description: 'Imported from relations.csv',
      },
      {
        id: 'afghan-taliban',
        name: 'Afghan Taliban',
        kind: 'armed-group',
        description: 'Imported from relations.csv',
      },
      {
        id: 'ttp',
        name: 'TTP',
        kind: 'armed-group',
        description: 'Imported from relations.csv',
      },
    ]);
    expect(parse(result.files['sources.yaml'])).toEqual([
      { id: 'mini', file: 'sources/mini.txt', title: 'A mini source' },
    ]);
  });

  it('compiles with the source text: every quote anchored', () => {
    const compiled = compileImportedRelations(result, miniText);
    if (!compiled.ok) throw new Error(compiled.errors.map(formatDataError).join('\n'));
    const anchored = compiled.graph.relations.flatMap((relation) =>
      relation.evidence.map(({ start, end }) => [relation.id, start, end]),
    );
    expect(anchored).toEqual([
      ['china-pakistan-cooperation', 65, 139],
      ['china-afghan-taliban-leverage', 145, 201],
      ['havens', 204, 255],
      ['havens', 330, 348],
    ]);
    // The same files pass compileDataset as scripts/validate.ts reads them.
    expect(compileDataset({ ...result.files, 'sources/mini.txt': miniText }).ok).toBe(true);
  });
});

describe('importRelationsCsv defaults and spellings', () => {
  const relations = (csv: string) =>
    parse(imported(csv).files['relations.yaml']) as Record<string, unknown>[];
  const actors = (csv: string) =>
    parse(imported(csv).files['actors.yaml']) as Record<string, unknown>[];

  it('reads synonyms of the columns, a semicolon delimiter, a BOM and CRLF line ends', () => {
    const csv =
      '\uFEFFSource;Target;Relation Type;Evidence;From Year;Until\r\nA;B;Rivalry;q;2001;\r\n';
    expect(relations(csv)).toEqual([
      {
        id: 'a-b-rivalry',
        source: 'a',
        target: 'b',
        type: 'rivalry',
        directed: false,
        label: 'rivalry',
        period: { from: 2001 },
        confidence: 'stated',
        evidence: [{ source: 'mini', quote: 'q' }],
      },
    ]);
  });

  it('directs leverage and nothing else unless told; labels with the type by default', () => {
    const csv =
      'from,to,type,directed,quote\nA,B,leverage,,q\nA,B,cooperation,,q\nA,B,rivalry,YES,q\n';
    expect(relations(csv).map(({ id, directed, label }) => [id, directed, label])).toEqual([
      ['a-b-leverage', true, 'leverage'],
      ['a-b-cooperation', false, 'cooperation'],
      ['a-b-rivalry', true, 'rivalry'],
    ]);
  });

  it('reads every form of period', () => {
    const periods = ['2001-2021', '2021-', '-2018', '2006', '1971 – 1972', '2001 to 2003'];
    const csv = ['from,to,type,period,quote', ...periods.map((p) => `A,B,rivalry,${p},q`)].join(
      '\n',
    );
    expect(relations(csv).map(({ period }) => period)).toEqual([
      { from: 2001, to: 2021 },
      { from: 2021 },
      { to: 2018 },
      { from: 2006, to: 2006 },
      { from: 1971, to: 1972 },
      { from: 2001, to: 2003 },
    ]);
  });

  it('numbers ids made from the same actors and type, and never renames a given id', () => {
    const csv =
      'from,to,type,id,quote\nA,B,rivalry,,q\nA,B,rivalry,,q\nA,B,rivalry,a-b-rivalry-3,q\n';
    expect(relations(csv).map(({ id }) => id)).toEqual([
      'a-b-rivalry',
      'a-b-rivalry-2',
      'a-b-rivalry-3',
    ]);
  });

  it('keeps spellings of one actor as aliases and gives names without Latin letters an id', () => {
    const csv =
      'from,to,type,quote\nCôte d’Ivoire,中国,cooperation,q\ncote d’ivoire,中国,rivalry,q\n';
    expect(actors(csv)).toEqual([
      {
        id: 'cote-divoire',
        name: 'Côte d’Ivoire',
        kind: 'organisation',
        aliases: ['cote d’ivoire'],
        description: 'Imported from relations.csv',
      },
      {
        id: 'actor-4e2d-56fd',
        name: '中国',
        kind: 'organisation',
        description: 'Imported from relations.csv',
      },
    ]);
  });

  it('keeps a later note of a relation with several rows as the note of its quote', () => {
    const csv = 'id,from,to,type,quote,note\nx,A,B,rivalry,q1,first\nx,A,B,,q2,second\n';
    // "type" may not be left empty: it is required in every row.
    expect(importErrors(csv)).toEqual([
      'relations.csv:3:4 row 3: type is empty; write cooperation, rivalry, leverage',
    ]);
    const fixed = csv.replace('x,A,B,,q2', 'x,a,b,rivalry,q2');
    expect(relations(fixed)).toEqual([
      {
        id: 'x',
        source: 'a',
        target: 'b',
        type: 'rivalry',
        directed: false,
        label: 'rivalry',
        confidence: 'stated',
        note: 'first',
        evidence: [
          { source: 'mini', quote: 'q1' },
          { source: 'mini', quote: 'q2', note: 'second' },
        ],
      },
    ]);
  });
});

describe('importRelationsCsv on a broken CSV: each error at its cell', () => {
  const header = 'from,to,type,directed,period,confidence,quote,id,from_kind';
  const rows = (...lines: string[]) => [header, ...lines].join('\n') + '\n';
  const good = 'China,Pakistan,cooperation,,,,China supports Pakistan,,';

  const cases: [string, string, string[]][] = [
    [
      'missing required columns',
      'from,label,text\nChina,supports,x\n',
      [
        'relations.csv:1:1 header: missing required column "to"; name a column "to", "target", "to_actor", "target_actor", "actor2", "actor_2", "actor_b"',
        'relations.csv:1:1 header: missing required column "type"; name a column "type", "relation_type", "relation", "relationship"',
        'relations.csv:1:1 header: missing required column "quote"; name a column "quote", "evidence", "first_quote", "excerpt", "passage"',
      ],
    ],
    [
      'a column given twice under two names',
      'from,to,type,quote,source\nA,B,rivalry,q,C\n',
      [
        'relations.csv:1:5 header: column "source" repeats column 1 ("from"): both are read as from; keep one of them',
      ],
    ],
    [
      'a misspelt column',
      'from,to,type,qoute,confidnce\nA,B,rivalry,q,implied\n',
      [
        'relations.csv:1:4 header: unknown column "qoute"; did you mean "quote"?',
        'relations.csv:1:5 header: unknown column "confidnce"; did you mean "confidence"?',
        'relations.csv:1:1 header: missing required column "quote"; name a column "quote", "evidence", "first_quote", "excerpt", "passage"',
      ],
    ],
    [
      'years in both forms',
      'from,to,type,quote,period,from_year\nA,B,rivalry,q,2001,\n',
      [
        'relations.csv:1:6 header: columns "period" and "from_year" both give years; use either period or from_year/to_year',
      ],
    ],
    [
      'an empty from and an empty quote',
      rows(good, ',Pakistan,cooperation,,,,,,'),
      [
        'relations.csv:3:1 row 3: from is empty; name the actor the relation starts from',
        'relations.csv:3:7 row 3: quote is empty; copy the passage of the source that supports the relation',
      ],
    ],
    [
      'an unknown type',
      rows('China,Pakistan,alliance,,,,q,,'),
      [
        'relations.csv:2:3 row 2: unknown type "alliance"; the type is one of cooperation, rivalry, leverage',
      ],
    ],
    [
      'a bad period',
      rows('China,Pakistan,rivalry,,around 2001,,q,,', 'China,India,rivalry,,2021-2001,,q,,'),
      [
        'relations.csv:2:5 row 2: period "around 2001" is not a span of years; write 2001-2021, 2021- (still holds), -2018 (held until) or 2006 (that year)',
        'relations.csv:3:5 row 3: period runs backwards (from 2021 to 2001); swap the years',
      ],
    ],
    [
      'a year out of range',
      'from,to,type,quote,from_year,to_year\nA,B,rivalry,q,201,3001\n',
      [
        'relations.csv:2:5 row 2: from_year "201" is not a year; write one such as 2001',
        'relations.csv:2:6 row 2: to_year "3001" is not a year; write one such as 2001',
      ],
    ],
    [
      'a bad directed value, and leverage undirected',
      rows('China,Pakistan,rivalry,maybe,,,q,,', 'China,Pakistan,leverage,no,,,q,,'),
      [
        'relations.csv:2:4 row 2: directed is "maybe"; write yes, no, true, false, 1 or 0 (empty: yes for leverage, no otherwise)',
        'relations.csv:3:4 row 3: leverage is always directed (the "from" actor holds leverage over the "to" actor); write yes or leave the cell empty',
      ],
    ],
    [
      'an unknown confidence, a bad id and an unknown kind',
      rows('China,Pakistan,rivalry,,,high,q,China Pakistan!,country'),
      [
        'relations.csv:2:6 row 2: unknown confidence "high"; write stated or implied (empty means stated)',
        'relations.csv:2:8 row 2: id "China Pakistan!" is not an id: lower-case words joined by hyphens, e.g. "china-pakistan"; or leave it empty to have one made',
        'relations.csv:2:9 row 2: unknown kind "country"; the kind is one of state, armed-group, alliance, organisation, movement, region',
      ],
    ],
    [
      'one actor given two kinds',
      rows('China,Pakistan,rivalry,,,,q,,state', 'China,India,rivalry,,,,q,,alliance'),
      [
        'relations.csv:3:9 row 3: "China" has kind state in row 2 but alliance here; give each actor one kind',
      ],
    ],
    [
      'a relation of an actor with itself',
      rows('China,china,rivalry,,,,q,,'),
      [
        'relations.csv:2:2 row 2: from and to are the same actor ("china"); a relation joins two actors',
      ],
    ],
    [
      'rows of one id that disagree',
      rows('China,Pakistan,rivalry,,,,q1,x,', 'China,Pakistan,rivalry,,2001,,q2,x,'),
      [
        'relations.csv:3:5 row 3: id "x" is also in row 2, with period "none", not "2001-2001"; rows that share an id give quotes of one relation and agree on from, to, type, directed, label, period and confidence',
      ],
    ],
    [
      'a cell with a comma out of quotes',
      rows(good, 'China,Pakistan,cooperation,,,,China supports, Pakistan,,'),
      [
        'relations.csv:3:10 row 3: the row has 10 cells but the header names 9 columns; put a cell that holds a comma in double quotes ("a, b")',
      ],
    ],
    [
      'a quote never closed',
      rows(good, 'China,Pakistan,cooperation,,,,"China supports Pakistan,,', good),
      [
        'relations.csv:3:7 row 3: malformed quotes: a cell that starts with " must end with " just before the next comma or line end, and a " inside it is written twice ("")',
      ],
    ],
    [
      'an error below a cell of several lines: its line is not its row',
      rows('China,Pakistan,cooperation,,,,"two\nlines",,', 'China,,cooperation,,,,q,,'),
      ['relations.csv:4:2 row 3: to is empty; name the actor the relation goes to'],
    ],
    [
      'an empty file',
      '\uFEFF\n',
      [
        'relations.csv:1:1 the file is empty; its first line names the columns (from, to, type, quote, ...) and each line below is a relation',
      ],
    ],
    [
      'a header and no rows',
      `${header}\n,,,,,,,,\n`,
      ['relations.csv:1:1 no relations below the header; add one relation per row'],
    ],
  ];

  for (const [name, csv, errors] of cases) {
    it(name, () => expect(importErrors(csv)).toEqual(errors));
  }

  it(`refuses more than ${MAX_CSV_ROWS} rows, at the first row too many`, () => {
    const csv = rows(...Array.from({ length: MAX_CSV_ROWS + 5 }, () => good));
    expect(importErrors(csv)).toEqual([
      `relations.csv:${MAX_CSV_ROWS + 2}:1 row ${MAX_CSV_ROWS + 2}: more than 20000 rows; the importer reads at most 20000 relations from one file, so split it`,
    ]);
  });

  it('refuses a file over 5 MB, counting bytes of UTF-8', () => {
    const row = `${good.replace('China supports Pakistan', 'é'.repeat(1000))}\n`;
    const rowBytes = new TextEncoder().encode(row).length;
    const csv = `${header}\n${row.repeat(Math.floor(MAX_CSV_BYTES / rowBytes) + 1)}`;
    const bytes = new TextEncoder().encode(csv).length;
    // Under the limit in UTF-16 code units, over it in bytes.
    expect(csv.length).toBeLessThan(MAX_CSV_BYTES);
    expect(importErrors(csv)).toEqual([
      `relations.csv:1:1 the file has ${bytes} bytes, over the limit of 5242880 (5 MB); split it into smaller files`,
    ]);
  });

  it('refuses a source id that is not an id', () => {
    const result = importRelationsCsv(miniCsv, { ...options, sourceId: 'Mini Source' });
    expect(result.ok ? [] : result.errors.map(formatDataError)).toEqual([
      'relations.csv:1:1 the source id "Mini Source" is not an id: lower-case words joined by hyphens, e.g. "pjsel-2023"',
    ]);
  });
});

describe('compileImportedRelations traces anchoring errors back to the CSV', () => {
  it('names the row and the quote cell of the piece of evidence that fails', () => {
    const csv = miniCsv
      .replace('"persuade "', '"convince "')
      .replace('at the moment China has leverage', 'at this moment China has leverage');
    const result = compileImportedRelations(imported(csv), miniText);
    expect(result.ok ? [] : result.errors.map(formatDataError)).toEqual([
      'relations.yaml:26:14 relation china-afghan-taliban-leverage: quote not found in source mini; closest passage starts "at the moment China has leverage over the Afghan Taliban. T..." (from relations.csv:3:7, row 3)',
      // The second piece of evidence of "havens" comes from the second of its rows.
      'relations.yaml:41:14 relation havens: quote not found in source mini; the quote occurs 2 time(s) but never with the given prefix/suffix; before the first it reads "oment China has leverage over ..." (from relations.csv:5:7, row 5)',
    ]);
  });
});

describe('hostile text in cells', () => {
  const hostile = [
    '<script>alert("x")</script>',
    '<img src=x onerror="alert(1)">',
    `"double" and 'single' quotes, a back\\slash and a # hash: colon`,
    'emoji 👍🏽 and 🏳️‍🌈 and a flag 🏴󠁧󠁢󠁳󠁣󠁴󠁿',
    'باكستان والصين \u202Ereversed\u202C and \u2067isolated\u2069',
    'zero\u200Bwidth\u200Cnon-joiner\u200Djoiner\u2060word-joiner and soft\u00ADhyphen',
    'null',
    '- not a list',
    `long ${'x'.repeat(10_000)}`,
  ];

  it('survives into the YAML and back unchanged: names, labels, notes and quotes', () => {
    const data = hostile.map((text, i) => ({
      from: `${text} from`,
      to: `${text} to ${i}`,
      type: 'rivalry',
      label: text,
      note: text,
      quote: text,
    }));
    const csv = Papa.unparse(data);
    // The source text holds each quote as a paragraph, so that every quote anchors.
    const sourceText = hostile.join('\n\n\n');
    const result = compileImportedRelations(imported(csv), sourceText);
    if (!result.ok) throw new Error(result.errors.map(formatDataError).join('\n'));
    const { actors, relations } = result.graph;
    expect(relations.map(({ label, note }) => [label, note])).toEqual(hostile.map((t) => [t, t]));
    expect(relations.map(({ evidence }) => evidence[0]?.exact)).toEqual(hostile);
    expect(actors.map(({ name }) => name)).toEqual(
      hostile.flatMap((text, i) => [`${text} from`, `${text} to ${i}`]),
    );
  });

  it('writes invisible characters as escapes that a reviewer of the YAML can see', () => {
    const label = 'zero\u200Bwidth, a BOM\uFEFF, bidi \u202Eoverride\u202C and a bell\u0007';
    const csv = Papa.unparse([{ from: 'A', to: 'B', type: 'rivalry', label, quote: 'q' }]);
    const yaml = imported(csv).files['relations.yaml'];
    expect(yaml).toContain(
      'label: "zero\\u200Bwidth, a BOM\\uFEFF, bidi \\u202Eoverride\\u202C and a bell\\a"',
    );
    expect((parse(yaml) as { label: string }[])[0]?.label).toBe(label);
  });
});
