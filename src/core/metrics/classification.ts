/**
 * Classification metrics with scikit-learn's semantics: confusion matrix with rows =
 * true class and columns = predicted class; precision, recall and F1 per class and
 * averaged (macro and support-weighted) with zero_division = 1; labels = the classes
 * that occur in the truth or the predictions (sklearn's default when `labels` is not
 * given). See https://scikit-learn.org/stable/modules/generated/sklearn.metrics.precision_recall_fscore_support.html
 */

/** Counts [true][predicted]; classTotal × classTotal. */
export type ConfusionMatrix = number[][];

/** Per-class scores, each in [0, 1]; support = examples of the class in the truth. */
export interface ClassScores {
  readonly label: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly support: number;
}

export interface AveragedScores {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly support: number;
}

/** Everything the coursework reported about a test set. */
export interface ClassificationMetrics {
  readonly accuracy: number;
  readonly perClass: readonly ClassScores[];
  readonly macro: AveragedScores;
  readonly weighted: AveragedScores;
  readonly confusion: ConfusionMatrix;
}

/** Value used where a score's denominator is 0, as sklearn's zero_division=1. */
export const ZERO_DIVISION = 1;

/** Counts (true, predicted) pairs; labels outside 0 … classTotal-1 throw. */
export function confusionMatrix(truth: ArrayLike<number>, predicted: ArrayLike<number>, classTotal: number): ConfusionMatrix {
  if (truth.length !== predicted.length) throw new RangeError(`${truth.length} true labels but ${predicted.length} predictions`);
  const matrix = Array.from({ length: classTotal }, () => new Array<number>(classTotal).fill(0));
  for (let i = 0; i < truth.length; i += 1) {
    const row = matrix[truth[i] ?? -1];
    const column = predicted[i] ?? -1;
    if (!row || column < 0 || column >= classTotal) throw new RangeError(`label pair (${truth[i]}, ${predicted[i]}) outside 0–${classTotal - 1}`);
    row[column] = (row[column] ?? 0) + 1;
  }
  return matrix;
}

const ratio = (numerator: number, denominator: number): number => (denominator === 0 ? ZERO_DIVISION : numerator / denominator);

function scoresFor(matrix: ConfusionMatrix, label: number): ClassScores {
  const truePositive = matrix[label]?.[label] ?? 0;
  const support = (matrix[label] ?? []).reduce((sum, count) => sum + count, 0);
  const predictedCount = matrix.reduce((sum, row) => sum + (row[label] ?? 0), 0);
  const falsePositive = predictedCount - truePositive;
  const falseNegative = support - truePositive;
  return {
    label,
    precision: ratio(truePositive, predictedCount),
    recall: ratio(truePositive, support),
    f1: ratio(2 * truePositive, 2 * truePositive + falsePositive + falseNegative),
    support,
  };
}

function average(scores: readonly ClassScores[], weightOf: (score: ClassScores) => number): AveragedScores {
  const totalWeight = scores.reduce((sum, score) => sum + weightOf(score), 0);
  const mean = (pick: (score: ClassScores) => number): number =>
    totalWeight === 0 ? 0 : scores.reduce((sum, score) => sum + weightOf(score) * pick(score), 0) / totalWeight;
  return {
    precision: mean((score) => score.precision),
    recall: mean((score) => score.recall),
    f1: mean((score) => score.f1),
    support: scores.reduce((sum, score) => sum + score.support, 0),
  };
}

/** All metrics from a confusion matrix. */
export function metricsFromConfusion(confusion: ConfusionMatrix): ClassificationMetrics {
  const present = confusion
    .map((_, label) => label)
    .filter((label) => (confusion[label] ?? []).some((count) => count > 0) || confusion.some((row) => (row[label] ?? 0) > 0));
  const perClass = present.map((label) => scoresFor(confusion, label));
  const total = perClass.reduce((sum, score) => sum + score.support, 0);
  const correct = present.reduce((sum, label) => sum + (confusion[label]?.[label] ?? 0), 0);
  return {
    accuracy: total === 0 ? 0 : correct / total,
    perClass,
    macro: average(perClass, () => 1),
    weighted: average(perClass, (score) => score.support),
    confusion,
  };
}

/** All metrics from label arrays. */
export function classificationMetrics(truth: ArrayLike<number>, predicted: ArrayLike<number>, classTotal: number): ClassificationMetrics {
  return metricsFromConfusion(confusionMatrix(truth, predicted, classTotal));
}
