import { useEffect, useRef } from 'react';
import type { ConfusionMatrix as Matrix } from '../../core/metrics/classification';
import { formatCount } from '../../core/util/format';
import { embedLiveView, type LiveView } from '../charts/live-view';
import { matrixCells, matrixSpec } from '../charts/matrix-spec';
import { openCell } from '../state/training-actions';

/** Embeds the heat map once per run, then replaces its cells whenever the matrix changes. */
function useLiveMatrix(runId: string, matrix: Matrix, classNames: readonly string[]): React.RefObject<HTMLDivElement | null> {
  const container = useRef<HTMLDivElement>(null);
  const view = useRef<Promise<LiveView> | undefined>(undefined);
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const embedded = embedLiveView(element, matrixSpec(classNames), 'cells');
    view.current = embedded;
    return () => {
      view.current = undefined;
      void embedded.then((live) => live.finalize());
    };
  }, [runId, classNames]);
  useEffect(() => {
    void view.current?.then((live) => live.replace(matrixCells(matrix, classNames)));
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

/** The held-out confusion matrix (rows true, columns predicted), live during training, and its clickable table. */
export function ConfusionMatrixView({ runId, matrix, classNames, caption }: { runId: string; matrix: Matrix; classNames: readonly string[]; caption: string }) {
  const container = useLiveMatrix(runId, matrix, classNames);
  return (
    <section aria-label="Confusion matrix" className="panel">
      <h3>Confusion matrix</h3>
      <p className="muted small">{caption} Click a count to see its images.</p>
      <div ref={container} className="chart-area" />
      <MatrixTable matrix={matrix} classNames={classNames} />
    </section>
  );
}
