// Checks and compiles a brought dataset off the main thread, so the page never freezes.
import { loadDataset, type BroughtFile, type LoadResult } from '../model/load';

self.onmessage = (event: MessageEvent<BroughtFile[]>) => {
  let result: LoadResult;
  try {
    result = loadDataset(event.data);
  } catch (error) {
    result = { ok: false, errors: [`the files could not be read: ${(error as Error).message}`] };
  }
  self.postMessage(result);
};
