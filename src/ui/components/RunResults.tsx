import { DATASETS } from '../../core/datasets/catalog';
import { classificationReport } from '../../core/metrics/report';
import { useAppStore } from '../state/store';
import { classLabels } from './class-labels';
import { TestConfusionMatrix } from './TestConfusionMatrix';

const fixed = (value: number | undefined): string => (value === undefined ? '–' : value.toFixed(4));

/** Per-epoch history, then the test-set table and classification report once the run is evaluated. */
export function RunResults() {
  const run = useAppStore((state) => state.run);
  if (!run || (run.epochs.length === 0 && !run.test)) return null;
  const classNames = DATASETS[run.settings.dataset].classNames.map((name) => name.en);

  return (
    <section aria-label="Run results" className="panel">
      <table aria-label="Epochs" className="counts">
        <thead>
          <tr><th scope="col">Epoch</th><th scope="col">loss</th><th scope="col">accuracy</th><th scope="col">val_loss</th><th scope="col">val_accuracy</th><th scope="col">examples/s</th></tr>
        </thead>
        <tbody>
          {run.epochs.map((epoch) => (
            <tr key={epoch.epoch}>
              <th scope="row">{epoch.epoch + 1}</th>
              <td>{fixed(epoch.loss)}</td><td>{fixed(epoch.accuracy)}</td><td>{fixed(epoch.valLoss)}</td><td>{fixed(epoch.valAccuracy)}</td>
              <td>{Math.round(epoch.examplesPerSecond).toLocaleString('en-US')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {run.test && (
        <div className="test-results">
          <table aria-label="Test metrics" className="counts">
            <thead>
              <tr><th scope="col">accuracy</th><th scope="col">precision (weighted)</th><th scope="col">recall (weighted)</th><th scope="col">F1 (weighted)</th><th scope="col">F1 (macro)</th></tr>
            </thead>
            <tbody>
              <tr>
                <td>{fixed(run.test.accuracy)}</td><td>{fixed(run.test.weighted.precision)}</td><td>{fixed(run.test.weighted.recall)}</td>
                <td>{fixed(run.test.weighted.f1)}</td><td>{fixed(run.test.macro.f1)}</td>
              </tr>
            </tbody>
          </table>
          <pre aria-label="Classification report" className="report">{classificationReport(run.test, classNames)}</pre>
          <TestConfusionMatrix matrix={run.test.confusion} classNames={classLabels(run.settings.dataset)} />
        </div>
      )}
    </section>
  );
}
