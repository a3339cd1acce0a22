/**
 * Caveats about a run, each derived from its record (how long it trained, how it
 * ended, what its held-out numbers were measured on, the gap between training and
 * held-out accuracy), for the model card's "Caveats and Recommendations".
 */
import type { DatasetId } from '../datasets/catalog';
import { finalEpoch } from './describe';
import { COURSEWORK_MNIST_EPOCHS } from './experiment-map';
import type { RunRecord } from './record';

/** Epochs the coursework trained per dataset (MNIST 20, CIFAR-10 150). */
export const COURSEWORK_EPOCHS: Readonly<Record<DatasetId, number>> = { mnist: COURSEWORK_MNIST_EPOCHS, cifar10: 150 };

/** Training accuracy this far (0.05 = 5 points) above held-out accuracy counts as overfitting. */
export const OVERFIT_GAP = 0.05;

const percent = (value: number): string => `${(100 * value).toFixed(1)} %`;

function lengthCaveat(run: RunRecord): string[] {
  const coursework = COURSEWORK_EPOCHS[run.settings.dataset];
  const trained = run.epochs.length;
  if (trained >= coursework) return [];
  return [`Short run: ${trained} epoch${trained === 1 ? '' : 's'} trained, against the coursework's ${coursework}. Its scores are not comparable with the coursework's table until it is trained as long.`];
}

function statusCaveat(run: RunRecord): string[] {
  const reason = run.reason === undefined ? '' : ` ${run.reason}`;
  switch (run.status) {
    case 'completed':
      return [];
    case 'running':
      return ['The run was still training when this card was written: every number may still change.'];
    case 'stopped':
      return [`Stopped by hand after ${run.epochs.length} of ${run.settings.epochs} epochs.${reason}`];
    case 'diverged':
      return [`The run diverged, so its scores say nothing about the network.${reason}`];
    case 'failed':
      return [`The run failed.${reason}`];
    case 'interrupted':
      return [`The run was interrupted.${reason}`];
  }
}

function heldOutCaveat(run: RunRecord): string[] {
  const onTest = run.validationCount === 0 || run.epochs.some((row) => row.heldOutSource === 'test');
  if (!onTest) return [];
  return ['No validation split: the per-epoch "validation" numbers were measured on the test set, so settings chosen by them are tuned to the test set and its scores are optimistic (the CIFAR-10 coursework did this too). Choose a split protocol with a validation split for model selection.'];
}

function overfitCaveat(run: RunRecord): string[] {
  const last = finalEpoch(run);
  if (last?.valAccuracy === undefined || last.accuracy - last.valAccuracy <= OVERFIT_GAP) return [];
  const gap = (100 * (last.accuracy - last.valAccuracy)).toFixed(1);
  return [`Overfitting: final training accuracy ${percent(last.accuracy)} is ${gap} points above held-out accuracy ${percent(last.valAccuracy)}. Try dropout, augmentation, more data or fewer epochs.`];
}

/** Every caveat that applies, most important first; always ends with the single-seed caveat. */
export function runCaveats(run: RunRecord): string[] {
  const limit = run.settings.trainLimit;
  return [
    ...statusCaveat(run),
    ...lengthCaveat(run),
    ...(run.test ? [] : ['No test results: the run did not complete, so the test set was never evaluated.']),
    ...heldOutCaveat(run),
    ...overfitCaveat(run),
    ...(limit === undefined ? [] : [`Trained on only ${limit} images of the training split.`]),
    `One run with one seed (${run.settings.seed}): differences of a few tenths of a point between runs can be noise. Train again with other seeds before drawing conclusions.`,
  ];
}
