import { useEffect, useRef } from 'react';
import type { ConfusionMatrix } from '../../core/metrics/classification';
import { loadVis, MATRIX_COLOURS } from '../charts/load-vis';

/**
 * The test-set confusion matrix drawn by tfjs-vis once the run has finished (as the
 * coursework plotted it, but with rows = true class). Drawn only after training:
 * tfjs-vis rebuilds its chart on every render, too slow to run between batches.
 */
export function TestConfusionMatrix({ matrix, classNames }: { matrix: ConfusionMatrix; classNames: readonly string[] }) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let disposed = false;
    void loadVis().then((vis) => {
      if (disposed || !container.current) return;
      return vis.render.confusionMatrix(container.current, { values: matrix, tickLabels: [...classNames] }, {
        shadeDiagonal: true, showTextOverlay: true, colorMap: MATRIX_COLOURS, xLabel: 'predicted', yLabel: 'true', height: 320,
      });
    });
    return () => {
      disposed = true;
    };
  }, [matrix, classNames]);
  return (
    <section aria-label="Test confusion matrix">
      <h4>Test set: confusion matrix</h4>
      <div ref={container} className="chart-area" />
    </section>
  );
}
