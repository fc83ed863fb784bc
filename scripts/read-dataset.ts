// Reads a dataset folder into the in-memory file map that compileDataset checks.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { datasetFiles } from '../web/model/dataset';

export const defaultDataDir = 'graph-data';

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

export function readDataset(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of Object.values(datasetFiles)) {
    try {
      files[name] = readFileSync(join(dir, name), 'utf8');
    } catch {
      // A missing file is reported by compileDataset with its name.
    }
  }
  let texts: string[] = [];
  try {
    texts = walk(join(dir, 'sources'));
  } catch {
    // No sources folder: every source record will say its file is missing.
  }
  for (const path of texts) {
    files[relative(dir, path).split(sep).join('/')] = readFileSync(path, 'utf8');
  }
  return files;
}

/** `--data DIR` picks another dataset folder. */
export function dataDirFromArgs(args: string[]): string {
  const at = args.indexOf('--data');
  return at >= 0 && args[at + 1] ? (args[at + 1] as string) : defaultDataDir;
}
