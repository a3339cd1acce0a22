/** How often a running loop gives the event loop a turn, so commands get through (ms). */
const YIELD_INTERVAL_MS = 40;

const nextTurn = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Pause, resume and stop for a training loop. The loop calls checkpoint() between
 * batches; it yields to the event loop every YIELD_INTERVAL_MS so that messages
 * (pause, stop) are received, and waits there while paused.
 */
export class RunControl {
  private paused = false;
  private stopped = false;
  private wake: (() => void) | undefined;
  private lastYield = performance.now();
  /** Milliseconds spent paused so far. */
  pausedMs = 0;

  pause(): void {
    this.paused = true;
  }

  resume(): void {
    this.paused = false;
    this.wake?.();
  }

  stop(): void {
    this.stopped = true;
    this.wake?.();
  }

  get isStopped(): boolean {
    return this.stopped;
  }

  get isPaused(): boolean {
    return this.paused;
  }

  /** Resolves to 'stop' when the loop should end, else 'continue' (after any pause). */
  async checkpoint(onPaused?: () => void): Promise<'continue' | 'stop'> {
    if (performance.now() - this.lastYield >= YIELD_INTERVAL_MS) {
      await nextTurn();
      this.lastYield = performance.now();
    }
    if (this.paused && !this.stopped) {
      onPaused?.();
      const started = performance.now();
      await new Promise<void>((resolve) => {
        this.wake = resolve;
      });
      this.wake = undefined;
      this.pausedMs += performance.now() - started;
    }
    return this.stopped ? 'stop' : 'continue';
  }
}
