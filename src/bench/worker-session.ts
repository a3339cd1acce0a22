import type { WorkerCommand, WorkerEvent } from '../core/protocol';

type EventOf<K extends WorkerEvent['type']> = Extract<WorkerEvent, { type: K }>;
type Listener = (event: WorkerEvent) => void;

/**
 * One instance of the app's real worker (the same entry the app starts), driven
 * through the message protocol. Waits reject on a time limit, on a crash of the
 * worker and on a `workerFailed` event.
 */
export class WorkerSession {
  private readonly worker: Worker;
  private readonly listeners = new Set<Listener>();

  constructor() {
    this.worker = new Worker(new URL('../worker/main.ts', import.meta.url), { type: 'module', name: 'engine' });
    this.worker.onmessage = (message: MessageEvent<WorkerEvent>) => this.dispatch(message.data);
    this.worker.onerror = (error) => this.dispatch({ type: 'workerFailed', message: `the worker crashed: ${error.message || 'unknown error'}` });
  }

  send(command: WorkerCommand): void {
    this.worker.postMessage(command);
  }

  /** Calls `listener` with every event until the returned function is called. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The first event of one of `types` that `matches`, within `timeoutMs`. */
  waitFor<K extends WorkerEvent['type']>(types: readonly K[], matches: (event: EventOf<K>) => boolean, timeoutMs: number, what: string): Promise<EventOf<K>> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => settle(() => reject(new Error(`${what} took more than ${Math.round(timeoutMs / 1000)} s`))), timeoutMs);
      const unsubscribe = this.subscribe((event) => {
        if (event.type === 'workerFailed') settle(() => reject(new Error(event.message)));
        else if ((types as readonly string[]).includes(event.type) && matches(event as EventOf<K>)) settle(() => resolve(event as EventOf<K>));
      });
      const settle = (finish: () => void): void => {
        clearTimeout(timer);
        unsubscribe();
        finish();
      };
    });
  }

  /** Ends the worker and everything it holds. */
  terminate(): void {
    this.listeners.clear();
    this.worker.terminate();
  }

  private dispatch(event: WorkerEvent): void {
    [...this.listeners].forEach((listener) => listener(event));
  }
}
