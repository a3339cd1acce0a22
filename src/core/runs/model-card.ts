/**
 * A Markdown model card for a run, with the sections of Mitchell et al. (2019) that
 * the coursework's write-up used, filled from the run record. The UI renders the
 * confusion matrix and the curves as PNG files saved beside the card; the card only
 * links them by the names it is given.
 */
import type { AugmentationSettings } from '../augment/settings';
import { DATASETS } from '../datasets/catalog';
import { findProtocol } from '../datasets/splits';
import { classificationReport } from '../metrics/report';
import { inspectNetwork } from '../model/shapes';
import { describeLayer } from '../model/spec';
import { formatCount } from '../util/format';
import { runCaveats } from './caveats';
import { metricsTableMarkdown } from './compare';
import { augmentationOn, finalEpoch, fixed4, optimizerName } from './describe';
import type { RunRecord } from './record';

/** What the card needs beyond the record. */
export interface ModelCardOptions {
  /** Class names by label, in the language of the card. */
  readonly classNames: readonly string[];
  /** File name of the confusion-matrix PNG; 'confusion-matrix.png' when left out. */
  readonly confusionImage?: string;
  /** File name of the learning-curves PNG; 'curves.png' when left out. */
  readonly curvesImage?: string;
  /** Decimals of the classification report (sklearn prints 2); 4 when left out, as the metrics table. */
  readonly reportDigits?: number;
}

/** The card's section titles, in order. */
export const MODEL_CARD_SECTIONS = [
  'Model Details', 'Intended Use', 'Training Data', 'Evaluation Data', 'Metrics', 'Ethical Considerations', 'Caveats and Recommendations',
] as const;

const INTENDED_USE: Readonly<Record<RunRecord['settings']['dataset'], string>> = {
  mnist: 'Classifying handwritten digits 0–9 drawn as MNIST draws them: white on black, centred in a 28×28 grey image.',
  cifar10: 'Classifying 32×32 colour photos into the ten CIFAR-10 classes.',
};

const ETHICS: Readonly<Record<RunRecord['settings']['dataset'], string>> = {
  mnist: 'MNIST holds handwriting of US Census Bureau employees and US high-school students. It names no one, but its digit styles come from one country and era (a continental 1 or 7 may be misread), so the model should not judge anyone\'s handwriting.',
  cifar10: 'CIFAR-10 is a hand-labelled subset of the 80 Million Tiny Images collection, which was withdrawn in 2020 over offensive labels and images. Its classes are everyday objects and animals; the model knows nothing else and will force any image into one of them.',
};

const table = (header: readonly string[], rows: readonly (readonly string[])[]): string[] =>
  [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.join(' | ')} |`)];

function modelDetails(run: RunRecord): string[] {
  const { settings } = run;
  const summary = inspectNetwork(settings.network, DATASETS[settings.dataset].classNames.length);
  const layers = summary.layers.map((layer) => [String(layer.index + 1), describeLayer(layer.layer), layer.outputShape.join('×'), formatCount(layer.params)]);
  return [
    `- Network: ${settings.network.name}, input ${settings.network.inputShape.join('×')}, ${formatCount(run.params.total)} parameters (${formatCount(run.params.trainable)} trainable).`,
    `- Training: ${optimizerName(settings.optimizer)}, learning rate ${settings.learningRate}, batch ${settings.batchSize}, ${run.epochs.length} of ${settings.epochs} planned epochs, seed ${settings.seed}.`,
    `- Trained in the browser with TensorFlow.js on the ${run.backend} backend, ${new Date(run.createdAt).toISOString()}, ${(run.durationMs / 1000).toFixed(1)} s of training; status: ${run.status}.`,
    `- Run: ${run.name} (id ${run.id}).`,
    '',
    ...table(['#', 'layer', 'output', 'params'], layers),
  ];
}

function augmentationLines(augmentation: AugmentationSettings): string[] {
  return [
    '- Augmentation of training batches only (Keras ImageDataGenerator semantics, bilinear resampling):',
    `  rotation ±${augmentation.rotationDegrees}°, width shift ±${augmentation.widthShift}, height shift ±${augmentation.heightShift}, zoom factors [${1 - augmentation.zoom}, ${1 + augmentation.zoom}] per axis,`,
    `  shear ±${augmentation.shearDegrees}°, horizontal flip ${augmentation.horizontalFlip ? 'yes' : 'no'}, fill ${augmentation.fillMode ?? 'nearest'}.`,
  ];
}

function trainingData(run: RunRecord): string[] {
  const { settings } = run;
  const info = DATASETS[settings.dataset];
  const validation = run.validationCount > 0 ? `${formatCount(run.validationCount)} held out for validation` : 'no validation split';
  return [
    `- ${info.label}, official training split of ${formatCount(info.splitCounts.train)} images; split protocol: ${findProtocol(settings.dataset, settings.protocolId).label}.`,
    `- ${formatCount(run.trainCount)} training images${settings.trainLimit === undefined ? '' : ` (limited to ${formatCount(settings.trainLimit)})`}, ${validation}; split seeded by ${settings.seed}.`,
    '- Pixels divided by 255 into [0, 1]; labels one-hot over the classes.',
    ...(augmentationOn(settings) && settings.augmentation ? augmentationLines(settings.augmentation) : ['- No augmentation.']),
  ];
}

function evaluationData(run: RunRecord): string[] {
  const info = DATASETS[run.settings.dataset];
  const source = finalEpoch(run)?.heldOutSource ?? (run.validationCount > 0 ? 'validation' : 'test');
  const perEpoch = source === 'validation' ? `the ${formatCount(run.validationCount)} validation images`
    : source === 'test' ? 'the test set (there is no validation split)' : 'a probe of training images';
  return [
    `- Test: the official ${info.label} test split of ${formatCount(info.splitCounts.test)} images, never trained on.`,
    `- After each epoch the model was evaluated on ${perEpoch}.`,
  ];
}

function metrics(run: RunRecord, options: ModelCardOptions): string[] {
  const last = finalEpoch(run);
  const heldOutName = last?.heldOutSource === 'test' ? 'test' : 'validation';
  const final = last ? [`- Final epoch (${last.epoch + 1}): training loss ${fixed4(last.loss)}, accuracy ${fixed4(last.accuracy)}; ${heldOutName} loss ${fixed4(last.valLoss)}, accuracy ${fixed4(last.valAccuracy)}.`] : ['- No epoch finished.'];
  const curves = last ? ['', `![Learning curves](${options.curvesImage ?? 'curves.png'})`] : [];
  if (!run.test) return [...final, '- No test results: the run did not complete.', ...curves];
  return [
    'Test set scores with scikit-learn\'s semantics: precision, recall and F1 averaged over classes weighted by support (zero_division = 1).',
    '',
    ...metricsTableMarkdown([run]).split('\n'),
    '',
    `- Test loss ${fixed4(run.test.loss)}.`,
    ...final,
    '',
    '```text',
    classificationReport(run.test, options.classNames, options.reportDigits ?? 4),
    '```',
    '',
    `![Confusion matrix](${options.confusionImage ?? 'confusion-matrix.png'})`,
    '',
    'Confusion matrix of the test set: rows are the true class, columns the predicted one.',
    ...curves,
  ];
}

function ethics(run: RunRecord): string[] {
  return [
    ETHICS[run.settings.dataset],
    '',
    'The coursework logged energy use and CO₂ per run; a browser cannot measure them, so the training time above is the only proxy.',
  ];
}

/** The model card of a run as Markdown. */
export function modelCard(run: RunRecord, options: ModelCardOptions): string {
  const bodies: readonly string[][] = [
    modelDetails(run),
    [INTENDED_USE[run.settings.dataset], '', 'For learning and teaching: comparing networks and training settings, reproducing the coursework. Not for decisions about people or anything where errors matter.'],
    trainingData(run),
    evaluationData(run),
    metrics(run, options),
    ethics(run),
    runCaveats(run).map((caveat) => `- ${caveat}`),
  ];
  const sections = MODEL_CARD_SECTIONS.map((title, i) => [`## ${title}`, '', ...(bodies[i] ?? [])].join('\n'));
  return [`# Model card: ${run.name}`, ...sections].join('\n\n') + '\n';
}
