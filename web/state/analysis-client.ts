// Asks the analysis worker for centralities, blocs and paths. Requests are answered in turn; each
// promise settles with its own answer. A worker that fails is not asked again: what it had to
// answer rejects, and the next request starts a fresh one.
import type {
  ActorNetwork,
  CentralityAnalysis,
  InfluencePathsResult,
  NetworkRelation,
  StructuralBalance,
} from '../model/analysis';
import {
  analysisNetwork,
  pathsWithRelations,
  withRelations,
  type AnalysisAnswer,
  type AnalysisKind,
  type AnalysisRequest,
  type PathsQuery,
} from '../model/analysis-job';
import { listenTo, type WorkerPort } from './worker-port';

/** The part of the analysis worker the client uses, so that tests can hand it a fake. */
export type AnalysisWorker = WorkerPort<AnalysisRequest, AnalysisAnswer>;

export function startAnalysisWorker(): AnalysisWorker {
  return new Worker(new URL('../workers/analysis.worker.ts', import.meta.url), {
    type: 'module',
  });
}

interface Pending {
  kind: AnalysisKind;
  resolve(answer: AnalysisAnswer & { ok: true }): void;
  reject(error: Error): void;
}

export class AnalysisClient {
  private worker: AnalysisWorker | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  constructor(private readonly start: () => AnalysisWorker = startAnalysisWorker) {}

  async centrality(network: ActorNetwork): Promise<CentralityAnalysis> {
    const answer = await this.ask('centrality', network);
    if (answer.kind !== 'centrality') throw new Error('analysis: a centrality was not answered');
    return answer.result;
  }

  async balance<R extends NetworkRelation>(
    network: ActorNetwork<R>,
  ): Promise<StructuralBalance<R>> {
    const answer = await this.ask('balance', network);
    if (answer.kind !== 'balance') throw new Error('analysis: a balance was not answered');
    return withRelations(answer.result, network);
  }

  async paths<R extends NetworkRelation>(
    network: ActorNetwork<R>,
    query: PathsQuery,
  ): Promise<InfluencePathsResult<R>> {
    const answer = await this.ask('paths', network, query);
    if (answer.kind !== 'paths') throw new Error('analysis: paths were not answered');
    return pathsWithRelations(answer.result, network);
  }

  /** Ends the worker; what it had to answer rejects. */
  terminate(): void {
    this.worker?.terminate();
    this.worker = undefined;
    this.failAll(new Error('analysis: stopped'));
  }

  private ask(kind: AnalysisKind, network: ActorNetwork, paths?: PathsQuery) {
    const worker = (this.worker ??= this.connect());
    const id = this.nextId++;
    return new Promise<AnalysisAnswer & { ok: true }>((resolve, reject) => {
      this.pending.set(id, { kind, resolve, reject });
      worker.postMessage({
        id,
        kind,
        network: analysisNetwork(network),
        ...(paths ? { paths } : {}),
      });
    });
  }

  private connect(): AnalysisWorker {
    const worker: AnalysisWorker = listenTo(
      this.start(),
      (answer) => this.answer(answer),
      (message) => {
        if (this.worker === worker) this.worker = undefined;
        this.failAll(new Error(`analysis: the worker failed: ${message}`));
      },
    );
    return worker;
  }

  private failAll(error: Error): void {
    const pending = [...this.pending.values()];
    this.pending.clear();
    for (const { reject } of pending) reject(error);
  }

  private answer(answer: AnalysisAnswer): void {
    const pending = this.pending.get(answer.id);
    if (!pending) return;
    this.pending.delete(answer.id);
    if (answer.ok) pending.resolve(answer);
    else pending.reject(new Error(answer.error));
  }
}
