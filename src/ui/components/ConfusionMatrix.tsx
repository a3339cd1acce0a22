import { useEffect, useRef } from 'react';
import type { ConfusionMatrix as Matrix } from '../../core/metrics/classification';
import { formatCount } from '../../core/util/format';
import { loadVis, MATRIX_COLOURS } from '../charts/load-vis';
import { openCell } from '../state/training-actions';

function useMatrixChart(matrix: Matrix, classNames: readonly string[]): React.RefObject<HTMLDivElement | null> {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let disposed = false;
    void loadVis().then((vis) => {
      if (disposed || !container.current) return;
      return vis.render.confusionMatrix(container.current, { values: matrix, tickLabels: [...classNames] }, {
        shadeDiagonal: true, showTextOverlay: true, colorMap: MATRIX_COLOURS, xLabel: 'predicted', yLabel: 'true', height: 360,
      });
    });
    return () => {
      disposed = true;
    };
  }, [matrix, classNames]);
  return container;
}

/** Counts as a table whose cells open the images that landed there. */
function MatrixTable({ matrix, classNames }: { matrix: Matrix; classNames: readonly string[] }) {
  return (
    <table aria-label="Confusion matrix counts" className="counts matrix">
      <thead>
        <tr>
          <th scope="col">true ↓ / predicted →</th>
          {classNames.map((name) => <th scope="col" key={name}>{name}</th>)}
        </tr>
      </thead>
      <tbody>
        {matrix.map((row, truth) => (
          <tr key={classNames[truth]}>
            <th scope="row">{classNames[truth]}</th>
            {row.map((count, predicted) => (
              <td key={classNames[predicted]} className={truth === predicted ? 'diagonal' : count > 0 ? 'error' : ''}>
                <button type="button" disabled={count === 0} onClick={() => openCell(truth, predicted)}
                  aria-label={`${formatCount(count)} ${classNames[truth]} predicted as ${classNames[predicted]}`}>
                  {formatCount(count)}
                </button>
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The tfjs-vis confusion matrix (rows true, columns predicted) and its clickable table. */
export function ConfusionMatrixView({ matrix, classNames, caption }: { matrix: Matrix; classNames: readonly string[]; caption: string }) {
  const container = useMatrixChart(matrix, classNames);
  return (
    <section aria-label="Confusion matrix" className="panel">
      <h3>Confusion matrix</h3>
      <p className="muted small">{caption} Click a count to see its images.</p>
      <div ref={container} className="chart-area" />
      <MatrixTable matrix={matrix} classNames={classNames} />
    </section>
  );
}
