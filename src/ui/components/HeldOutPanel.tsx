import type { RunHeldOutEvent } from '../../core/protocol';
import type { Translator } from '../i18n/messages';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../state/store';
import { classLabels } from './class-labels';
import { ConfusionMatrixView } from './ConfusionMatrix';
import { GalleryGrid } from './GalleryGrid';

function PerClassTable({ scores, classNames }: { scores: readonly { label: number; precision: number; recall: number; f1: number; support: number }[]; classNames: readonly string[] }) {
  const t = useT();
  return (
    <table aria-label={t('heldOut.perClassTable')} className="counts">
      <thead>
        <tr><th scope="col">{t('metric.class')}</th><th scope="col">{t('metric.precision')}</th><th scope="col">{t('metric.recall')}</th><th scope="col">{t('metric.f1')}</th><th scope="col">{t('metric.support')}</th></tr>
      </thead>
      <tbody>
        {scores.map((score) => (
          <tr key={score.label}>
            <th scope="row">{classNames[score.label]}</th>
            <td>{t.fixed(score.precision, 3)}</td><td>{t.fixed(score.recall, 3)}</td><td>{t.fixed(score.f1, 3)}</td><td>{t.number(score.support)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const EMPTY_MATRICES = new Map<number, number[][]>();

/** An all-zero matrix per class count, shared, for the chart before the first epoch ends. */
function emptyMatrix(classTotal: number): number[][] {
  const found = EMPTY_MATRICES.get(classTotal) ?? Array.from({ length: classTotal }, () => new Array<number>(classTotal).fill(0));
  EMPTY_MATRICES.set(classTotal, found);
  return found;
}

function caption(t: Translator, heldOut: RunHeldOutEvent | undefined): string {
  if (!heldOut) return t('heldOut.pending');
  const source = t(`heldOut.source.${heldOut.source}`);
  return t('heldOut.caption', { epoch: heldOut.epoch + 1, source, count: t.number(heldOut.count), accuracy: t.percent(heldOut.metrics.accuracy, 2) });
}

/**
 * After each epoch: where the held-out examples landed, per-class scores, and the
 * errors. Mounted when the run starts (its chart is embedded then, not mid-training).
 */
export function HeldOutPanel() {
  const t = useT();
  const heldOut = useAppStore((state) => state.run?.heldOut);
  const cell = useAppStore((state) => state.run?.cell);
  const dataset = useAppStore((state) => state.run?.settings.dataset);
  const runId = useAppStore((state) => state.run?.runId);
  if (!dataset || !runId) return null;
  const classNames = classLabels(dataset, t.language);
  return (
    <div className="held-out">
      <ConfusionMatrixView runId={runId} matrix={heldOut?.metrics.confusion ?? emptyMatrix(classNames.length)} classNames={classNames} caption={caption(t, heldOut)} />
      {cell && (
        <section aria-label={t('heldOut.cellRegion')} className="panel">
          <h3>{t('heldOut.cellHeading', { truth: classNames[cell.truth] ?? '', predicted: classNames[cell.predicted] ?? '', count: t.number(cell.total), epoch: cell.epoch + 1 })}</h3>
          <GalleryGrid label={t('heldOut.cellImages')} images={cell.images} dataset={dataset} />
        </section>
      )}
      {heldOut && (
        <>
          <section aria-label={t('heldOut.perClassRegion')} className="panel">
            <h3>{t('heldOut.perClass')}</h3>
            <PerClassTable scores={heldOut.metrics.perClass} classNames={classNames} />
          </section>
          <section aria-label={t('heldOut.errors')} className="panel">
            <GalleryGrid label={t('heldOut.confidentErrors')} images={heldOut.confidentErrors} dataset={dataset} />
            <GalleryGrid label={t('heldOut.misclassified')} images={heldOut.misclassified} dataset={dataset} />
          </section>
        </>
      )}
    </div>
  );
}
