import * as tf from '@tensorflow/tfjs';

/** One batch's numbers, as sent to charts. */
export interface BatchMetrics {
  /** 0-based epoch. */
  readonly epoch: number;
  /** 0-based batch within the epoch. */
  readonly batch: number;
  /** 0-based step over the whole run. */
  readonly step: number;
  readonly loss: number;
  readonly accuracy: number;
  readonly size: number;
}

interface Pending {
  readonly epoch: number;
  readonly batch: number;
  readonly step: number;
  readonly size: number;
  readonly loss: tf.Scalar;
  readonly accuracy: tf.Scalar;
}

/**
 * Holds per-batch loss and accuracy scalars on the backend and reads them back
 * together, so the loop does not wait on the backend after every batch.
 */
export class MetricsBuffer {
  private pending: Pending[] = [];

  add(entry: Pending): void {
    this.pending.push(entry);
  }

  get size(): number {
    return this.pending.length;
  }

  /** Reads every pending scalar in one transfer and frees them. */
  async flush(): Promise<BatchMetrics[]> {
    const entries = this.pending;
    this.pending = [];
    if (entries.length === 0) return [];
    const stacked = tf.tidy(() => tf.stack(entries.flatMap((entry) => [entry.loss, entry.accuracy])));
    const values = await stacked.data();
    stacked.dispose();
    tf.dispose(entries.flatMap((entry) => [entry.loss, entry.accuracy]));
    return entries.map((entry, i) => ({
      epoch: entry.epoch, batch: entry.batch, step: entry.step, size: entry.size,
      loss: values[2 * i] ?? NaN, accuracy: values[2 * i + 1] ?? NaN,
    }));
  }

  /** Frees pending scalars without reading them (on failure). */
  discard(): void {
    tf.dispose(this.pending.flatMap((entry) => [entry.loss, entry.accuracy]));
    this.pending = [];
  }
}
