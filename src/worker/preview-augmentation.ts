import * as tf from '@tensorflow/tfjs';
import { DATASETS, pixelsPerImage } from '../core/datasets/catalog';
import type { AugmentationPreviewEvent, PreviewAugmentationCommand } from '../core/protocol';
import { augmentBatch } from '../engine/augment/augment-batch';
import { batchTensors } from '../engine/data/batch';
import type { LoadedDataset } from './load-dataset';

/**
 * Distorts `count` copies of one training image exactly as a training batch would be
 * (same function, on the active backend) and returns them as uint8 pixels.
 */
export async function previewAugmentation(command: PreviewAugmentationCommand, data: LoadedDataset): Promise<AugmentationPreviewEvent> {
  const size = pixelsPerImage(data.train.imageShape);
  const index = Math.min(Math.max(0, command.sourceIndex), data.train.count - 1);
  const batch = batchTensors(data.train, new Array<number>(command.count).fill(index), DATASETS[command.dataset].classNames.length);
  const augmented = tf.tidy(() => augmentBatch(batch.xs, command.augmentation, command.seed, 0).mul(255).round().clipByValue(0, 255));
  const values = await augmented.data();
  tf.dispose([batch.xs, batch.ys, augmented]);
  const images = Array.from({ length: command.count }, (_, i) => Uint8Array.from(values.subarray(i * size, (i + 1) * size)));
  return {
    type: 'augmentationPreview', requestId: command.requestId, dataset: command.dataset, sourceIndex: index,
    label: data.train.labels[index] ?? 0, original: data.train.pixels.slice(index * size, (index + 1) * size), images,
  };
}
