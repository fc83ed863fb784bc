// Asks the layout worker for positions. One run at a time: a newer request cancels the one still
// running, and since a running layout cannot be interrupted, cancelling ends its worker (the next
// request starts a fresh one).
import type { Positions } from '../model/layout';
import type { LayoutAnswer, LayoutRequest } from '../model/layout-job';
import { listenTo, type WorkerPort } from './worker-port';

/** The part of the layout worker the client uses, so that tests can hand it a fake. */
export type LayoutWorker = WorkerPort<LayoutRequest, LayoutAnswer>;

/** Rejects a run that a newer request, a cancel() or terminate() took the place of. */
export class LayoutCancelled extends Error {
  constructor() {
    super('layout: cancelled by a newer request');
    this.name = 'LayoutCancelled';
  }
}

export function startLayoutWorker(): LayoutWorker {
  return new Worker(new URL('../workers/layout.worker.ts', import.meta.url), { type: 'module' });
}

interface Pending {
  id: number;
  resolve(positions: Positions): void;
  reject(error: Error): void;
}

export class LayoutClient {
  private worker: LayoutWorker | undefined;
  private pending: Pending | undefined;
  private nextId = 1;

  constructor(private readonly start: () => LayoutWorker = startLayoutWorker) {}

  /** Whether a run is under way. */
  get busy(): boolean {
    return this.pending !== undefined;
  }

  /** Positions of these actors (only those), laid out by their relations among themselves. */
  layOut(
    actors: readonly { id: string; name?: string }[],
    relations: readonly { source: string; target: string }[],
  ): Promise<Positions> {
    this.cancel();
    const worker = (this.worker ??= this.connect());
    const id = this.nextId++;
    return new Promise<Positions>((resolve, reject) => {
      this.pending = { id, resolve, reject };
      // Only what the layout reads crosses to the worker: actors carry much more.
      worker.postMessage({
        id,
        actors: actors.map(({ id, name }) => (name === undefined ? { id } : { id, name })),
        relations: relations.map(({ source, target }) => ({ source, target })),
      });
    });
  }

  /** Stops the run under way, if any; its promise rejects with LayoutCancelled. */
  cancel(): void {
    const pending = this.pending;
    if (!pending) return;
    this.pending = undefined;
    this.worker?.terminate();
    this.worker = undefined;
    pending.reject(new LayoutCancelled());
  }

  /** Stops any run and ends the worker. */
  terminate(): void {
    this.cancel();
    this.worker?.terminate();
    this.worker = undefined;
  }

  private connect(): LayoutWorker {
    const worker: LayoutWorker = listenTo(
      this.start(),
      (answer) => this.answer(answer),
      (message) => {
        if (this.worker === worker) this.worker = undefined;
        const pending = this.pending;
        this.pending = undefined;
        pending?.reject(new Error(`layout: the worker failed: ${message}`));
      },
    );
    return worker;
  }

  private answer(answer: LayoutAnswer): void {
    const pending = this.pending;
    // An answer to a request that was superseded meanwhile.
    if (!pending || pending.id !== answer.id) return;
    this.pending = undefined;
    if (answer.ok) pending.resolve(answer.positions);
    else pending.reject(new Error(answer.error));
  }
}
