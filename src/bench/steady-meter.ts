import type { Measurement, MeterLimits, SpeedResult } from './plan';

/** Steps reported together, and the training time they took (steps and read-back). */
export interface TimingWindow {
  readonly steps: number;
  readonly examples: number;
  readonly ms: number;
}

interface Totals {
  steps: number;
  examples: number;
  ms: number;
}

/**
 * Turns the timing windows a training loop reports into a steady-state speed. The
 * first window (the first step, with shader compilation and the like) and the
 * windows holding the first `warmupSteps` steps are left out; a step slower than
 * `slowStepMs` ends the warm-up at once, so slow backends still get timed steps
 * within the cap; a first step longer than the cap is all there is to report.
 * `done` says when to stop the run.
 */
export class SteadyStateMeter {
  private first: TimingWindow | undefined;
  private warming = true;
  private readonly warmup: Totals = { steps: 0, examples: 0, ms: 0 };
  private readonly steady: Totals = { steps: 0, examples: 0, ms: 0 };

  /** `maxSteps`: the run's length; reaching it ends the measurement too. */
  constructor(private readonly limits: MeterLimits, private readonly maxSteps = Number.POSITIVE_INFINITY) {}

  /** Counts one window the training loop reported. */
  add(window: TimingWindow): void {
    if (!this.first) {
      this.first = window;
      return;
    }
    this.warming &&= this.warmupSteps() < this.limits.warmupSteps && window.ms / window.steps < this.limits.slowStepMs;
    const into = this.warming ? this.warmup : this.steady;
    into.steps += window.steps;
    into.examples += window.examples;
    into.ms += window.ms;
  }

  /** True once enough steady time is measured, the cap has passed, or the run has no steps left. */
  get done(): boolean {
    const sinceFirstMs = this.warmup.ms + this.steady.ms;
    return this.steady.ms >= this.limits.targetMs
      || (this.steady.steps > 0 && sinceFirstMs >= this.limits.capMs)
      || (this.first !== undefined && this.first.ms >= this.limits.capMs)
      || this.warmupSteps() + this.steady.steps >= this.maxSteps;
  }

  /** Steps counted so far, warm-up included. */
  get stepsSeen(): number {
    return this.warmupSteps() + this.steady.steps;
  }

  /** The steady-state speed, or a failure saying why there is none. */
  measurement(): Measurement {
    const first = this.first;
    if (!first) return { status: 'failed', reason: 'no training step finished' };
    if (this.steady.steps > 0) return { status: 'measured', speed: this.steadySpeed(first) };
    if (first.ms >= this.limits.capMs) return { status: 'measured', speed: firstStepSpeed(first) };
    return { status: 'failed', reason: `the run ended after ${this.stepsSeen} warm-up step(s)` };
  }

  private steadySpeed(first: TimingWindow): SpeedResult {
    return {
      examplesPerSecond: (1000 * this.steady.examples) / this.steady.ms, basis: 'steady',
      steadySteps: this.steady.steps, steadyMs: this.steady.ms, warmupSteps: this.warmupSteps(),
      firstWindowMs: first.ms, firstWindowSteps: first.steps,
    };
  }

  private warmupSteps(): number {
    return (this.first?.steps ?? 0) + this.warmup.steps;
  }
}

/** The speed of the first window alone, for a step slower than the cap. */
function firstStepSpeed(first: TimingWindow): SpeedResult {
  return {
    examplesPerSecond: (1000 * first.examples) / first.ms, basis: 'firstStep',
    steadySteps: 0, steadyMs: 0, warmupSteps: 0, firstWindowMs: first.ms, firstWindowSteps: first.steps,
  };
}

/** The result when not even the first step finished within the limit. */
export function tooSlow(limits: MeterLimits, batchSize: number): Measurement {
  const seconds = limits.firstStepLimitMs / 1000;
  return { status: 'tooSlow', reason: `no training step finished within ${seconds} s`, examplesPerSecondBelow: batchSize / seconds };
}
