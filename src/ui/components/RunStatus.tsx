import { networkName } from '../i18n/core-text';
import type { Translator } from '../i18n/messages';
import { useT } from '../i18n/use-t';
import { useAppStore, type RunState } from '../state/store';
import { isTensorLeak } from '../state/tensor-leak';
import { RerunButtons } from './RerunButtons';

const seconds = (t: Translator, ms: number): string => `${t.fixed(ms / 1000, 1)} s`;

function eta(t: Translator, run: RunState): string {
  const done = run.epoch * run.batchesPerEpoch + run.batch + 1;
  const total = run.settings.epochs * run.batchesPerEpoch;
  if (run.phase !== 'running' || done < 2 || total === 0) return '–';
  return seconds(t, (run.elapsedMs / done) * (total - done));
}

/** The phase in words, the backend, the network and its size, the examples it trains on. */
function Summary({ run, t }: { run: RunState; t: Translator }) {
  return (
    <p>
      <strong>{t(`run.phase.${run.phase}`)}</strong>
      {run.backend && <> {t('run.on')} <code>{run.backend}</code></>}
      {run.params && <> · {t('run.params', { network: networkName(t.language, run.settings.network.name), total: t.number(run.params.total), trainable: t.number(run.params.trainable) })}</>}
      {run.trainCount > 0 && <> · {t('run.examples', { train: t.number(run.trainCount), validation: t.number(run.validationCount) })}</>}
    </p>
  );
}

/** Where the run is: phase, epoch and batch progress, speed, time, tensors; why it diverged or failed. */
export function RunStatus() {
  const t = useT();
  const run = useAppStore((state) => state.run);
  if (!run) return null;
  const batchFraction = run.batchesPerEpoch > 0 ? (run.batch + 1) / run.batchesPerEpoch : 0;
  const totalBatches = run.settings.epochs * run.batchesPerEpoch;
  const overall = totalBatches > 0 ? (run.epoch * run.batchesPerEpoch + run.batch + 1) / totalBatches : 0;
  const leaking = isTensorLeak(run.tensorBaseline, run.numTensors);
  const progress = {
    epoch: Math.min(run.epoch + 1, run.settings.epochs), epochs: run.settings.epochs, batch: run.batch + 1, batches: run.batchesPerEpoch || '–',
  };
  return (
    <section aria-label={t('run.region')} className="panel">
      <Summary run={run} t={t} />
      {run.phase === 'diverged' || run.phase === 'failed' ? <div role="alert" className="alert">{run.reason}</div> : null}
      <div className="progress-row">
        <label className="field">
          <span>{t('run.progress', progress)}</span>
          <progress aria-label={t('run.progressBar')} max={1} value={batchFraction} />
        </label>
        <label className="field">
          <span>{t('run.overall', { percent: t.percent(overall, 0) })}</span>
          <progress aria-label={t('run.overallBar')} max={1} value={overall} />
        </label>
      </div>
      {leaking && <div role="alert" className="alert">{t('run.tensorLeak', { from: t.number(run.tensorBaseline ?? 0), to: t.number(run.numTensors) })}</div>}
      <RerunButtons />
      <dl className="figures">
        <div><dt>{t('run.speed')}</dt><dd role="status" aria-label={t('run.speed')}>{t.number(Math.round(run.examplesPerSecond))}</dd></div>
        <div><dt>{t('run.elapsed')}</dt><dd>{seconds(t, run.elapsedMs)}</dd></div>
        <div><dt>{t('run.timeLeft')}</dt><dd>{eta(t, run)}</dd></div>
        <div><dt>{t('run.lastLoss')}</dt><dd>{run.lastLoss === undefined ? '–' : t.fixed(run.lastLoss, 4)}</dd></div>
        <div><dt>{t('run.lastAccuracy')}</dt><dd>{run.lastAccuracy === undefined ? '–' : t.percent(run.lastAccuracy, 1)}</dd></div>
        <div><dt>{t('run.tensors')}</dt><dd>{t.number(run.numTensors)}</dd></div>
      </dl>
    </section>
  );
}
