// Checks an analyst's dataset (sources.yaml, actors.yaml, relations.yaml and the source texts)
// and compiles it into the graph the app loads. Every problem is a located DataError.
import {
  isMap,
  isSeq,
  LineCounter,
  parseDocument,
  visit,
  type Document,
  type Node,
  type YAMLError,
} from 'yaml';
import type { z } from 'zod';
import { anchorQuote } from './anchor';
import { normaliseSource, spanIndexAt, type NormalisedSource } from './normalise';
import {
  Actor,
  Relation,
  SourceRecord,
  type CompiledGraph,
  type CompiledRelation,
  type CompiledSource,
} from './schema';
import { seededLayout } from './layout';
import { indexText } from './text-index';

/** File names of a dataset, relative to its folder. */
export const datasetFiles = {
  sources: 'sources.yaml',
  actors: 'actors.yaml',
  relations: 'relations.yaml',
} as const;

export interface DataError {
  file: string;
  line: number;
  column: number;
  /** "relation pak-ind-1", "actor china", "source pjsel-2023", or absent for the whole file. */
  record?: string;
  message: string;
}

export function formatDataError(error: DataError): string {
  const record = error.record ? ` ${error.record}:` : '';
  return `${error.file}:${error.line}:${error.column}${record} ${error.message}`;
}

export type CompileResult = { ok: true; graph: CompiledGraph } | { ok: false; errors: DataError[] };

interface ParsedFile {
  file: string;
  doc: Document.Parsed;
  lines: LineCounter;
  /** The records as plain values, read once. */
  items: unknown[];
}

type Path = readonly (string | number)[];

function locate(parsed: ParsedFile, path: Path, record?: string): Omit<DataError, 'message'> {
  // Walk up the path until a node with a position is found.
  for (let depth = path.length; depth >= 0; depth--) {
    const node = parsed.doc.getIn(path.slice(0, depth), true) as Node | undefined;
    if (node?.range) {
      const { line, col } = parsed.lines.linePos(node.range[0]);
      return { file: parsed.file, line, column: col, record };
    }
  }
  return { file: parsed.file, line: 1, column: 1, record };
}

/** Position of a mapping's key (for unknown fields), else of its value. */
function locateKey(parsed: ParsedFile, path: Path, key: string, record?: string) {
  const map = parsed.doc.getIn(path, true);
  if (isMap(map)) {
    const pair = map.items.find((item) => (item.key as { value?: unknown })?.value === key);
    const node = pair?.key as Node | undefined;
    if (node?.range) {
      const { line, col } = parsed.lines.linePos(node.range[0]);
      return { file: parsed.file, line, column: col, record };
    }
  }
  return locate(parsed, path, record);
}

/** Where a YAML problem begins: the yaml library reports an unclosed quote where the file ends. */
function problemStart(doc: Document.Parsed, problem: YAMLError): number {
  let start = problem.pos[0];
  if (problem.code !== 'MISSING_CHAR') return start;
  visit(doc, {
    Scalar(_key, node) {
      const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
      if (quoted && node.range?.[1] === problem.pos[0]) start = node.range[0];
    },
  });
  return start;
}

function parseYaml(file: string, text: string | undefined, errors: DataError[]) {
  if (text === undefined) {
    errors.push({
      file,
      line: 1,
      column: 1,
      message: `file is missing; create ${file} (a YAML list, possibly empty: [])`,
    });
    return undefined;
  }
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  for (const problem of doc.errors) {
    const { line, col } = lines.linePos(problemStart(doc, problem));
    errors.push({
      file,
      line,
      column: col,
      message:
        problem.code === 'DUPLICATE_KEY'
          ? 'malformed YAML: this field is given twice in its record; keep one of them'
          : `malformed YAML: ${problem.message.split('\n')[0]}; fix the syntax (indentation, quotes, colons)`,
    });
  }
  if (doc.errors.length > 0) return undefined;
  let items: unknown[];
  try {
    items = (doc.toJS() as unknown[] | null) ?? [];
  } catch (error) {
    // The yaml library refuses aliases that expand without bound (a "billion laughs").
    let alias = 0;
    visit(doc, {
      Alias(_key, node) {
        alias = node.range?.[0] ?? 0;
        return visit.BREAK;
      },
    });
    const { line, col } = lines.linePos(alias);
    errors.push({
      file,
      line,
      column: col,
      message: `malformed YAML: ${(error as Error).message}; write the values out instead of repeating aliases (*name)`,
    });
    return undefined;
  }
  const parsed: ParsedFile = { file, doc, lines, items };
  if (doc.contents !== null && !isSeq(doc.contents)) {
    errors.push({
      ...locate(parsed, []),
      message: 'expected a list of records (each starting with "- id: ...")',
    });
    return undefined;
  }
  return parsed;
}

/** What a value of each expected type looks like, in an analyst's words. */
const expectedValue: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'indented fields (name: value)',
};

/** A short rendering of a value that the schema refused. */
function shown(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object' && value !== null) return 'a record';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const field = issue.path.length > 0 ? `field "${issue.path.join('.')}"` : 'record';
  if (issue.code === 'unrecognized_keys') {
    return `unknown field "${issue.keys.join('", "')}"; remove it or check its spelling`;
  }
  if (issue.code === 'invalid_value' && 'values' in issue) {
    const allowed = issue.values.map((v) => JSON.stringify(v)).join(', ');
    return `${field} must be one of ${allowed}, not ${shown(issue.input)}`;
  }
  if (issue.code === 'invalid_type') {
    // Issues carry their input only because records are parsed with reportInput.
    if (issue.input === undefined) return `${field} is missing; add it`;
    const expected = expectedValue[issue.expected] ?? issue.expected;
    if (issue.input === null) return `${field} is empty; give it ${expected}`;
    return `${field} must be ${expected}, not ${shown(issue.input)}`;
  }
  if (issue.code === 'too_small' || issue.code === 'too_big') {
    const bound = issue.code === 'too_small' ? issue.minimum : issue.maximum;
    if (issue.origin === 'number') {
      const side = issue.code === 'too_small' ? 'at least' : 'at most';
      return `${field} must be ${side} ${bound}, not ${shown(issue.input)}`;
    }
    // zod's own wording starts "Too small"; a message of the schema's own is clearer as it is.
    if (issue.origin === 'string' && bound === 1 && issue.message.startsWith('Too small')) {
      return `${field} is empty; write it`;
    }
  }
  return `${field}: ${issue.message}`;
}

/** Parses each record of a YAML list against a schema, reporting issues where they stand. */
function parseRecords<S extends z.ZodType>(
  parsed: ParsedFile | undefined,
  schema: S,
  kind: string,
  errors: DataError[],
): { value: z.infer<S>; index: number }[] {
  if (!parsed) return [];
  const items = parsed.items;
  const records: { value: z.infer<S>; index: number }[] = [];
  items.forEach((item, index) => {
    const rawId = (item as { id?: unknown } | null)?.id;
    const record = `${kind} ${typeof rawId === 'string' ? rawId : `#${index + 1}`}`;
    const result = schema.safeParse(item, { reportInput: true });
    if (result.success) {
      records.push({ value: result.data, index });
      return;
    }
    for (const issue of result.error.issues) {
      const path = [index, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
      const place =
        issue.code === 'unrecognized_keys'
          ? locateKey(parsed, path, issue.keys[0] ?? '', record)
          : locate(parsed, path, record);
      errors.push({ ...place, message: describeIssue(issue) });
    }
  });
  return records;
}

/**
 * Well-formed ids that a file declares, whether or not the rest of their record is valid: a
 * record with a bad field is reported once, not again wherever its id is referred to.
 */
function declaredIds(parsed: ParsedFile | undefined, id: z.ZodType): Set<string> {
  const items = parsed?.items ?? [];
  const ids = items.map((item) => (item as { id?: unknown } | null)?.id);
  return new Set(ids.filter((value): value is string => id.safeParse(value).success));
}

function checkUniqueIds(
  parsed: ParsedFile | undefined,
  records: { value: { id: string }; index: number }[],
  kind: string,
  errors: DataError[],
) {
  if (!parsed) return;
  const first = new Map<string, number>();
  for (const { value, index } of records) {
    const earlier = first.get(value.id);
    if (earlier === undefined) {
      first.set(value.id, index);
      continue;
    }
    const where = locate(parsed, [earlier, 'id']);
    errors.push({
      ...locate(parsed, [index, 'id'], `${kind} ${value.id}`),
      message: `duplicate id "${value.id}", first used at ${where.file}:${where.line}:${where.column}; give each ${kind} its own id`,
    });
  }
}

function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(
        (row[j] ?? 0) + 1,
        (next[j - 1] ?? 0) + 1,
        (row[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    row = next;
  }
  return row[b.length] ?? 0;
}

function suggestion(id: string, known: Iterable<string>): string {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const distance = editDistance(id, candidate);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best !== undefined && bestDistance <= Math.max(2, id.length / 3)
    ? `did you mean "${best}"?`
    : '';
}

/** Why a header pattern is not a regular expression, if it is not. */
function patternProblem(pattern: string): string | undefined {
  try {
    // V8 compiles a pattern when it first runs: only then does it find one "too large".
    new RegExp(pattern).test('');
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

export function normaliseRecord(record: SourceRecord, raw: string): NormalisedSource {
  return normaliseSource(raw, {
    header: (record.header ?? []).map((pattern) => new RegExp(pattern)),
    firstPage: record.pages?.first,
  });
}

const collapseSpace = (text: string) => text.replace(/\s+/g, ' ');

/** Texts this long are indexed once for anchoring, instead of being read through per quote. */
const indexedTextLength = 100_000;

export function compileDataset(files: Readonly<Record<string, string>>): CompileResult {
  const errors: DataError[] = [];
  const sourcesFile = parseYaml(datasetFiles.sources, files[datasetFiles.sources], errors);
  const actorsFile = parseYaml(datasetFiles.actors, files[datasetFiles.actors], errors);
  const relationsFile = parseYaml(datasetFiles.relations, files[datasetFiles.relations], errors);

  const sources = parseRecords(sourcesFile, SourceRecord, 'source', errors);
  const actors = parseRecords(actorsFile, Actor, 'actor', errors);
  const relations = parseRecords(relationsFile, Relation, 'relation', errors);
  checkUniqueIds(sourcesFile, sources, 'source', errors);
  checkUniqueIds(actorsFile, actors, 'actor', errors);
  checkUniqueIds(relationsFile, relations, 'relation', errors);

  const compiledSources = new Map<string, CompiledSource>();
  for (const { value: record, index } of sources) {
    // Only the files given: a path such as "constructor" must not reach Object.prototype.
    const raw = Object.hasOwn(files, record.file) ? files[record.file] : undefined;
    if (raw === undefined) {
      errors.push({
        ...locate(sourcesFile!, [index, 'file'], `source ${record.id}`),
        message: `text file "${record.file}" not found; put the source text there or correct the path`,
      });
      continue;
    }
    const badPattern = (record.header ?? [])
      .map((pattern, i) => ({ i, problem: patternProblem(pattern) }))
      .find(({ problem }) => problem !== undefined);
    if (badPattern) {
      errors.push({
        ...locate(sourcesFile!, [index, 'header', badPattern.i], `source ${record.id}`),
        message: `field "header.${badPattern.i}" is not a regular expression (${badPattern.problem}); put a backslash before ( ) [ ] { } . * + ? ^ $ | \\ to match them as written`,
      });
      continue;
    }
    compiledSources.set(record.id, { ...record, ...normaliseRecord(record, raw) });
  }

  // A missing or unreadable actors.yaml has its own error; every reference would only repeat it.
  const actorIds = declaredIds(actorsFile, Actor.shape.id);
  const sourceIds = declaredIds(sourcesFile, SourceRecord.shape.id);
  const compiledRelations: CompiledRelation[] = [];
  const finders = new Map<string, (exact: string) => number[]>();
  const finderOf = (source: CompiledSource) => {
    if (source.text.length < indexedTextLength) return undefined;
    let find = finders.get(source.id);
    if (!find) finders.set(source.id, (find = indexText(source.text)));
    return find;
  };
  for (const { value: relation, index } of relations) {
    const record = `relation ${relation.id}`;
    const at = (path: Path) => locate(relationsFile!, [index, ...path], record);
    const before = errors.length;
    for (const end of ['source', 'target'] as const) {
      if (actorsFile && !actorIds.has(relation[end])) {
        const hint = suggestion(relation[end], actorIds) || `add it to ${datasetFiles.actors}`;
        errors.push({
          ...at([end]),
          message: `unknown actor "${relation[end]}" as ${end}; ${hint}`,
        });
      }
    }
    if (relation.source === relation.target) {
      errors.push({
        ...at(['target']),
        message: `relation of "${relation.source}" with itself; source and target must differ`,
      });
    }
    const { from, to } = relation.period ?? {};
    if (from !== undefined && to !== undefined && from > to) {
      errors.push({
        ...at(['period']),
        message: `period runs backwards (from ${from} to ${to}); swap the years`,
      });
    }
    if (relation.type === 'leverage' && !relation.directed) {
      errors.push({
        ...at(['directed']),
        message:
          'leverage is always directed (the source holds leverage over the target); set directed: true',
      });
    }
    const evidence: CompiledRelation['evidence'] = [];
    relation.evidence.forEach((piece, i) => {
      const source = compiledSources.get(piece.source);
      if (!source) {
        if (sourcesFile && !sourceIds.has(piece.source)) {
          const hint =
            suggestion(piece.source, sourceIds) || `declare it in ${datasetFiles.sources}`;
          errors.push({
            ...at(['evidence', i, 'source']),
            message: `unknown source "${piece.source}"; ${hint}`,
          });
        }
        return;
      }
      // The text's runs of white space (line breaks, no-break spaces...) are one space after
      // normalising, so a quote copied with them must be read the same way.
      const selector = {
        exact: collapseSpace(piece.quote),
        prefix: piece.prefix === undefined ? undefined : collapseSpace(piece.prefix),
        suffix: piece.suffix === undefined ? undefined : collapseSpace(piece.suffix),
      };
      const anchoring = anchorQuote(source.text, selector, finderOf(source));
      if (!anchoring.ok) {
        const what = anchoring.problem === 'ambiguous' ? 'quote is ambiguous' : 'quote not found';
        errors.push({
          ...at(['evidence', i, 'quote']),
          message: `${what} in source ${piece.source}; ${anchoring.hint}`,
        });
        return;
      }
      const { quote, ...rest } = piece;
      evidence.push({
        ...rest,
        exact: selector.exact,
        start: anchoring.start,
        end: anchoring.end,
        paragraph: spanIndexAt(source.paragraphs, anchoring.start),
        page:
          source.pages.length > 0
            ? source.pages[spanIndexAt(source.pages, anchoring.start)]?.page
            : undefined,
      });
    });
    if (errors.length === before) compiledRelations.push({ ...relation, evidence });
  }

  if (errors.length > 0) return { ok: false, errors };
  const actorList = actors.map(({ value }) => value);
  return {
    ok: true,
    graph: {
      version: 1,
      sources: [...compiledSources.values()],
      actors: actorList,
      relations: compiledRelations,
      layout: seededLayout(actorList, compiledRelations),
    },
  };
}
