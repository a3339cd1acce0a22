import { useEffect, useRef } from 'react';
import type { ConfusionMatrix as Matrix } from '../../core/metrics/classification';
import { embedLiveView, type LiveView } from '../charts/live-view';
import { matrixCells, matrixSpec } from '../charts/matrix-spec';
import type { Translator } from '../i18n/messages';
import { useT } from '../i18n/use-t';
import { openCell } from '../state/training-actions';

/** Embeds the heat map once per run (and language), then replaces its cells whenever the matrix changes. */
function useLiveMatrix(runId: string, matrix: Matrix, classNames: readonly string[], t: Translator): React.RefObject<HTMLDivElement | null> {
  const container = useRef<HTMLDivElement>(null);
  const view = useRef<Promise<LiveView> | undefined>(undefined);
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const titles = { predicted: t('matrix.predicted'), truth: t('matrix.true'), share: t('matrix.share') };
    const embedded = embedLiveView(element, matrixSpec(classNames, titles), 'cells', t.language);
    view.current = embedded;
    return () => {
      view.current = undefined;
      void embedded.then((live) => live.finalize());
    };
  }, [runId, classNames, t]);
  useEffect(() => {
    void view.current?.then((live) => live.replace(matrixCells(matrix, classNames)));
  }, [matrix, classNames, t]);
  return container;
}

/** Counts as a table whose cells open the images that landed there. */
function MatrixTable({ matrix, classNames }: { matrix: Matrix; classNames: readonly string[] }) {
  const t = useT();
  return (
    <table aria-label={t('matrix.table')} className="counts matrix">
      <thead>
        <tr>
          <th scope="col">{t('matrix.corner')}</th>
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
                  aria-label={t('matrix.cell', { count: t.number(count), truth: classNames[truth] ?? '', predicted: classNames[predicted] ?? '' })}>
                  {t.number(count)}
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
  const t = useT();
  const container = useLiveMatrix(runId, matrix, classNames, t);
  return (
    <section aria-label={t('matrix.region')} className="panel">
      <h3>{t('matrix.region')}</h3>
      <p className="muted small">{caption} {t('matrix.click')}</p>
      <div ref={container} className="chart-area" />
      <MatrixTable matrix={matrix} classNames={classNames} />
    </section>
  );
}
