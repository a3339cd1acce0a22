import type { ClassificationMetrics } from './classification';

/**
 * Fixed-point text rounding exact ties to even, as Python's format() does
 * (0.625 → "0.62"), where JavaScript's toFixed rounds them up ("0.63").
 */
export function toFixedHalfEven(value: number, digits: number): string {
  const scale = 10 ** digits;
  const scaled = value * scale;
  const floor = Math.floor(scaled);
  const isExactTie = scaled - floor === 0.5 && (floor + 0.5) / scale === value;
  return isExactTie ? ((floor % 2 === 0 ? floor : floor + 1) / scale).toFixed(digits) : value.toFixed(digits);
}

/**
 * The text sklearn's classification_report prints (digits = 2 by default): one row
 * per class, then accuracy, macro avg and weighted avg.
 */
export function classificationReport(metrics: ClassificationMetrics, classNames: readonly string[], digits = 2): string {
  const names = metrics.perClass.map((score) => classNames[score.label] ?? String(score.label));
  const width = Math.max('weighted avg'.length, ...names.map((name) => name.length), digits);
  const cell = (text: string): string => ` ${text.padStart(9)}`;
  const line = (title: string, cells: readonly string[]): string => `${title.padStart(width)} ${cells.map(cell).join('')}`;
  const score = (value: number): string => toFixedHalfEven(value, digits);
  const total = metrics.weighted.support;
  const scoreLine = (title: string, scores: { precision: number; recall: number; f1: number; support: number }): string =>
    line(title, [score(scores.precision), score(scores.recall), score(scores.f1), String(scores.support)]);
  return [
    line('', ['precision', 'recall', 'f1-score', 'support']),
    '',
    ...metrics.perClass.map((scores, i) => scoreLine(names[i] ?? '', scores)),
    '',
    line('accuracy', ['', '', score(metrics.accuracy), String(total)]),
    scoreLine('macro avg', { ...metrics.macro, support: total }),
    scoreLine('weighted avg', { ...metrics.weighted, support: total }),
  ].join('\n');
}
