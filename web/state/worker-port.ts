// What a client of a worker uses of it, and how it listens to one it has just started.

/** The part of a Worker a client uses, so that tests can hand it a fake. */
export interface WorkerPort<Request, Answer> {
  postMessage(request: Request): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<Answer>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

/**
 * Sends a worker's answers to `onAnswer`. A worker that fails (to load, or to run) is ended, so
 * that it is not asked again, and `onFail` is told why.
 */
export function listenTo<Request, Answer>(
  worker: WorkerPort<Request, Answer>,
  onAnswer: (answer: Answer) => void,
  onFail: (message: string) => void,
): WorkerPort<Request, Answer> {
  worker.onmessage = (event) => onAnswer(event.data);
  worker.onerror = (event) => {
    event.preventDefault();
    worker.terminate();
    onFail(event.message);
  };
  return worker;
}
