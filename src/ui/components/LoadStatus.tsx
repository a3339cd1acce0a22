import type { DatasetSource } from '../../core/protocol';
import type { MessageKey } from '../i18n/messages';
import type { LoadState } from '../state/store';
import { useT } from '../i18n/use-t';

/** How the status words where the images came from. */
const SOURCE_TEXT: Readonly<Record<DatasetSource, Extract<MessageKey, `load.from${string}`>>> = {
  cache: 'load.fromCache',
  network: 'load.fromNetwork',
  'network-uncached': 'load.fromNetworkUncached',
};

/** Progress of a load, or its outcome; failures say how to fix them. */
export function LoadStatus({ load, datasetLabel }: { load: LoadState; datasetLabel: string }) {
  const t = useT();
  if (load.status === 'idle') return null;
  if (load.status === 'loading') {
    const bytes = load.totalBytes > 0 ? t('load.bytes', { loaded: t.bytes(load.loadedBytes), total: t.bytes(load.totalBytes) }) : '';
    return (
      <div className="load">
        <progress aria-label={t('load.region')} max={1} value={load.fraction} />
        <p className="muted">
          {t('load.progress', { dataset: datasetLabel, phase: t(`load.phase.${load.phase}`), bytes, percent: t.number(Math.round(load.fraction * 100)) })}
        </p>
      </div>
    );
  }
  if (load.status === 'failed') {
    return (
      <div role="alert" className="alert">
        <strong>{t('load.failed', { dataset: datasetLabel })}</strong> {load.message}
        <p>{load.fix}</p>
      </div>
    );
  }
  const text = t('load.done', {
    dataset: datasetLabel, total: t.number(load.counts.train + load.counts.test), train: t.number(load.counts.train), test: t.number(load.counts.test),
    source: t(SOURCE_TEXT[load.source]), seconds: t.fixed(load.elapsedMs / 1000, 1), shape: load.tensorShape.join(', '),
  });
  return <p role="status" aria-label={t('load.status')} className="muted">{text}</p>;
}
