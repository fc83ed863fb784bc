// Compiles a dataset folder into a graph file, as npm run compile does, and prints how long each
// stage took (wall and CPU time of this process, in ms) as JSON: the scale benchmark runs it in
// a fresh process for each measurement, so no run inherits another's warm-up.
//
//   node --import tsx scripts/bench/compile-timed.ts DATA_DIR OUT_FILE
import { writeFileSync } from 'node:fs';
import { compileDataset, formatDataError } from '../../web/model/dataset';
import { readDataset } from '../read-dataset';

export interface CompileTimes {
  readMs: number;
  compileMs: number;
  compileCpuMs: number;
  writeMs: number;
  bytes: number;
}

const [dir, out] = process.argv.slice(2);
if (!dir || !out) {
  console.error('usage: node --import tsx scripts/bench/compile-timed.ts DATA_DIR OUT_FILE');
  process.exit(2);
}
const cpu = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

let started = performance.now();
const files = readDataset(dir);
const readMs = performance.now() - started;

started = performance.now();
const startedCpu = cpu();
const result = compileDataset(files);
const compileCpuMs = cpu() - startedCpu;
const compileMs = performance.now() - started;
if (!result.ok) {
  for (const error of result.errors.slice(0, 20)) console.error(`${dir}/${formatDataError(error)}`);
  process.exit(1);
}

started = performance.now();
const json = JSON.stringify(result.graph);
writeFileSync(out, json);
const writeMs = performance.now() - started;

const bytes = Buffer.byteLength(json);
const times: CompileTimes = { readMs, compileMs, compileCpuMs, writeMs, bytes };
console.log(JSON.stringify(times));
