import { describe, expect, it } from 'vitest';
import { actorCentrality, influencePaths, structuralBalance } from '../model/analysis';
import { randomNetwork } from '../model/analysis/random-network.fixture';
import { runAnalysisJob, type AnalysisAnswer, type AnalysisRequest } from '../model/analysis-job';
import { AnalysisClient, type AnalysisWorker } from './analysis-client';

/** A worker that holds requests until the test answers them, through a structured clone. */
class FakeWorker implements AnalysisWorker {
  onmessage: ((event: MessageEvent<AnalysisAnswer>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  requests: AnalysisRequest[] = [];
  terminated = false;

  postMessage(request: AnalysisRequest): void {
    this.requests.push(structuredClone(request));
  }

  terminate(): void {
    this.terminated = true;
  }

  answer(request = this.requests.shift()!): void {
    this.onmessage?.({
      data: structuredClone(runAnalysisJob(request)),
    } as MessageEvent<AnalysisAnswer>);
  }

  fail(message: string): void {
    this.onerror?.({ message, preventDefault() {} } as ErrorEvent);
  }
}

function client() {
  const workers: FakeWorker[] = [];
  const analysis = new AnalysisClient(() => {
    const worker = new FakeWorker();
    workers.push(worker);
    return worker;
  });
  return { analysis, workers };
}

// Relations carry more than the analyses read: that stays on the page.
const network = (() => {
  const base = randomNetwork(30, 90, 5);
  return {
    actors: base.actors.map((actor) => ({ ...actor, name: `Actor ${actor.id}` })),
    relations: base.relations.map((relation) => ({ ...relation, label: `Label ${relation.id}` })),
  };
})();

describe('AnalysisClient', () => {
  it('sends only what the analyses read, and answers as the analysis run on the page', async () => {
    const { analysis, workers } = client();
    const centrality = analysis.centrality(network);
    const sent = workers[0]!.requests[0]!;
    expect(sent.kind).toBe('centrality');
    expect(Object.keys(sent.network.actors[0]!)).toEqual(['id']);
    expect(Object.keys(sent.network.relations[0]!).sort()).toEqual(
      ['directed', 'id', 'source', 'target', 'type'].sort(),
    );
    workers[0]!.answer();
    expect(await centrality).toEqual(actorCentrality(network));
  });

  it('gives the blocs with the page’s own relations, shared as the analysis shares them', async () => {
    const { analysis, workers } = client();
    const balance = analysis.balance(network);
    workers[0]!.answer();
    const result = await balance;
    expect(result).toEqual(structuralBalance(network));
    const own = new Set(network.relations);
    const tie = result.triads[0]!.ties[0];
    expect(tie.relations.every((relation) => own.has(relation))).toBe(true);
    expect(tie.relations[0]!.label).toBeDefined();
    // A triad's tie is the same object as the tie listed.
    expect(result.ties).toContain(tie);
  });

  it('gives the paths with the page’s own relations, as found on the page', async () => {
    const { analysis, workers } = client();
    // The ends of a leverage relation: at least that relation joins them.
    const leverage = network.relations.find((relation) => relation.type === 'leverage')!;
    const [from, to] = [leverage.source, leverage.target];
    const options = { maxLength: 3 };
    const paths = analysis.paths(network, { from, to, options });
    expect(workers[0]!.requests[0]!.paths).toEqual({ from, to, options });
    workers[0]!.answer();
    const result = await paths;
    expect(result).toEqual(influencePaths(network, from, to, options));
    expect(result.paths.length).toBeGreaterThan(0);
    const own = new Set(network.relations);
    for (const path of result.paths) {
      for (const step of path.steps) {
        expect(step.relations.every((relation) => own.has(relation))).toBe(true);
      }
    }
  });

  it('settles each request with its own answer, in turn', async () => {
    const { analysis, workers } = client();
    const centrality = analysis.centrality(network);
    const balance = analysis.balance(network);
    expect(workers).toHaveLength(1);
    workers[0]!.answer();
    workers[0]!.answer();
    expect((await centrality).actors).toHaveLength(network.actors.length);
    expect((await balance).blocs).toHaveLength(2);
  });

  it('rejects what a failed worker had to answer, and starts a fresh one for the next', async () => {
    const { analysis, workers } = client();
    const centrality = analysis.centrality(network);
    workers[0]!.fail('out of memory');
    await expect(centrality).rejects.toThrow('analysis: the worker failed: out of memory');
    expect(workers[0]!.terminated).toBe(true);
    const again = analysis.centrality(network);
    expect(workers).toHaveLength(2);
    workers[1]!.answer();
    expect((await again).actors).toHaveLength(network.actors.length);
  });

  it('passes on an analysis’s own error', async () => {
    const { analysis, workers } = client();
    const broken = {
      actors: [{ id: 'a' }],
      relations: [
        { id: 'r', source: 'a', target: 'nobody', type: 'rivalry' as const, directed: false },
      ],
    };
    const balance = analysis.balance(broken);
    workers[0]!.answer();
    await expect(balance).rejects.toThrow(/nobody/);
  });
});
