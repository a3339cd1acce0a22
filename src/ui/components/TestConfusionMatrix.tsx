import { useEffect, useRef } from 'react';
import type { ConfusionMatrix } from '../../core/metrics/classification';
import { loadVis, MATRIX_COLOURS } from '../charts/load-vis';
import { useT } from '../i18n/use-t';

/**
 * The test-set confusion matrix drawn by tfjs-vis once the run has finished (as the
 * coursework plotted it, but with rows = true class). Drawn only after training:
 * tfjs-vis rebuilds its chart on every render, too slow to run between batches.
 */
export function TestConfusionMatrix({ matrix, classNames }: { matrix: ConfusionMatrix; classNames: readonly string[] }) {
  const t = useT();
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let disposed = false;
    void loadVis().then((vis) => {
      if (disposed || !container.current) return;
      return vis.render.confusionMatrix(container.current, { values: matrix, tickLabels: [...classNames] }, {
        shadeDiagonal: true, showTextOverlay: true, colorMap: MATRIX_COLOURS, xLabel: t('matrix.predicted'), yLabel: t('matrix.true'), height: 320,
      });
    });
    return () => {
      disposed = true;
    };
  }, [matrix, classNames, t]);
  return (
    <section aria-label={t('results.testMatrixRegion')}>
      <h4>{t('results.testMatrix')}</h4>
      <div ref={container} className="chart-area" />
    </section>
  );
}
