import { formatCount } from '../../core/util/format';
import { useAppStore, type RunState } from '../state/store';
import { RerunButtons } from './RerunButtons';

const PHASE_TEXT: Readonly<Record<RunState['phase'], string>> = {
  measuring: 'Measuring which backend trains this network fastest…',
  starting: 'Starting…',
  running: 'Training',
  paused: 'Paused',
  completed: 'Finished',
  stopped: 'Stopped',
  diverged: 'Diverged',
  failed: 'Failed',
};

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

function eta(run: RunState): string {
  const done = run.epoch * run.batchesPerEpoch + run.batch + 1;
  const total = run.settings.epochs * run.batchesPerEpoch;
  if (run.phase !== 'running' || done < 2 || total === 0) return '–';
  return seconds((run.elapsedMs / done) * (total - done));
}

/** Where the run is: phase, epoch and batch progress, speed, time, tensors; why it diverged or failed. */
export function RunStatus() {
  const run = useAppStore((state) => state.run);
  if (!run) return null;
  const batchFraction = run.batchesPerEpoch > 0 ? (run.batch + 1) / run.batchesPerEpoch : 0;
  return (
    <section aria-label="Run status" className="panel">
      <p>
        <strong>{PHASE_TEXT[run.phase]}</strong>
        {run.backend && <> on <code>{run.backend}</code></>}
        {run.params && <> · {run.settings.network.name}, {formatCount(run.params.total)} parameters ({formatCount(run.params.trainable)} trainable)</>}
        {run.trainCount > 0 && <> · {formatCount(run.trainCount)} training, {formatCount(run.validationCount)} validation examples</>}
      </p>
      {run.phase === 'diverged' || run.phase === 'failed' ? <div role="alert" className="alert">{run.reason}</div> : null}
      <div className="progress-row">
        <label className="field">
          <span>Epoch {Math.min(run.epoch + 1, run.settings.epochs)} of {run.settings.epochs}, batch {run.batch + 1} of {run.batchesPerEpoch || '–'}</span>
          <progress aria-label="Epoch progress" max={1} value={batchFraction} />
        </label>
      </div>
      <RerunButtons />
      <dl className="figures">
        <div><dt>Examples per second</dt><dd role="status" aria-label="Examples per second">{formatCount(Math.round(run.examplesPerSecond))}</dd></div>
        <div><dt>Elapsed</dt><dd>{seconds(run.elapsedMs)}</dd></div>
        <div><dt>Time left</dt><dd>{eta(run)}</dd></div>
        <div><dt>Loss (last batch)</dt><dd>{run.lastLoss?.toFixed(4) ?? '–'}</dd></div>
        <div><dt>Accuracy (last batch)</dt><dd>{run.lastAccuracy === undefined ? '–' : `${(100 * run.lastAccuracy).toFixed(1)} %`}</dd></div>
        <div><dt>Tensors</dt><dd>{formatCount(run.numTensors)}</dd></div>
      </dl>
    </section>
  );
}
