// Runs the validate CLI as a person does, on a dataset folder written to a temporary directory.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { miniDataset, miniRelations } from '../web/model/mini-dataset.fixture';

const root = fileURLToPath(new URL('..', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'actor-graph-validate-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function writeDataset(name: string, files: Readonly<Record<string, string>>): string {
  const dir = join(scratch, name);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

function validate(dir: string) {
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/validate.ts', '--data', dir],
    {
      cwd: root,
      encoding: 'utf8',
      timeout: 30_000,
    },
  );
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run validate', { timeout: 40_000 }, () => {
  it('exits 0 with a one-line summary on a valid dataset', () => {
    const dir = writeDataset('valid', miniDataset);
    expect(validate(dir)).toEqual({
      status: 0,
      stdout: `${dir}: valid: 1 source(s), 4 actors, 3 relations, 4 pieces of evidence, every quote anchored\n`,
      stderr: '',
    });
  });

  it('exits 1 with each error located in its file on a broken dataset', () => {
    const dir = writeDataset('broken', {
      ...miniDataset,
      'relations.yaml': miniRelations.replace('  target: pakistan\n', '  target: pakistn\n'),
    });
    expect(validate(dir)).toEqual({
      status: 1,
      stdout: '',
      stderr:
        `${dir}/relations.yaml:3:11 relation china-pakistan-support: unknown actor "pakistn" as target; did you mean "pakistan"?\n` +
        `1 error(s) in ${dir}\n`,
    });
  });
});
