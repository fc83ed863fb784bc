// npm run validate [-- --data DIR]: checks the dataset; exit 1 with located errors, 0 with a summary.
import { existsSync } from 'node:fs';
import { compileDataset, formatDataError } from '../web/model/dataset';
import { dataDirFromArgs, readDataset } from './read-dataset';

const dir = dataDirFromArgs(process.argv.slice(2));
if (!existsSync(dir)) {
  console.error(`${dir}: folder not found; give the dataset folder with --data DIR`);
  process.exit(1);
}
const result = compileDataset(readDataset(dir));
if (!result.ok) {
  for (const error of result.errors) console.error(`${dir}/${formatDataError(error)}`);
  console.error(`${result.errors.length} error(s) in ${dir}`);
  process.exit(1);
}
const { sources, actors, relations } = result.graph;
const evidence = relations.reduce((sum, relation) => sum + relation.evidence.length, 0);
console.log(
  `${dir}: valid: ${sources.length} source(s), ${actors.length} actors, ${relations.length} relations, ${evidence} pieces of evidence, every quote anchored`,
);
