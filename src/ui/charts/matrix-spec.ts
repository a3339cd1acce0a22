import type { VisualizationSpec } from 'vega-embed';
import type { ConfusionMatrix } from '../../core/metrics/classification';
import { MATRIX_COLOURS } from './load-vis';

/** One cell of a confusion matrix as the heat map draws it. */
export interface MatrixCell {
  readonly truth: string;
  readonly predicted: string;
  readonly count: number;
  /** Count ÷ the true class's total: the colour, so rare classes read as clearly as common ones. */
  readonly share: number;
}

/** The matrix as cells (rows = true class, columns = predicted). */
export function matrixCells(matrix: ConfusionMatrix, classNames: readonly string[]): MatrixCell[] {
  return matrix.flatMap((row, truth) => {
    const total = row.reduce((sum, count) => sum + count, 0);
    return row.map((count, predicted) => ({
      truth: classNames[truth] ?? String(truth), predicted: classNames[predicted] ?? String(predicted),
      count, share: total > 0 ? count / total : 0,
    }));
  });
}

/** A heat map of counts with the numbers written in, true classes down, predictions across (blues). */
export function matrixSpec(classNames: readonly string[], titles: { readonly predicted: string; readonly truth: string; readonly share: string }): VisualizationSpec {
  const axis = (field: 'truth' | 'predicted', title: string) => ({ field, type: 'ordinal' as const, title, sort: [...classNames] });
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v4.json',
    width: 'container', height: 300, autosize: { type: 'fit', contains: 'padding' },
    data: { name: 'cells' },
    encoding: { x: { ...axis('predicted', titles.predicted), axis: { orient: 'top', labelAngle: 0 } }, y: axis('truth', titles.truth) },
    layer: [
      { mark: 'rect', encoding: { color: { field: 'share', type: 'quantitative', title: titles.share, scale: { range: MATRIX_COLOURS, domain: [0, 1] } } } },
      {
        mark: { type: 'text', fontSize: 10 },
        encoding: {
          text: { field: 'count', type: 'quantitative' },
          color: { condition: { test: 'datum.share > 0.5', value: 'white' }, value: '#1d2330' },
        },
      },
    ],
  };
}
