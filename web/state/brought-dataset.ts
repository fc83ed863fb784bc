// A dataset the person opened, kept in the browser (IndexedDB) until they go back to the default.
import { del, get, set } from 'idb-keyval';
import type { CompiledGraph } from '../model/schema';
import type { BroughtFile, LoadResult } from '../model/load';

const key = 'actor-graph:brought-dataset';
/**
 * Set in localStorage while a dataset is kept, so that opening the default one (the usual case)
 * need not wait for IndexedDB to open, which can take a few hundred milliseconds.
 */
const markerKey = 'actor-graph:brought-dataset-kept';

/** False only when storage says for sure that no dataset is kept. */
function mayBeKept(): boolean {
  try {
    return localStorage.getItem(markerKey) !== null;
  } catch {
    return true;
  }
}

function mark(kept: boolean): void {
  try {
    if (kept) localStorage.setItem(markerKey, '1');
    else localStorage.removeItem(markerKey);
  } catch {
    // No localStorage: IndexedDB is asked every time.
  }
}

export interface BroughtDataset {
  label: string;
  graph: CompiledGraph;
}

export async function savedDataset(): Promise<BroughtDataset | undefined> {
  if (!mayBeKept()) return undefined;
  try {
    return await get<BroughtDataset>(key);
  } catch {
    return undefined;
  }
}

export async function keepDataset(dataset: BroughtDataset): Promise<void> {
  try {
    await set(key, dataset);
    mark(true);
  } catch {
    // Storage refused: the dataset stays open for this visit only.
  }
}

export async function forgetDataset(): Promise<void> {
  mark(false);
  try {
    await del(key);
  } catch {
    // Nothing kept.
  }
}

/** Reads, checks and compiles brought files in a worker. */
export function compileInWorker(files: BroughtFile[]): Promise<LoadResult> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('../workers/load-dataset.worker.ts', import.meta.url), {
      type: 'module',
    });
    worker.onmessage = (event: MessageEvent<LoadResult>) => {
      resolve(event.data);
      worker.terminate();
    };
    worker.onerror = (event) => {
      resolve({ ok: false, errors: [`the files could not be checked: ${event.message}`] });
      worker.terminate();
    };
    worker.postMessage(files);
  });
}
