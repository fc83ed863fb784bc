// How long the seeded layout takes off the main thread, and whether the main thread stays free
// meanwhile: for each size a synthetic dataset (scripts/synthetic.ts) is laid out in a Node
// worker thread, as the app's layout worker does in the browser, while the main thread keeps a
// 10 ms timer and an event-loop delay histogram going.
//
//   npx tsx scripts/bench/layout.ts [--sizes 500x2000,2000x10000,5000x25000] [--runs 3] [--seed 1]
import { availableParallelism, loadavg } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { parse } from 'yaml';
import type { LayoutAnswer, LayoutRequest } from '../../web/model/layout-job';
import { generateDataset, standardSizes } from '../synthetic';
import { median } from './report';
import { parseSizes, type Size } from './scale';

/** The target: 2,000 actors and 10,000 relations laid out within 2.5 s. */
const target = { actors: 2_000, relations: 10_000, ms: 2_500 };

interface Run {
  /** From posting the request to receiving the positions (copying both ways included). */
  wallMs: number;
  /** seededLayout alone, timed in the worker. */
  layoutMs: number;
  /** The longest the main thread went without running its 10 ms timer. */
  longestGapMs: number;
  /** The largest event-loop delay perf_hooks saw. */
  maxDelayMs: number;
}

function layoutRequest(size: Size, seed: number): LayoutRequest {
  const files = generateDataset({ ...size, seed });
  const actors = parse(files['actors.yaml']!) as { id: string; name: string }[];
  const relations = parse(files['relations.yaml']!) as { source: string; target: string }[];
  return {
    id: 1,
    actors: actors.map(({ id, name }) => ({ id, name })),
    relations: relations.map(({ source, target }) => ({ source, target })),
  };
}

function startWorker(): Promise<Worker> {
  // tsx's loader is not inherited by worker threads: the thread registers it, then loads the
  // TypeScript worker.
  const url = new URL('./layout-worker.ts', import.meta.url).href;
  const worker = new Worker(
    `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(url)}); });`,
    { eval: true },
  );
  return new Promise((resolve, reject) => {
    worker.once('message', () => resolve(worker));
    worker.once('error', reject);
  });
}

async function measure(worker: Worker, request: LayoutRequest): Promise<Run> {
  const delay = monitorEventLoopDelay({ resolution: 5 });
  let last = performance.now();
  let longestGapMs = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longestGapMs = Math.max(longestGapMs, now - last);
    last = now;
  }, 10);
  delay.enable();
  const start = performance.now();
  const { answer, layoutMs } = await new Promise<{ answer: LayoutAnswer; layoutMs: number }>(
    (resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.postMessage(request);
    },
  );
  const wallMs = performance.now() - start;
  delay.disable();
  clearInterval(timer);
  if (!answer.ok) throw new Error(answer.error);
  const placed = Object.keys(answer.positions).length;
  if (placed !== request.actors.length)
    throw new Error(`layout placed ${placed} of ${request.actors.length} actors`);
  return { wallMs, layoutMs, longestGapMs, maxDelayMs: delay.max / 1e6 };
}

const fixed = (value: number | undefined) => (value === undefined ? '-' : value.toFixed(0));

async function main() {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string' },
      runs: { type: 'string', default: '3' },
      seed: { type: 'string', default: '1' },
    },
  });
  const sizes = values.sizes
    ? parseSizes(values.sizes)
    : standardSizes.map((size) => ({ ...size }));
  const runs = Number(values.runs);
  const seed = Number(values.seed);
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs wants a whole number ≥ 1');
  if (!Number.isInteger(seed)) throw new Error('--seed wants a whole number');

  const load = () => loadavg()[0]!.toFixed(1);
  console.log(
    `seededLayout in a worker thread, median of ${runs} run(s), ms (${availableParallelism()} CPUs, load ${load()} at start)`,
  );
  const rows: string[][] = [
    ['actors/relations', 'wall', 'layout', 'main: longest gap', 'main: max delay', 'target'],
  ];
  for (const size of sizes) {
    const request = layoutRequest(size, seed);
    const worker = await startWorker();
    const measured: Run[] = [];
    try {
      for (let run = 0; run < runs; run++) measured.push(await measure(worker, request));
    } finally {
      await worker.terminate();
    }
    const wall = median(measured.map((run) => run.wallMs));
    const isTarget = size.actors === target.actors && size.relations === target.relations;
    rows.push([
      `${size.actors.toLocaleString('en')}/${size.relations.toLocaleString('en')}`,
      fixed(wall),
      fixed(median(measured.map((run) => run.layoutMs))),
      fixed(median(measured.map((run) => run.longestGapMs))),
      fixed(median(measured.map((run) => run.maxDelayMs))),
      isTarget ? `≤ ${target.ms} ${wall! <= target.ms ? 'pass' : 'FAIL'}` : '',
    ]);
  }
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  for (const row of rows) {
    console.log(row.map((cell, column) => cell.padStart(widths[column]!)).join('  '));
  }
  console.log(`load ${load()} at the end`);
}

main().catch((error: unknown) => {
  console.error(`bench/layout: ${(error as Error).message}`);
  process.exit(1);
});
