import { describe, expect, it } from 'vitest';
import { classificationMetrics, confusionMatrix } from './classification';
import { classificationReport } from './report';

// Hand-computed case: 3 classes, class 2 is never predicted.
// truth     0 0 0 1 1 1 2 2
// predicted 0 0 1 1 1 0 0 1
const truth = [0, 0, 0, 1, 1, 1, 2, 2];
const predicted = [0, 0, 1, 1, 1, 0, 0, 1];

describe('classification metrics (sklearn semantics, zero_division = 1)', () => {
  const metrics = classificationMetrics(truth, predicted, 3);

  it('confusion matrix has rows = true and columns = predicted', () => {
    expect(confusionMatrix(truth, predicted, 3)).toEqual([
      [2, 1, 0],
      [1, 2, 0],
      [1, 1, 0],
    ]);
  });

  it('per-class scores by hand', () => {
    // class 0: tp 2, predicted 4, support 3 → p 0.5, r 2/3, f1 4/7
    // class 1: tp 2, predicted 4, support 3 → same
    // class 2: never predicted → precision = zero_division = 1, recall 0, f1 0
    const [c0, c1, c2] = metrics.perClass;
    expect(c0).toMatchObject({ precision: 0.5, support: 3 });
    expect(c0?.recall).toBeCloseTo(2 / 3, 12);
    expect(c0?.f1).toBeCloseTo(4 / 7, 12);
    expect(c1?.f1).toBeCloseTo(4 / 7, 12);
    expect(c2).toMatchObject({ precision: 1, recall: 0, f1: 0, support: 2 });
  });

  it('accuracy, macro and weighted averages by hand', () => {
    expect(metrics.accuracy).toBe(4 / 8);
    expect(metrics.macro.precision).toBeCloseTo((0.5 + 0.5 + 1) / 3, 12);
    expect(metrics.macro.recall).toBeCloseTo((2 / 3 + 2 / 3 + 0) / 3, 12);
    expect(metrics.macro.f1).toBeCloseTo((8 / 7) / 3, 12);
    expect(metrics.weighted.precision).toBeCloseTo((3 * 0.5 + 3 * 0.5 + 2 * 1) / 8, 12);
    expect(metrics.weighted.recall).toBeCloseTo(metrics.accuracy, 12);
    expect(metrics.weighted.f1).toBeCloseTo((6 * (4 / 7)) / 8, 12);
  });

  it('a class absent from truth and predictions is left out, as sklearn does', () => {
    const withAbsent = classificationMetrics([0, 1, 1], [0, 1, 0], 4);
    expect(withAbsent.perClass.map((score) => score.label)).toEqual([0, 1]);
    expect(withAbsent.macro.precision).toBeCloseTo((0.5 + 1) / 2, 12);
  });

  it('a class predicted but never true gets precision 0 and recall zero_division', () => {
    const scores = classificationMetrics([0, 0], [0, 1], 2).perClass[1];
    expect(scores).toMatchObject({ precision: 0, recall: 1, f1: 0, support: 0 });
  });

  it('the report has sklearn’s layout', () => {
    const lines = classificationReport(metrics, ['zero', 'one', 'two']).split('\n');
    expect(lines[0]).toBe('              precision    recall  f1-score   support');
    expect(lines[2]).toBe('        zero       0.50      0.67      0.57         3');
    expect(lines[4]).toBe('         two       1.00      0.00      0.00         2');
    expect(lines[6]).toBe('    accuracy                           0.50         8');
    expect(lines[7]).toBe('   macro avg       0.67      0.44      0.38         8');
    expect(lines[8]).toBe('weighted avg       0.62      0.50      0.43         8');
  });

  it('rejects mismatched lengths and labels out of range', () => {
    expect(() => confusionMatrix([0, 1], [0], 2)).toThrow('2 true labels but 1 predictions');
    expect(() => confusionMatrix([0, 3], [0, 1], 2)).toThrow('outside 0–1');
  });
});
