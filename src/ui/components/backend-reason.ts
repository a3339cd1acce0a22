import type { BackendsCalibratedEvent } from '../../core/protocol';
import { networkName } from '../i18n/core-text';
import type { Translator } from '../i18n/messages';
import type { BackendReason } from '../state/store';

/** The worker's two reasons, recognised to be said in the page's language; anything else is shown as sent. */
const FIRST_AVAILABLE = /^first available in the default order(?: \((.+) could not start\))?$/;

function workerReason(t: Translator, reason: string): string {
  if (reason === 'requested in the URL') return t('backend.requested');
  const match = FIRST_AVAILABLE.exec(reason);
  if (!match) return reason;
  return match[1] ? t('backend.firstAvailableSkipping', { failed: match[1] }) : t('backend.firstAvailable');
}

function measuredReason(t: Translator, event: BackendsCalibratedEvent): string {
  const speeds = event.measurements
    .map((m) => (m.examplesPerSecond > 0 ? t('backend.speed', { backend: m.backend, speed: t.number(Math.round(m.examplesPerSecond)) }) : t('backend.unavailable', { backend: m.backend })))
    .join(', ');
  const when = event.remembered ? t('backend.measuredEarlier', { date: new Date(event.measuredAt).toLocaleDateString(t.locale) }) : t('backend.measuredNow');
  return t('backend.calibrated', { network: networkName(t.language, event.network), when, speeds });
}

/** Why this backend runs, in words. */
export function backendReasonText(t: Translator, reason: BackendReason): string {
  return typeof reason === 'string' ? workerReason(t, reason) : measuredReason(t, reason);
}
