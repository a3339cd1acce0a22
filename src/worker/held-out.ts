import { pixelsPerImage } from '../core/datasets/catalog';
import { classificationMetrics } from '../core/metrics/classification';
import type { CellImagesEvent, GalleryImage, RunHeldOutEvent, SplitName } from '../core/protocol';
import { shuffledRange } from '../core/util/random';
import type { HeldOutEvaluation } from '../engine/training/trainer';

/** Images per gallery sent after each epoch. */
const GALLERY_SIZE = 15;

function splitName(heldOut: HeldOutEvaluation): SplitName {
  return heldOut.source === 'test' ? 'test' : heldOut.source === 'validation' ? 'validation' : 'train';
}

/** The gallery image at position `position` of the evaluation. */
function galleryImage(heldOut: HeldOutEvaluation, position: number): GalleryImage {
  const size = pixelsPerImage(heldOut.split.imageShape);
  const sourceIndex = heldOut.indices[position] ?? 0;
  const { truth, predicted, confidence } = heldOut.evaluation;
  return {
    split: splitName(heldOut), sourceIndex,
    truth: truth[position] ?? 0, predicted: predicted[position] ?? 0, confidence: confidence[position] ?? 0,
    pixels: heldOut.split.pixels.slice(sourceIndex * size, (sourceIndex + 1) * size),
  };
}

function errorPositions(heldOut: HeldOutEvaluation): number[] {
  const { truth, predicted } = heldOut.evaluation;
  return Array.from(truth.keys()).filter((position) => truth[position] !== predicted[position]);
}

/** The epoch's held-out event: confusion, scores, the most confident errors and a seeded sample of errors. */
export function heldOutEvent(runId: string, heldOut: HeldOutEvaluation, classTotal: number, seed: number): RunHeldOutEvent {
  const { evaluation } = heldOut;
  const errors = errorPositions(heldOut);
  const confident = [...errors].sort((a, b) => (evaluation.confidence[b] ?? 0) - (evaluation.confidence[a] ?? 0));
  const order = shuffledRange(errors.length, seed + heldOut.epoch);
  const sample = Array.from(order.subarray(0, GALLERY_SIZE), (i) => errors[i] ?? 0);
  return {
    type: 'runHeldOut', runId, epoch: heldOut.epoch, source: heldOut.source, count: heldOut.indices.length, loss: evaluation.loss,
    metrics: classificationMetrics(evaluation.truth, evaluation.predicted, classTotal),
    confidentErrors: confident.slice(0, GALLERY_SIZE).map((position) => galleryImage(heldOut, position)),
    misclassified: sample.map((position) => galleryImage(heldOut, position)),
  };
}

/** The images of one confusion-matrix cell, up to `limit`, in evaluation order. */
export function cellImagesEvent(runId: string, heldOut: HeldOutEvaluation, truthClass: number, predictedClass: number, limit: number): CellImagesEvent {
  const { truth, predicted } = heldOut.evaluation;
  const positions = Array.from(truth.keys()).filter((position) => truth[position] === truthClass && predicted[position] === predictedClass);
  return {
    type: 'cellImages', runId, epoch: heldOut.epoch, truth: truthClass, predicted: predictedClass, total: positions.length,
    images: positions.slice(0, limit).map((position) => galleryImage(heldOut, position)),
  };
}

/** Every pixel buffer in an event, to transfer rather than copy. */
export function galleryBuffers(images: readonly GalleryImage[]): ArrayBuffer[] {
  return images.map((image) => image.pixels.buffer as ArrayBuffer);
}
