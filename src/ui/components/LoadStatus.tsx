import { formatBytes, formatCount } from '../../core/util/format';
import type { LoadPhase } from '../../core/protocol';
import type { LoadState } from '../state/store';

const PHASE_TEXT: Readonly<Record<LoadPhase, string>> = {
  manifest: 'Reading the manifest',
  cache: 'Looking in this browser’s cache',
  download: 'Downloading sprite sheets',
  decode: 'Decoding sprite sheets',
  verify: 'Checking pixels',
  store: 'Saving to this browser’s cache',
  tensors: 'Building tensors on the backend',
};

/** Progress of a load, or its outcome; failures say how to fix them. */
export function LoadStatus({ load, datasetLabel }: { load: LoadState; datasetLabel: string }) {
  if (load.status === 'idle') return null;
  if (load.status === 'loading') {
    const bytes = load.totalBytes > 0 ? ` — ${formatBytes(load.loadedBytes)} of ${formatBytes(load.totalBytes)}` : '';
    return (
      <div className="load">
        <progress aria-label="Dataset loading" max={1} value={load.fraction} />
        <p className="muted">
          {datasetLabel}: {PHASE_TEXT[load.phase]}
          {bytes} ({Math.round(load.fraction * 100)} %)
        </p>
      </div>
    );
  }
  if (load.status === 'failed') {
    return (
      <div role="alert" className="alert">
        <strong>{datasetLabel} could not be loaded.</strong> {load.message}
        <p>{load.fix}</p>
      </div>
    );
  }
  const total = load.counts.train + load.counts.test;
  const from = load.source === 'cache' ? 'from this browser’s cache' : 'downloaded and cached';
  return (
    <p role="status" aria-label="Dataset status" className="muted">
      {datasetLabel}: {formatCount(total)} images ({formatCount(load.counts.train)} train, {formatCount(load.counts.test)} test), {from} in{' '}
      {(load.elapsedMs / 1000).toFixed(1)} s; batches become tensors of shape [{load.tensorShape.join(', ')}] on the backend.
    </p>
  );
}
