/**
 * What the speed bench measures and the shape of its results, shared by the bench
 * page (src/bench) and the script that drives it (scripts/bench). Plain data only:
 * it crosses from the page to Node through Playwright.
 */
import type { BackendName } from '../core/backends';

/**
 * What the bench trains: the two networks the speed targets are about, and LeNet-5
 * through the coursework's augmentation (which must not halve training speed).
 */
export type BenchNetworkId = 'lenet5' | 'cifar-g3' | 'lenet5-aug';

/** Every bench network, in table order. */
export const BENCH_NETWORKS: readonly BenchNetworkId[] = ['lenet5', 'cifar-g3', 'lenet5-aug'];

/** Examples per training step everywhere in the bench. */
export const BENCH_BATCH_SIZE = 64;

/** When a speed measurement starts counting and when it stops. */
export interface MeterLimits {
  /** Steps treated as warm-up (first-step shader compilation and the like). */
  readonly warmupSteps: number;
  /** A step at least this slow ends the warm-up early, so the cap still leaves steady steps. */
  readonly slowStepMs: number;
  /** Stop once the steady-state steps add up to this much time. */
  readonly targetMs: number;
  /**
   * Stop once this much time has passed after the first step (if any steady step
   * was timed), or right after a first step that alone took this long.
   */
  readonly capMs: number;
  /** Give up when no step has finished this long after the run started. */
  readonly firstStepLimitMs: number;
}

/** About 6 s of steady state per measurement, never much more than 20 s after the first step. */
export const DEFAULT_LIMITS: MeterLimits = { warmupSteps: 3, slowStepMs: 2000, targetMs: 6000, capMs: 20_000, firstStepLimitMs: 60_000 };

/** A speed in the steady state, and the start-up cost seen before it. */
export interface SpeedResult {
  readonly examplesPerSecond: number;
  /**
   * 'steady': over the steps after the warm-up. 'firstStep': the first step alone,
   * start-up included, because one step takes longer than the cap.
   */
  readonly basis: 'steady' | 'firstStep';
  /** Steps and time the speed was computed over. */
  readonly steadySteps: number;
  readonly steadyMs: number;
  /** Steps left out as warm-up (the first one included). */
  readonly warmupSteps: number;
  /** Time of the first timing window, and how many steps it held (1 = the first step alone). */
  readonly firstWindowMs: number;
  readonly firstWindowSteps: number;
}

/** One cell of the table: a speed, or why there is none. */
export type Measurement =
  | { readonly status: 'measured'; readonly speed: SpeedResult }
  | { readonly status: 'tooSlow'; readonly reason: string; readonly examplesPerSecondBelow: number }
  | { readonly status: 'unavailable' | 'failed'; readonly reason: string };

/** Where a row's training ran. */
export type BenchPlace = 'reference' | 'worker' | 'node';

/** One table row: one place and backend, one measurement per network. */
export interface BenchRow {
  readonly place: BenchPlace;
  readonly backend: string;
  readonly results: Readonly<Partial<Record<BenchNetworkId, Measurement>>>;
}

/** What the script asks the bench page to measure. */
export interface BrowserBenchPlan {
  readonly backends: readonly BackendName[];
  readonly networks: readonly BenchNetworkId[];
  readonly limits: MeterLimits;
}

/** Everything the bench page measured. */
export interface BrowserBenchResult {
  readonly userAgent: string;
  readonly reference: BenchRow;
  readonly workers: readonly BenchRow[];
}

/** The speed each network should reach on the best browser backend, examples/s. */
export const SPEED_TARGETS: Readonly<Record<BenchNetworkId, number>> = { lenet5: 1500, 'cifar-g3': 180, 'lenet5-aug': 750 };

/** What the bench page offers its driver as `window.convnetBench`. */
export interface BenchPageApi {
  run(plan: BrowserBenchPlan): Promise<BrowserBenchResult>;
}
