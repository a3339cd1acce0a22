import type { BatchSeries, RunHeldOutEvent } from '../../core/protocol';

/** Every number of the current run that charts draw, kept outside React's state. */
export interface SeriesData {
  readonly runId: string;
  readonly batchesPerEpoch: number;
  readonly steps: number[];
  readonly loss: number[];
  readonly accuracy: number[];
  /** Per epoch (index = epoch): mean training loss and accuracy. */
  readonly epochLoss: number[];
  readonly epochAccuracy: number[];
  /** Per epoch: held-out loss and accuracy, and what they were measured on. */
  readonly heldOutLoss: number[];
  readonly heldOutAccuracy: number[];
  heldOutSource: RunHeldOutEvent['source'] | undefined;
}

let current: SeriesData | undefined;
/** What a kept run lacked that the next one has (the chart names it in the page's language). */
export type ComparisonChange = 'dropout' | 'augmentation';

/** A finished run's series, drawn beside the next run's. */
export interface Comparison {
  readonly change: ComparisonChange;
  readonly data: SeriesData;
}

let comparison: Comparison | undefined;
let version = 0;
const listeners = new Set<() => void>();

function changed(): void {
  version += 1;
  listeners.forEach((listener) => listener());
}

/**
 * The live series of the current run. Appends are cheap (no copies); charts subscribe
 * and redraw on their own schedule, so batches never re-render React components.
 */
export const runSeries = {
  start(runId: string, batchesPerEpoch: number): void {
    current = {
      runId, batchesPerEpoch, steps: [], loss: [], accuracy: [], epochLoss: [], epochAccuracy: [],
      heldOutLoss: [], heldOutAccuracy: [], heldOutSource: undefined,
    };
    changed();
  },
  addBatches(runId: string, batches: BatchSeries): void {
    if (current?.runId !== runId) return;
    current.steps.push(...batches.step);
    current.loss.push(...batches.loss);
    current.accuracy.push(...batches.accuracy);
    changed();
  },
  addEpoch(runId: string, epoch: number, loss: number, accuracy: number): void {
    if (current?.runId !== runId) return;
    current.epochLoss[epoch] = loss;
    current.epochAccuracy[epoch] = accuracy;
    changed();
  },
  addHeldOut(event: RunHeldOutEvent): void {
    if (current?.runId !== event.runId) return;
    current.heldOutLoss[event.epoch] = event.loss;
    current.heldOutAccuracy[event.epoch] = event.metrics.accuracy;
    current.heldOutSource = event.source;
    changed();
  },
  get(): SeriesData | undefined {
    return current;
  },
  /** Keeps the current run's curves to draw beside the next run's (or stops keeping any). */
  keepForComparison(change: ComparisonChange | undefined): void {
    comparison = change && current ? { change, data: current } : undefined;
    changed();
  },
  comparison(): Comparison | undefined {
    return comparison;
  },
  /** A number that changes whenever the series do. */
  version(): number {
    return version;
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
