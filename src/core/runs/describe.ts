/** Short descriptions of a run's settings and results, shared by the table, the CSV, comparisons and the model card. */
import { isNoAugmentation } from '../augment/settings';
import type { OptimizerSettings, TrainingSettings } from '../training/settings';
import type { EpochRow, RunRecord } from './record';

/** Keras's spelling of an optimizer kind: "Adam", "SGD", "RMSprop". */
export function optimizerName(optimizer: OptimizerSettings): string {
  switch (optimizer.kind) {
    case 'adam':
      return 'Adam';
    case 'sgd':
      return 'SGD';
    case 'rmsprop':
      return 'RMSprop';
  }
}

/** True when training batches were distorted at all. */
export function augmentationOn(settings: TrainingSettings): boolean {
  return settings.augmentation !== undefined && !isNoAugmentation(settings.augmentation);
}

/** The last finished epoch, if any. */
export function finalEpoch(run: RunRecord): EpochRow | undefined {
  return run.epochs.at(-1);
}

/** A score with 4 decimals, as the coursework's table prints it; "—" when there is none. */
export function fixed4(value: number | undefined): string {
  return value === undefined ? '—' : value.toFixed(4);
}
