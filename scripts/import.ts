// npm run import -- FILE.csv --source TEXT.txt [--out DIR] [--id SOURCE_ID] [--title TITLE] [--force]
// Turns a CSV of relations and the source text it quotes into a dataset folder, then checks it.
// Exit 0: valid; 1: an unreadable file or invalid data (located errors); 2: bad usage.
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import {
  compileDataset,
  datasetFiles,
  formatDataError,
  type DataError,
} from '../web/model/dataset';
import {
  importedHeading,
  importRelationsCsv,
  MAX_CSV_BYTES,
  traceToCsv,
} from '../web/model/import/csv-relations';
import { slug } from '../web/model/import/slug';
import { SourceRecord } from '../web/model/schema';
import { readDataset } from './read-dataset';

const usage = `usage: npm run import -- FILE.csv --source TEXT.txt [--out DIR] [--id SOURCE_ID] [--title TITLE] [--force]
  FILE.csv         relations, one per row: from, to, type, quote (required); label, directed,
                   period or from_year/to_year, confidence, prefix, suffix, note, id, from_kind,
                   to_kind (optional)
  --source TEXT    the source text the quotes come from (copied into DIR/sources/)
  --out DIR        where to write the dataset (default: imported/<name of the CSV>)
  --id SOURCE_ID   id of the source (default: made from the name of TEXT)
  --title TITLE    title of the source (default: the name of TEXT)
  --force          overwrite YAML files in DIR that the importer did not write`;

/** Most errors printed; the rest are counted. */
const maxPrinted = 50;

function fail(status: 1 | 2, message: string): never {
  console.error(message);
  if (status === 2) console.error(usage);
  process.exit(status);
}

interface Options {
  csv: string;
  source: string;
  out?: string;
  id?: string;
  title?: string;
  force: boolean;
}

function parseArgs(args: readonly string[]): Options {
  const valued = new Set(['--source', '--out', '--id', '--title']);
  const values = new Map<string, string>();
  const positional: string[] = [];
  let force = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--help' || arg === '-h') {
      console.log(usage);
      process.exit(0);
    } else if (arg === '--force') {
      force = true;
    } else if (valued.has(arg)) {
      const value = args[++i];
      if (value === undefined || value === '') fail(2, `${arg} needs a value`);
      if (values.has(arg)) fail(2, `${arg} is given twice`);
      values.set(arg, value);
    } else if (arg.startsWith('-') && arg !== '-') {
      fail(2, `unknown option ${arg}`);
    } else {
      positional.push(arg);
    }
  }
  if (positional.length !== 1) {
    fail(
      2,
      positional.length === 0
        ? 'no CSV file given'
        : `one CSV file at a time, not ${positional.length}`,
    );
  }
  const source = values.get('--source');
  if (source === undefined) fail(2, 'no source text given: add --source TEXT.txt');
  const id = values.get('--id');
  if (id !== undefined && !SourceRecord.shape.id.safeParse(id).success) {
    fail(
      2,
      `--id "${id}" is not an id: lower-case words joined by hyphens, e.g. "${slug(id) || 'my-source'}"`,
    );
  }
  return {
    csv: positional[0] ?? '',
    source,
    out: values.get('--out'),
    id,
    title: values.get('--title'),
    force,
  };
}

/** A file as UTF-8 text, or exit 1 saying why it cannot be read. */
function readText(path: string, what: string, maxBytes?: number): string {
  let bytes: Buffer;
  try {
    if (maxBytes !== undefined && statSync(path).size > maxBytes) {
      fail(
        1,
        `${path}: the ${what} is over the limit of ${maxBytes / 1024 / 1024} MB; split it into smaller files`,
      );
    }
    bytes = readFileSync(path);
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    fail(
      1,
      code === 'ENOENT'
        ? `${path}: no such file; check the path of the ${what}`
        : `${path}: cannot read the ${what}: ${message}`,
    );
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    fail(
      1,
      `${path}: the ${what} is not UTF-8 text; save it as UTF-8 (in a spreadsheet: "CSV UTF-8")`,
    );
  }
}

function printErrors(errors: readonly DataError[], where: (error: DataError) => string) {
  for (const error of errors.slice(0, maxPrinted)) console.error(where(error));
  if (errors.length > maxPrinted) console.error(`... and ${errors.length - maxPrinted} more`);
}

const options = parseArgs(process.argv.slice(2));
const csvName = basename(options.csv);
const textName = basename(options.source);
const textStem = basename(textName, extname(textName));
const out = options.out ?? join('imported', basename(csvName, extname(csvName)) || 'relations');

const csvText = readText(options.csv, 'CSV', MAX_CSV_BYTES);
readText(options.source, 'source text');

const imported = importRelationsCsv(csvText, {
  sourceId: options.id ?? (slug(textStem) || 'source'),
  sourceFile: `sources/${textName}`,
  sourceTitle: options.title ?? textStem,
  fileName: csvName,
});
if (!imported.ok) {
  printErrors(imported.errors, (error) => formatDataError({ ...error, file: options.csv }));
  fail(1, `${imported.errors.length} error(s) in ${options.csv}; nothing written`);
}

// A dataset written by hand is never overwritten by accident, only an earlier import.
for (const name of Object.values(datasetFiles)) {
  const path = join(out, name);
  if (options.force || !existsSync(path)) continue;
  if (!readFileSync(path, 'utf8').startsWith(importedHeading)) {
    fail(
      2,
      `${path} exists and was not written by the importer; choose another --out or add --force`,
    );
  }
}

try {
  mkdirSync(join(out, 'sources'), { recursive: true });
  for (const [name, text] of Object.entries(imported.files)) writeFileSync(join(out, name), text);
  const textCopy = join(out, imported.sourceFile);
  if (resolve(textCopy) !== resolve(options.source)) copyFileSync(options.source, textCopy);
} catch (error) {
  fail(1, `cannot write ${out}: ${(error as Error).message}; choose a writable --out`);
}

const result = compileDataset(readDataset(out));
if (!result.ok) {
  printErrors(traceToCsv(result.errors, imported), (error) => `${out}/${formatDataError(error)}`);
  fail(1, `${result.errors.length} error(s) in ${out}; correct ${options.csv} and import it again`);
}
const { actors, relations } = result.graph;
const evidence = relations.reduce((sum, relation) => sum + relation.evidence.length, 0);
console.log(
  `${out}: valid: ${actors.length} actors, ${relations.length} relations, ${evidence} pieces of evidence, every quote anchored`,
);
