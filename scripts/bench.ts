// npm run bench: loads the built app in headless Chromium several times, each in a fresh browser
// context (cold cache), and prints medians of: navigation to the graph drawn and clickable, an
// edge click to the evidence panel painted, "Read in source" to the passage shown, and the gzipped
// JavaScript loaded before the graph appears. A measurement, not a test: it exits 0 when a target
// is missed (and says so), 1 only when something fails to run.
//
//   npm run bench [-- --runs N] [--no-build] [--dist DIR] [--graph PATH] [--relation ID] [--json FILE]
//
// With --sizes (e.g. 500x2000,2000x10000,5000x25000) it measures at scale instead: synthetic
// datasets compiled and drawn by the app, beside a bare Cytoscape page (and sigma.js when
// installed); see scripts/bench/scale.ts.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, stripVTControlCharacters } from 'node:util';
import { chromium, type Browser, type CDPSession, type Page } from '@playwright/test';
import { Explorer } from '../e2e/pages/explorer';
import { compileDataset, formatDataError } from '../web/model/dataset';
import { chromiumLaunchOptions } from './browser';
import { idleFrames, metric, sleep, threadTime, within } from './bench/page';
import { installProbe, type Awaited, type Interaction } from './bench/probe';
import { format, median, summarise, table, type Metric, type Summary } from './bench/report';
import { parseSizes, runScale, scaleReport, type Size } from './bench/scale';
import { readSite, serveSite, type Site } from './bench/site';
import { readDataset } from './read-dataset';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Targets on a 2-core machine with the default data (the issue's figures). */
const targets = { graphMs: 600, evidenceMs: 50, readerMs: 100, initialJsKB: 180 };

const defaultRelation = 'china-leverage-afghan-taliban';
const viewport = { width: 1400, height: 900 };
/** Pause between the graph appearing and the click, as a person would take. */
const settleMs = 500;
const loadTimeoutMs = 30_000;
const clickTimeoutMs = 10_000;
/** How long the graph may still appear after an uncaught error in the page. */
const errorGraceMs = 3_000;

const usage = `Usage: npm run bench -- [options]

  --runs N         runs to take medians of (default 7), each in a fresh browser context
  --no-build       measure an existing build (dist/, or --dist) instead of building one
  --dist DIR       the build to measure with --no-build (default dist/)
  --graph PATH     serve another graph as data/graph.json: a compiled graph (JSON, as written by
                   npm run compile) or a dataset folder (compiled here), e.g. a synthetic one
  --relation ID    the relation to click (default ${defaultRelation}, else the graph's first)
  --json FILE      also write the figures as JSON (e.g. bench-results/today.json)
  --sizes LIST     measure at scale: synthetic datasets of ACTORSxRELATIONS, comma-separated
                   (e.g. 500x2000,2000x10000,5000x25000): compile time, first frame, edge click,
                   filter change, search, heap and longest task, beside bare Cytoscape (canvas and
                   WebGL) and sigma.js when installed; --runs defaults to 3 there
  --seed N         seed of the synthetic datasets (default 1)
  --help           this text`;

interface Options {
  runs: number;
  /** Measure at scale with synthetic datasets of these sizes. */
  sizes?: Size[];
  seed: number;
  build: boolean;
  dist: string;
  graph?: string;
  /** Undefined: the default relation, or the graph's first when it lacks that one. */
  relation?: string;
  json?: string;
}

class UsageError extends Error {}

function parseOptions(): Options | undefined {
  let parsed;
  try {
    parsed = parseArgs({
      options: {
        runs: { type: 'string' },
        sizes: { type: 'string' },
        seed: { type: 'string', default: '1' },
        'no-build': { type: 'boolean', default: false },
        dist: { type: 'string' },
        graph: { type: 'string' },
        relation: { type: 'string' },
        json: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
      strict: true,
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values } = parsed;
  if (values.help) {
    console.log(usage);
    return undefined;
  }
  let sizes: Size[] | undefined;
  try {
    sizes = values.sizes === undefined ? undefined : parseSizes(values.sizes);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const runs = Number(values.runs ?? (sizes ? 3 : 7));
  if (!Number.isInteger(runs) || runs < 1) throw new UsageError(`--runs wants a whole number ≥ 1`);
  const seed = Number(values.seed);
  if (!Number.isInteger(seed)) throw new UsageError('--seed wants a whole number');
  if (values.dist && !values['no-build']) throw new UsageError('--dist goes with --no-build');
  if (sizes && (values.graph || values.relation))
    throw new UsageError('--sizes makes its own graphs: leave out --graph and --relation');
  return {
    runs,
    sizes,
    seed,
    build: !values['no-build'],
    dist: resolve(values.dist ?? join(root, 'dist')),
    graph: values.graph && resolve(values.graph),
    relation: values.relation,
    json: values.json && resolve(values.json),
  };
}

// ── Clean-up, also on errors and Ctrl-C ─────────────────────────────────────────────────────────

const cleanups: (() => unknown)[] = [];

async function cleanUp() {
  while (cleanups.length) {
    try {
      await cleanups.pop()!();
    } catch {
      // Keep cleaning up.
    }
  }
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.error(`\nbench: interrupted (${signal}), cleaning up`);
    void cleanUp().finally(() => process.exit(130));
  });
}

// ── Build, data ─────────────────────────────────────────────────────────────────────────────────

/** Builds the app into outDir (not dist/, which others may be serving meanwhile). */
async function build(outDir: string): Promise<void> {
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const output: string[] = [];
  const code = await new Promise<number | null>((done, fail) => {
    const child = spawn(process.execPath, [vite, 'build', '--outDir', outDir, '--emptyOutDir'], {
      cwd: root,
      env: {
        ...process.env,
        VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true',
        NO_COLOR: '1',
        FORCE_COLOR: '0',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.on('error', fail);
    child.on('close', done);
  });
  if (code !== 0)
    throw new Error(
      `the build failed (vite build, exit ${code}):\n${stripVTControlCharacters(output.join(''))}`,
    );
}

/** The graph to serve instead of the built one: a compiled graph file, or a dataset folder. */
function graphFrom(path: string): Buffer {
  if (!statSync(path).isDirectory()) return readFileSync(path);
  const result = compileDataset(readDataset(path));
  if (!result.ok) {
    const errors = result.errors.map((error) => `${path}/${formatDataError(error)}`);
    throw new Error(`the dataset has errors:\n${errors.join('\n')}`);
  }
  return Buffer.from(JSON.stringify(result.graph));
}

interface GraphFacts {
  actors: number;
  relations: number;
  sources: number;
  /** The relation the runs click. */
  relation: string;
}

/** Counts what the served graph holds and chooses the relation to click. */
function graphFacts(site: Site, wanted: string | undefined): GraphFacts {
  const file = site.get('/data/graph.json');
  if (!file) throw new Error('the build has no data/graph.json');
  const graph = JSON.parse(file.body.toString('utf8')) as {
    actors?: unknown[];
    relations?: { id: string }[];
    sources?: unknown[];
  };
  const ids = new Set(graph.relations?.map((relation) => relation.id));
  const relation = wanted ?? (ids.has(defaultRelation) ? defaultRelation : [...ids][0]);
  if (relation === undefined) throw new Error('the graph has no relations to click');
  if (!ids.has(relation))
    throw new UsageError(`relation ${relation} is not in the graph; choose one with --relation`);
  return {
    actors: graph.actors?.length ?? 0,
    relations: ids.size,
    sources: graph.sources?.length ?? 0,
    relation,
  };
}

// ── One run ─────────────────────────────────────────────────────────────────────────────────────

interface Run {
  /** Navigation to the frame after Cytoscape was created. */
  graphMs: number;
  milestones: Record<string, number | undefined>;
  /** JavaScript files requested before the graph appeared, and after. */
  initialScripts: string[];
  laterScripts: string[];
  heapBytes?: number;
  evidence: Interaction;
  reader?: Interaction;
  /**
   * CPU time of the renderer's main thread: for the load (from the navigation to just after
   * the graph was painted) and for each click (to its end point). Other work on the machine
   * changes it far less than the times above.
   */
  cpuMs: { load: number; evidence: number; reader: number };
  errors: string[];
}

/**
 * Arms the probe for the next click; `interaction` settles with what it measured. The probe times
 * from the last mousedown before the awaited element appeared, so earlier clicks do not count.
 */
async function arm(page: Page, awaited: Awaited): Promise<{ interaction: Promise<Interaction> }> {
  await page.evaluate(([what, ms]) => window.__bench!.arm(what, ms), [
    awaited,
    clickTimeoutMs,
  ] as const);
  const interaction = within(
    page.evaluate(() => window.__bench!.interaction!),
    clickTimeoutMs + 5_000,
    `the ${awaited} measurement never finished`,
  );
  interaction.catch(() => {}); // Awaited by the caller; never an unhandled rejection meanwhile.
  return { interaction };
}

/**
 * Clicks a relation with the real mouse, as the e2e page object's clickRelation does: a bundle
 * it is drawn in opens at the first click, and the second click selects it. Unlike clickRelation,
 * the page is left to draw the opened bundle before the second click (a person sees it open
 * first), and nothing is asked of the page while the selecting click is being measured.
 */
async function clickRelation(
  explorer: Explorer,
  relation: string,
  cdp: CDPSession,
): Promise<Interaction & { cpuMs: number }> {
  const { page } = explorer;
  const { interaction } = await arm(page, 'evidence');
  for (let attempt = 0; attempt < 2; attempt++) {
    const { x, y } = await explorer.positionOf(relation);
    // Move first, so hover effects are not counted in the click.
    await page.mouse.move(x, y);
    await idleFrames(page);
    const before = await threadTime(cdp);
    await page.mouse.down();
    await page.mouse.up();
    let measured = await Promise.race([interaction, sleep(300).then(() => undefined)]);
    // Still nothing, yet selected: just slow.
    if (!measured && (await explorer.selectedOnGraph()).includes(relation))
      measured = await interaction;
    if (measured) return { ...measured, cpuMs: (await threadTime(cdp)) - before };
    await idleFrames(page); // A bundle opened: let it be drawn.
  }
  throw new Error(`two clicks on ${relation} did not select it`);
}

async function measureRun(browser: Browser, url: string, relation: string): Promise<Run> {
  const context = await browser.newContext({ viewport });
  try {
    // tsx wraps named functions in __name(); the probe is sent as source text, so define it.
    await context.addInitScript({
      content: `globalThis.__name ??= (fn) => fn;\n(${installProbe.toString()})();`,
    });
    const page = await context.newPage();
    const errors: string[] = [];
    // An uncaught error before the graph is drawn most likely means it never will be: give up
    // soon after one rather than at the load time-out.
    let crashed: (() => void) | undefined;
    const crash = new Promise<void>((resolve) => (crashed = resolve));
    page.on('pageerror', (error) => {
      errors.push(error.message);
      setTimeout(() => crashed?.(), errorGraceMs);
    });
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });

    // Performance metrics count CPU time from when they are enabled: the navigation, here.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(url);
    const notDrawn = () =>
      `the graph was not drawn${errors.length ? `; the page said: ${errors.join(' | ')}` : ''}`;
    const graphMs = await within(
      Promise.race([
        page.evaluate(() => window.__bench!.graphPainted),
        crash.then(() => Promise.reject(new Error(notDrawn()))),
      ]),
      loadTimeoutMs,
      notDrawn,
    );
    crashed = undefined;
    const milestones = await page.evaluate(() => window.__bench!.milestones());
    const graphSetAt = milestones.graphSet ?? graphMs;

    // The renderer's main-thread CPU time since the navigation (the load), then the live
    // JavaScript heap once the graph is up, after a garbage collection.
    const cpuMs = { load: await threadTime(cdp), evidence: NaN, reader: NaN };
    await cdp.send('HeapProfiler.collectGarbage');
    const heapBytes = await metric(cdp, 'JSHeapUsedSize');

    await page.waitForTimeout(settleMs);
    const evidence = await clickRelation(new Explorer(page), relation, cdp);
    cpuMs.evidence = evidence.cpuMs;

    let reader: Interaction | undefined;
    const read = page.locator('ag-evidence-panel').getByRole('button', { name: 'Read in source' });
    if ((await read.count()) > 0) {
      await read.first().hover();
      await idleFrames(page);
      const { interaction } = await arm(page, 'reader');
      const before = await threadTime(cdp);
      await read.first().click();
      reader = await interaction;
      cpuMs.reader = (await threadTime(cdp)) - before;
    }

    const scripts = await page.evaluate(() => window.__bench!.scripts());
    return {
      graphMs,
      milestones,
      initialScripts: [
        ...new Set(scripts.filter((s) => s.startTime <= graphSetAt).map((s) => s.path)),
      ],
      laterScripts: [
        ...new Set(scripts.filter((s) => s.startTime > graphSetAt).map((s) => s.path)),
      ],
      heapBytes,
      evidence,
      reader,
      cpuMs,
      errors,
    };
  } finally {
    await context.close();
  }
}

// ── Figures ─────────────────────────────────────────────────────────────────────────────────────

const kB = (bytes: number) => bytes / 1000;

function gzippedKB(site: Site, paths: readonly string[]): number {
  let bytes = 0;
  for (const path of paths) {
    const file = site.get(path);
    if (!file) throw new Error(`the page loaded ${path}, which is not in the build`);
    bytes += file.gzip.length;
  }
  return kB(bytes);
}

function metricsOf(runs: readonly Run[], site: Site): Metric[] {
  const readerMs = runs.flatMap((run) =>
    run.reader ? [run.reader.paintedAt - run.reader.pressedAt] : [],
  );
  return [
    {
      name: 'navigation → graph drawn and clickable',
      unit: 'ms',
      values: runs.map((run) => run.graphMs),
      target: targets.graphMs,
    },
    {
      name: 'edge click → evidence panel painted',
      unit: 'ms',
      values: runs.map((run) => run.evidence.paintedAt - run.evidence.pressedAt),
      target: targets.evidenceMs,
    },
    {
      name: '"Read in source" → passage in view',
      unit: 'ms',
      values: readerMs,
      target: targets.readerMs,
      ...(readerMs.length ? {} : { skipped: '(no reader yet)' }),
    },
    {
      name: 'JavaScript before the graph (gzip)',
      unit: 'kB',
      values: runs.map((run) => gzippedKB(site, run.initialScripts)),
      target: targets.initialJsKB,
    },
    {
      name: 'JS heap used after load (after GC)',
      unit: 'MB',
      values: runs.flatMap((run) => (run.heapBytes === undefined ? [] : [run.heapBytes / 1e6])),
    },
  ];
}

function runLine(index: number, total: number, run: Run, site: Site): string {
  const parts = [
    `graph ${format(run.graphMs, 'ms')}`,
    `evidence ${format(run.evidence.paintedAt - run.evidence.pressedAt, 'ms')}`,
    `reader ${run.reader ? format(run.reader.paintedAt - run.reader.pressedAt, 'ms') : 'n/a'}`,
    `JS ${format(gzippedKB(site, run.initialScripts), 'kB')}`,
    `heap ${format(run.heapBytes === undefined ? undefined : run.heapBytes / 1e6, 'MB')}`,
  ];
  return `run ${String(index + 1).padStart(String(total).length)}/${total}: ${parts.join(' · ')}`;
}

/** Medians of several per-run numbers, as "label N ms" parts (skipping missing ones). */
function medianParts(runs: readonly Run[], parts: [string, (run: Run) => number | undefined][]) {
  return parts.flatMap(([label, pick]) => {
    const values = runs.map(pick).filter((v): v is number => v !== undefined && Number.isFinite(v));
    return values.length ? [`${label} ${format(median(values), 'ms')}`] : [];
  });
}

function details(runs: readonly Run[], site: Site): string[] {
  const lines: string[] = [];
  const m = (key: string) => (run: Run) => run.milestones[key];
  lines.push(
    `Load, medians in ms since navigation: ${medianParts(runs, [
      ['HTML received', m('htmlReceived')],
      ['scripts received', m('scriptsReceived')],
      ['DOMContentLoaded', m('domContentLoaded')],
      ['first paint', m('firstContentfulPaint')],
      ['data requested', m('dataRequested')],
      ['data received', m('dataReceived')],
      ['Cytoscape created', m('graphSet')],
      ['graph painted', (run) => run.graphMs],
    ]).join(' · ')}`,
  );
  lines.push(
    `Edge click, medians from mousedown: ${medianParts(runs, [
      ['mouseup', (run) => run.evidence.releasedAt - run.evidence.pressedAt],
      ['quote in the DOM', (run) => run.evidence.foundAt - run.evidence.pressedAt],
      ['painted', (run) => run.evidence.paintedAt - run.evidence.pressedAt],
    ]).join(' · ')}`,
  );
  const read = runs.filter((run) => run.reader);
  if (read.length)
    lines.push(
      `Read in source, medians from mousedown: ${medianParts(read, [
        ['mouseup', (run) => run.reader!.releasedAt - run.reader!.pressedAt],
        ['passage in the DOM', (run) => run.reader!.foundAt - run.reader!.pressedAt],
        ['in view', (run) => run.reader!.paintedAt - run.reader!.pressedAt],
      ]).join(' · ')}`,
    );
  const describe = (paths: readonly string[]) =>
    paths.length === 0
      ? 'none'
      : paths
          .map((path) => {
            const file = site.get(path);
            return file
              ? `${path.slice(1)} (${format(kB(file.body.length), 'kB')}, ${format(kB(file.gzip.length), 'kB')} gzipped)`
              : path;
          })
          .join(', ');
  const first = runs[0]!;
  lines.push(`JavaScript before the graph: ${describe(first.initialScripts)}`);
  lines.push(
    `JavaScript loaded later: ${describe([...new Set(runs.flatMap((run) => run.laterScripts))])}`,
  );
  lines.push(
    `Renderer main-thread CPU time, medians (other work on the machine inflates it far less than the times): ${medianParts(
      runs,
      [
        ['navigation → graph painted', (run) => run.cpuMs.load],
        ['edge click', (run) => run.cpuMs.evidence],
        ['Read in source', (run) => run.cpuMs.reader],
      ],
    ).join(' · ')}`,
  );
  const errors = [...new Set(runs.flatMap((run) => run.errors))];
  if (errors.length) lines.push(`The page reported errors:\n  ${errors.join('\n  ')}`);
  return lines;
}

function verdict(summaries: readonly Summary[]): string[] {
  const misses = summaries.filter((s) => s.pass === false);
  const skipped = summaries.filter((s) => s.skipped && s.target !== undefined);
  const lines = misses.map(
    (s) =>
      `MISSED: ${s.name}: median ${format(s.median, s.unit)}, target under ${s.target} ${s.unit}`,
  );
  for (const s of skipped) lines.push(`not measured: ${s.name} ${s.skipped}`);
  if (misses.length === 0)
    lines.unshift(
      skipped.length ? 'Every measured target is met.' : 'Every target is met (medians).',
    );
  return lines;
}

/** A path as typed: relative to the working directory when inside it. */
function shown(path: string): string {
  const inside = relative(process.cwd(), path);
  return inside && !inside.startsWith('..') ? inside : path;
}

// ── Main ────────────────────────────────────────────────────────────────────────────────────────

async function main(): Promise<number> {
  const options = parseOptions();
  if (!options) return 0;

  let dir = options.dist;
  if (options.build) {
    dir = mkdtempSync(join(tmpdir(), 'actor-graph-bench-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const started = performance.now();
    process.stdout.write('Building the app… ');
    await build(dir);
    console.log(`done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  if (options.sizes) return scale(options, options.sizes, dir);
  const site = readSite(dir, options.graph ? { '/data/graph.json': graphFrom(options.graph) } : {});
  const facts = graphFacts(site, options.relation);
  const served = await serveSite(site);
  cleanups.push(() => served.close());
  const browser = await chromium.launch({ ...chromiumLaunchOptions(), headless: true });
  cleanups.push(() => browser.close());

  const cpu = cpus();
  const data = options.graph ? shown(options.graph) : 'the built data/graph.json';
  console.log(
    `Actor Graph benchmark: ${options.runs} runs, each in a fresh browser context (cold cache)`,
  );
  console.log(
    `Chromium ${browser.version()} headless · ${cpu.length} CPUs (${cpu[0]?.model.trim() ?? '?'}) · ` +
      `Node ${process.version}`,
  );
  console.log(
    `Build: ${options.build ? 'fresh' : shown(dir)} · data: ${data} ` +
      `(${facts.actors} actors, ${facts.relations} relations, ${facts.sources} source${facts.sources === 1 ? '' : 's'}) · ` +
      `clicking ${facts.relation}\n`,
  );

  const runs: Run[] = [];
  const load = [loadavg()[0]!];
  for (let i = 0; i < options.runs; i++) {
    const run = await measureRun(browser, served.url, facts.relation);
    runs.push(run);
    load.push(loadavg()[0]!);
    console.log(runLine(i, options.runs, run, site));
  }

  const summaries = metricsOf(runs, site).map(summarise);
  console.log(`\n${table(summaries)}\n`);
  for (const line of verdict(summaries)) console.log(line);
  console.log('');
  for (const line of details(runs, site)) console.log(line);
  // The benchmark itself keeps about one CPU busy; more than that is someone else's work.
  const busiest = Math.max(...load);
  console.log(
    `Machine load (1-minute average) during the runs: ${Math.min(...load).toFixed(1)}–${busiest.toFixed(1)} on ${cpu.length} CPUs` +
      (busiest > cpu.length
        ? ': other work was competing for the CPU, so the times are inflated; measure again when the machine is quiet.'
        : ' (about 1 of it is the benchmark).'),
  );

  if (options.json) {
    mkdirSync(dirname(options.json), { recursive: true });
    const report = {
      date: new Date().toISOString(),
      chromium: browser.version(),
      cpus: cpu.length,
      cpuModel: cpu[0]?.model.trim(),
      node: process.version,
      loadAverage: load,
      data: { graph: options.graph ?? null, ...facts },
      targets,
      summaries,
      runs,
    };
    writeFileSync(options.json, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`\nFigures written to ${shown(options.json)}`);
  }
  return 0;
}

/** The benchmark at scale (--sizes): synthetic datasets, the app beside bare renderers. */
async function scale(options: Options, sizes: Size[], dist: string): Promise<number> {
  const browser = await chromium.launch({ ...chromiumLaunchOptions(), headless: true });
  cleanups.push(() => browser.close());
  const cpu = cpus();
  console.log(
    `Actor Graph benchmark at scale: sizes ${sizes.map((s) => `${s.actors}x${s.relations}`).join(', ')} (actors x relations), ` +
      `seed ${options.seed}, ${options.runs} runs each, every page load in a fresh browser context`,
  );
  console.log(
    `Chromium ${browser.version()} headless · ${cpu.length} CPUs (${cpu[0]?.model.trim() ?? '?'}) · ` +
      `Node ${process.version} · build: ${options.build ? 'fresh' : shown(dist)}`,
  );
  const { results, renderers, notes } = await runScale({
    root,
    dist,
    sizes,
    runs: options.runs,
    seed: options.seed,
    browser,
    onCleanup: (fn) => cleanups.push(fn),
    log: (line) => console.log(line),
  });
  console.log('');
  for (const line of scaleReport(results, renderers, notes)) console.log(line);
  const load = results.flatMap((r) => r.loadAverage);
  const busiest = Math.max(...load);
  if (busiest > cpu.length)
    console.log(
      `Machine load (1-minute average) reached ${busiest.toFixed(1)} on ${cpu.length} CPUs: other work was competing for the CPU, so the times are inflated (the CPU figures much less); measure again when the machine is quiet.`,
    );
  if (options.json) {
    mkdirSync(dirname(options.json), { recursive: true });
    const report = {
      date: new Date().toISOString(),
      chromium: browser.version(),
      cpus: cpu.length,
      cpuModel: cpu[0]?.model.trim(),
      node: process.version,
      seed: options.seed,
      runs: options.runs,
      results,
      notes,
    };
    writeFileSync(options.json, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`\nFigures written to ${shown(options.json)}`);
  }
  return 0;
}

main()
  .catch((error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`\nbench: ${message}`);
    if (error instanceof UsageError) console.error(`\n${usage}`);
    return 1;
  })
  .then(async (code) => {
    await cleanUp();
    process.exitCode = code;
  });
