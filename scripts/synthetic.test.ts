// The synthetic datasets of the scale benchmark: deterministic, realistic in shape, and valid
// through the whole pipeline (every quote anchored in the generated text).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { compileDataset, formatDataError } from '../web/model/dataset';
import { readDataset } from './read-dataset';
import { generateDataset } from './synthetic';

const root = fileURLToPath(new URL('..', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'actor-graph-synthetic-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const small = { actors: 80, relations: 320, seed: 7, sources: 2 };

describe('generateDataset', () => {
  it('gives byte-identical files for the same options, other files for another seed', () => {
    const files = generateDataset(small);
    expect(generateDataset(small)).toStrictEqual(files);
    expect(generateDataset({ ...small, seed: 8 })['relations.yaml']).not.toBe(
      files['relations.yaml'],
    );
    expect(Object.keys(files).sort()).toEqual([
      'actors.yaml',
      'relations.yaml',
      'sources.yaml',
      'sources/synthetic-1.txt',
      'sources/synthetic-2.txt',
    ]);
  });

  it('compiles without errors, every quote anchored in the generated texts', () => {
    const result = compileDataset(generateDataset(small));
    if (!result.ok) expect(result.errors.map(formatDataError)).toEqual([]);
    if (!result.ok) return;
    const { graph } = result;
    expect(graph.actors).toHaveLength(small.actors);
    expect(graph.relations).toHaveLength(small.relations);
    const texts = new Map(graph.sources.map((source) => [source.id, source.text]));
    for (const relation of graph.relations) {
      for (const evidence of relation.evidence) {
        expect(texts.get(evidence.source)?.slice(evidence.start, evidence.end)).toBe(
          evidence.exact,
        );
      }
    }
    // The normaliser had work to do: pages from the running headers, hyphens joined.
    for (const source of graph.sources) {
      expect(source.pages.length).toBeGreaterThan(2);
      expect(source.pages[0]?.page).toBe(1);
      expect(source.text).not.toMatch(/Original Article|SJAR Vol/);
    }
    const evidence = graph.relations.flatMap((relation) => relation.evidence);
    expect(new Set(evidence.map((e) => e.page)).size).toBeGreaterThan(2);
    expect(evidence.some((e) => e.prefix)).toBe(true);
    expect(evidence.some((e) => e.suffix)).toBe(true);
  });

  it('has the shape of real data: kinds, types, periods, hubs, several relations per pair', () => {
    const result = compileDataset(generateDataset(small));
    if (!result.ok) throw new Error('does not compile');
    const { actors, relations } = result.graph;
    expect(new Set(actors.map((a) => a.kind)).size).toBeGreaterThanOrEqual(5);
    expect(new Set(relations.map((r) => r.type))).toEqual(
      new Set(['cooperation', 'rivalry', 'leverage']),
    );
    expect(relations.filter((r) => r.type === 'leverage').every((r) => r.directed)).toBe(true);
    expect(relations.some((r) => !r.directed)).toBe(true);
    expect(relations.some((r) => r.period === undefined)).toBe(true);
    expect(relations.some((r) => r.period?.from !== undefined && r.period.to === undefined)).toBe(
      true,
    );
    expect(relations.some((r) => r.period?.to !== undefined)).toBe(true);
    expect(relations.some((r) => r.confidence === 'implied')).toBe(true);

    const pairs = new Map<string, number>();
    const degree = new Map<string, number>();
    for (const { source, target } of relations) {
      const pair = [source, target].sort().join(' ');
      pairs.set(pair, (pairs.get(pair) ?? 0) + 1);
      for (const end of [source, target]) degree.set(end, (degree.get(end) ?? 0) + 1);
    }
    expect(Math.max(...pairs.values())).toBeGreaterThan(1);
    // Every actor is related; a few hubs hold many more relations than the typical actor.
    expect(degree.size).toBe(actors.length);
    const degrees = [...degree.values()].sort((a, b) => a - b);
    const median = degrees[degrees.length >> 1] ?? 0;
    expect(degrees[degrees.length - 1]).toBeGreaterThan(3 * median);
  });
});

describe('npx tsx scripts/synthetic.ts', { timeout: 60_000 }, () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'scripts/synthetic.ts', ...args], {
      cwd: root,
      encoding: 'utf8',
      timeout: 30_000,
    });

  it('writes the same bytes on every run with the same seed', () => {
    const options = ['--actors', '40', '--relations', '150', '--seed', '3'];
    const [a, b] = [join(scratch, 'a'), join(scratch, 'b')];
    expect(run(...options, '--out', a).status).toBe(0);
    expect(run(...options, '--out', b).status).toBe(0);
    const written = readDataset(a);
    expect(readDataset(b)).toStrictEqual(written);
    expect(written).toStrictEqual(generateDataset({ actors: 40, relations: 150, seed: 3 }));
  });

  it('says what it needs when an option is missing', () => {
    const { status, stderr } = run('--actors', '10');
    expect(status).toBe(2);
    expect(stderr).toContain('--actors, --relations and --out are needed');
  });
});
