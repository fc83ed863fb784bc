// Runs the analyses that take hundreds of milliseconds on thousands of actors off the main
// thread, so that the page answers while they run.
import { runAnalysisJob, type AnalysisRequest } from '../model/analysis-job';

self.onmessage = (event: MessageEvent<AnalysisRequest>) => {
  self.postMessage(runAnalysisJob(event.data));
};
