import { useAppStore } from '../state/store';

/** The "Backend" status: which TF.js backend runs in the worker, and why. */
export function BackendStatus() {
  const backend = useAppStore((state) => state.backend);
  const text =
    backend.status === 'starting' ? 'starting…' : backend.status === 'failed' ? 'none could start' : backend.name;
  const detail =
    backend.status === 'ready' ? backend.reason : backend.status === 'failed' ? backend.message : 'measuring what this device offers';
  return (
    <div className="backend">
      <span className="backend-label" id="backend-label">Backend</span>
      <span role="status" aria-labelledby="backend-label" className={`badge badge-${backend.status}`} title={detail}>
        {text}
      </span>
      <span className="muted small">{detail}</span>
    </div>
  );
}
