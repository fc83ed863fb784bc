// Sizes past which brought files are refused, and analyses go to a worker, kept apart so views
// (and tests) can state them cheaply.

/** Files larger than this are refused before they are read. */
export const maxFileBytes = 10 * 1024 * 1024;
/** All files of one dataset together. */
export const maxDatasetBytes = 25 * 1024 * 1024;

/**
 * Past this many actors or relations, the centralities, the blocs and the paths are computed in
 * a worker: at 5,000 actors each took 100 to 350 ms, a pause of the whole page.
 */
export const inWorkerPast = { actors: 1000, relations: 5000 };

/** Whether a network is large enough for its analyses to go to the worker. */
export const inWorker = (network: { actors: readonly unknown[]; relations: readonly unknown[] }) =>
  network.actors.length > inWorkerPast.actors || network.relations.length > inWorkerPast.relations;
