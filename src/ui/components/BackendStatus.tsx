import { useT } from '../i18n/use-t';
import { useAppStore } from '../state/store';
import { backendReasonText } from './backend-reason';

/** The "Backend" status: which TF.js backend runs in the worker, and why. */
export function BackendStatus() {
  const t = useT();
  const backend = useAppStore((state) => state.backend);
  const text =
    backend.status === 'starting' ? t('backend.starting') : backend.status === 'failed' ? t('backend.none') : backend.name;
  const detail =
    backend.status === 'ready' ? backendReasonText(t, backend.reason) : backend.status === 'failed' ? backend.message : t('backend.measuring');
  return (
    <div className="backend">
      <span className="backend-label" id="backend-label">{t('backend.label')}</span>
      <span role="status" aria-labelledby="backend-label" className={`badge badge-${backend.status}`} title={detail}>
        {text}
      </span>
      <span className="muted small">{detail}</span>
    </div>
  );
}
