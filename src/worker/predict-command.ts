/** The predict command: the input made into a dataset image, the model's probabilities and, if asked, its insides. */
import { DATASETS } from '../core/datasets/catalog';
import type { PredictCommand, PredictedEvent } from '../core/model-protocol';
import { modelInternals } from '../engine/model/internals';
import { predictImage } from '../engine/model/predict';
import { modelFitProblems } from '../engine/model/load';
import { decodeImageFile } from './decode-image';
import type { ModelSlots } from './models';

/** The image the network will see (HWC uint8) and, for an upload, how it was fitted. */
async function inputImage(command: PredictCommand): Promise<{ pixels: Uint8Array; note?: string }> {
  const { imageShape } = DATASETS[command.dataset];
  return command.input.kind === 'pixels' ? { pixels: command.input.pixels } : decodeImageFile(command.input.file, imageShape);
}

/** Every buffer the event carries, once each, to transfer with it. */
function buffersOf(event: PredictedEvent): ArrayBuffer[] {
  const arrays = [event.input, ...(event.internals?.featureMaps.map((maps) => maps.values) ?? []), ...(event.internals?.filters ? [event.internals.filters.values] : [])];
  return [...new Set(arrays.map((array) => array.buffer as ArrayBuffer))];
}

/**
 * Classifies the command's image with the model it names. Only inference runs (no
 * weight or optimizer change), so predicting with a run's model between its training
 * steps leaves the run as it was. The model is taken after the upload is decoded, so
 * one replaced meanwhile is never used. Throws a message the page can show as it is.
 */
export async function predict(command: PredictCommand, slots: ModelSlots): Promise<{ event: PredictedEvent; transfer: ArrayBuffer[] }> {
  const started = performance.now();
  slots.get(command.model); // no model: say so before decoding anything
  const { pixels, note } = await inputImage(command);
  const { model } = slots.get(command.model);
  const { imageShape, classNames } = DATASETS[command.dataset];
  const problems = modelFitProblems(model, imageShape, classNames.length);
  if (problems.length > 0) throw new Error(problems.join(' '));
  const [probabilities, internals] = await Promise.all([
    predictImage(model, pixels, imageShape),
    command.withInternals ? modelInternals(model, pixels, imageShape) : undefined,
  ]);
  const event: PredictedEvent = {
    type: 'predicted', requestId: command.requestId, model: command.model, input: pixels, probabilities,
    ...(note ? { note } : {}), ...(internals ? { internals } : {}), elapsedMs: performance.now() - started,
  };
  return { event, transfer: buffersOf(event) };
}
