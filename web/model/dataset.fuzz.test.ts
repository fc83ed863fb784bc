// Property tests of the dataset compiler: thousands of random and almost-valid datasets (the mini
// dataset with fields dropped, renamed or given hostile values, YAML broken as text, files
// missing or replaced). compileDataset never throws, and returns either a graph whose evidence
// slices back to its quotes or a non-empty list of located errors.
import { fuzzSuite } from './fuzz-suite';
import fc from 'fast-check';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  compileDataset,
  datasetFiles,
  formatDataError,
  normaliseRecord,
  type CompileResult,
} from './dataset';
import { miniDataset, miniSources } from './mini-dataset.fixture';
import { CompiledGraph, SourceRecord } from './schema';

/** Runs of each property (fast-check numRuns); the closing note of the fuzz suite cites them. */
const datasetFuzzRuns = {
  structuredMutations: 800,
  textMutations: 1000,
  filesMutations: 500,
  randomFiles: 400,
  randomQuotes: 300,
} as const;

const timed = fuzzSuite('dataset fuzz', datasetFuzzRuns);

type Files = Record<string, string>;
const yamlNames = Object.values(datasetFiles);

/** The compiler's promise: a valid graph, or errors that each say where and what. */
function checkResult(files: Files, result: CompileResult): void {
  if (result.ok) {
    const graph = CompiledGraph.parse(result.graph);
    for (const relation of graph.relations) {
      for (const piece of relation.evidence) {
        const text = graph.sources.find(({ id }) => id === piece.source)?.text ?? '';
        expect(text.slice(piece.start, piece.end)).toBe(piece.exact);
      }
    }
    return;
  }
  expect(result.errors.length).toBeGreaterThan(0);
  for (const error of result.errors) {
    const problem = `${JSON.stringify(files).slice(0, 400)} -> ${formatDataError(error)}`;
    expect(yamlNames as string[], problem).toContain(error.file);
    expect(Number.isInteger(error.line) && error.line >= 1, problem).toBe(true);
    expect(Number.isInteger(error.column) && error.column >= 1, problem).toBe(true);
    expect(typeof error.message === 'string' && error.message.length > 0, problem).toBe(true);
    expect(error.record === undefined || typeof error.record === 'string', problem).toBe(true);
  }
}

function compiles(files: Files): void {
  let result: CompileResult;
  try {
    result = compileDataset(files);
  } catch (error) {
    throw new Error(`compileDataset threw on ${JSON.stringify(files).slice(0, 2000)}`, {
      cause: error,
    });
  }
  checkResult(files, result);
}

// --- Hostile values ----------------------------------------------------------------------

const awkwardChar = fc.constantFrom(
  '\u0000',
  '\u0007',
  '\t',
  '\n',
  '\r',
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
  '👍🏽',
  'ب',
);

/** Characters that mean something in YAML, and lines that break it. */
const yamlBreaker = fc.constantFrom(
  ':',
  ': ',
  '- ',
  '-',
  '#',
  ' #',
  '"',
  "'",
  '{',
  '}',
  '[',
  ']',
  ',',
  '&a ',
  '*a',
  '!!binary ',
  '!!set ',
  '!local ',
  '? ',
  '|',
  '>-',
  '%YAML 1.1\n',
  '---\n',
  '...\n',
  '\t',
  '\n',
  '\n  ',
  '\n- ',
  '<<: ',
  '@',
  '`',
  '\\',
  '"\\x',
);

const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({
    unit: fc.oneof(awkwardChar, yamlBreaker, fc.constantFrom('a', 'b', ' ')),
    maxLength: 40,
  }),
  fc.constantFrom(
    '',
    ' ',
    '2001',
    '1e3',
    '0x10',
    '0o17',
    '.inf',
    '.nan',
    'true',
    'no',
    'null',
    '~',
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    'constructor',
    '__proto__',
    'toString',
    'sources/mini.txt',
    'state',
    'leverage',
    'stated',
    'china',
    'pakistan',
    'mini',
  ),
  fc.integer({ min: 3, max: 5 }).map((power) => 'x'.repeat(10 ** power)),
);

/** A value nested `depth` levels deep in lists or records. */
const nested = (depth: number, inList: boolean): unknown => {
  let value: unknown = 'deep';
  for (let i = 0; i < depth; i++) value = inList ? [value] : { a: value };
  return value;
};

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileString },
  {
    weight: 2,
    arbitrary: fc.oneof(fc.integer(), fc.double(), fc.integer({ min: 999, max: 3001 })),
  },
  { weight: 1, arbitrary: fc.constantFrom(true, false, null, 0, -1, [], {}) },
  { weight: 1, arbitrary: fc.array(hostileString, { maxLength: 3 }) },
  { weight: 1, arbitrary: fc.dictionary(hostileString, hostileString, { maxKeys: 3 }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.integer({ min: 1, max: 150 }), fc.boolean())
      .map(([d, l]) => nested(d, l)),
  },
  { weight: 1, arbitrary: fc.anything({ maxDepth: 3 }) },
);

// --- Structured mutations: the mini dataset as values, changed, written back as YAML --------

const fieldNames = [
  'id',
  'file',
  'title',
  'name',
  'kind',
  'aliases',
  'description',
  'source',
  'target',
  'type',
  'directed',
  'label',
  'period',
  'confidence',
  'note',
  'evidence',
  'quote',
  'prefix',
  'suffix',
  'pages',
  'header',
  'year',
  'milestones',
];

type Mutation =
  | {
      op: 'drop' | 'rename' | 'set' | 'stringify';
      file: number;
      record: number;
      field: number;
      path: number;
      name: string;
      value: unknown;
    }
  | { op: 'duplicate' | 'remove'; file: number; record: number }
  | { op: 'insert'; file: number; value: unknown }
  | { op: 'replace'; file: number; value: unknown };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    op: fc.constantFrom('drop', 'rename', 'set', 'stringify'),
    file: fc.nat(),
    record: fc.nat(),
    field: fc.nat(),
    path: fc.nat(),
    name: fc.oneof(fc.constantFrom(...fieldNames), hostileString),
    value: hostileValue,
  }),
  fc.record({ op: fc.constantFrom('duplicate', 'remove'), file: fc.nat(), record: fc.nat() }),
  fc.record({
    op: fc.constant('insert'),
    file: fc.nat(),
    value: fc.oneof(hostileValue, fc.dictionary(fc.constantFrom(...fieldNames), hostileValue)),
  }),
  fc.record({ op: fc.constant('replace'), file: fc.nat(), value: hostileValue }),
) as fc.Arbitrary<Mutation>;

/** Every record, field and nested field of a value, as paths to pick from. */
function containers(
  value: unknown,
  path: (string | number)[] = [],
  found: (string | number)[][] = [],
) {
  if (value !== null && typeof value === 'object') {
    found.push(path);
    for (const [key, child] of Object.entries(value)) {
      containers(child, [...path, Array.isArray(value) ? Number(key) : key], found);
    }
  }
  return found;
}

function at(value: unknown, path: (string | number)[]): unknown {
  return path.reduce<unknown>(
    (node, key) => (node as Record<string | number, unknown>)?.[key],
    value,
  );
}

function mutate(files: Record<string, unknown>, change: Mutation): void {
  const name = yamlNames[change.file % yamlNames.length] ?? datasetFiles.actors;
  if (change.op === 'replace') {
    files[name] = change.value;
    return;
  }
  const records = files[name];
  if (!Array.isArray(records)) return;
  if (change.op === 'insert') {
    records.push(change.value);
    return;
  }
  if (records.length === 0) return;
  const index = change.record % records.length;
  if (change.op === 'duplicate' || change.op === 'remove') {
    if (change.op === 'duplicate') records.push(structuredClone(records[index]));
    else records.splice(index, 1);
    return;
  }
  const { path, field, name: newName, value } = change as Extract<Mutation, { path: number }>;
  const places = containers(records[index]);
  const place = places[path % places.length];
  // A record that is not a mapping or list (a string, a number) has no field to change.
  if (place === undefined) return;
  const target = at(records[index], place) as Record<string, unknown> | null | undefined;
  // An earlier mutation may have removed or replaced this container.
  if (target === null || typeof target !== 'object') return;
  const keys = Object.keys(target);
  const key = keys.length > 0 ? (keys[field % keys.length] ?? '') : newName;
  switch (change.op) {
    case 'drop':
      delete target[key];
      break;
    case 'rename':
      target[newName] = target[key];
      delete target[key];
      break;
    case 'set':
      target[key] = value;
      break;
    case 'stringify':
      target[key] =
        typeof target[key] === 'object' ? JSON.stringify(target[key]) : String(target[key]);
      break;
  }
}

/** The mini dataset's files as values, parsed once; each run changes a copy. */
const miniParsed = Object.fromEntries(
  yamlNames.map((name) => [name, parse(miniDataset[name] ?? '') as unknown]),
);
const miniValues = () => structuredClone(miniParsed);

// --- Text mutations: the YAML broken as text ---------------------------------------------

type TextEdit =
  | { op: 'insert'; at: number; text: string }
  | { op: 'delete'; at: number; length: number }
  | { op: 'duplicate-line' | 'drop-line' | 'indent-line'; line: number }
  | { op: 'truncate'; at: number };

const textEdit: fc.Arbitrary<TextEdit> = fc.oneof(
  fc.record({
    op: fc.constant('insert'),
    at: fc.nat(),
    text: fc.oneof(yamlBreaker, awkwardChar, hostileString),
  }),
  fc.record({ op: fc.constant('delete'), at: fc.nat(), length: fc.integer({ min: 1, max: 30 }) }),
  fc.record({ op: fc.constantFrom('duplicate-line', 'drop-line', 'indent-line'), line: fc.nat() }),
  fc.record({ op: fc.constant('truncate'), at: fc.nat() }),
) as fc.Arbitrary<TextEdit>;

function editText(text: string, edit: TextEdit): string {
  switch (edit.op) {
    case 'insert': {
      const at = edit.at % (text.length + 1);
      return text.slice(0, at) + edit.text + text.slice(at);
    }
    case 'delete': {
      const at = edit.at % (text.length + 1);
      return text.slice(0, at) + text.slice(at + edit.length);
    }
    case 'truncate':
      return text.slice(0, edit.at % (text.length + 1));
    default: {
      const lines = text.split('\n');
      const index = edit.line % lines.length;
      const line = lines[index] ?? '';
      // A line given twice repeats a key within its record.
      if (edit.op === 'duplicate-line') lines.splice(index, 0, line);
      else if (edit.op === 'drop-line') lines.splice(index, 1);
      else lines[index] = ` ${line}`;
      return lines.join('\n');
    }
  }
}

/** Whole files that stress a YAML reader. */
const hostileYaml: fc.Arbitrary<string> = fc.oneof(
  fc.integer({ min: 10, max: 1500 }).map((depth) => '['.repeat(depth) + ']'.repeat(depth)),
  fc
    .integer({ min: 10, max: 2000 })
    .map((depth) => `- ${'{a: '.repeat(depth)}1${'}'.repeat(depth)}`),
  fc
    .integer({ min: 10, max: 1000 })
    .map(
      (depth) => Array.from({ length: depth }, (_, i) => `${' '.repeat(i * 2)}- `).join('\n') + 'x',
    ),
  fc.constant(
    '- &a [x, x, x, x, x, x, x, x, x, x]\n- &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n- &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n- [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n',
  ),
  fc.constant('- &a {id: x, name: *a, kind: state, description: *a}\n'),
  fc.constant('- *undefined\n'),
  fc.constant('- !!binary aGVsbG8=\n- !!set {a, b}\n- !!omap [a: 1]\n- !local x\n'),
  fc.constant('- a\n---\n- b\n'),
  fc.constant('%YAML 1.1\n---\n- id: yes\n  name: no\n'),
  fc.constant('- &a {id: x}\n- <<: *a\n  name: y\n'),
  fc.constant('\ufeff- id: x\n'),
  fc.constant('- id: x\n  id: y\n'),
  fc.constant('- ? [a, b]\n  : c\n'),
  fc.string({
    unit: fc.oneof(yamlBreaker, awkwardChar, fc.constantFrom('a', 'id', 'b')),
    maxLength: 80,
  }),
  fc.string({ unit: 'binary', maxLength: 200 }),
);

describe('compileDataset on almost-valid datasets', { timeout: 180_000 }, () => {
  it('never throws on the mini dataset with fields dropped, renamed or given hostile values', () => {
    timed(
      'structuredMutations',
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (changes) => {
        const values = miniValues();
        for (const change of changes) mutate(values, change);
        const files: Files = { ...miniDataset };
        // Only the files a change touched are written again; the others stay as they are.
        const touched = new Set(changes.map(({ file }) => yamlNames[file % yamlNames.length]));
        for (const name of yamlNames.filter((name) => touched.has(name))) {
          try {
            files[name] = stringify(values[name]);
          } catch {
            // A value yaml cannot write (too deeply nested for its writer) tests nothing here.
            fc.pre(false);
          }
        }
        compiles(files);
      }),
    );
  });

  it('never throws on the mini dataset with its YAML broken as text', () => {
    timed(
      'textMutations',
      fc.property(
        fc.constantFrom(...yamlNames),
        fc.array(textEdit, { minLength: 1, maxLength: 4 }),
        fc.option(hostileYaml, { freq: 5, nil: null }),
        (name, edits, replacement) => {
          const text = replacement ?? edits.reduce(editText, miniDataset[name] ?? '');
          const files: Files = { ...miniDataset };
          files[name] = text;
          compiles(files);
        },
      ),
    );
  });

  it('never throws when files are missing, renamed or hold other texts', () => {
    const sourceField: fc.Arbitrary<string> = fc.oneof(
      fc.constantFrom(
        'constructor',
        '__proto__',
        'toString',
        'hasOwnProperty',
        'relations.yaml',
        'sources/../sources/mini.txt',
        ' sources/mini.txt',
      ),
      hostileString,
    );
    const header: fc.Arbitrary<string[]> = fc.array(
      fc.oneof(
        fc.constantFrom('(', '[', '\\', '*', '+?', '(?<', '^Header$', '\\d+', ''),
        hostileString,
      ),
      { maxLength: 3 },
    );
    timed(
      'filesMutations',
      fc.property(
        fc.subarray(yamlNames as string[]),
        fc.option(sourceField),
        fc.option(header),
        fc.option(
          fc.oneof<fc.Arbitrary<string>[]>(
            hostileString,
            fc.string({ unit: 'binary', maxLength: 2000 }),
          ),
          { nil: null },
        ),
        (missing, file, patterns, text) => {
          const record = parse(miniSources) as Record<string, unknown>[];
          if (file !== null) (record[0] ?? {}).file = file;
          if (patterns !== null) (record[0] ?? {}).header = patterns;
          const files: Files = { ...miniDataset, 'sources.yaml': stringify(record) };
          if (text !== null) files['sources/mini.txt'] = text;
          for (const name of missing) delete files[name];
          compiles(files);
        },
      ),
    );
  });

  it('never throws on files of random text', () => {
    timed(
      'randomFiles',
      fc.property(
        fc.record({
          'sources.yaml': fc.oneof(hostileYaml, fc.constant(miniSources)),
          'actors.yaml': hostileYaml,
          'relations.yaml': hostileYaml,
          'sources/mini.txt': fc.string({ unit: 'binary', maxLength: 300 }),
        }),
        (files) => compiles(files),
      ),
    );
  });
});

describe('compileDataset on quotes cut from random texts', { timeout: 180_000 }, () => {
  it('anchors each quote so that the text slices back to it, or reports where it fails', () => {
    const rawText = fc
      .array(
        fc.oneof(
          fc.string({ unit: fc.constantFrom('ab', 'cd', ' ', 'e-', '.', '’', 'x'), maxLength: 60 }),
          fc.constant(''),
          fc.string({ unit: fc.oneof(awkwardChar, fc.constantFrom('a', ' ')), maxLength: 30 }),
        ),
        { minLength: 1, maxLength: 20 },
      )
      .map((lines) => lines.join('\n'));
    const cut = fc.tuple(fc.nat(), fc.nat(), fc.nat({ max: 10 }), fc.nat({ max: 10 }));
    timed(
      'randomQuotes',
      fc.property(rawText, fc.array(cut, { minLength: 1, maxLength: 4 }), (raw, cuts) => {
        const [record] = parse(miniSources) as SourceRecord[];
        const { text } = normaliseRecord(record as SourceRecord, raw);
        const evidence = cuts.flatMap(([a, b, before, after]) => {
          const i = a % (text.length + 1);
          const j = b % (text.length + 1);
          const [start, end] = i <= j ? [i, j] : [j, i];
          if (end === start) return [];
          const prefix = text.slice(Math.max(0, start - before), start);
          const suffix = text.slice(end, end + after);
          return [
            {
              source: 'mini',
              quote: text.slice(start, end),
              ...(prefix && { prefix }),
              ...(suffix && { suffix }),
            },
          ];
        });
        fc.pre(evidence.length > 0);
        const relations = [
          {
            id: 'china-pakistan-support',
            source: 'china',
            target: 'pakistan',
            type: 'cooperation',
            directed: true,
            label: 'supports',
            confidence: 'stated',
            evidence,
          },
        ];
        const files = {
          ...miniDataset,
          'sources/mini.txt': raw,
          'relations.yaml': stringify(relations),
        };
        const result = compileDataset(files);
        checkResult(files, result);
        // A quote cut from the text is found, unless it spans paragraphs: quotes are read with
        // their white space collapsed, and the blank line between paragraphs is not a space.
        if (!result.ok) {
          const spansParagraphs = evidence.some((piece) =>
            [piece.quote, piece.prefix, piece.suffix].some((part) => part?.includes('\n')),
          );
          for (const { message } of result.errors) {
            if (!spansParagraphs) expect(message).toMatch(/^quote is ambiguous/);
            else expect(message).toMatch(/^quote (is ambiguous|not found)/);
          }
        }
      }),
    );
  });
});

describe('crashes the fuzzing found, kept as examples', () => {
  const errors = (files: Files) => {
    const result = compileDataset({ ...miniDataset, ...files });
    return result.ok ? [] : result.errors.map(formatDataError);
  };

  it('a source file named like a property of every object ("constructor")', () => {
    expect(
      errors({ 'sources.yaml': miniSources.replace('sources/mini.txt', 'constructor') }),
    ).toEqual([
      'sources.yaml:2:9 source mini: text file "constructor" not found; put the source text there or correct the path',
    ]);
  });

  it('a header pattern that is not a regular expression', () => {
    expect(errors({ 'sources.yaml': `${miniSources}  header: ["^Page", "(Journal"]\n` })).toEqual([
      'sources.yaml:7:21 source mini: field "header.1" is not a regular expression (Invalid regular expression: /(Journal/: Unterminated group); put a backslash before ( ) [ ] { } . * + ? ^ $ | \\ to match them as written',
    ]);
  });

  it('a header pattern that V8 finds too large only when it first runs', () => {
    const pattern = 'x'.repeat(100_000);
    const [error] = errors({ 'sources.yaml': `${miniSources}  header: [${pattern}]\n` });
    expect(error).toMatch(
      /^sources\.yaml:7:12 source mini: field "header\.0" is not a regular expression \(Invalid regular expression: \/x+\/: Regular expression too large\)/,
    );
  });

  it('aliases that expand without bound ("billion laughs")', () => {
    const laughs =
      '- &a [x, x, x, x, x, x, x, x, x, x]\n- &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n- &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n- [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n';
    expect(errors({ 'actors.yaml': laughs })).toEqual([
      'actors.yaml:2:7 malformed YAML: Excessive alias count indicates a resource exhaustion attack; write the values out instead of repeating aliases (*name)',
    ]);
  });
});
