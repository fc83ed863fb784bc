// Runs the import CLI as a person does, on a CSV and a source text in a temporary directory, then
// checks its output with the validate CLI.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { miniRelationsCsv } from '../web/model/import/mini-relations.fixture';
import { miniDataset, miniText } from '../web/model/mini-dataset.fixture';

const root = fileURLToPath(new URL('..', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'actor-graph-import-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const textPath = join(scratch, 'mini.txt');
writeFileSync(textPath, miniText);

function writeCsv(name: string, text: string): string {
  const path = join(scratch, name);
  writeFileSync(path, text);
  return path;
}

/** Runs a script of scripts/ from any folder: tsx is loaded by its path, not by name. */
function run(script: string, args: string[], cwd = root) {
  const loader = join(root, 'node_modules/tsx/dist/loader.mjs');
  const child = spawnSync(process.execPath, ['--import', loader, join(root, script), ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 90_000,
  });
  return { status: child.status, stdout: child.stdout, stderr: child.stderr };
}

const importCsv = (args: string[], cwd?: string) => run('scripts/import.ts', args, cwd);

describe('npm run import', { timeout: 120_000 }, () => {
  it('writes a dataset folder that scripts/validate.ts accepts', () => {
    const csv = writeCsv('relations.csv', miniRelationsCsv);
    const out = join(scratch, 'valid');
    expect(
      importCsv([csv, '--source', textPath, '--out', out, '--title', 'A mini source']),
    ).toEqual({
      status: 0,
      stdout: `${out}: valid: 4 actors, 3 relations, 4 pieces of evidence, every quote anchored\n`,
      stderr: '',
    });
    expect(readFileSync(join(out, 'sources/mini.txt'), 'utf8')).toBe(miniText);
    expect(readFileSync(join(out, 'sources.yaml'), 'utf8')).toBe(
      '# Imported from relations.csv: the source its quotes come from.\n\n- id: mini\n  file: sources/mini.txt\n  title: A mini source\n',
    );
    expect(run('scripts/validate.ts', ['--data', out])).toEqual({
      status: 0,
      stdout: `${out}: valid: 1 source(s), 4 actors, 3 relations, 4 pieces of evidence, every quote anchored\n`,
      stderr: '',
    });
    // Importing again overwrites what the importer wrote.
    expect(importCsv([csv, '--source', textPath, '--out', out]).status).toBe(0);
  });

  it('writes to imported/<name of the CSV> by default, with ids made from the file names', () => {
    const cwd = join(scratch, 'default');
    mkdirSync(cwd);
    const csv = writeCsv('Spring Sheet.csv', miniRelationsCsv);
    const { status, stdout } = importCsv([csv, '--source', textPath], cwd);
    expect({ status, stdout }).toEqual({
      status: 0,
      stdout: `imported/Spring Sheet: valid: 4 actors, 3 relations, 4 pieces of evidence, every quote anchored\n`,
    });
    const dir = join(cwd, 'imported/Spring Sheet');
    expect(readFileSync(join(dir, 'relations.yaml'), 'utf8')).toContain(
      '# Spring Sheet.csv rows 4, 5\n- id: havens\n',
    );
    expect(readFileSync(join(dir, 'sources.yaml'), 'utf8')).toContain(
      '- id: mini\n  file: sources/mini.txt\n  title: mini\n',
    );
  });

  it('exits 1 with the located error of a bad row, and writes nothing', () => {
    const csv = writeCsv(
      'bad-type.csv',
      miniRelationsCsv.replace('TTP,cooperation,gives', 'TTP,alliance,gives'),
    );
    const out = join(scratch, 'bad-type');
    expect(importCsv([csv, '--source', textPath, '--out', out])).toEqual({
      status: 1,
      stdout: '',
      stderr:
        `${csv}:4:3 row 4: unknown type "alliance"; the type is one of cooperation, rivalry, leverage\n` +
        `1 error(s) in ${csv}; nothing written\n`,
    });
    expect(existsSync(out)).toBe(false);
  });

  it('exits 1 when a quote is not in the source, tracing the error back to its row', () => {
    const csv = writeCsv('bad-quote.csv', miniRelationsCsv.replace('"persuade "', '"convince "'));
    const out = join(scratch, 'bad-quote');
    expect(importCsv([csv, '--source', textPath, '--out', out])).toEqual({
      status: 1,
      stdout: '',
      stderr:
        `${out}/relations.yaml:41:14 relation havens: quote not found in source mini; the quote occurs 2 time(s) but never with the given prefix/suffix; before the first it reads "oment China has leverage over ..." (from bad-quote.csv:5:7, row 5)\n` +
        `1 error(s) in ${out}; correct ${csv} and import it again\n`,
    });
  });

  it('exits 1 on a file it cannot read', () => {
    const missing = join(scratch, 'missing.csv');
    expect(importCsv([missing, '--source', textPath])).toEqual({
      status: 1,
      stdout: '',
      stderr: `${missing}: no such file; check the path of the CSV\n`,
    });
    const latin1 = join(scratch, 'latin1.csv');
    writeFileSync(latin1, Buffer.from('from,to,type,quote\nC\xf4te,B,rivalry,q\n', 'latin1'));
    expect(importCsv([latin1, '--source', textPath]).stderr).toBe(
      `${latin1}: the CSV is not UTF-8 text; save it as UTF-8 (in a spreadsheet: "CSV UTF-8")\n`,
    );
  });

  it('exits 2 on bad usage, saying what is wrong', () => {
    const csv = writeCsv('usage.csv', miniRelationsCsv);
    const firstLine = (args: string[]) => {
      const { status, stderr } = importCsv(args);
      return [status, stderr.split('\n')[0]];
    };
    expect(firstLine([])).toEqual([2, 'no CSV file given']);
    expect(firstLine([csv])).toEqual([2, 'no source text given: add --source TEXT.txt']);
    expect(firstLine([csv, '--source', textPath, '--colour', 'red'])).toEqual([
      2,
      'unknown option --colour',
    ]);
    expect(firstLine([csv, '--source', textPath, '--id', 'Mini Source'])).toEqual([
      2,
      '--id "Mini Source" is not an id: lower-case words joined by hyphens, e.g. "mini-source"',
    ]);
  });

  it('refuses to overwrite a dataset written by hand', () => {
    const csv = writeCsv('over.csv', miniRelationsCsv);
    const out = join(scratch, 'hand-written');
    mkdirSync(out);
    writeFileSync(join(out, 'relations.yaml'), miniDataset['relations.yaml'] ?? '');
    const { status, stderr } = importCsv([csv, '--source', textPath, '--out', out]);
    expect([status, stderr.split('\n')[0]]).toEqual([
      2,
      `${out}/relations.yaml exists and was not written by the importer; choose another --out or add --force`,
    ]);
    expect(readFileSync(join(out, 'relations.yaml'), 'utf8')).toBe(miniDataset['relations.yaml']);
  });
});
