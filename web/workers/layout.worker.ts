// Lays out actors off the main thread, so the page stays responsive while a large graph settles.
import { runLayoutJob, type LayoutRequest } from '../model/layout-job';

self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  self.postMessage(runLayoutJob(event.data));
};
