// Runs the compile CLI as a person does, on a dataset folder written to a temporary directory.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { miniActors, miniDataset } from '../web/model/mini-dataset.fixture';
import { CompiledGraph } from '../web/model/schema';

const root = fileURLToPath(new URL('..', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'actor-graph-compile-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function writeDataset(name: string, files: Readonly<Record<string, string>>): string {
  const dir = join(scratch, name);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

function compile(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/compile.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run compile', { timeout: 40_000 }, () => {
  const dir = writeDataset('valid', miniDataset);

  it('prints the compiled graph as JSON with --out -', () => {
    const { status, stdout, stderr } = compile('--data', dir, '--out', '-');
    expect({ status, stderr }).toEqual({ status: 0, stderr: '' });
    const graph = CompiledGraph.parse(JSON.parse(stdout));
    expect(graph.actors.map(({ id }) => id)).toEqual([
      'pakistan',
      'china',
      'afghan-taliban',
      'ttp',
    ]);
    expect(graph.relations.map(({ id }) => id)).toEqual([
      'china-pakistan-support',
      'china-taliban-leverage',
      'taliban-ttp-havens',
    ]);
    expect(graph.sources.map(({ id }) => id)).toEqual(['mini']);
  });

  it('writes the graph to a file, creating its folder, and says so', () => {
    const out = join(scratch, 'out', 'graph.json');
    expect(compile('--data', dir, '--out', out)).toEqual({
      status: 0,
      stdout: '',
      stderr: `wrote ${out}: 4 actors, 3 relations\n`,
    });
    expect(CompiledGraph.parse(JSON.parse(readFileSync(out, 'utf8'))).relations).toHaveLength(3);
  });

  it('prints its usage and exits 2 without --out', () => {
    const usage = 'usage: npm run compile -- --out PATH (use - for standard output) [--data DIR]\n';
    expect(compile('--data', dir)).toEqual({ status: 2, stdout: '', stderr: usage });
    expect(compile('--data', dir, '--out')).toEqual({ status: 2, stdout: '', stderr: usage });
  });

  it('exits 1 with a clear message when --out cannot be written', () => {
    // A folder cannot be made inside a regular file, whoever runs the test.
    const file = join(scratch, 'a-file');
    writeFileSync(file, '');
    const out = join(file, 'graph.json');
    expect(compile('--data', dir, '--out', out)).toEqual({
      status: 1,
      stdout: '',
      stderr: `cannot write ${out}: EEXIST: file already exists, mkdir '${file}'; choose a writable path\n`,
    });
  });

  it('exits 1 with the located errors on a broken dataset and writes nothing', () => {
    const broken = writeDataset('broken', {
      ...miniDataset,
      'actors.yaml': miniActors.replace('  kind: state\n', '  kind: country\n'),
    });
    expect(compile('--data', broken, '--out', '-')).toEqual({
      status: 1,
      stdout: '',
      stderr: `${broken}/actors.yaml:3:9 actor pakistan: field "kind" must be one of "state", "armed-group", "alliance", "organisation", "movement", "region", not "country"\n`,
    });
  });
});
