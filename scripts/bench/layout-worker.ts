// The benchmark's layout worker: a Node worker thread that runs the same job as the app's
// layout worker (web/workers/layout.worker.ts), timing the layout itself.
import { parentPort } from 'node:worker_threads';
import { runLayoutJob, type LayoutRequest } from '../../web/model/layout-job';

parentPort!.on('message', (request: LayoutRequest) => {
  const start = performance.now();
  const answer = runLayoutJob(request);
  parentPort!.postMessage({ answer, layoutMs: performance.now() - start });
});
parentPort!.postMessage('ready');
