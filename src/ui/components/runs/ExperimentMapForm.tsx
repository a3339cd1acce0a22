import { useState } from 'react';
import { DEFAULT_MAP_EPOCHS } from '../../../core/runs/experiment-map';
import { useT } from '../../i18n/use-t';
import { cancelExperimentMap, startExperimentMap } from '../../state/experiment-map-queue';
import { useAppStore } from '../../state/store';

function QueueStatus() {
  const t = useT();
  const queue = useAppStore((state) => state.runs.queue);
  if (!queue) return null;
  const count = queue.starts.length;
  const text = queue.status === 'done' ? t('map.done', { count })
    : queue.status === 'cancelled' ? t('map.cancelled', { done: Math.max(0, queue.runIds.length - 1), count })
      : t('map.progress', { index: queue.runIds.length, count, name: queue.starts[queue.runIds.length - 1]?.name ?? '' });
  return (
    <p role="status" aria-label={t('map.status')}>
      {queue.status === 'running' && <progress max={count} value={Math.max(0, queue.runIds.length - 1)} />} {text}
    </p>
  );
}

/** Epochs per run to choose from (the coursework trained 20). */
const EPOCH_CHOICES = [1, 2, 3, 5, 10, 20];
/** Training examples per run to choose from; 0 = all. */
const LIMIT_CHOICES = [0, 1000, 5000, 20_000];

/** One click queues the coursework's five MNIST experiments, shorter than the original and labelled so. */
export function ExperimentMapForm() {
  const t = useT();
  const running = useAppStore((state) => state.runs.queue?.status === 'running');
  const [epochs, setEpochs] = useState(DEFAULT_MAP_EPOCHS);
  const [trainLimit, setTrainLimit] = useState(0);
  return (
    <section aria-label={t('map.region')} className="experiment-map">
      <h3>{t('map.region')}</h3>
      <p className="small muted">{t('map.intro')}</p>
      <div className="inline-form">
        <label className="field">
          <span>{t('map.epochs')}</span>
          <select value={epochs} disabled={running} onChange={(event) => setEpochs(Number(event.target.value))}>
            {EPOCH_CHOICES.map((choice) => <option key={choice} value={choice}>{t.number(choice)}</option>)}
          </select>
        </label>
        <label className="field">
          <span>{t('map.trainLimit')}</span>
          <select value={trainLimit} disabled={running} onChange={(event) => setTrainLimit(Number(event.target.value))}>
            {LIMIT_CHOICES.map((choice) => <option key={choice} value={choice}>{choice === 0 ? t('form.trainLimitAll') : t.number(choice)}</option>)}
          </select>
        </label>
        {running
          ? <button type="button" onClick={cancelExperimentMap}>{t('map.cancel')}</button>
          : <button type="button" onClick={() => startExperimentMap({ epochs, trainLimit: trainLimit || undefined })}>{t('map.start')}</button>}
      </div>
      <QueueStatus />
    </section>
  );
}
