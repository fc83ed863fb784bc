// npm run compile -- --out PATH|- [--data DIR]: writes the compiled graph as JSON.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { compileDataset, formatDataError } from '../web/model/dataset';
import { dataDirFromArgs, readDataset } from './read-dataset';

const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const out = outAt >= 0 ? args[outAt + 1] : undefined;
if (out === undefined) {
  console.error('usage: npm run compile -- --out PATH (use - for standard output) [--data DIR]');
  process.exit(2);
}
const dir = dataDirFromArgs(args);
const result = compileDataset(readDataset(dir));
if (!result.ok) {
  for (const error of result.errors) console.error(`${dir}/${formatDataError(error)}`);
  process.exit(1);
}
const json = JSON.stringify(result.graph);
if (out === '-') {
  process.stdout.write(json + '\n');
} else {
  try {
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, json + '\n');
  } catch (error) {
    console.error(`cannot write ${out}: ${(error as Error).message}; choose a writable path`);
    process.exit(1);
  }
  console.error(
    `wrote ${out}: ${result.graph.actors.length} actors, ${result.graph.relations.length} relations`,
  );
}
