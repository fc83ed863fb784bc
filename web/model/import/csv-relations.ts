// Imports relations kept in a spreadsheet (one row per relation and quote) as a dataset:
// sources.yaml, actors.yaml and relations.yaml, with every problem located at its CSV cell.
//
// Columns (case-insensitive; the accepted names of each are in csv-columns.ts):
//   from, to, type, quote            required; from/to name the actors as written
//   label                            default: the type ("cooperation")
//   directed                         yes/no/true/false/1/0; default yes for leverage, else no
//   period | from_year, to_year      "2001-2021", "2021-", "-2018", "2006" (that year alone)
//   confidence                       stated or implied; default stated
//   prefix, suffix                   text just before/after the quote, for a quote that repeats
//   note, id                         id default: from-to-type, numbered when it repeats
//   from_kind, to_kind               default organisation (see defaultActorKind)
// Rows that give the same id are the quotes of one relation: they agree on its fields (each row
// gives from, to and type; a later row may leave the others empty), and a later row's note is
// kept as the note of its quote. Cells are trimmed (prefix and suffix excepted) and line breaks
// inside them read as \n. Limits: MAX_CSV_BYTES and MAX_CSV_ROWS below.
import Papa from 'papaparse';
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import { compileDataset, datasetFiles, type CompileResult, type DataError } from '../dataset';
import {
  Period,
  Relation,
  type Actor,
  type ActorKind,
  type Confidence,
  type Evidence,
  type RelationType,
} from '../schema';
import { actorKinds, confidences, relationTypes } from '../vocabulary';
import { readHeader, type CsvField } from './csv-columns';
import { recordsYaml } from './dataset-yaml';
import { slug, uniqueId } from './slug';

/** How each file written by the importer begins, so that a later import may overwrite it. */
export const importedHeading = '# Imported from ';

/** Largest CSV read, in bytes of UTF-8: far above a hand-kept sheet, small enough to stay quick. */
export const MAX_CSV_BYTES = 5 * 1024 * 1024;
/** Most rows below the header; the explorer is meant for hundreds of relations, not millions. */
export const MAX_CSV_ROWS = 20_000;
/**
 * Kind of an actor whose row gives none. "organisation" is the broadest kind and claims least:
 * calling a militant group or an alliance a "state" would be a false statement on the map, while
 * a state shown as an organisation is merely vague until the analyst sets its kind.
 */
export const defaultActorKind: ActorKind = 'organisation';

export interface RelationsCsvOptions {
  /** Id of the source the quotes come from, e.g. "pjsel-2023". */
  sourceId: string;
  /** Path of the source text, relative to the dataset folder, e.g. "sources/pjsel-2023.txt". */
  sourceFile: string;
  sourceTitle: string;
  /** Name of the CSV, used in errors and in the records' descriptions. */
  fileName: string;
}

/** A cell of the CSV: its spreadsheet row (the header is row 1), text line and column. */
export interface CsvPlace {
  row: number;
  line: number;
  column: number;
}

export type ImportedFiles = Record<(typeof datasetFiles)[keyof typeof datasetFiles], string>;

/** Where each record came from, to trace errors about the YAML back to the CSV. */
export interface ImportOrigins {
  fileName: string;
  /** Relation id -> its first row, and the quote cell of each piece of evidence in order. */
  relations: Map<string, { row: CsvPlace; evidence: CsvPlace[] }>;
  /** Actor id -> the cell where the actor is first named. */
  actors: Map<string, CsvPlace>;
}

export interface ImportedRelations {
  ok: true;
  files: ImportedFiles;
  /** The path of the source text that the dataset expects beside the YAML files. */
  sourceFile: string;
  origins: ImportOrigins;
}

export type RelationsCsvImport = ImportedRelations | { ok: false; errors: DataError[] };

/** Ids and years as the schema defines them. */
const isId = (value: string) => Relation.shape.id.safeParse(value).success;
const isYear = (year: number) => Period.shape.from.safeParse(year).success;

const directedValues = new Map<string, boolean>([
  ['yes', true],
  ['true', true],
  ['1', true],
  ['no', false],
  ['false', false],
  ['0', false],
]);

function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code < 0xdc00 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** The delimiter the header line uses most: comma, semicolon (Excel in many locales) or tab. */
function headerDelimiter(text: string): string {
  const end = text.indexOf('\n');
  const header = end >= 0 ? text.slice(0, end) : text;
  let best = ',';
  let bestCount = 0;
  for (const delimiter of [',', ';', '\t']) {
    const count = header.split(delimiter).length - 1;
    if (count > bestCount) [best, bestCount] = [delimiter, count];
  }
  return best;
}

const newlines = (text: string) => text.split('\n').length - 1;
const quoted = (value: string) =>
  JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);

interface CsvRow {
  place: Omit<CsvPlace, 'column'>;
  cells: string[];
  /** A cell whose quotes do not close; the rest of the row (or file) is lost in it. */
  badQuotes?: number;
}

interface ReadCsv {
  headers: string[];
  headerLine: number;
  rows: CsvRow[];
  tooMany?: Omit<CsvPlace, 'column'>;
}

function readCsv(text: string): ReadCsv {
  const headers: string[] = [];
  const rows: CsvRow[] = [];
  const result: ReadCsv = { headers, headerLine: 1, rows };
  // The line and spreadsheet row of the next record; the header is line 1, row 1.
  let line = 2;
  let record = 1;
  let counted = 0;
  Papa.parse<Record<string, string | string[] | undefined>>(text, {
    header: true,
    delimiter: headerDelimiter(text),
    newline: '\n',
    skipEmptyLines: false,
    dynamicTyping: false,
    // Columns are kept by position: two headers may share a name, and messages quote them as written.
    transformHeader: (header, index) => {
      headers[index] = header;
      return `c${index}`;
    },
    step: ({ data, errors }, parser) => {
      if (record === 1) line += newlines(headers.join(''));
      record++;
      const extra = Array.isArray(data.__parsed_extra) ? data.__parsed_extra.map(String) : [];
      const cells = headers.map((_, i) => {
        const value = data[`c${i}`];
        return typeof value === 'string' ? value : '';
      });
      cells.push(...extra);
      const place = { row: record, line };
      line += 1 + newlines(cells.join(''));
      if (cells.every((cell) => cell.trim() === '')) return;
      if (++counted > MAX_CSV_ROWS) {
        result.tooMany = place;
        parser.abort();
        return;
      }
      const row: CsvRow = { place, cells };
      if (errors.some((error) => error.type === 'Quotes')) {
        row.badQuotes = Object.keys(data).filter((key) => key !== '__parsed_extra').length;
      }
      rows.push(row);
    },
  });
  return result;
}

/** One row read into the fields of a relation, or the errors found in it. */
interface RowRelation {
  place: CsvPlace;
  id?: string;
  from: { name: string; place: CsvPlace };
  to: { name: string; place: CsvPlace };
  type: RelationType;
  directed?: boolean;
  label?: string;
  period?: Period;
  confidence?: Confidence;
  note?: string;
  evidence: Evidence;
  quotePlace: CsvPlace;
  fromKind?: { kind: ActorKind; place: CsvPlace };
  toKind?: { kind: ActorKind; place: CsvPlace };
  /** Where each optional field was given, to point at it when rows of one id disagree. */
  given: Partial<Record<CsvField, CsvPlace>>;
}

function parseYear(value: string): number | undefined {
  if (!/^\d{4}$/.test(value)) return undefined;
  const year = Number(value);
  return isYear(year) ? year : undefined;
}

/** "2001-2021", "2021-", "-2018", "2006"; en and em dashes and "to" also join the years. */
function parsePeriod(value: string): Period | undefined {
  const single = parseYear(value);
  if (single !== undefined) return { from: single, to: single };
  const match = /^(\d{4})?\s*(?:-|–|—|to)\s*(\d{4})?$/i.exec(value);
  if (!match || (match[1] === undefined && match[2] === undefined)) return undefined;
  const from = match[1] === undefined ? undefined : parseYear(match[1]);
  const to = match[2] === undefined ? undefined : parseYear(match[2]);
  if (
    (match[1] !== undefined && from === undefined) ||
    (match[2] !== undefined && to === undefined)
  ) {
    return undefined;
  }
  return { ...(from !== undefined && { from }), ...(to !== undefined && { to }) };
}

function parseKind(value: string): ActorKind | undefined {
  const key = value
    .toLowerCase()
    .replace(/[\s_]+/g, '-')
    .replace('organization', 'organisation');
  return (actorKinds as readonly string[]).includes(key) ? (key as ActorKind) : undefined;
}

function readRow(
  row: CsvRow,
  columns: ReadonlyMap<CsvField, number>,
  errors: DataError[],
  fileName: string,
): RowRelation | undefined {
  const before = errors.length;
  const record = `row ${row.place.row}`;
  const at = (column: number): CsvPlace => ({ ...row.place, column });
  const fail = (column: number, message: string) =>
    errors.push({ file: fileName, line: row.place.line, column, record, message });
  if (row.badQuotes !== undefined) {
    fail(
      row.badQuotes,
      'malformed quotes: a cell that starts with " must end with " just before the next comma or line end, and a " inside it is written twice ("")',
    );
    return undefined;
  }
  const cell = (field: CsvField, trim = true) => {
    const index = columns.get(field);
    if (index === undefined) return { value: '', column: 0 };
    const raw = row.cells[index] ?? '';
    return { value: trim ? raw.trim() : raw, column: index + 1 };
  };
  const required = (field: CsvField, what: string) => {
    const { value, column } = cell(field);
    if (value === '') fail(column, `${field} is empty; ${what}`);
    return { value, column };
  };
  const given: RowRelation['given'] = {};
  const from = required('from', 'name the actor the relation starts from');
  const to = required('to', 'name the actor the relation goes to');
  const typeCell = required('type', `write ${relationTypes.join(', ')}`);
  given.type = at(typeCell.column);
  const type = typeCell.value.toLowerCase() as RelationType;
  if (typeCell.value !== '' && !relationTypes.includes(type)) {
    fail(
      typeCell.column,
      `unknown type ${quoted(typeCell.value)}; the type is one of ${relationTypes.join(', ')}`,
    );
  }

  const label = cell('label');
  if (label.value !== '') given.label = at(label.column);

  const directedCell = cell('directed');
  const directed = directedValues.get(directedCell.value.toLowerCase());
  if (directedCell.value !== '') {
    given.directed = at(directedCell.column);
    if (directed === undefined) {
      fail(
        directedCell.column,
        `directed is ${quoted(directedCell.value)}; write yes, no, true, false, 1 or 0 (empty: yes for leverage, no otherwise)`,
      );
    } else if (!directed && type === 'leverage') {
      fail(
        directedCell.column,
        'leverage is always directed (the "from" actor holds leverage over the "to" actor); write yes or leave the cell empty',
      );
    }
  }

  let period: Period | undefined;
  const periodCell = cell('period');
  if (periodCell.value !== '') {
    given.period = at(periodCell.column);
    period = parsePeriod(periodCell.value);
    if (period === undefined) {
      fail(
        periodCell.column,
        `period ${quoted(periodCell.value)} is not a span of years; write 2001-2021, 2021- (still holds), -2018 (held until) or 2006 (that year)`,
      );
    }
  }
  let periodColumn = periodCell.column;
  for (const field of ['from_year', 'to_year'] as const) {
    const { value, column } = cell(field);
    if (value === '') continue;
    given.period ??= at(column);
    periodColumn = column;
    const year = parseYear(value);
    if (year === undefined) {
      fail(column, `${field} ${quoted(value)} is not a year; write one such as 2001`);
      continue;
    }
    period = { ...period, [field === 'from_year' ? 'from' : 'to']: year };
  }
  if (period?.from !== undefined && period.to !== undefined && period.from > period.to) {
    fail(
      periodColumn,
      `period runs backwards (from ${period.from} to ${period.to}); swap the years`,
    );
  }

  const confidenceCell = cell('confidence');
  const confidence = confidenceCell.value.toLowerCase() as Confidence;
  if (confidenceCell.value !== '') {
    given.confidence = at(confidenceCell.column);
    if (!confidences.includes(confidence)) {
      fail(
        confidenceCell.column,
        `unknown confidence ${quoted(confidenceCell.value)}; write stated or implied (empty means stated)`,
      );
    }
  }

  const quote = required('quote', 'copy the passage of the source that supports the relation');
  const prefix = cell('prefix', false);
  const suffix = cell('suffix', false);
  const note = cell('note');

  const idCell = cell('id');
  if (idCell.value !== '' && !isId(idCell.value)) {
    const suggestion = slug(idCell.value);
    fail(
      idCell.column,
      `id ${quoted(idCell.value)} is not an id: lower-case words joined by hyphens${suggestion ? `, e.g. "${suggestion}"` : ''}; or leave it empty to have one made`,
    );
  }

  const kinds: Partial<Record<'from_kind' | 'to_kind', { kind: ActorKind; place: CsvPlace }>> = {};
  for (const field of ['from_kind', 'to_kind'] as const) {
    const { value, column } = cell(field);
    if (value === '') continue;
    const kind = parseKind(value);
    if (kind === undefined) {
      fail(column, `unknown kind ${quoted(value)}; the kind is one of ${actorKinds.join(', ')}`);
    } else {
      kinds[field] = { kind, place: at(column) };
    }
  }

  if (from.value !== '' && to.value !== '' && actorKey(from.value) === actorKey(to.value)) {
    fail(
      to.column,
      `from and to are the same actor (${quoted(to.value)}); a relation joins two actors`,
    );
  }

  if (errors.length > before) return undefined;
  return {
    place: at(1),
    ...(idCell.value !== '' && { id: idCell.value }),
    from: { name: from.value, place: at(from.column) },
    to: { name: to.value, place: at(to.column) },
    type,
    ...(given.directed && { directed }),
    ...(given.label && { label: label.value }),
    ...(period && { period }),
    ...(given.confidence && { confidence }),
    ...(note.value !== '' && { note: note.value }),
    evidence: {
      source: '',
      quote: quote.value,
      ...(prefix.value !== '' && { prefix: prefix.value }),
      ...(suffix.value !== '' && { suffix: suffix.value }),
    },
    quotePlace: at(quote.column),
    ...(kinds.from_kind && { fromKind: kinds.from_kind }),
    ...(kinds.to_kind && { toKind: kinds.to_kind }),
    given,
  };
}

/**
 * Names that differ only in case, accents or punctuation ("China", "china") are one actor; a
 * name with no Latin letter or digit is its own key.
 */
function actorKey(name: string): string {
  return slug(name, Infinity) || `name:${name}`;
}

/** An id for a name with no Latin letter or digit: its first code points in hex. */
function fallbackId(name: string): string {
  const codes = [...name].slice(0, 4).map((char) => (char.codePointAt(0) ?? 0).toString(16));
  return `actor-${codes.join('-')}`;
}

interface ActorDraft {
  actor: Actor;
  place: CsvPlace;
  kindPlace?: CsvPlace;
}

interface RelationDraft {
  first: RowRelation;
  relation: Relation;
  evidence: CsvPlace[];
}

/** What one row of a relation says about a field, compared with the relation's value. */
function disagreement(
  { relation, first }: RelationDraft,
  row: RowRelation,
): { column: number; field: string; theirs: string; ours: string } | undefined {
  // Field, where the row gives it, the row's value and the relation's, as messages show them.
  const checks: [CsvField, CsvPlace | undefined, string, string][] = [
    ['from', row.from.place, row.from.name, first.from.name],
    ['to', row.to.place, row.to.name, first.to.name],
    ['type', row.given.type, row.type, relation.type],
    ['directed', row.given.directed, `${row.directed}`, `${relation.directed}`],
    ['label', row.given.label, row.label ?? '', relation.label],
    ['period', row.given.period, periodText(row.period), periodText(relation.period)],
    ['confidence', row.given.confidence, row.confidence ?? '', relation.confidence],
  ];
  for (const [field, place, theirs, ours] of checks) {
    if (place === undefined) continue;
    // Actors are compared as the importer keys them: "China" and "china" are one actor.
    const same =
      field === 'from' || field === 'to' ? actorKey(theirs) === actorKey(ours) : theirs === ours;
    if (!same) return { column: place.column, field, theirs, ours };
  }
  return undefined;
}

function periodText(period: Period | undefined): string {
  if (!period) return 'none';
  return `${period.from ?? ''}-${period.to ?? ''}`;
}

export function importRelationsCsv(
  csvText: string,
  options: RelationsCsvOptions,
): RelationsCsvImport {
  const { fileName, sourceId, sourceFile, sourceTitle } = options;
  const fileError = (message: string, line = 1, column = 1, record?: string): DataError => ({
    file: fileName,
    line,
    column,
    ...(record !== undefined && { record }),
    message,
  });
  if (!isId(sourceId)) {
    return {
      ok: false,
      errors: [
        fileError(
          `the source id ${quoted(sourceId)} is not an id: lower-case words joined by hyphens, e.g. "pjsel-2023"`,
        ),
      ],
    };
  }
  if (sourceFile.trim() === '' || sourceTitle.trim() === '') {
    return {
      ok: false,
      errors: [fileError('the source needs a file path and a title; give both')],
    };
  }
  const bytes = csvText.length > MAX_CSV_BYTES ? Infinity : utf8Length(csvText);
  if (bytes > MAX_CSV_BYTES) {
    return {
      ok: false,
      errors: [
        fileError(
          `the file has ${utf8Length(csvText)} bytes, over the limit of ${MAX_CSV_BYTES} (${MAX_CSV_BYTES / 1024 / 1024} MB); split it into smaller files`,
        ),
      ],
    };
  }
  const text = csvText.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (text.trim() === '') {
    return {
      ok: false,
      errors: [
        fileError(
          'the file is empty; its first line names the columns (from, to, type, quote, ...) and each line below is a relation',
        ),
      ],
    };
  }

  const csv = readCsv(text);
  const errors: DataError[] = [];
  const header = readHeader(csv.headers);
  for (const problem of header.problems) {
    errors.push(fileError(problem.message, csv.headerLine, problem.column, 'header'));
  }
  if (csv.tooMany) {
    errors.push(
      fileError(
        `more than ${MAX_CSV_ROWS} rows; the importer reads at most ${MAX_CSV_ROWS} relations from one file, so split it`,
        csv.tooMany.line,
        1,
        `row ${csv.tooMany.row}`,
      ),
    );
  }
  if (errors.length > 0) return { ok: false, errors };
  if (csv.rows.length === 0) {
    return {
      ok: false,
      errors: [fileError('no relations below the header; add one relation per row')],
    };
  }

  const rowRelations: RowRelation[] = [];
  for (const row of csv.rows) {
    const headerWidth = csv.headers.length;
    if (row.cells.length > headerWidth) {
      errors.push(
        fileError(
          `the row has ${row.cells.length} cells but the header names ${headerWidth} columns; put a cell that holds a comma in double quotes ("a, b")`,
          row.place.line,
          headerWidth + 1,
          `row ${row.place.row}`,
        ),
      );
      continue;
    }
    const read = readRow(row, header.columns, errors, fileName);
    if (read) rowRelations.push(read);
  }

  const description = `Imported from ${fileName}`;
  const actors = new Map<string, ActorDraft>();
  const actorIds = new Set<string>();
  const actorFor = (name: string, place: CsvPlace, kind?: { kind: ActorKind; place: CsvPlace }) => {
    const key = actorKey(name);
    let draft = actors.get(key);
    if (!draft) {
      const id = uniqueId(slug(name) || fallbackId(name), actorIds);
      actorIds.add(id);
      draft = { actor: { id, name, kind: defaultActorKind, description }, place };
      actors.set(key, draft);
    } else if (name !== draft.actor.name && !draft.actor.aliases?.includes(name)) {
      draft.actor.aliases = [...(draft.actor.aliases ?? []), name];
    }
    if (kind) {
      if (!draft.kindPlace) {
        draft.actor.kind = kind.kind;
        draft.kindPlace = kind.place;
      } else if (draft.actor.kind !== kind.kind) {
        errors.push(
          fileError(
            `${quoted(name)} has kind ${draft.actor.kind} in row ${draft.kindPlace.row} but ${kind.kind} here; give each actor one kind`,
            kind.place.line,
            kind.place.column,
            `row ${kind.place.row}`,
          ),
        );
      }
    }
    return draft.actor;
  };

  const relations: RelationDraft[] = [];
  const byId = new Map<string, RelationDraft>();
  for (const row of rowRelations) {
    const source = actorFor(row.from.name, row.from.place, row.fromKind).id;
    const target = actorFor(row.to.name, row.to.place, row.toKind).id;
    const evidence: Evidence = { ...row.evidence, source: sourceId };
    const existing = row.id !== undefined ? byId.get(row.id) : undefined;
    if (existing) {
      const differs = disagreement(existing, row);
      if (differs) {
        errors.push(
          fileError(
            `id "${row.id}" is also in row ${existing.first.place.row}, with ${differs.field} ${quoted(differs.ours)}, not ${quoted(differs.theirs)}; rows that share an id give quotes of one relation and agree on from, to, type, directed, label, period and confidence`,
            row.place.line,
            differs.column,
            `row ${row.place.row}`,
          ),
        );
        continue;
      }
      if (row.note !== undefined && row.note !== existing.relation.note) evidence.note = row.note;
      existing.relation.evidence.push(evidence);
      existing.evidence.push(row.quotePlace);
      continue;
    }
    const relation: Relation = {
      id: row.id ?? '',
      source,
      target,
      type: row.type,
      directed: row.directed ?? row.type === 'leverage',
      label: row.label ?? row.type,
      ...(row.period && { period: row.period }),
      confidence: row.confidence ?? 'stated',
      ...(row.note !== undefined && { note: row.note }),
      evidence: [evidence],
    };
    const draft = { first: row, relation, evidence: [row.quotePlace] };
    relations.push(draft);
    if (row.id !== undefined) byId.set(row.id, draft);
  }
  if (errors.length > 0) {
    errors.sort((a, b) => a.line - b.line || a.column - b.column);
    return { ok: false, errors };
  }

  // Made ids come after the given ones, so that a given id is never renamed.
  const relationIds = new Set(byId.keys());
  for (const { relation } of relations) {
    if (relation.id !== '') continue;
    relation.id = uniqueId(`${relation.source}-${relation.target}-${relation.type}`, relationIds);
    relationIds.add(relation.id);
  }

  const rowsText = (draft: RelationDraft) => {
    const rows = [draft.first.place.row];
    for (const place of draft.evidence.slice(1)) rows.push(place.row);
    return rows.length === 1 ? `row ${rows[0]}` : `rows ${rows.join(', ')}`;
  };
  const files: ImportedFiles = {
    [datasetFiles.sources]: recordsYaml(
      [{ value: { id: sourceId, file: sourceFile, title: sourceTitle } }],
      `Imported from ${fileName}: the source its quotes come from.`,
    ),
    [datasetFiles.actors]: recordsYaml(
      [...actors.values()].map(({ actor: { id, name, kind, aliases, description }, place }) => ({
        // In the order of the schema and of graph-data/actors.yaml.
        value: { id, name, kind, ...(aliases && { aliases }), description },
        comment: `${fileName} row ${place.row}`,
      })),
      `Imported from ${fileName}: the actors it names; a kind it does not give is ${defaultActorKind}.`,
    ),
    [datasetFiles.relations]: recordsYaml(
      relations.map((draft) => ({
        value: draft.relation,
        comment: `${fileName} ${rowsText(draft)}`,
      })),
      `Imported from ${fileName}: its relations, each under the row(s) it comes from.`,
    ),
  };
  return {
    ok: true,
    files,
    sourceFile,
    origins: {
      fileName,
      relations: new Map(
        relations.map((draft) => [
          draft.relation.id,
          { row: draft.first.place, evidence: draft.evidence },
        ]),
      ),
      actors: new Map([...actors.values()].map(({ actor, place }) => [actor.id, place])),
    },
  };
}

/** First line of each piece of evidence in relations.yaml, by relation id. */
function evidenceLines(relationsYaml: string): Map<string, number[]> {
  const lines = new LineCounter();
  const doc = parseDocument(relationsYaml, { lineCounter: lines });
  const found = new Map<string, number[]>();
  if (!isSeq(doc.contents)) return found;
  for (const item of doc.contents.items) {
    if (!isMap(item)) continue;
    const id = item.get('id');
    const evidence = item.get('evidence', true);
    if (typeof id !== 'string' || !isSeq(evidence)) continue;
    found.set(
      id,
      evidence.items.map((piece) => {
        const start = (piece as { range?: [number] }).range?.[0] ?? 0;
        return lines.linePos(start).line;
      }),
    );
  }
  return found;
}

/**
 * Adds to each error about an imported YAML file the CSV cell it came from:
 * `relations.yaml:12:7 relation x: quote not found ... (from relations.csv:5:9, row 5)`.
 */
export function traceToCsv(
  errors: readonly DataError[],
  imported: Pick<ImportedRelations, 'files' | 'origins'>,
): DataError[] {
  const { origins } = imported;
  let evidenceStarts: Map<string, number[]> | undefined;
  const placeOf = (error: DataError): CsvPlace | undefined => {
    const [kind, ...rest] = (error.record ?? '').split(' ');
    const id = rest.join(' ');
    if (error.file === datasetFiles.actors && kind === 'actor') return origins.actors.get(id);
    if (error.file !== datasetFiles.relations || kind !== 'relation') return undefined;
    const origin = origins.relations.get(id);
    if (!origin) return undefined;
    evidenceStarts ??= evidenceLines(imported.files[datasetFiles.relations]);
    const starts = evidenceStarts.get(id) ?? [];
    let piece = -1;
    starts.forEach((line, i) => {
      if (line <= error.line) piece = i;
    });
    return origin.evidence[piece] ?? origin.row;
  };
  return errors.map((error) => {
    const place = placeOf(error);
    if (!place) return error;
    return {
      ...error,
      message: `${error.message} (from ${origins.fileName}:${place.line}:${place.column}, row ${place.row})`,
    };
  });
}

/** Compiles an imported dataset with its source text, tracing errors back to the CSV. */
export function compileImportedRelations(
  imported: ImportedRelations,
  sourceText: string,
): CompileResult {
  const result = compileDataset({ ...imported.files, [imported.sourceFile]: sourceText });
  return result.ok ? result : { ok: false, errors: traceToCsv(result.errors, imported) };
}
