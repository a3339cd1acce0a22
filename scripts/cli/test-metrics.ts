import type { ClassScores } from '../../src/core/metrics/classification';
import { classificationReport } from '../../src/core/metrics/report';
import { formatCount } from '../../src/core/util/format';
import type { TestReport } from '../../src/engine/training/evaluate';

/** One class's scores, with its name. */
export interface ClassBlock extends ClassScores {
  readonly name: string;
}

/** The test-set results as the JSON of `train` and `eval` records them. */
export interface TestBlock {
  /** Mean categorical cross-entropy. */
  readonly loss: number;
  readonly accuracy: number;
  readonly precisionWeighted: number;
  readonly recallWeighted: number;
  readonly f1Weighted: number;
  readonly precisionMacro: number;
  readonly recallMacro: number;
  readonly f1Macro: number;
  readonly perClass: readonly ClassBlock[];
  /** Counts [true][predicted]. */
  readonly confusion: readonly (readonly number[])[];
  /** sklearn's classification_report text (sklearn's default 2 digits). */
  readonly report: string;
}

/** Digits of the classification report: sklearn's default, as the coursework printed it. */
export const REPORT_DIGITS = 2;

/** The JSON block of a test report; classNames label the classes in order. */
export function testBlock(report: TestReport, classNames: readonly string[]): TestBlock {
  return {
    loss: report.loss,
    accuracy: report.accuracy,
    precisionWeighted: report.weighted.precision,
    recallWeighted: report.weighted.recall,
    f1Weighted: report.weighted.f1,
    precisionMacro: report.macro.precision,
    recallMacro: report.macro.recall,
    f1Macro: report.macro.f1,
    perClass: report.perClass.map((scores) => ({ ...scores, name: classNames[scores.label] ?? String(scores.label) })),
    confusion: report.confusion,
    report: classificationReport(report, classNames, REPORT_DIGITS),
  };
}

/** The lines printed for a test block: headline metrics, then the classification report. */
export function testLines(block: TestBlock): string[] {
  const total = block.confusion.reduce((sum, row) => sum + row.reduce((a, b) => a + b, 0), 0);
  const correct = block.confusion.reduce((sum, row, label) => sum + (row[label] ?? 0), 0);
  const f = (value: number): string => value.toFixed(4);
  return [
    `test  accuracy ${f(block.accuracy)} (${formatCount(correct)} of ${formatCount(total)} right)  loss ${f(block.loss)}`,
    `      weighted precision ${f(block.precisionWeighted)}  recall ${f(block.recallWeighted)}  F1 ${f(block.f1Weighted)}   macro F1 ${f(block.f1Macro)}`,
    '',
    block.report,
  ];
}
