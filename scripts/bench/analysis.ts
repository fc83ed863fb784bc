// The analyses at scale, in Node: for each size it generates a synthetic dataset
// (scripts/synthetic.ts), compiles it once, and times every analysis the panel runs over the
// whole graph, printing the median wall time of the runs per analysis and size.
//
//   npx tsx scripts/bench/analysis.ts [--sizes 500x2000,2000x10000,5000x25000] [--runs 3] [--seed 1]
//
// Sizes are actors x relations. An analysis whose first run takes longer than --slow seconds
// (default 60) is run once only at that size, and the table says so.
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import {
  actorCentrality,
  analyseInfluence,
  influencePaths,
  relationsAt,
  structuralBalance,
  yearsSpanned,
  type ActorNetwork,
} from '../../web/model/analysis';
import { compileDataset, formatDataError } from '../../web/model/dataset';
import { influenceChart } from '../../web/model/influence-chart';
import type { CompiledGraph } from '../../web/model/schema';
import { generateDataset, standardSizes } from '../synthetic';
import { median } from './report';

interface Size {
  actors: number;
  relations: number;
}

interface Measure {
  name: string;
  /** One wall time a run, in ms. */
  times: number[];
  /** What the result says about itself (the method), printed under the table. */
  note?: string;
}

function parseSizes(text: string | undefined): Size[] {
  if (!text) return standardSizes.map((size) => ({ ...size }));
  return text.split(',').map((item) => {
    const match = /^(\d+)x(\d+)$/.exec(item.trim());
    if (!match) throw new Error(`bench/analysis: --sizes takes ACTORSxRELATIONS, not "${item}"`);
    return { actors: Number(match[1]), relations: Number(match[2]) };
  });
}

function compile(size: Size, seed: number): CompiledGraph {
  const result = compileDataset(generateDataset({ ...size, seed }));
  if (!result.ok) {
    const errors = result.errors.slice(0, 5).map(formatDataError).join('\n');
    throw new Error(`bench/analysis: the synthetic dataset does not compile:\n${errors}`);
  }
  return result.graph;
}

/** The two actors with the most relations: a path between hubs is the costly case. */
function hubs(network: ActorNetwork): [string, string] {
  const degree = new Map<string, number>();
  for (const { source, target } of network.relations) {
    degree.set(source, (degree.get(source) ?? 0) + 1);
    degree.set(target, (degree.get(target) ?? 0) + 1);
  }
  const [first, second] = [...degree].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return [first![0], second![0]];
}

function measureAll(graph: CompiledGraph, runs: number, slowMs: number): Measure[] {
  const measures: Measure[] = [];
  const time = <T>(name: string, run: () => T, note?: (result: T) => string) => {
    const measure: Measure = { name, times: [] };
    let result: T | undefined;
    for (let i = 0; i < runs; i += 1) {
      const started = performance.now();
      result = run();
      measure.times.push(performance.now() - started);
      if (measure.times[0]! > slowMs) break;
    }
    if (note) measure.note = note(result as T);
    measures.push(measure);
    return result as T;
  };

  const span = yearsSpanned(graph.relations);
  time('yearsSpanned', () => yearsSpanned(graph.relations));
  const year = span ? Math.round((span.first + span.last) / 2) : undefined;
  time(`relationsAt(${year ?? 'all'})`, () => relationsAt(graph.relations, year));

  const influence = time('analyseInfluence (leverage)', () => analyseInfluence(graph));
  time('analyseInfluence (with support)', () =>
    analyseInfluence(graph, { cooperationAsSupport: true }),
  );
  const tied = influence.scores.filter((score) => score.exerted > 0 || score.received > 0);
  time('explainInfluence (every tied actor)', () =>
    tied.map((score) => influence.explainInfluence(score.actor)),
  );
  time('influenceChart', () => influenceChart(tied, influence.thresholds, (id) => id));
  time(
    'actorCentrality',
    () => actorCentrality(graph),
    (centrality) => `actorCentrality: ${centrality.method.description}`,
  );
  time(
    'structuralBalance',
    () => structuralBalance(graph),
    (balance) => `structuralBalance: ${balance.method.kind}, ${balance.frustration} frustrated`,
  );
  const [from, to] = hubs(graph);
  time(
    'influencePaths (two hubs, 4 steps)',
    () => influencePaths(graph, from, to),
    (result) => `influencePaths: ${result.paths.length} paths between the two hubs`,
  );
  return measures;
}

function main() {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string' },
      runs: { type: 'string', default: '3' },
      seed: { type: 'string', default: '1' },
      slow: { type: 'string', default: '60' },
    },
  });
  const sizes = parseSizes(values.sizes);
  const runs = Number(values.runs);
  const seed = Number(values.seed);
  const slowMs = Number(values.slow) * 1000;
  if (!(Number.isInteger(runs) && runs >= 1)) {
    throw new Error(`bench/analysis: --runs takes a whole number from 1, not "${values.runs}"`);
  }

  const columns: { size: Size; measures: Measure[] }[] = [];
  for (const size of sizes) {
    const started = performance.now();
    const graph = compile(size, seed);
    const compiled = ((performance.now() - started) / 1000).toFixed(1);
    console.error(`${size.actors}x${size.relations}: generated and compiled in ${compiled} s`);
    columns.push({ size, measures: measureAll(graph, runs, slowMs) });
  }

  const cell = (measure: Measure | undefined) => {
    if (!measure) return '–';
    const value = median(measure.times)!;
    const figure = value >= 100 ? value.toFixed(0) : value.toFixed(1);
    return `${figure} ms${measure.times.length < runs ? ` (${measure.times.length} run)` : ''}`;
  };
  const names = columns[0]!.measures.map((measure) => measure.name);
  const header = [
    'analysis (median wall time)',
    ...columns.map(({ size }) => `${size.actors} x ${size.relations}`),
  ];
  const rows = names.map((name) => [
    name,
    ...columns.map(({ measures }) => cell(measures.find((measure) => measure.name === name))),
  ]);
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((row) => row[i]!.length)));
  const line = (row: string[]) =>
    row
      .map((text, i) => (i === 0 ? text.padEnd(widths[i]!) : text.padStart(widths[i]!)))
      .join('  ');
  console.log(
    `Analyses in Node ${process.version}, median of ${runs} run(s), seed ${seed},` +
      ` load average ${loadavg()[0]!.toFixed(1)} at the end`,
  );
  console.log(line(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const row of rows) console.log(line(row));
  for (const { size, measures } of columns) {
    const notes = measures.flatMap((measure) => (measure.note ? [measure.note] : []));
    if (notes.length > 0)
      console.log(`\n${size.actors} x ${size.relations}:\n  ${notes.join('\n  ')}`);
  }
}

main();
