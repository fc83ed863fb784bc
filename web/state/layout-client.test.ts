import { describe, expect, it } from 'vitest';
import type { LayoutAnswer, LayoutRequest } from '../model/layout-job';
import { runLayoutJob } from '../model/layout-job';
import { LayoutCancelled, LayoutClient, type LayoutWorker } from './layout-client';

/** A worker that holds requests until the test answers them. */
class FakeWorker implements LayoutWorker {
  onmessage: ((event: MessageEvent<LayoutAnswer>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  requests: LayoutRequest[] = [];
  terminated = false;

  postMessage(request: LayoutRequest): void {
    this.requests.push(request);
  }

  terminate(): void {
    this.terminated = true;
  }

  /** Answers a request as the real worker would. */
  answer(request = this.requests.at(-1)!): void {
    this.onmessage?.({ data: runLayoutJob(request) } as MessageEvent<LayoutAnswer>);
  }

  fail(message: string): void {
    this.onerror?.({ message, preventDefault() {} } as ErrorEvent);
  }
}

function client() {
  const workers: FakeWorker[] = [];
  const layout = new LayoutClient(() => {
    const worker = new FakeWorker();
    workers.push(worker);
    return worker;
  });
  return { layout, workers };
}

const actors = [
  { id: 'a', name: 'A', kind: 'state' },
  { id: 'b', name: 'B', kind: 'state' },
];
const relations = [{ id: 'r1', source: 'a', target: 'b', type: 'rivalry' }];

describe('LayoutClient', () => {
  it('sends only ids, names and ends, and resolves with the positions', async () => {
    const { layout, workers } = client();
    const positions = layout.layOut(actors, relations);
    expect(layout.busy).toBe(true);
    expect(workers[0]!.requests).toEqual([
      {
        id: 1,
        actors: [
          { id: 'a', name: 'A' },
          { id: 'b', name: 'B' },
        ],
        relations: [{ source: 'a', target: 'b' }],
      },
    ]);
    workers[0]!.answer();
    expect(Object.keys(await positions).sort()).toEqual(['a', 'b']);
    expect(layout.busy).toBe(false);
  });

  it('keeps one worker for runs that follow one another', async () => {
    const { layout, workers } = client();
    const first = layout.layOut(actors, relations);
    workers[0]!.answer();
    await first;
    const second = layout.layOut(actors, []);
    workers[0]!.answer();
    await second;
    expect(workers).toHaveLength(1);
    expect(workers[0]!.requests.map((request) => request.id)).toEqual([1, 2]);
  });

  it('a newer request cancels the run under way: its worker ends and a fresh one takes over', async () => {
    const { layout, workers } = client();
    const older = layout.layOut(actors, relations);
    const newer = layout.layOut(actors.slice(0, 1), []);
    await expect(older).rejects.toBeInstanceOf(LayoutCancelled);
    expect(workers).toHaveLength(2);
    expect(workers[0]!.terminated).toBe(true);
    // A late answer from the ended worker changes nothing.
    workers[0]!.answer();
    workers[1]!.answer();
    expect(Object.keys(await newer)).toEqual(['a']);
  });

  it('an answer to another request number is ignored', async () => {
    const { layout, workers } = client();
    const positions = layout.layOut(actors, relations);
    workers[0]!.answer({ id: 99, actors: [], relations: [] });
    expect(layout.busy).toBe(true);
    workers[0]!.answer();
    await expect(positions).resolves.toBeDefined();
  });

  it('a worker that fails rejects the run with its message and is replaced', async () => {
    const { layout, workers } = client();
    const positions = layout.layOut(actors, relations);
    workers[0]!.fail('could not load');
    await expect(positions).rejects.toThrow('layout: the worker failed: could not load');
    const again = layout.layOut(actors, relations);
    workers[1]!.answer();
    await expect(again).resolves.toBeDefined();
  });

  it('terminate() cancels the run and ends the worker', async () => {
    const { layout, workers } = client();
    const positions = layout.layOut(actors, relations);
    layout.terminate();
    await expect(positions).rejects.toBeInstanceOf(LayoutCancelled);
    expect(workers[0]!.terminated).toBe(true);
    expect(layout.busy).toBe(false);
  });
});
