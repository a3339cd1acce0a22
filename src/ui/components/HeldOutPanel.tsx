import type { HeldOutSource } from '../../core/protocol';
import { formatCount } from '../../core/util/format';
import { useAppStore } from '../state/store';
import { classLabels } from './class-labels';
import { ConfusionMatrixView } from './ConfusionMatrix';
import { GalleryGrid } from './GalleryGrid';

const SOURCE_TEXT: Readonly<Record<HeldOutSource, string>> = {
  validation: 'validation split',
  test: 'test set (this split protocol has no validation split)',
  'train-probe': 'sample of the training set',
};

function PerClassTable({ scores, classNames }: { scores: readonly { label: number; precision: number; recall: number; f1: number; support: number }[]; classNames: readonly string[] }) {
  return (
    <table aria-label="Per-class metrics" className="counts">
      <thead>
        <tr><th scope="col">class</th><th scope="col">precision</th><th scope="col">recall</th><th scope="col">F1</th><th scope="col">support</th></tr>
      </thead>
      <tbody>
        {scores.map((score) => (
          <tr key={score.label}>
            <th scope="row">{classNames[score.label]}</th>
            <td>{score.precision.toFixed(3)}</td><td>{score.recall.toFixed(3)}</td><td>{score.f1.toFixed(3)}</td><td>{formatCount(score.support)}</td>
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

/**
 * After each epoch: where the held-out examples landed, per-class scores, and the
 * errors. Mounted when the run starts (its chart is embedded then, not mid-training).
 */
export function HeldOutPanel() {
  const heldOut = useAppStore((state) => state.run?.heldOut);
  const cell = useAppStore((state) => state.run?.cell);
  const dataset = useAppStore((state) => state.run?.settings.dataset);
  const runId = useAppStore((state) => state.run?.runId);
  if (!dataset || !runId) return null;
  const classNames = classLabels(dataset);
  const caption = heldOut
    ? `Epoch ${heldOut.epoch + 1}, ${SOURCE_TEXT[heldOut.source]}: ${formatCount(heldOut.count)} images, accuracy ${(100 * heldOut.metrics.accuracy).toFixed(2)} %.`
    : 'Filled in at the end of the first epoch.';
  return (
    <div className="held-out">
      <ConfusionMatrixView runId={runId} matrix={heldOut?.metrics.confusion ?? emptyMatrix(classNames.length)} classNames={classNames} caption={caption} />
      {cell && (
        <section aria-label="Cell images" className="panel">
          <h3>True {classNames[cell.truth]}, predicted {classNames[cell.predicted]}: {formatCount(cell.total)} images (epoch {cell.epoch + 1})</h3>
          <GalleryGrid label="Images in this cell" images={cell.images} dataset={dataset} />
        </section>
      )}
      {heldOut && (
        <>
          <section aria-label="Per-class scores" className="panel">
            <h3>Per class</h3>
            <PerClassTable scores={heldOut.metrics.perClass} classNames={classNames} />
          </section>
          <section aria-label="Errors" className="panel">
            <GalleryGrid label="Most confident errors" images={heldOut.confidentErrors} dataset={dataset} />
            <GalleryGrid label="Misclassified" images={heldOut.misclassified} dataset={dataset} />
          </section>
        </>
      )}
    </div>
  );
}
