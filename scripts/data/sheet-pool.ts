import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ImageShape } from '../../src/core/datasets/catalog';
import { messageOf } from './errors';
import { encodeSheet } from './sprite';

/** Message to a sheet worker: the images of one sheet, HWC uint8, image after image. */
export interface SheetJob {
  readonly pixels: Uint8Array;
  readonly count: number;
  readonly imageShape: ImageShape;
}

/** A sheet worker's answer. */
export type SheetReply = { readonly ok: true; readonly png: Uint8Array } | { readonly ok: false; readonly message: string };

/** Turns the images of one sheet into PNG bytes, possibly on other threads. */
export interface SheetEncoder {
  encode(pixels: Uint8Array, count: number, imageShape: ImageShape): Promise<Uint8Array>;
  /** Stops the worker threads; call once every encode has settled. */
  close(): Promise<void>;
}

/** Threads worth using: PNG filtering is CPU-bound JavaScript, one sheet per core. */
export function defaultThreads(): number {
  return Math.min(4, availableParallelism());
}

/** An encoder with `threads` worker threads, or one that runs inline when threads < 2. */
export function createSheetEncoder(threads = defaultThreads()): SheetEncoder {
  if (threads < 2) {
    return { encode: (pixels, count, shape) => Promise.resolve(encodeSheet(pixels, count, shape)), close: () => Promise.resolve() };
  }
  return new WorkerPool(threads);
}

function spawn(): Worker {
  return new Worker(new URL('./sheet-worker-boot.mjs', import.meta.url));
}

/** The worker itself failed (as opposed to the job): it must be replaced. */
class WorkerCrash extends Error {}

/** Sends one job and waits for its reply; rejects if the worker fails or exits. */
function request(worker: Worker, job: SheetJob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const settle = (action: () => void): void => {
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      action();
    };
    const onMessage = (reply: SheetReply): void => settle(() => (reply.ok ? resolve(reply.png) : reject(new Error(reply.message))));
    const onError = (error: unknown): void => settle(() => reject(new WorkerCrash(`Sheet worker failed: ${messageOf(error)}`)));
    const onExit = (code: number): void => settle(() => reject(new WorkerCrash(`Sheet worker exited with code ${code}`)));
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    worker.postMessage(job, [job.pixels.buffer as ArrayBuffer]);
  });
}

/** Up to `size` workers, started on demand; a worker that fails is replaced. */
class WorkerPool implements SheetEncoder {
  private readonly idle: Worker[] = [];
  private readonly waiting: ((worker: Worker) => void)[] = [];
  private readonly live = new Set<Worker>();

  constructor(private readonly size: number) {}

  async encode(pixels: Uint8Array, count: number, imageShape: ImageShape): Promise<Uint8Array> {
    const worker = await this.acquire();
    let healthy = true;
    try {
      return await request(worker, { pixels: new Uint8Array(pixels), count, imageShape });
    } catch (error) {
      healthy = !(error instanceof WorkerCrash);
      throw error;
    } finally {
      this.release(worker, healthy);
    }
  }

  async close(): Promise<void> {
    const workers = [...this.live];
    this.live.clear();
    this.idle.length = 0;
    await Promise.all(workers.map((worker) => worker.terminate()));
  }

  private acquire(): Promise<Worker> {
    const idle = this.idle.pop();
    if (idle) return Promise.resolve(idle);
    if (this.live.size < this.size) return Promise.resolve(this.start());
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private start(): Worker {
    const worker = spawn();
    this.live.add(worker);
    return worker;
  }

  private release(worker: Worker, healthy: boolean): void {
    let next = worker;
    if (!healthy) {
      this.live.delete(worker);
      void worker.terminate();
      if (this.waiting.length === 0) return;
      next = this.start();
    }
    const waiter = this.waiting.shift();
    if (waiter) waiter(next);
    else this.idle.push(next);
  }
}
